"""The gazetteer's first- and second-order divisions, made from the populated places inside them:
their names, keys, main towns and each place's links to them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from wirecoder.places.index import ADMIN1, ADMIN2, CITY, FLAG_ALTERNATE
from wirecoder.places.builder import Builder, km, read_table
from wirecoder.places.names import (
    DIRECTIONS,
    article_variants,
    bare_division_key,
    final_a,
    fold,
    strip_admin_suffix,
)

__all__ = ["add_admin1", "add_admin2", "add_bare_admin1_keys", "drop_bare_names_abroad"]


def _main_place(builder: Builder, key: str, places: list[int]) -> int:
    """The place standing for a division: one sharing its name, else the most populous."""
    population = builder.columns["population"]
    keys = (key, *article_variants(key))
    # "Al-Hawija" district's seat is the town the data spells "Al Hawijah".
    same = [p for p in places if fold(builder.names[p]) in keys or final_a(fold(builder.names[p])) in keys]
    pool = same or places
    return max(pool, key=lambda p: population[p])


def add_admin1(
    builder: Builder,
    code: tuple[str, str],
    name: str,
    places: list[int],
    aliases: dict[tuple[str, str], list[str]],
) -> None:
    key = strip_admin_suffix(fold(name))
    display, others = (aliases.get((code[0], key), []) + ["", ""])[:2]
    if not display:
        display = _bare_name(name, key)
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
    # A main town named like its division ("Al Hudaydah") is written with the division's other
    # spellings too ("Hodeidah"), and with its display name ("As-Sweida" city of As-Suwayda).
    town = fold(builder.names[anchor])
    named = town == key or town in article_variants(key) or key in article_variants(town)
    for text in (name, display, *filter(None, others.split("|"))):
        folded = fold(text)
        flags = 0 if text in (name, display) else FLAG_ALTERNATE
        bare = bare_division_key(folded)
        if flags and bare != folded:
            builder.bare_others.append((bare, entry))
        for variant in {folded, bare, *article_variants(folded)}:
            builder.key(variant, entry, flags, folded=True)
            if named and text != name:
                builder.key(variant, anchor, FLAG_ALTERNATE, folded=True)
        builder.fuzzy(strip_admin_suffix(folded), entry)


def drop_bare_names_abroad(builder: Builder) -> None:
    """Unkey a division's other name stripped of its unit word where a place abroad bears it:
    "Karen State" is Kayin, "Karen" alone as likely Nairobi's suburb."""
    country = builder.columns["country"]
    for key, entry in builder.bare_others:
        slot = builder.keys.get(key, {})
        if slot.get(entry) == FLAG_ALTERNATE and any(country[other] != country[entry] for other in slot):
            del slot[entry]


def _bare_name(name: str, key: str) -> str:
    """``name`` without the unit words its key dropped ("Maysan Governorate" -> "Maysan",
    "Province of Sulu" -> "Sulu"), or ``name`` itself."""
    words = name.split()
    for cut in range(1, len(words)):
        if fold(" ".join(words[cut:])) == key:
            return " ".join(words[cut:])
        if fold(" ".join(words[:-cut])) == key:
            return " ".join(words[:-cut])
    return name


def add_bare_admin1_keys(builder: Builder) -> None:
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


def add_admin2(builder: Builder, county_of: dict[int, str]) -> None:
    """Second-order divisions from the county names, and each place's admin2 link."""
    columns = builder.columns
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for place, county in county_of.items():
        if columns["admin1"][place] >= 0:
            groups[(columns["admin1"][place], county)].append(place)
    towns = _towns_by_name(builder)
    for (admin1, county), places in groups.items():
        key = strip_admin_suffix(fold(county))
        anchor = _main_place(builder, key, places)
        if fold(builder.names[anchor]) != key:
            anchor = _namesake_seat(builder, towns.get((key, admin1), ()), anchor, places)
        display = _bare_name(county, key)
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
        if columns["admin2"][anchor] < 0:
            columns["admin2"][anchor] = entry  # a namesake seat the data left without a district
        for variant in {fold(county), key, bare_division_key(key), *article_variants(key)}:
            builder.key(variant, entry, folded=True)
        if final_a(fold(builder.names[anchor])) in (key, *article_variants(key)):
            # The district's spelling names its seat too: "Hawija" is Al-Hawija district's Al
            # Hawijah. (Not every "-ah" town: "the Al-Rawda neighbourhood" of Marib is no Ar
            # Rawdah of Sanaa.)
            for variant in {key, *article_variants(key)}:
                builder.key(variant, anchor, FLAG_ALTERNATE, folded=True)
    _inherit_admin2(builder)


# How far from a district's places its namesake town may lie to be taken for its seat.
_SEAT_KM = 60.0


def _towns_by_name(builder: Builder) -> dict[tuple[str, int], list[int]]:
    """(folded name, admin1) -> populated places of that name in that division."""
    towns: dict[tuple[str, int], list[int]] = defaultdict(list)
    admin1 = builder.columns["admin1"]
    for entry, kind in enumerate(builder.kinds):
        if kind == CITY and admin1[entry] >= 0:
            towns[(fold(builder.names[entry]), admin1[entry])].append(entry)
    return towns


def _namesake_seat(builder: Builder, towns: Sequence[int], anchor: int, places: Sequence[int]) -> int:
    """The town a district is named after when the data left it out of the district ("Gwoza"
    LGA was anchored at Tokombere, 25 km off, while Gwoza town had no district): the namesake in
    the same division nearest to one of the district's own places, if close to it; else ``anchor``.
    Measured from every place, not the main one only: a long district's main town may lie far
    from its seat (Gwadar district was anchored at Pasni, 115 km east of Gwadar town, which lies
    35 km from Jiwani, a town of the district)."""
    columns = builder.columns
    lat, lon = columns["latitude"], columns["longitude"]
    best, best_km = anchor, _SEAT_KM
    for town in towns:
        distance = min(km(lat[p], lon[p], lat[town], lon[town]) for p in (anchor, *places))
        if distance < best_km:
            best, best_km = town, distance
    return best


def _inherit_admin2(builder: Builder, radius_km: float = 15.0) -> None:
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
                    distance = km(lat, lon, columns["latitude"][other], columns["longitude"][other])
                    if distance < best_km:
                        best, best_km = other, distance
        if best >= 0:
            columns["admin2"][entry] = columns["admin2"][best]
