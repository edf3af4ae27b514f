"""A name the text calls a village is not read as a big city abroad that the gazetteer knows by that name
only as another spelling ("near the village of Boni" is not Bonn); the city named as itself stays (texts
written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize("text", [
    "Gunmen killed three Malian soldiers near the village of Boni on Monday.",
    "Gunmen killed three Malian soldiers in Boni village on Monday.",
])  # fmt: skip
def test_places_keep_village_is_no_city_by_another_name(geo, text: str) -> None:
    assert all(p.country != "Germany" for p in geo.find(Article(id="t", text=text)))


@pytest.mark.parametrize(("text", "location"), [
    ("Protesters marched in Bonn on Monday against rising rents.", "Bonn"),
    ("Gunmen killed two herders near the village of Baragoi in Samburu on Monday.", "Baragoi"),
])  # fmt: skip
def test_places_keep_village_own_names_stay(locate, text: str, location: str) -> None:
    place = locate(text)
    assert place is not None and place.location == location
