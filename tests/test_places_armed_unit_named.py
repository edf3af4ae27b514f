"""An armed unit named after its town ("the Radaa force", "Misrata brigades") says who the fighters
are, not where they fought: the town locates no event and votes for no country. A division's name
before "forces" ("Tigray forces") is left to the other rules. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 8 May 2022, Misrata brigades clashed with Zintan militias in Sirte, killing four fighters.",
            ("Sirte", "Libya"),
        ),
        # Negative: the town named as where the event happened.
        ("On 3 June 2022, clashes erupted in Misrata between rival armed groups.", ("Misrata", "Libya")),
    ],
)
def test_places_armed_unit_town_is_not_the_place(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="f", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.country) == expected


def test_places_armed_unit_alone_locates_nothing(geo: Geoparser) -> None:
    text = "Members of the Radaa force arrested three men accused of smuggling, the group said on 3 May 2022."
    place = geo.locate(Article(id="f", text=text), 0, len(text))
    assert place is None or place.country != "Yemen"
