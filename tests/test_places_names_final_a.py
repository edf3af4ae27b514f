"""Arabic names whose closing "-ah" the data's districts write "-a" ("Al-Hawija" district, its seat
Al Hawijah): the district anchored at that seat, and the seat keyed with the district's spelling. Texts are our own, in the style of
incident summaries and coders' notes."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.names import final_a


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("al hawijah", "al hawija"),
        ("baqubah", "baquba"),
        # Too short a word, or no "-ah" ending: nothing.
        ("shah", None),
        ("mosul", None),
    ],
)
def test_places_names_final_a(key: str, expected: str | None) -> None:
    assert final_a(key) == expected


# text -> (location, admin1, geo_precision, (latitude, longitude) to 0.1 degree)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08/14/2017: Assailants shot dead two farmers in Hawija city, Kirkuk governorate, Iraq.",
         ("Hawija", "Kirkuk", 1, (35.3, 43.8))),
        # The district of the name is anchored at its seat, the town.
        ("On 2 June 2019, IS militants burned crops in Hawija district (Kirkuk).",
         ("Hawija", "Kirkuk", 2, (35.3, 43.8))),
        ("03/09/2015: A bomb exploded near a market in Baquba city, Diyala governorate, Iraq.",
         ("Baquba", "Diyala", 1, (33.8, 44.6))),
    ],
)
def test_places_names_final_a_places(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    got = (place.location, place.admin1, place.geo_precision, (round(place.latitude, 1), round(place.longitude, 1)))
    assert got == expected
