"""Unit and weapon nouns alone ("its units", "a patrol", "gunboats", "drones") are a state's forces; "housing
units" or "rescue units" are no army's, and a unit of the police stays police (actors.mentions)."""

import pytest


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("The army said its units were ambushed near Boni.", "Mali", "Military Forces of Mali"),
        ("A patrol was ambushed near Kani on Friday.", "Myanmar", "Military Forces of Myanmar"),
        ("Gunboats shelled fishing boats off Hodeidah.", "Yemen", "Military Forces of Yemen"),
        ("Drones struck a market in Diallassagou.", "Mali", "Military Forces of Mali"),
        ("The brigade lost four men in the fighting.", "Somalia", "Military Forces of Somalia"),
        ("Troops of 12 Brigade killed three bandits.", "Nigeria", "Military Forces of Nigeria"),
        # a unit of the police is the police's
        ("A police patrol was fired on near Garissa.", "Kenya", "Police Forces of Kenya"),
        ("A Royal Ulster Constabulary patrol was fired upon in Armagh.", "United Kingdom",
         "Police Forces of the United Kingdom"),
    ],
)
def test_actors_mentions_unit_nouns_are_state_forces(coder, text, country, name):
    assert name in [a.name for _, _, a in coder.find(text, country)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The fire destroyed 20 housing units in Kibera.", "Kenya"),
        ("Rescue units arrived at the scene of the crash.", "Kenya"),
        ("Intensive care units were full in Goma.", "Democratic Republic of Congo"),
        # a patrol as the duty, not the unit
        ("Two rangers were shot while on patrol in Tsavo.", "Kenya"),
        ("Officers returning from patrol fired at a group of men.", "Kenya"),
    ],
)
def test_actors_mentions_units_of_something_else(coder, text, country):
    assert not [a for _, _, a in coder.find(text, country) if a.name.startswith("Military")]
