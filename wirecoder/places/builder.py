"""The mutable builder the gazetteer compiler fills: entries, their columns and name keys.

    >>> from wirecoder.places.index import CITY
    >>> builder = Builder()
    >>> entry = builder.add(CITY, "Baragoi", latitude=1.78, longitude=36.78)
    >>> builder.key("Baragoi", entry)
    >>> dict(builder.keys["baragoi"])
    {0: 0}
"""

from __future__ import annotations

import math
import re
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from wirecoder.places.index import (
    ADMIN1,
    ADMIN2,
    ARRAY_TYPES,
    CITY,
    COUNTRY,
    DIVISION_PREFIX,
    FLAG_ALTERNATE,
    FUZZY_PREFIX,
    TRANSLIT_PREFIX,
    Gazetteer,
    encode_hit,
)
from wirecoder.places.names import fold, skeleton, transliteration_key, vowelless

__all__ = ["Builder", "add_town_names", "adopt_nearest_admin1", "km", "read_table"]

_DOUBLED_VOWEL = re.compile(r"([aeiou])\1+")
_MIN_KEY = 3  # keys shorter than this are initials or codes, never place names in prose
_MAX_WORDS = 6


def read_table(name: str) -> list[list[str]]:
    """Rows of one of our tab-separated data files, comments and blank lines skipped."""
    text = resources.files("wirecoder.places").joinpath("data", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass
class Builder:
    """Entries and keys accumulated while compiling."""

    names: list[str] = field(default_factory=list)
    kinds: bytearray = field(default_factory=bytearray)
    columns: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    # (key, division) for divisions' other names keyed without their unit word ("karen" for
    # "Karen State"), judged once every place is keyed (``admin_units.drop_bare_names_abroad``).
    bare_others: list[tuple[str, int]] = field(default_factory=list)

    def add(self, kind: int, name: str, **values: Any) -> int:
        entry = len(self.names)
        self.names.append(name)
        self.kinds.append(kind)
        for column, default in _DEFAULTS.items():
            self.columns[column].append(values.get(column, default))
        return entry

    def key(self, text: str, entry: int, flags: int = 0, *, folded: bool = False) -> None:
        key = text if folded else fold(text)
        # Two-letter keys are allowed for countries only ("US", "UK").
        shortest = 2 if self.kinds[entry] == COUNTRY else _MIN_KEY
        if len(key) < shortest or key.count(" ") >= _MAX_WORDS or not any(c.isalpha() for c in key):
            return
        slot = self.keys[key]
        # Own name (0) beats an alternate spelling (1) beats a demonym (2) folding the same way.
        slot[entry] = min(slot.get(entry, flags), flags)

    def fuzzy(self, key: str, entry: int) -> None:
        """Index the consonant skeleton of a folded key (see ``names.skeleton``)."""
        core = skeleton(key)
        if core:
            self.keys[FUZZY_PREFIX + core].setdefault(entry, FLAG_ALTERNATE)

    def transliterated(self, key: str, entry: int, *, slavic: bool) -> None:
        """Index a town's name by its transliteration key (see ``names.transliteration_key``)."""
        core = transliteration_key(key, slavic=slavic)
        if core:
            self.keys[TRANSLIT_PREFIX + core].setdefault(entry, FLAG_ALTERNATE)

    def division_variants(self) -> None:
        """Index every division's names by their vowelless form (see ``names.vowelless``)."""
        for key, slot in list(self.keys.items()):
            if key.startswith((FUZZY_PREFIX, DIVISION_PREFIX, TRANSLIT_PREFIX)):
                continue
            core = vowelless(key)
            if not core:
                continue
            for entry in slot:
                if self.kinds[entry] in (ADMIN1, ADMIN2):
                    self.keys[DIVISION_PREFIX + core].setdefault(entry, FLAG_ALTERNATE)

    def single_vowel_keys(self) -> None:
        """Key places whose own name doubles a vowel ("Maai Mahiu", "Kismaayo", "Ceelbuur") by the
        name with single vowels too, as an alternate: copy often writes them so ("Mai Mahiu")."""
        for key, slot in list(self.keys.items()):
            if key.startswith((FUZZY_PREFIX, DIVISION_PREFIX, TRANSLIT_PREFIX)) or not _DOUBLED_VOWEL.search(key):
                continue
            single = _DOUBLED_VOWEL.sub(r"\1", key)
            for entry, flags in list(slot.items()):
                if flags == 0 and self.kinds[entry] != COUNTRY:
                    self.keys[single].setdefault(entry, FLAG_ALTERNATE)

    def freeze(self, countries: list[tuple[str, str, str, int]]) -> Gazetteer:
        keys: dict[str, int] = {}
        postings = array("i")
        for key, slot in self.keys.items():
            codes = [encode_hit(entry, flags) for entry, flags in slot.items()]
            if len(codes) == 1:
                keys[key] = codes[0]
            else:
                keys[key] = -len(postings) - 1
                postings.append(len(codes))
                postings.extend(codes)
        tables = {column: array(code, self.columns[column]) for column, code in ARRAY_TYPES.items()}
        return Gazetteer(
            names=tuple(self.names),
            kinds=bytes(self.kinds),
            keys=keys,
            postings=postings,
            countries=tuple(countries),
            **tables,
        )


_DEFAULTS: dict[str, Any] = {
    "country": -1,
    "admin1": -1,
    "admin2": -1,
    "anchor": -1,
    "latitude": math.nan,
    "longitude": math.nan,
    "population": 0,
    "geonameid": 0,
}


def add_town_names(builder: Builder, country_index: dict[str, int]) -> None:
    """Key the wire-copy names of ``data/towns.tsv`` ("Bardere" for Baardheere) as own names of
    the town of that name in that country (the most populous one, if several), and give it the
    table's display name where one is set ("Zaporizhzhia" for GeoNames' Zaporizhzhya)."""
    towns: dict[tuple[int, str], int] = {}
    population = builder.columns["population"]
    for entry, name in enumerate(builder.names):
        if builder.kinds[entry] == CITY:
            slot = (builder.columns["country"][entry], fold(name))
            if slot not in towns or population[entry] > population[towns[slot]]:
                towns[slot] = entry
    for row in read_table("towns.tsv"):
        entry = towns.get((country_index.get(row[0], -1), fold(row[1])))
        if entry is not None:
            for name in filter(None, row[2].split("|")):
                builder.key(name, entry)
            if len(row) > 3 and row[3]:
                builder.names[entry] = row[3]  # the English name copy and coders use


# A town with no first-order division of its own takes that of its nearest neighbour this close.
_ADOPT_KM = 100.0


def adopt_nearest_admin1(builder: Builder) -> None:
    """Give a town that GeoNames files under no first-order division (Sololo, Kenya) the division
    of the nearest town of its country that has one: an event there is still coded in a division."""
    columns = builder.columns
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    orphans = []
    for entry, kind in enumerate(builder.kinds):
        if kind != CITY:
            continue
        if columns["admin1"][entry] >= 0:
            cells[(math.floor(columns["latitude"][entry]), math.floor(columns["longitude"][entry]))].append(entry)
        else:
            orphans.append(entry)
    for entry in orphans:
        lat, lon, country = columns["latitude"][entry], columns["longitude"][entry], columns["country"][entry]
        near = [
            other
            for dlat in (-1, 0, 1)
            for dlon in (-1, 0, 1)
            for other in cells.get((math.floor(lat) + dlat, math.floor(lon) + dlon), ())
            if columns["country"][other] == country
        ]
        if near:
            best = min(near, key=lambda o: km(lat, lon, columns["latitude"][o], columns["longitude"][o]))
            if km(lat, lon, columns["latitude"][best], columns["longitude"][best]) <= _ADOPT_KM:
                columns["admin1"][entry] = columns["admin1"][best]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))
