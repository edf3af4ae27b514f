"""A row of ``data/sites.tsv`` naming a town GeoNames already has close by corrects that town
(coordinates, population) instead of adding a second entry: GeoNames puts some towns at their
district's centre or gives them no population. Texts are our own, in wire style."""

from __future__ import annotations

import math

import pytest

from wirecoder.model import Article
from wirecoder.places.index import CITY
from wirecoder.places.names import fold


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in kilometres."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat1))


@pytest.mark.parametrize(
    ("text", "admin1", "point"),
    [
        # GeoNames' larger Buenaventura lies 33 km south of the port; Kupwara's own entry 55 km off.
        ("Gunmen killed two dockworkers in Buenaventura on Friday.", "Valle del Cauca", (3.88, -77.03)),
        ("Militants attacked an army camp in Kupwara district on Sunday.", "Jammu and Kashmir", (34.53, 74.26)),
        # Not a row of the table: GeoNames' own place stands.
        ("Police dispersed protesters in Popayan on Monday.", "Cauca", (2.44, -76.61)),
    ],
)
def test_places_site_corrections_town_is_where_the_table_puts_it(geo, text, admin1, point):
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1
    assert _km(place.latitude, place.longitude, *point) < 25


@pytest.mark.parametrize(
    ("name", "iso2", "count"),
    [
        ("Ras al-Ain", "SY", 1),  # corrected, not doubled
        ("Ras al-Ain", "MA", 1),  # another country's namesake is left alone
        ("Kolofata", "CM", 1),  # no GeoNames namesake: the row adds the town
    ],
)
def test_places_site_corrections_keep_one_entry_a_town(geo, name, iso2, count):
    gazetteer = geo.gazetteer
    towns = [
        hit.entry for hit in gazetteer.lookup(fold(name))
        if gazetteer.kinds[hit.entry] == CITY and gazetteer.countries[gazetteer.country[hit.entry]][0] == iso2
    ]
    assert len(towns) == count
