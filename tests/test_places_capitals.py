"""A division named alone is coded at its capital (ACLED's rule for province-level events), so
``data/capitals.tsv`` must name the real seat where GeoNames' largest town is another one.
Texts are our own, in the style of wire copy and coders' notes."""

from __future__ import annotations

import math

import pytest

from wirecoder.model import Article
from wirecoder.places.builder import read_table
from wirecoder.places.index import ADMIN1
from wirecoder.places.names import fold, strip_admin_suffix


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    ("text", "admin1", "capital"),
    [
        ("Soldiers torched houses in three villages of Sagaing region on Sunday.", "Sagaing", (22.11, 95.13)),
        ("Gunmen killed a money changer in Balkh province on Tuesday.", "Balkh", (36.71, 67.11)),
        ("Police fired tear gas at farmers marching in Odisha state.", "Odisha", (20.27, 85.83)),
        ("Gang members blocked the national road in Artibonite department.", "Artibonite", (19.45, -72.69)),
        ("Militants ambushed a patrol in West Kordofan state, the army said.", "West Kordofan", (11.73, 28.34)),
        # Unchanged: GeoNames' own anchor is already the capital.
        ("ISWAP fighters raided a military base in Borno state on Friday.", "Borno", (11.85, 13.16)),
    ],
)
def test_places_capitals_division_alone_is_coded_at_its_capital(geo, text, admin1, capital):
    place = geo.locate(Article(id="c", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1 and place.geo_precision == 3
    assert _km(place.latitude, place.longitude, *capital) < 25


def test_places_capitals_every_row_anchors_its_division(geo):
    """A row whose division or town the gazetteer spells otherwise is silently ignored by the
    build: each must move its division's anchor to a town of that name."""
    gazetteer = geo.gazetteer
    iso2_of = {index: iso2 for index, (iso2, *_rest) in enumerate(gazetteer.countries)}
    missed = []
    for iso2, division, capital in (row[:3] for row in read_table("capitals.tsv")):
        key = strip_admin_suffix(fold(division))
        anchors = {
            gazetteer.anchor[hit.entry]
            for hit in gazetteer.lookup(key)
            if gazetteer.kinds[hit.entry] == ADMIN1 and iso2_of[gazetteer.country[hit.entry]] == iso2
        }
        if not anchors & {hit.entry for hit in gazetteer.lookup(fold(capital))}:
            missed.append((iso2, division, capital))
    assert not missed
