"""Where events happen outside Kenya: country, first-order division, location, ACLED
geo-precision and coordinates of the place located for a note or a wire paragraph, for 23
countries. The probes live in ``places_world_<region>`` (texts of our own; see
``places_world_support`` for what is compared)."""

from __future__ import annotations

import places_world_americas_europe
import places_world_central_africa
import places_world_east_asia
import places_world_mideast
import places_world_south_asia
import places_world_west_africa
import pytest
from places_world_support import Expected, mismatches

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *places_world_mideast.CASES,
        *places_world_south_asia.CASES,
        *places_world_east_asia.CASES,
        *places_world_west_africa.CASES,
        *places_world_central_africa.CASES,
        *places_world_americas_europe.CASES,
    ],
)
def test_places_world_probes_event_place(geo: Geoparser, text: str, expected: Expected) -> None:
    place = geo.locate(Article(id="w", text=text), 0, len(text))
    assert mismatches(place, expected) == []
