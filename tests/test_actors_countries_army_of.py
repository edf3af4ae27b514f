"""Soldiers a report leaves unnamed are another state's where that state's army holds the ground (the West Bank
and Gaza: Israel's), and sabotage groups are the military of the country sending them (actors.countries,
actors.kinds, the alias table)."""

import pytest

from wirecoder.actors.kinds import state


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("soldiers", "Palestine", "Military Forces of Israel"),
        ("a military checkpoint", "Palestine", "Military Forces of Israel"),
        # the Palestinian Authority's police are its own
        ("police", "Palestine", "Police Forces of Palestine"),
        ("soldiers", "Israel", "Military Forces of Israel"),
        ("soldiers", "Lebanon", "Military Forces of Lebanon"),
        ("a Russian sabotage and reconnaissance group", "Ukraine", "Military Forces of Russia"),
        ("Ukrainian saboteurs", "Russia", "Military Forces of Ukraine"),
        # a bare sabotage group names no state
        ("saboteurs", "Nigeria", None),
        # Israel's Border Police in the West Bank, by their bare name; elsewhere the name is no one's
        ("the Border Guard Police", "Palestine", "Police Forces of Israel Border Police"),
        ("the Border Police", "Israel", "Police Forces of Israel Border Police"),
        ("the Border Police", "Kenya", None),
    ],
)
def test_actors_army_of_the_ground(coder, text, country, name):
    actor = coder.code(text, country)
    assert (actor.name if actor is not None else None) == name


def test_actors_state_default_military_of_palestine_is_israel():
    assert state("Military", "Palestine").name == "Military Forces of Israel"
    assert state("Police", "Palestine").name == "Police Forces of Palestine"
