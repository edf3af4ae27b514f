"""The capitalised words next to a place name that do or do not make it part of a longer name:
an acronym, a possessive written without its apostrophe, a division named right after a town,
a participle opening the sentence, a facility word.
"""

from __future__ import annotations

import re

from wirecoder.places.cues import FACILITY_WORDS, common_words
from wirecoder.places.index import ADMIN1, ADMIN2, COUNTRY, Gazetteer, Hit
from wirecoder.places.names import ADMIN_SUFFIXES, fold
from wirecoder.places.tokens import Token, unit_suffix

__all__ = ["closes_run", "facility_after", "known_place", "opens_run", "possessive_without_apostrophe"]

_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
# A word ending in -s is read as a possessive only of a place this big or a division: "Trans"
# is not "Tran's", "Barclays" not "Barclay's", but "Nairobis" is "Nairobi's".
_POSSESSIVE_POPULATION = 10_000


def facility_after(text: str, end: int) -> bool:
    """True when a facility word follows position ``end`` ("... road", "... border")."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following.group(1).lower().rstrip("s") in FACILITY_WORDS


def possessive_without_apostrophe(
    gazetteer: Gazetteer, token: Token, i: int
) -> tuple[int, str, tuple[Hit, ...]] | None:
    """A match for "Nairobis" meaning "Nairobi's" (notes often drop the apostrophe)."""
    word = token.text
    if len(word) < 5 or not word.endswith("s") or word.isupper():
        return None
    key = fold(word[:-1])
    hits = gazetteer.lookup(key)
    own = tuple(h for h in hits if not h.alternate)  # "Trans" is not "Tran's" because of a Trang
    if not hits or key in common_words() or not (
        known_place(gazetteer, own, _POSSESSIVE_POPULATION) or any(gazetteer.kinds[h.entry] == ADMIN2 for h in hits)
    ):
        return None
    return i, key, hits


def opens_run(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, level: int | None, key: str
) -> bool:
    """Whether the capitalised word before token ``i`` leaves it the first word of a name:
    a place's possessive without its apostrophe ("Kenyas Lamu coastal region"), an acronym
    before a place and a facility word ("the ODM Busia Governor nominations"), a town before
    a division its unit word names ("in Witu Lamu County", a comma left out), or a participle
    that opens the sentence ("Striking Mombasa county workers")."""
    left = tokens[i - 1]
    if left.upper:
        return facility_after(text, tokens[i].end)
    if level in (1, 2) and key not in ADMIN_SUFFIXES and any(
        not h.alternate for h in gazetteer.lookup(fold(left.text))
    ):
        return True  # not "Trans Mara District": "Trans" is only a foreign spelling of a French town
    if left.initial and level is not None and len(left.text) > 5 and left.text.endswith("ing"):
        return fold(left.text) not in gazetteer
    return left.text.endswith("s") and possessive_without_apostrophe(gazetteer, left, i - 1) is not None


def closes_run(gazetteer: Gazetteer, text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised word after token ``j`` starts something else than a longer name:
    an acronym ("Mokowe GSU camp", "the Migori ODM offices": the place is where the body
    stands), or a division its unit word names ("in Witu Lamu County", a comma left out)."""
    right = tokens[j + 1]
    if right.upper and len(right.text) >= 2:
        return True
    for width in (1, 2):
        last = j + width
        if last >= len(tokens) or not tokens[last].cap:
            return False
        level, _end = unit_suffix(text, tokens, last)
        if level in (1, 2) and any(
            gazetteer.kinds[h.entry] in (ADMIN1, ADMIN2)
            for h in gazetteer.lookup(fold(text[right.start : tokens[last].end]))
        ):
            return True
    return False


def known_place(gazetteer: Gazetteer, hits: tuple[Hit, ...], population: int = 50_000) -> bool:
    """True for names that are surely places: countries, divisions or towns of ``population``+."""
    return any(
        gazetteer.kinds[h.entry] in (COUNTRY, ADMIN1) or gazetteer.population[h.entry] >= population
        for h in hits
    )
