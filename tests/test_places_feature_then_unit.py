"""A valley, mountains, forest or camp named before the division that holds it ("the Tirah valley
(Khyber)") is held by that division like a town: a namesake abroad (Tirah, Israel) is not the place.
A village a coder's note puts in its district and province ("Kitshanga (Masisi, Nord-Kivu)") is the
village the coder located, even when a loose look-alike abroad was read for it first. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 June 2021, militants attacked an army post in Tirah valley (Khyber), killing three soldiers.",
            ("Tirah", "Khyber Pakhtunkhwa", "Pakistan"),
        ),
        (
            "On 7 November 2023, M23 rebels clashed with Wazalendo militiamen in Kitshanga (Masisi, Nord-Kivu).",
            ("Kitshanga", "Nord-Kivu", "Democratic Republic of Congo"),
        ),
        # Negative: a village put in its unit otherwise stays coded at the unit (Kenya's coders do so).
        (
            "On 3 May 2019, raiders attacked Salima village in Laisamis, killing two herders.",
            ("Laisamis", "Marsabit", "Kenya"),
        ),
    ],
)
def test_places_feature_then_unit(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="v", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected
