"""Forces fired on, and firing back, are a fight (events.lexicon): "came under heavy fire", "returned fire"; the
criticism someone "came under fire for" is none."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize("sentence", [
    "The patrol came under heavy fire while arresting a suspect in Nablus.",
    "Soldiers returned fire and the gunmen fled towards the border.",
    "A convoy comes under gunfire near Kidal as the army advances.",
])
def test_events_lexicon_fired_on_or_firing_back_is_a_fight(sentence):
    assert "fight" in {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize("sentence", [
    "The minister came under fire for his remarks on the budget.",
    "The governor has come under fire over the handling of the floods.",
])
def test_events_lexicon_criticism_is_no_fight(sentence):
    assert "fight" not in {c.family for c in find_cues(sentence)}
