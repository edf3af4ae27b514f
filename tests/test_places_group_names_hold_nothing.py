"""A division inside an armed group's name ("IS Sahel", "Islamic State Sahel") holds no village the
gazetteer lacks: the division the text states for it does ("Darey-Daye village (Banibangou commune,
Tillaberi)" is in Niger, not in Burkina Faso's Sahel region). Texts are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 15 August 2021, suspected IS Sahel militants attacked Darey-Daye village "
         "(Banibangou commune, Tillaberi), killing 37 civilians.", "Niger", "Tillaberi"),
        ("On 2 March 2023, Islamic State Sahel fighters raided Tinfagat village in Menaka region, "
         "killing four herders.", "Mali", "Menaka"),
        # Negative: the Sahel region named as a place still holds its village.
        ("On 4 June 2022, gunmen attacked Gourgou village in the Sahel region of Burkina Faso, "
         "killing six civilians.", "Burkina Faso", "Sahel"),
    ],
)
def test_places_group_names_hold_nothing(first_event, text: str, country: str, admin1: str) -> None:
    event = first_event(text)
    assert (event.country, event.admin1) == (country, admin1)
