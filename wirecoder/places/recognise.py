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
import re
from collections.abc import Sequence
from dataclasses import dataclass

from wirecoder.model import Entity
from wirecoder.places.cues import (
    CALENDAR_WORDS,
    CONNECTORS,
    CUES,
    FACILITY_WORDS,
    PEOPLE_WORDS,
    PLACE_PREFIXES,
    TITLES,
    TOWN_WORDS,
    common_words,
    cue_before,
    patron_after,
    people_after,
)
from wirecoder.places.index import ADMIN1, ADMIN2, COUNTRY, Gazetteer, Hit
from wirecoder.places.tokens import (
    Token,
    article_prefix,
    joined,
    name_connector,
    run_bounds,
    scan_tokens,
    unit_suffix,
)
from wirecoder.places.names import ADMIN_SUFFIXES, DIRECTIONS, admin_suffix_level, fold, strip_admin_suffix
from wirecoder.places.around import SEATS, held_by_named_division, holds_named_before, named_camp, person_before
from wirecoder.places.groups import in_group_name
from wirecoder.places.peoples import as_peoples
from wirecoder.places.neighbours import (
    OPENER_POPULATION,
    ORG_OPENERS,
    closes_run,
    compass_of_unit,
    facility_after,
    known_place,
    opens_institution,
    opens_run,
    possessive_without_apostrophe,
    unit_named_with_compass,
)
from wirecoder.places.variants import LOWER_TAIL, article_spelling, closed_up, cued_unit_variant, division_variant, lower_case_tail

__all__ = ["Mention", "recognise"]

_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")

_MAX_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in the text, before resolution.

    ``level`` is what a following word says about the unit (1 "X Province", 2 "X District",
    3 "X town", None when nothing follows). ``cue`` is the locative word before it.
    ``strong`` is true when the text or NER vouches that it is a place.
    """

    start: int
    end: int
    text: str
    key: str
    hits: tuple[Hit, ...]
    level: int | None = None
    cue: str = ""
    part: bool = False
    in_name: bool = False
    strong: bool = False
    source: str = "gazetteer"
    people: bool = False
    # The text calls it a camp of refugees or displaced people ("Dadaab refugee camp"): where
    # foreigners live, so demonyms pointing at another country do not speak against it.
    camp: bool = False
    # Part of an armed group's name ("IS Sahel", "Gulf Cartel"): the group's home countries
    # weigh in already (places.groups), so the word says nothing of where the text is.
    group: bool = False
    # A patron's compound follows ("Iran-backed militias", "Saudi-led coalition"): its country
    # says who stands behind the act, not where it happened.
    patron: bool = False


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
        if found is None and not _unit_word_after(text, tokens, i):
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
        mention = _judge(gazetteer, text, tokens, i, j, key, hits, common, vetoed_surnames)
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
            hits = gazetteer.lookup_fuzzy(key)
            if hits:
                match = (j, key, hits)
                break
        if match is None:
            i += 1
            continue
        j, key, hits = match
        mention = _judge(gazetteer, text, tokens, i, j, key, hits, common, vetoed)
        if mention is not None:
            loose.append(dataclasses.replace(mention, source="fuzzy"))
            i = j + 1
        else:
            i += 1
    return loose


_TOWN_CUES = frozenset({"city of", "town of", "village of"})
_TOWN_CUE_BEFORE = re.compile(r"\b(?:city|town|village) of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$", re.IGNORECASE)
# "the central Mexican state of Guanajuato" names the division, not its namesake capital; in
# lower case only ("Islamic State of Iraq" names a group), and not "the county of Lamu", which
# coders' notes write of the town as often as of the county.
_DIVISION_BEFORE = re.compile(r"\b(province|state|governorate) of\s+$")
# Institutions whose names end in the place they stand in ("Kenya Medical Training College Nakuru").
_INSTITUTIONS = frozenset("university college school hospital academy institute polytechnic".split())


def _possessive_gap(text: str, left: Token, right: Token) -> bool:
    """True when a possessive s and a space part two tokens: "Cox's Bazar" is one name when the
    gazetteer knows it whole (the longest match decides; "Kenya's Mandera" falls back to two)."""
    return text[left.end : right.start] in ("'s ", "’s ")


def _unit_word_after(text: str, tokens: list[Token], i: int) -> bool:
    """True when a unit or facility word follows token ``i`` ("Langas Estate", "Barclays Bank")."""
    if i + 1 >= len(tokens) or not joined(text, tokens[i], tokens[i + 1]):
        return False
    word = tokens[i + 1].text.lower()
    return word in FACILITY_WORDS or word in TOWN_WORDS or word in ADMIN_SUFFIXES


_DOUBLE_BARRELLED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+-[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+(?![\w'’-])")
# What may follow a dateline's all-capitals place: "BAGHDAD (Reuters) -", "NAIROBI, Kenya".
_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
_SENTENCE_GAP = re.compile(r"\s*[.;:!?,()]")
_DATELINE_TAIL = re.compile(r"\s*(?:,|\(|-|–|—|:)")


def _judge(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[Token],
    i: int,
    j: int,
    key: str,
    hits: tuple[Hit, ...],
    common: frozenset[str],
    vetoed: set[str],
) -> Mention | None:
    """A mention for tokens i..j, or None when a guard says it is not a place."""
    if key in SEATS:
        return None
    kinds = {gazetteer.kinds[h.entry] for h in hits}
    countryish = COUNTRY in kinds or any(h.demonym for h in hits)
    start, end = tokens[i].start, tokens[j].end
    if fold(text[start:end]) != key:  # "Nairobis": the name without the possessive s
        end -= 1
    if j == i and compass_of_unit(gazetteer, text, tokens, i):
        return None  # the "East" of "Tonj East county"
    level, span_end = unit_suffix(text, tokens, j)
    if level is None and unit_named_with_compass(text, tokens, j):
        level = 2  # "Tonj East county": a district around the town
    if level is not None and text.startswith(" of ", span_end) and (level == 3 or countryish):
        # "the Somali town of Balcad", "the western Mexico state of Michoacan": the unit word names the place
        # after it (but "Marsabit county of northern Kenya" is the county)
        level = None
    if level is None and j > i and key != strip_admin_suffix(key):
        # The match ends in its own unit word ("Bomet County"): that word closes the name.
        level, span_end = admin_suffix_level(key), end
    cue = cue_before(text, start)
    if level is None and cue in _TOWN_CUES and _TOWN_CUE_BEFORE.search(text, max(0, start - 40), start):
        # "the northern city of Raqqa" names the town, not the governorate; not the unit after
        # it in "the village of Kani (Sagaing)", which only inherits the cue.
        level = 3
    elif level is None:
        division = _DIVISION_BEFORE.search(text, max(0, start - 24), start)
        if division:
            level = ADMIN_SUFFIXES[division.group(1)]
    previous = tokens[i - 1] if i > 0 else None
    part = previous is not None and previous.text.lower() in DIRECTIONS
    if not countryish and level is None and person_before(text, start, kinds):
        vetoed.add(key)  # "Special Agent Chester J. McBride", then "McBride" alone is him too
        return None
    # All-capitals: acronyms are not places, except country abbreviations and datelines. Dotted
    # initials opening a longer name are its abbreviated words ("D.I. Khan" for Dera Ismail Khan).
    if any(t.upper and not (k < j and _DOTTED.fullmatch(t.text)) for k, t in enumerate(tokens[i : j + 1], i)):
        line_start = text.rfind("\n", 0, start) + 1
        dateline = start - line_start < 3 and (j - i < 3) and bool(_DATELINE_TAIL.match(text, end))
        if not (countryish or dateline):
            return None
    first, last = run_bounds(text, tokens, i, j)
    in_name = False
    if first < i and opens_run(gazetteer, text, tokens, i, level, key):
        first = i
    if first < i and not (tokens[i - 1].upper and level is not None):
        # An acronym before a unit ("ODM Kisii Central ward candidate") names who, not the place.
        left = tokens[i - 1].text.lower()
        if left in _INSTITUTIONS and last == j and level is None:
            # "Kenya Medical Training College Nakuru campus": the place closes an institution's
            # name and locates it; kept, marked as inside a name.
            in_name = True
        elif left in TITLES or (left not in DIRECTIONS and left not in PLACE_PREFIXES):
            if not countryish:
                if left in TITLES or last == j:
                    vetoed.add(key)
                return None
            in_name = True
    # "Nairobis Maziwa area": a possessive without its apostrophe, not a longer name.
    possessive = fold(text[start:end]) != fold(text[tokens[i].start : tokens[j].end])
    if (
        not possessive
        and j == i
        and last > j
        and key.endswith("s")
        and not _unit_word_after(text, tokens, i)
        and possessive_without_apostrophe(gazetteer, tokens[i], i) is not None
    ):
        possessive = True
        end, key, hits = end - 1, key[:-1], gazetteer.lookup(key[:-1])
        kinds = {gazetteer.kinds[h.entry] for h in hits}
        countryish = COUNTRY in kinds or any(h.demonym for h in hits)
    if last > j and span_end == end and not possessive and (level is None or j == i) \
            and not closes_run(gazetteer, text, tokens, j):
        right = tokens[j + 1].text.lower()
        # "Mombasa Women protested": a people word after a place is who, not a longer name.
        if right not in FACILITY_WORDS and right.rstrip("s") not in FACILITY_WORDS and right not in DIRECTIONS \
                and right not in PEOPLE_WORDS:
            if not countryish and not (
                first == i
                # A district opens a base's name as a town does ("Bagram Air Base").
                and (known_place(gazetteer, hits, OPENER_POPULATION) or ADMIN2 in kinds or right in ORG_OPENERS)
                and opens_institution(text, tokens, j)
            ):
                return None
            # "Nairobi Aviation College", "Kisumu Water and Sewerage Company": an institution
            # named after its town stands there; kept, marked as inside a name (it locates weakly).
            # "The Kapedo Catholic church" is no person's name: the town locates as any other.
            in_name = right not in ORG_OPENERS
        elif right in _INSTITUTIONS or right == "stadium":
            # "Moi University", "Garissa University": named after a person as often as a town;
            # the town is only weak evidence of where (see keep).
            in_name = True
    if level is not None and span_end != end and key in common and not countryish:
        # "the Coast Region Conference": a common word, a unit word and a capitalised word name a body.
        following = _NEXT_WORD.match(text, span_end)
        if following and following.group(1)[0].isupper() and not _SENTENCE_GAP.match(text, span_end):
            word = following.group(1).lower()
            if word not in FACILITY_WORDS and word.rstrip("s") not in FACILITY_WORDS and word not in CALENDAR_WORDS:
                return None
    if key in vetoed and not countryish:
        return None
    # "Michel-Ange Louis-Jeune": two hyphenated names in a row are a person's first and last
    # names, whatever places their halves share a name with ("Michel", "Ange Louis").
    if not countryish and any(
        m.start() <= start and end <= m.end()
        for m in _DOUBLE_BARRELLED.finditer(text, max(0, start - 40), min(len(text), end + 40))
    ):
        return None
    # "Pre-Exposure", "Kata'ib-Hizballah": a capitalised word glued on by a hyphen makes a longer
    # name, unless it is a place too ("Isiolo-Garissa border", "Nairobi-Mombasa highway").
    if not countryish and i > 0 and text[tokens[i - 1].end : start] == "-" and tokens[i - 1].cap \
            and fold(tokens[i - 1].text) not in gazetteer and not facility_after(text, end):
        return None  # "Dadaj-Bula": the second half of a hyphenated name ("Mai Mahiu-Narok road" is two)
    if not countryish and j + 1 < len(tokens) and text[end : tokens[j + 1].start] == "-":
        glued = tokens[j + 1]
        following = _NEXT_WORD.match(text, glued.end)
        after = following.group(1).lower() if following else ""
        if glued.cap and not glued.upper and fold(glued.text) not in gazetteer and (
            glued.text.lower() not in FACILITY_WORDS and glued.text.lower() not in DIRECTIONS
        ) and after.rstrip("s") not in FACILITY_WORDS:
            return None
    camp = named_camp(text, start, end)
    if camp and level is None:
        level = 3  # "at the refugee camp of Mbera": the camp is a settlement
    people = level is None and people_after(text, end)
    strong = level is not None or (CUES.get(cue, 0) >= 2 and not people)
    if key in common and not countryish:
        initial = tokens[i].initial
        big = max(gazetteer.population[h.entry] for h in hits) >= 1_000_000
        divisional = bool(kinds & {ADMIN1, ADMIN2}) and CUES.get(cue, 0) >= 2
        held = held_by_named_division(gazetteer, text, end, hits) or holds_named_before(gazetteer, text, start, hits)
        if initial and level is None and not held:
            return None
        if not (level is not None or big or divisional or held):
            return None
    if key in common and countryish and tokens[i].initial and j == i and not any(
        h.demonym for h in hits
    ):
        # "Chad said ..." / "Jordan was ..." at a sentence start: person or country, keep it
        # only when the next word is not capitalised (a surname).
        if last > j:
            return None
    group = not countryish and in_group_name(text, start, end)
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        key=key,
        hits=hits,
        level=level,
        cue=cue,
        part=part,
        in_name=in_name or group,
        group=group,
        strong=strong,
        people=people,
        camp=camp,
        patron=patron_after(text, end),
    )


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
            )
        )
    result.sort(key=lambda m: m.start)
    return result


def _strengthen(mention: Mention) -> Mention:
    return dataclasses.replace(mention, strong=True)
