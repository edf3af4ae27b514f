"""Armies' word for killing fighters ("neutralised about 30 terrorists") is a killing cue (events.lexicon); drones,
shells or explosives neutralised stay weapons disrupted."""

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(("sentence", "kill"), [
    ("Soldiers and volunteers had neutralised about 30 terrorists in an operation near Kantchari.", True),
    ("Troops neutralized 12 bandits in a raid on their camp in Zamfara, the army said.", True),
    ("The army said it had neutralised several armed men near Menaka.", True),
    ("Deminers neutralised 300 explosive items left in the fields.", False),
    ("Air defences neutralised 20 drones over the region overnight.", False),
])
def test_events_lexicon_neutralised_fighters_are_killed(sentence, kill):
    assert ("kill" in {cue.family for cue in find_cues(sentence)}) is kill
