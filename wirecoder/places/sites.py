"""Places the packaged gazetteer lacks that conflict reports name often (``data/sites.tsv``),
names of second-order divisions it lacks (``data/admin2.tsv``), and cities ACLED codes as
first-order divisions of their own (``data/city_divisions.tsv``).

GeoNames' towns of 500+ people leave out refugee camps (Kutupalong, Zaatari, Hagadera), new
district seats and towns whose population it does not know (Palma, Mozambique; Pibor, South
Sudan). They are added as populated places before the divisions are made and put in the
first-order division the table names once the divisions exist (their nearest neighbour may lie
across a boundary, or, in thinly covered countries, hundreds of kilometres off); the
second-order link then comes from a close neighbour, as for any town.
"""

from __future__ import annotations

import math

from wirecoder.errors import GazetteerError
from wirecoder.places.builder import Builder, read_table
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, FLAG_ALTERNATE
from wirecoder.places.names import fold, strip_admin_suffix

__all__ = ["add_sites", "city_divisions", "name_districts", "place_sites"]


# A row naming a town GeoNames already has within this distance corrects that town: GeoNames
# places some at their district's centre or leaves their population out (Buenaventura, Colombia,
# twice, one 33 km off; Kupwara, India, 55 km off; Ras al-Ain, Syria, of no population), and a
# second entry would leave resolution to choose between the two.
_SAME_TOWN_KM = 75.0


def add_sites(builder: Builder, country_index: dict[str, int]) -> dict[int, str]:
    """Add the places of ``data/sites.tsv`` as towns keyed by all their names, or correct the
    namesakes GeoNames has close by; returns each new entry's first-order division as the table
    names it, for :func:`place_sites`."""
    divisions: dict[int, str] = {}
    for iso2, name, others, latitude, longitude, people, division in read_table("sites.tsv"):
        if iso2 not in country_index:
            continue
        lat, lon, names = float(latitude), float(longitude), [name, *filter(None, others.split("|"))]
        namesakes = _namesakes(builder, country_index[iso2], fold(name), lat, lon)
        for entry in namesakes:
            columns = builder.columns
            columns["latitude"][entry], columns["longitude"][entry] = lat, lon
            columns["population"][entry] = max(columns["population"][entry], int(people))
        if namesakes:
            for other in names:
                for entry in namesakes:
                    builder.key(other, entry)
            continue
        entry = builder.add(
            CITY,
            name,
            country=country_index[iso2],
            latitude=lat,
            longitude=lon,
            population=int(people),
        )
        # Copy writes these spellings as often as the name: they are keyed as own names.
        for other in names:
            builder.key(other, entry)
        divisions[entry] = division
    return divisions


def _namesakes(builder: Builder, country: int, key: str, latitude: float, longitude: float) -> list[int]:
    """GeoNames towns of ``country`` keyed ``key`` within ``_SAME_TOWN_KM`` of the point."""
    columns = builder.columns
    return [
        entry
        for entry in builder.keys.get(key, {})
        if builder.kinds[entry] == CITY
        and columns["country"][entry] == country
        and _km(columns["latitude"][entry], columns["longitude"][entry], latitude, longitude) < _SAME_TOWN_KM
    ]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in kilometres (exact enough within a hundred)."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def place_sites(builder: Builder, divisions: dict[int, str]) -> None:
    """Put each added place in the first-order division of its country that the table names."""
    country = builder.columns["country"]
    for entry, division in divisions.items():
        for unit in builder.keys.get(strip_admin_suffix(fold(division)), {}):
            if builder.kinds[unit] == ADMIN1 and country[unit] == country[entry]:
                builder.columns["admin1"][entry] = unit
                break
        else:
            raise GazetteerError(
                f"data/sites.tsv: no first-order division {division!r} in the country of "
                f"{builder.names[entry]!r}; write the division as the gazetteer names it"
            )


def name_districts(builder: Builder, country_index: dict[str, int]) -> None:
    """Key the other names of ``data/admin2.tsv`` for the second-order divisions of GeoNames
    ("Maguindanao" for Maguindanao del Sur, which holds the old province's seat)."""
    districts: dict[tuple[int, str], list[int]] = {}
    for entry, kind in enumerate(builder.kinds):
        if kind == ADMIN2:
            key = (
                builder.columns["country"][entry],
                strip_admin_suffix(fold(builder.names[entry])),
            )
            districts.setdefault(key, []).append(entry)
    for iso2, name, others in read_table("admin2.tsv"):
        for entry in districts.get(
            (country_index.get(iso2, -1), strip_admin_suffix(fold(name))), ()
        ):
            for other in filter(None, others.split("|")):
                builder.key(other, entry, FLAG_ALTERNATE)


def city_divisions(builder: Builder, country_index: dict[str, int], county_of: dict[int, str]) -> None:
    """Make each city of ``data/city_divisions.tsv`` a first-order division of its own, holding the
    places filed under its second-order area (``county_of``): the City of Belgrade, which the data
    puts in Central Serbia. The division is not keyed by name: "in Belgrade" stays the city."""
    columns = builder.columns
    for iso2, name, display in read_table("city_divisions.tsv"):
        country = country_index.get(iso2, -1)
        towns = [e for e in builder.keys.get(fold(name), {})
                 if builder.kinds[e] == CITY and columns["country"][e] == country]
        if not towns:
            raise GazetteerError(
                f"data/city_divisions.tsv: no town {name!r} in {iso2}; write it as the gazetteer spells it"
            )
        town = max(towns, key=lambda e: columns["population"][e])
        # The area the city's own places are filed under, else the one named after it (Belgrade has none).
        area, old = county_of.get(town, name), columns["admin1"][town]
        members = {town, *(e for e, county in county_of.items()
                           if county == area and columns["admin1"][e] == old)}
        entry = builder.add(
            ADMIN1,
            display,
            country=country,
            anchor=town,
            latitude=columns["latitude"][town],
            longitude=columns["longitude"][town],
            population=sum(columns["population"][e] for e in members),
        )
        for member in members:
            columns["admin1"][member] = entry
