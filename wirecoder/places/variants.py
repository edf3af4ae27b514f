"""Loose readings of division names: a name followed by a unit word ("the Nehm district") that
matches no entry is tried as a division spelt with other vowels (Nihm). Such a match is a loose
one: resolution keeps it only in the country the rest of the article is about.
"""

from __future__ import annotations

from wirecoder.places.index import Gazetteer, Hit
from wirecoder.places.names import fold
from wirecoder.places.tokens import Token, joined

__all__ = ["division_variant"]

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
                hits = gazetteer.lookup_division(key)
                if hits:
                    return (j, key, hits)
                break
    return None
