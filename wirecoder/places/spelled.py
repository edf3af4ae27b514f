"""A town the gazetteer spells another way, found in the division the text puts it in.

Coders' notes and wire copy transliterate African, Arabic and Asian names freely: "Shashamene"
for GeoNames' Shashamane, "Kabkabiya" for Kabkabiyah. Across a whole country such near spellings
are too many to trust, but a note that puts the name in its province ("Kabkabiya (North Darfur)")
leaves few towns it can be: one of that province whose name differs only in inner vowels or a
final "h" is the town meant, coded at its own coordinates rather than at the province's capital.

Example:
    >>> respelled(gazetteer, "Kabkabiya", north_darfur)  # doctest: +SKIP
    1234  # the entry of Kabkabiyah
"""

from __future__ import annotations

import re

from wirecoder.places.index import CITY, Gazetteer
from wirecoder.places.names import fold, vowelless

__all__ = ["respelled"]

# Fewer consonants than this leave too many towns alike ("Bor", "Gao").
_MIN_CONSONANTS = 4
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")  # Arabic "-iyah"/"-iya", "-ah"/"-a"
_NOT_LETTER = re.compile(r"[^a-z ]")

# Per gazetteer and first-order division: loose key -> the division's most populous town of that key.
# Built for a division the first time a note names an unknown town in it (a pass over one array).
_TABLES: dict[tuple[int, int], dict[str, int]] = {}


def _loose(name: str) -> str:
    """A name's key without inner vowels, a vowel's final "h", hyphens or doubled letters."""
    core = vowelless(_FINAL_H.sub("", _NOT_LETTER.sub(" ", fold(name))))
    return core if sum(c.isalpha() for c in core) >= _MIN_CONSONANTS else ""


def _towns(gazetteer: Gazetteer, division: int) -> dict[str, int]:
    table = _TABLES.get((id(gazetteer), division))
    if table is None:
        table = {}
        for entry in (i for i, d in enumerate(gazetteer.admin1) if d == division):
            if gazetteer.kinds[entry] != CITY or not (key := _loose(gazetteer.names[entry])):
                continue
            best = table.get(key)
            if best is None or gazetteer.population[entry] > gazetteer.population[best]:
                table[key] = entry
        _TABLES[(id(gazetteer), division)] = table
    return table


def respelled(gazetteer: Gazetteer, name: str, division: int) -> int:
    """The town of first-order ``division`` that ``name`` spells another way, else -1."""
    key = _loose(name)
    if not key or division < 0:
        return -1
    return _towns(gazetteer, division).get(key, -1)
