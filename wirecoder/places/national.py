"""Second-order units and wards from national packages (``divisions``), joined to GeoNames.

Constituencies and sub-counties become second-order divisions coded at their own centroids;
wards become populated places at their constituency's centroid; towns are re-linked to the
nearest unit of their division; split areas ("Dagoretti North") are also keyed by their bare
name; division capitals from the packages and ``data/capitals.tsv`` anchor the divisions.
"""

from __future__ import annotations

import math
from collections import defaultdict

from wirecoder.places.builder import Builder, km
from wirecoder.places.divisions import Division
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, FLAG_ALTERNATE
from wirecoder.places.names import fold, strip_admin_suffix

__all__ = ["add_national"]

# A ward's prior as a populated place: wards hold thousands of people, more than most villages.
_WARD_POPULATION = 5000


# Ward names that are words, not places ("Township", "Central Ward").
_GENERIC_UNITS = frozenset(
    "township central municipality airport town market hospital headquarters industrial area "
    "north south east west".split()
)


def add_national(
    builder: Builder,
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
    _move_to_namesake_units(builder, second)
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


def _add_base_keys(builder: Builder, units: dict[tuple[int, str], int]) -> None:
    """Key each split area by its bare name when that names nothing else in the division."""
    for (admin1, key), entry in units.items():
        base = _base(key)
        # "Pokot South" in West Pokot: the bare word is the division's own name, not this unit's.
        own = set(strip_admin_suffix(fold(builder.names[admin1])).split())
        if base != key and len(base) >= 4 and base not in own and not _names_unit_nearby(builder, base, admin1):
            builder.key(base, entry, FLAG_ALTERNATE, folded=True)


def _admin1_entry(builder: Builder, admin1_of: dict[tuple[str, str], int], iso2: str, name: str) -> int:
    """The GeoNames first-order division a national source names, matched by any of its keys (the
    division of ``iso2`` itself, not a namesake abroad: Cameroon's and Burkina Faso's "South-West")."""
    key = strip_admin_suffix(fold(name))
    entry = admin1_of.get((iso2, key))
    if entry is not None:
        return entry
    for hit in builder.keys.get(key, {}):
        if builder.kinds[hit] == ADMIN1 and admin1_of.get((iso2, strip_admin_suffix(fold(builder.names[hit])))) == hit:
            return hit
    return -1


def _set_capital(builder: Builder, admin1: int, capital: str) -> None:
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


def _add_unit(builder: Builder, kind: int, unit: Division, admin1: int, admin2: int) -> int:
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


def _names_unit_nearby(builder: Builder, key: str, admin1: int) -> bool:
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


# A town this close to the centroid of a unit named after it lies in that unit.
_NAMESAKE_UNIT_KM = 20.0


def _move_to_namesake_units(builder: Builder, second: dict[tuple[int, str], int]) -> None:
    """Put a town in the first-order division of the nearby unit named after it ("Thika" by the
    "Thika Town" constituency): GeoNames keeps some towns under a division they left when the
    country redrew its map, and a national package's units are current. A town whose own
    division also holds a unit of its name stays where it is."""
    columns = builder.columns
    units: dict[str, list[int]] = defaultdict(list)
    for (admin1, key), entry in second.items():
        words = key.split()
        if len(words) > 1 and words[-1] in _TOWN_UNIT_WORDS:
            key = " ".join(words[:-1])
        units[key].append(entry)
    for key, entries in units.items():
        own = {columns["admin1"][e] for e in entries}
        for town in builder.keys.get(key, {}):
            if builder.kinds[town] != CITY or columns["admin1"][town] in own:
                continue
            lat, lon = columns["latitude"][town], columns["longitude"][town]
            near = [
                e for e in entries
                if not math.isnan(columns["latitude"][e])
                and km(lat, lon, columns["latitude"][e], columns["longitude"][e]) <= _NAMESAKE_UNIT_KM
                and columns["country"][e] == columns["country"][town]
            ]
            if len({columns["admin1"][e] for e in near}) == 1:
                columns["admin1"][town] = columns["admin1"][near[0]]


# Words a unit named after its main town may add ("Thika Town", "Kisumu Central").
_TOWN_UNIT_WORDS = frozenset({"town", "central", "township", "municipality"})


def _relink_admin2(builder: Builder, units: set[int]) -> None:
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
            candidates, key=lambda u: km(lat, lon, columns["latitude"][u], columns["longitude"][u])
        )
