"""A name the gazetteer lacks with its division in brackets, as coders' notes write places
("attacked Toumour (Diffa)"): a place of that division, also when the division is named like its
main town, and only when the division closes the brackets ("Joho (Mombasa Governor)" is a
person). Texts are our own, in the style of coders' notes."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 December 2020, Boko Haram fighters attacked Toumour (Diffa), killing 28.",
            ("Toumour", "Diffa", "Niger", 1),
        ),
        (
            "On 2 March 2021, gunmen attacked Kreinik (West Darfur province), killing 4.",
            ("Kreinik", "West Darfur", "Sudan", 1),
        ),
    ],
)
def test_places_bracketed_unknown_name_in_its_division(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="b", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected


def test_places_bracketed_title_after_the_division_is_no_place(geo: Geoparser) -> None:
    text = "Workers marched chanting anti-Hassan Joho (Mombasa Governor) slogans on Monday."
    assert "Joho" not in [p.name for p in geo.find(Article(id="j", text=text))]
