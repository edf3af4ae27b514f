"""Cities ACLED codes as a first-order division of their own (data/city_divisions.tsv): the City of
Belgrade, which the packaged data files under Central Serbia, holds Belgrade and the places of its
area. Other towns keep their region. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 15 March 2025, thousands of students protested peacefully in Belgrade.", ("Belgrade", "Belgrade", "Serbia")),
        ("On 5 November 2024, protesters blocked a road in Zemun.", ("Zemun", "Belgrade", "Serbia")),
        # Negative: towns outside the city keep the region the data gives them.
        ("On 5 November 2024, protesters threw eggs at the city hall in Novi Sad.", ("Novi Sad", "Vojvodina", "Serbia")),
        ("On 5 November 2024, protesters blocked a road in Nis.", ("Nis", "Central Serbia", "Serbia")),
    ],
)
def test_places_city_divisions(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="c", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected
