"""Find place-name mentions in text: capitalised word n-grams looked up in the gazetteer.

Matching is longest-first over runs of capitalised tokens (lower-case connectors such as
``al``/``es``/``of`` may sit inside: "Dar es Salaam", "Salah ad Din"). A match is kept only when
it is likely a place and not a common word, a person's name or part of an organisation's name;
the guards are described on :func:`recognise`. NER entities from ``Article.entities`` add
mentions the gazetteer scan missed and confirm or veto the ones it found.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from wirecoder.model import Entity
from wirecoder.places.cues import (
    CONNECTORS,
    CUES,
    common_words,
    at_border,
    cue_before,
    patron_after,
)
from wirecoder.places.index import ADMIN1, COUNTRY, Gazetteer, Hit
from wirecoder.places.tokens import (
    Token,
    article_prefix,
    joined,
    name_connector,
    scan_tokens,
    unit_suffix,
)
from wirecoder.places.names import fold, strip_admin_suffix, transliteration_key
from wirecoder.places.around import SEATS, person_before
from wirecoder.places.groups import in_group_name
from wirecoder.places.peoples import as_peoples
from wirecoder.places.neighbours import (
    known_place,
    possessive_without_apostrophe,
)
from wirecoder.places.guards import judge, unit_word_after
from wirecoder.places.mention import Mention
from wirecoder.places.variants import LOWER_TAIL, article_spelling, closed_up, cued_unit_variant, division_variant, lower_case_tail

__all__ = ["recognise"]

_MAX_TOKENS = 6


def recognise(
    gazetteer: Gazetteer, text: str, entities: Sequence[Entity] = ()
) -> list[Mention]:
    """Place mentions in ``text``, in order, with overlapping candidates resolved longest-first.

    Guards (each gives a reason a capitalised match is not a place):
    - a common word or personal name (``common_words``) needs a unit suffix, a locative cue with
      a country or division, a place entity from NER, or a population of a million and more;
      at the start of a sentence it needs a suffix or NER;
    - a populated place inside a longer capitalised name ("Robert Gates", "Kata'ib Hizballah")
      is dropped unless the neighbour is a facility or title word ("Mombasa Road");
    - an all-capitals word counts only for countries ("US") or at the very start of a line
      (a dateline such as "BAGHDAD (Reuters)").
    """
    tokens = scan_tokens(text)
    common = common_words()
    mentions: list[Mention] = []
    vetoed_surnames: set[str] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.cap and not article_prefix(text, tokens, i):
            i += 1
            continue
        last = i
        while (
            last + 1 < len(tokens)
            and last - i + 1 < _MAX_TOKENS
            and (joined(text, tokens[last], tokens[last + 1]) or _possessive_gap(text, tokens[last], tokens[last + 1]))
            and (tokens[last + 1].cap or tokens[last + 1].text.lower() in CONNECTORS)
        ):
            last += 1
        found = None
        variant = False
        for j in range(last, i - 1, -1):
            if not tokens[j].cap and not _hyphen_tail(text, tokens, i, j):
                continue
            key = fold(text[token.start : tokens[j].end])
            hits = gazetteer.lookup(key)
            if j == last:
                hits += tuple(h for h in _with_unit_word(gazetteer, text, tokens, j, key) if h not in hits)
            if hits:
                found = (j, key, hits)
                break
            if j > i:
                hits = closed_up(gazetteer, key) or article_spelling(gazetteer, key)
                if hits:
                    found = (j, key, hits)
                    break
        tail_end = -1
        if found is None:
            found = lower_case_tail(gazetteer, text, tokens, i, last)
            tail_end = LOWER_TAIL.match(text, tokens[last].end).end() if found else -1  # type: ignore[union-attr]
        if found is None and not unit_word_after(text, tokens, i):
            found = possessive_without_apostrophe(gazetteer, token, i)
        if found is None:
            variant = True
            found = division_variant(gazetteer, text, tokens, i, last) or cued_unit_variant(
                gazetteer, text, tokens, i, common
            )
        if found is None:
            i += 1
            continue
        j, key, hits = found
        mention = judge(gazetteer, text, tokens, i, j, key, hits, common, vetoed_surnames)
        if mention is not None and tail_end > 0:
            mention = dataclasses.replace(mention, end=tail_end, text=text[mention.start : tail_end])
        if mention is not None:
            # A vowel variant is a loose match: resolution keeps it only where the article is.
            mentions.append(dataclasses.replace(mention, source="fuzzy") if variant else mention)
            i = j + 1
        else:
            i += 1
    mentions += _loose_mentions(gazetteer, text, tokens, mentions, common, vetoed_surnames)
    mentions.sort(key=lambda m: m.start)
    return as_peoples(gazetteer, text, _merge_entities(gazetteer, text, mentions, entities))


def _with_unit_word(gazetteer: Gazetteer, text: str, tokens: list[Token], j: int, key: str) -> tuple[Hit, ...]:
    """The first-order divisions a name names with the lower-case unit word after it: "Karen
    state" is also Kayin, whose other name is "Karen State" ("Karen" alone is Nairobi's); the
    unit word's level then chooses among them and the name's own hits."""
    level, end = unit_suffix(text, tokens, j)
    if level != 1 or text[tokens[j + 1].start].isupper():
        return ()
    hits = gazetteer.lookup(f"{key} {fold(text[tokens[j + 1].start : end])}")
    return tuple(h for h in hits if gazetteer.kinds[h.entry] == ADMIN1)


def _hyphen_tail(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether lower-case token ``j`` closes a hyphenated name that began at ``i``: the "an" of
    "Hpa-an", which copy writes as often as "Hpa-An"."""
    start = tokens[j].start
    return j > i and text[start - 1] == "-" and tokens[j - 1].end == start - 1


def _loose_mentions(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[Token],
    found: list[Mention],
    common: frozenset[str],
    vetoed: set[str],
) -> list[Mention]:
    """Transliteration variants ("Khan Sheikhoun" for "Khan Shaykhun") among capitalised words
    no exact match covered. Resolution keeps them only where the article's country supports them."""
    spans = sorted((m.start, m.end) for m in found)
    starts = [start for start, _end in spans]
    taken = set()
    for k, t in enumerate(tokens):
        at = bisect.bisect_right(starts, t.start) - 1
        if at >= 0 and t.start < spans[at][1]:
            taken.add(k)
    loose: list[Mention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.cap or token.upper or i in taken:
            i += 1
            continue
        last = i
        while (
            last + 1 < len(tokens)
            and last - i + 1 < 4
            and joined(text, tokens[last], tokens[last + 1])
            and (tokens[last + 1].cap or name_connector(text, tokens[last + 1], tokens[min(last + 2, len(tokens) - 1)]))
            and last + 1 not in taken
        ):
            last += 1
        match = None
        for j in range(last, i - 1, -1):
            if not tokens[j].cap or (j == i and token.initial):
                continue
            key = fold(text[token.start : tokens[j].end])
            if key in common or len(key) < 6:
                continue
            hits = gazetteer.lookup_fuzzy(key) or _transliterated(gazetteer, text, token, key)
            if hits:
                match = (j, key, hits)
                break
        if match is None:
            i += 1
            continue
        j, key, hits = match
        mention = judge(gazetteer, text, tokens, i, j, key, hits, common, vetoed)
        if mention is not None:
            loose.append(dataclasses.replace(mention, source="fuzzy"))
            i = j + 1
        else:
            i += 1
    return loose


# A transliteration key of this many letters or fewer ("flj" for Fallouja) is shared by many towns:
# read only after a locative cue ("in Fallouja", "near Baqouba").
_SHORT_TRANSLITERATION = 3


def _transliterated(gazetteer: Gazetteer, text: str, token: Token, key: str) -> tuple[Hit, ...]:
    """Towns ``key`` names in another romanisation (``Gazetteer.lookup_transliterated``); a short key
    only after a locative cue."""
    hits = gazetteer.lookup_transliterated(key)
    if hits and len(transliteration_key(key)) <= _SHORT_TRANSLITERATION:
        return hits if CUES.get(cue_before(text, token.start), 0) >= 2 else ()
    return hits


def _possessive_gap(text: str, left: Token, right: Token) -> bool:
    """True when a possessive s and a space part two tokens: "Cox's Bazar" is one name when the
    gazetteer knows it whole (the longest match decides; "Kenya's Mandera" falls back to two)."""
    return text[left.end : right.start] in ("'s ", "’s ")


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OTHER_LABELS = frozenset({"NORP", "PRODUCT", "PERSON", "ORG", "LANGUAGE", "EVENT", "WORK_OF_ART"})
_LABELS = _PLACE_LABELS | _OTHER_LABELS


def _merge_entities(
    gazetteer: Gazetteer, text: str, mentions: list[Mention], entities: Sequence[Entity]
) -> list[Mention]:
    """Add NER spans the scan missed when they name a known place; mark confirmed ones strong."""
    if not entities:
        return mentions
    result = list(mentions)
    for entity in entities:
        if entity.label not in _LABELS:
            continue
        overlapping = [m for m in result if m.start < entity.end and entity.start < m.end]
        if overlapping:
            if entity.label in _PLACE_LABELS:
                confirmed = {id(m) for m in overlapping}  # by identity: comparing mentions field by field is slow
                result = [_strengthen(m) if id(m) in confirmed else m for m in result]
            continue
        name = entity.text.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        key = fold(name)
        hits = gazetteer.lookup(key) or gazetteer.lookup(strip_admin_suffix(key))
        if not hits or key in SEATS or key in common_words() and entity.label not in _PLACE_LABELS:
            continue
        if entity.label not in _PLACE_LABELS and not known_place(gazetteer, hits):
            continue
        if name.isupper() and not any(gazetteer.kinds[h.entry] == COUNTRY for h in hits):
            continue  # an acronym ("SANA", the news agency) is not a place, whatever NER says
        offset = entity.text.find(name)
        start = entity.start + max(offset, 0)
        kinds = {gazetteer.kinds[h.entry] for h in hits}
        if COUNTRY not in kinds and not any(h.demonym for h in hits) and person_before(text, start, kinds):
            continue  # "Mr. Houston", "Dr. Jackson": NER takes the name for the city
        group = COUNTRY not in kinds and in_group_name(text, start, start + len(name))
        result.append(
            Mention(
                start=start,
                end=start + len(name),
                text=name,
                key=key,
                hits=hits,
                cue=cue_before(text, start),
                strong=entity.label in _PLACE_LABELS,
                source=f"ner:{entity.label}",
                in_name=group,
                group=group,
                patron=patron_after(text, start + len(name)),
                border=at_border(text, start, start + len(name)),
            )
        )
    result.sort(key=lambda m: m.start)
    return result


def _strengthen(mention: Mention) -> Mention:
    return dataclasses.replace(mention, strong=True)
