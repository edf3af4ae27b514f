"""A name the gazetteer lacks, written "the X in <town>", is a building or site of that town ("at the
Serail in Tripoli"): the town is the place, precision 1. A village bears no article, so "Kreinik in
West Darfur" stays a place of its own. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, country, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 27 January 2021, rioters hurled petrol bombs at the Serail in Tripoli, northern Lebanon.",
            ("Tripoli", "Lebanon", 1),
        ),
        ("On 3 April 2023, gunmen shot a guard at the Serail in Tripoli, Libya.", ("Tripoli", "Libya", 1)),
        # Negative: no article, a village of the division named after it.
        ("On 4 April 2023, gunmen attacked Kreinik (West Darfur), killing 12 people.", ("Kreinik", "Sudan", 1)),
    ],
)
def test_places_site_of_town(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.country, place.geo_precision) == expected
