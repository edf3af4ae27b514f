"""A crowd storming a building to press a demand protests, unless it set the building on fire: then it riots."""

from __future__ import annotations

import pytest

from wirecoder.actors.cues import stormed_to_demand


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Residents stormed the municipal offices in Sabha demanding fuel.", "Peaceful protest"),
        ("Protesters stormed the parliament building in Tobruk and set parts of it on fire, protesting prices.", None),
        ("Students stormed the governor's office and set a car alight, demanding the release of a classmate.", None),
    ],
)
def test_actors_cues_stormed_to_demand_not_when_set_on_fire(sentence, expected):
    assert stormed_to_demand(sentence) == expected
