"""Explosives used on property are remote explosives; a door broken down is no riot (events.lexicon)."""

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2017, suspected ELN guerrillas dynamited the Bicentenario pipeline near Arauquita (Arauca).",
        "Maoist rebels dynamited a culvert on the Dantewada-Sukma road overnight, police said.",
        "Militants destroyed a mobile phone mast with explosives in Kech district on Tuesday.",
        "Gunmen used explosives to bring down an electricity pylon near Turbat.",
    ],
)
def test_events_cues_explosives_on_property_are_remote_explosives(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Police broke down the door of a lawyer's home in Lahore and arrested him on Friday.", "Arrests"),
        ("Masked gunmen broke down the door of a farmhouse near Jos and shot dead two brothers.", "Attack"),
        # a crowd breaking a gate or windows still riots
        ("Angry students broke down the gate of the vice-chancellor's office and smashed windows.", "Mob violence"),
    ],
)
def test_events_cues_door_broken_down_is_no_riot(pipeline, text, sub):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == sub


@pytest.mark.parametrize("text", ["Peace talks broke down in Doha on Sunday.", "Their truck broke down near Garissa."])
def test_events_cues_broke_down_alone_is_no_cue(text):
    assert not [c for c in find_cues(text) if c.family == "riot"]
