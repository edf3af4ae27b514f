"""A province named after its main town in a form copy writes for the town too: the Arabic article
dropped ("Diwaniyah" for Al Diwaniyah, seat of Al-Qadissiya) or the closing "-ah" written "-a"
("Misrata", "Raqqa"). Named bare, that name is the town, precision 1, as coders read it; with its unit
word it stays the province. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 5 March 2022, a roadside bomb hit a supply convoy on the highway between Diwaniyah and Samawah.",
            ("Diwaniyah", "Al-Qadissiya", 2),
        ),
        ("On 3 June 2022, clashes erupted in Misrata between rival armed groups.", ("Misrata", "Misrata", 1)),
        ("On 3 June 2022, an airstrike hit a market in Raqqa, killing four civilians.", ("Raqqa", "Ar-Raqqa", 1)),
        ("On 3 June 2022, protesters rallied in Hama against price rises.", ("Hama", "Hama", 1)),
        ("On 3 June 2022, gunmen killed a judge in Derna.", ("Derna", "Derna", 1)),
        # Negative: with its unit word the name is the province, coded at its town, precision 3.
        ("On 3 June 2022, clashes erupted in Misrata province between rival armed groups.", ("Misrata", "Misrata", 3)),
        ("On 3 June 2022, protesters gathered in Diwaniyah province to demand jobs.", ("Al Diwaniyah", "Al-Qadissiya", 3)),
    ],
)
def test_places_town_named_like_division(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == expected
