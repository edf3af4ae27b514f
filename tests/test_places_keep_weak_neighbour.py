"""A town stays when the name right after it is read in a country the article otherwise ignores:
in "Rann (Kala/Balge LGA, Borno)" the Kala of Algeria vetoes no town of Nigeria, which Borno and
ISWAP point at. A neighbour in the country the text is about still vetoes a namesake abroad.
Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("On 4 November 2021, ISWAP fighters attacked the military base in Rann town "
         "(Kala/Balge LGA, Borno). Troops repelled the attack.", "Rann", "Borno"),
        ("On 9 May 2022, gunmen abducted a farmer in Rann (Kala/Balge LGA, Borno).", "Rann", "Borno"),
        # Negative: a neighbour in the article's own country still vetoes a namesake abroad.
        ("On 3 May 2021, police dispersed traders in Westlands, Nairobi, Kenya.", "Westlands", "Nairobi"),
    ],
)
def test_places_keep_weak_neighbour(geo: Geoparser, text: str, location: str, admin1: str) -> None:
    place = geo.locate(Article(id="k", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1) == (location, admin1)
