"""Attacks told in incident-summary style are typed by what the attackers did: a church of Protestants is no
protest, suicide bombers among demonstrators make an explosion with the protesters its victims, and armed men
who "bombed" a place set off a bomb there (events.classify, events.cues)."""

import pytest


pytestmark = pytest.mark.slow


def _coded(first_event, text):
    event = first_event(text)
    return event.sub_event_type, event.actor1, event.actor2


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        ("05/12/2019: Assailants armed with firearms attacked a Protestant church during Sunday service in Dablo "
         "town, Centre-Nord region, Burkina Faso. Six worshippers were killed.",
         "Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
        ("Gunmen killed a Protestant pastor and his son in Kamituga on Sunday.",
         "Attack", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"),
        ("10/10/2015: Two suicide bombers detonated explosives-laden vests among demonstrators at a peace rally in "
         "Ankara city, Ankara province, Turkey. At least 100 people were killed.",
         "Suicide bomb", "Unidentified Armed Group (Turkey)", "Protesters (Turkey)"),
        ("03/12/2009: Assailants bombed a police station in Mingora city, Khyber Pakhtunkhwa province, Pakistan. "
         "No casualties were reported.", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
         "Police Forces of Pakistan"),
        ("08/02/1998: Unknown perpetrators bombed a restaurant in Cape Town, South Africa, injuring 12 people.",
         "Remote explosive/landmine/IED", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)"),
        ("10/18/2014: Assailants bombed a section of the Cano Limon-Covenas oil pipeline near Saravena town, Arauca "
         "department, Colombia. No casualties were reported.", "Remote explosive/landmine/IED",
         "Unidentified Armed Group (Colombia)", None),
    ],
)
def test_events_classify_attack_in_summary_style(first_event, text, sub, actor1, actor2):
    assert _coded(first_event, text) == (sub, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the crowd's own acts and the forces' bombs keep their types
        ("Protesters threw petrol bombs at police in Santiago on Friday.", "Violent demonstration"),
        ("Hundreds of Protestant residents marched in Belfast on Saturday against the protocol.", "Peaceful protest"),
        ("Israeli jets bombed a house in Gaza city on Monday, killing five.", "Air/drone strike"),
    ],
)
def test_events_classify_crowds_and_strikes_unchanged(first_event, text, sub):
    assert _coded(first_event, text)[0] == sub
