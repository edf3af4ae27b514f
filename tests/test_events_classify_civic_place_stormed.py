"""Armed men storming a place where unarmed people gather (a church, a school, a market), harming the people
there with no one fighting back, attack civilians (events.classify); defenders named make it a fight. A prayer
vigil is a setting, not a demonstration (events.lexicon); a vehicle rigged with explosives is a bomb."""

import pytest

from wirecoder.events.classify import classify
from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(("sentence", "agent", "target", "sub"), [
    ("Fighters from the Allied Democratic Forces stormed a Catholic parish in Komanda, shooting worshippers.",
     "Fighters", "a Catholic parish", "Attack"),
    ("Gunmen stormed a boarding school in Kebbi and shot dead two pupils.", "Gunmen", "a boarding school", "Attack"),
    # soldiers guarding it fought: a clash
    ("Militants stormed a hospital in Kunduz, and soldiers guarding it fought them for hours; two patients died.",
     "Militants", "a hospital", "Armed clash"),
])
def test_events_classify_civic_place_stormed(sentence, agent, target, sub):
    families = {cue.family for cue in find_cues(sentence)}
    assert classify(families, sentence, agent, target) == sub


@pytest.mark.parametrize(("sentence", "family", "found"), [
    ("Attackers struck during an overnight prayer vigil at the church.", "protest", False),
    ("Hundreds held a candlelight vigil outside parliament for the victims.", "protest", True),
    ("A motorcycle rigged with explosives blew up in a market in Kirkuk.", "ied", True),
    ("A car packed with explosives detonated near the gate of the base.", "ied", True),
])
def test_events_lexicon_vigils_and_rigged_vehicles(sentence, family, found):
    assert (family in {cue.family for cue in find_cues(sentence)}) is found
