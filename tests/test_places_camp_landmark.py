"""A camp named with the people it shelters and then placed off a town ("Zamzam camp for displaced
people south of El Fasher") is the place: the town only says where the camp lies. A direction from
a town with no place before it still codes the town, precision 2. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 2024, RSF fighters shelled Zamzam camp for displaced people south of El Fasher (North Darfur).",
            ("Zamzam", 1),
        ),
        (
            "On 2 May 2024, shells hit the Abu Shouk camp for internally displaced persons north of El Fasher.",
            ("Abu Shouk", 1),
        ),
        # Negative: nothing named before the direction.
        ("On 2 May 2024, an IED hit a truck 20 km south of El Fasher, killing two drivers.", ("El Fasher", 2)),
    ],
)
def test_places_camp_landmark(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="c", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.geo_precision) == expected
