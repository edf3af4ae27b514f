"""French-named first-level divisions are found under the English names wire copy gives them ("the
Centre-North region", "Upper Kotto prefecture", "Central Kasai"), and coded under ACLED's names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("Centre-North", "Burkina Faso", "Centre-Nord"),
    ("North Central", "Burkina Faso", "Centre-Nord"),
    ("Centre-East", "Burkina Faso", "Centre-Est"),
    ("South-West", "Burkina Faso", "Sud-Ouest"),
    ("Central Plateau", "Burkina Faso", "Plateau-Central"),
    ("Upper Katanga", "Democratic Republic of Congo", "Haut-Katanga"),
    ("Central Kasai", "Democratic Republic of Congo", "Kasai-Central"),
    ("Lower Uele", "Democratic Republic of Congo", "Bas-Uele"),
    ("Upper Kotto", "Central African Republic", "Haute-Kotto"),
    ("Eastern Logone", "Chad", "Logone Oriental"),
])  # fmt: skip
def test_places_admin1_english_name(geo, name: str, country: str, admin1: str) -> None:
    assert geo.admin1(name, country) == admin1


@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen killed six volunteers in the Centre-North region on Sunday.", "Centre-Nord"),
    ("Rebels attacked a mining site in Upper Kotto prefecture on Sunday.", "Haute-Kotto"),
])  # fmt: skip
def test_places_admin1_english_name_in_text(locate, text: str, admin1: str) -> None:
    place = locate(text)
    assert place is not None and place.admin1 == admin1
