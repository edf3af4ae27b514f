"""Loose readings of place names. A name followed by a unit word ("the Nehm district") that
matches no entry is tried as a division spelt with other vowels (Nihm). Such a match is a loose
one: resolution keeps it only in the country the rest of the article is about.
"""

from __future__ import annotations

import re

from wirecoder.places.cues import CUES, cue_before
from wirecoder.places.index import ADMIN2, COUNTRY, Gazetteer, Hit
from wirecoder.places.names import fold, single_letters
from wirecoder.places.tokens import Token, joined, name_connector

__all__ = ["LOWER_TAIL", "article_spelling", "closed_up", "cued_unit_variant", "division_variant", "lower_case_tail"]

# Unit words after which a name is tried as a vowel variant of a division's ("the Nehm
# district" for Nihm); not Kenya's wards and locations, too many and too short for it.
_UNITS_FOR_VARIANTS = frozenset(
    {"province", "governorate", "state", "region", "district", "county", "prefecture", "department",
     "oblast", "tribal region", "tribal district", "tribal agency", "local government", "lga",
     "cercle", "tehsil", "upazila", "chiefdom"}
)

_FIRST_WORDS = frozenset(unit.split()[0] for unit in _UNITS_FOR_VARIANTS)


def division_variant(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, last: int
) -> tuple[int, str, tuple[Hit, ...]] | None:
    """A division whose name differs only in vowels from tokens i..j, when a unit word follows j."""
    for j in range(last, i - 1, -1):
        if not tokens[j].cap or tokens[j].upper:
            continue
        if j + 1 >= len(tokens) or tokens[j + 1].text.lower() not in _FIRST_WORDS:
            continue
        for width in (2, 1):
            end = j + width
            if end >= len(tokens) or not all(joined(text, tokens[k], tokens[k + 1]) for k in range(j, end)):
                continue
            unit = fold(text[tokens[j + 1].start : tokens[end].end])
            if unit in _UNITS_FOR_VARIANTS:
                key = fold(text[tokens[i].start : tokens[j].end])
                # only the inner vowels differ: "Nehm" for Nihm, not "Rangae district" for Ranong province
                hits = tuple(h for h in gazetteer.lookup_division(key)
                             if _same_ends(key, fold(gazetteer.names[h.entry])))
                if hits:
                    return (j, key, hits)
                break
    return None


# After a name: the unit it lies in ("Bumala, Busia", "Kaakong (Turkana)") or a word for a
# village or a market ("Mbaaini village"): a place the gazetteer lacks, not a unit misspelt.
_STATED_AFTER = re.compile(r"\s*(?:,\s*|\(\s*)[A-Z]|\s+(?i:village|trading|market|centre|center)\b")


LOWER_TAIL = re.compile(r"-[a-z]{2,}\b")


def lower_case_tail(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, last: int
) -> tuple[int, str, tuple[Hit, ...]] | None:
    """A name that ends in a lower-case part after a hyphen ("Mukurwe-ini", "Ras al-ain"),
    which the scan does not keep as a word of its own."""
    tail = LOWER_TAIL.match(text, tokens[last].end)
    if tail is None:
        return None
    key = fold(text[tokens[i].start : tail.end()])
    hits = gazetteer.lookup(key)
    return (last, key, hits) if hits else None


def closed_up(gazetteer: Gazetteer, key: str) -> tuple[Hit, ...]:
    """The places a name of several words that the gazetteer writes as one word names ("Trans
    Mara" for Transmara, "Beled Weyne" for Beledweyne): only the space differs, so the match is
    judged as an exact one. Not a country: "New Guinea" is no spelling of Newguinea. Likewise a
    name whose doubled letters the gazetteer writes once ("Tal Rifaat" for Tall Rif'at, keyed
    "tal rifat" among its Arabic spellings)."""
    hits = gazetteer.lookup(key.replace(" ", ""))
    if not hits:
        single = single_letters(key)
        hits = gazetteer.lookup(single) if single != key else ()
    return tuple(h for h in hits if gazetteer.kinds[h.entry] != COUNTRY)


def cued_unit_variant(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, common: frozenset[str]
) -> tuple[int, str, tuple[Hit, ...]] | None:
    """A second-order unit spelt with other vowels, named alone after a locative cue ("clashes in
    Kibera" for the Kibra constituency): copy spells districts and constituencies as it hears
    them. One word of five letters or more, not a common word; kept only in the article's country."""
    token = tokens[i]
    if token.upper or token.initial or len(token.text) < 5:
        return None
    if i + 2 < len(tokens) and name_connector(text, tokens[i + 1], tokens[i + 2]) and tokens[i + 2].cap:
        return None  # "the town of Maarat al-Numan": the first word of a longer name, not Meerut district
    key = fold(token.text)
    # Only inner vowels differ: "Kibera" for Kibra, not "Tigoni" for Tigania or "Kabirer" for Kibra.
    hits = tuple(
        h for h in gazetteer.lookup_division(key)
        if gazetteer.kinds[h.entry] == ADMIN2 and _same_ends(key, fold(gazetteer.names[h.entry]))
    )
    # The lookup first: most capitalised words match no unit, and the cue costs a search.
    if not hits or key in common or _STATED_AFTER.match(text, token.end):
        return None
    return (i, key, hits) if CUES.get(cue_before(text, token.start), 0) >= 2 else None


def _same_ends(key: str, name: str) -> bool:
    return bool(name) and key[0] == name[0] and key[-1] == name[-1]


# Arabic's article takes the sound of a "sun letter" after it, and copy writes it either way:
# "Al-Durayhimi" / "Ad Durayhimi", "An Nasiriyah" / "Al Nasiriyah", "Ash Shihr" / "Al Shihr".
_SUN_SOUNDS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_ASSIMILATED = frozenset("a" + sound for sound in _SUN_SOUNDS)


def article_spelling(gazetteer: Gazetteer, key: str) -> tuple[Hit, ...]:
    """The entries of ``key`` with its Arabic article spelt the other way ("al durayhimi" ->
    "ad durayhimi", "an nasiriyah" -> "al nasiriyah"), or () when that names nothing."""
    article, _, rest = key.partition(" ")
    if not rest:
        return ()
    if article in ("al", "el"):
        sound = next((s for s in _SUN_SOUNDS if rest.startswith(s)), None)
        return gazetteer.lookup(f"a{sound} {rest}") if sound else ()
    if article in _ASSIMILATED and rest.startswith(article[1:]):
        return gazetteer.lookup(f"al {rest}")
    return ()

