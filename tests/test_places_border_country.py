"""A country named across a border ("near the Jordanian border", "the border with Syria") says which
frontier the event lies by, not on which side: it neither votes for its country nor holds the town
named before it. Texts are our own, in the style of coders' notes and wire copy."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.cues import at_border


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 June 2021, unidentified gunmen shot dead a man in Rukban camp near the Jordanian border (Homs).",
            ("Rukban", "Homs", "Syria"),
        ),
        (
            "On 7 May 2024, Israeli aircraft struck homes in Rafah near the Egyptian border, killing 20 Palestinians.",
            ("Rafah", "Gaza Strip", "Palestine"),
        ),
        # Negative: a town of the country named at the border stays that country's.
        (
            "On 2 June 2021, gunmen killed a shepherd in Mafraq near the Syrian border.",
            ("Mafraq", "Mafraq", "Jordan"),
        ),
        (
            "On 7 May 2024, Egyptian soldiers clashed with militants in Rafah (North Sinai), killing three militants.",
            ("Rafah", "North Sinai", "Egypt"),
        ),
    ],
)
def test_places_border_country_names_no_side(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="b", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("militants crossed near the Jordanian border at night", "Jordanian", True),
        ("clashes along the Syria-Turkey border", "Syria", True),
        ("a village on the border with Syria", "Syria", True),
        ("Pakistan's border posts were shelled", "Pakistan", True),
        # Negative: forces, a capital, a province are no border.
        ("Syrian forces shelled the town", "Syrian", False),
        ("talks in Syria on the border dispute", "Syria", False),
    ],
)
def test_places_border_country_cue(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert at_border(text, start, start + len(name)) is expected
