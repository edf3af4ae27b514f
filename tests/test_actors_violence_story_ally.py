"""The group a story is about is no target when it fought beside the agent ("Burkinabe soldiers and VDP killed
20 jihadists": the jihadists, not the VDP); note-style acronyms of two letters ("AS militants", "BH
insurgents") name their group beside a word for fighters. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country, named", [
    ("Suspected AS militants ambushed an army convoy near Wanlaweyn.", "Somalia", "Al Shabaab"),
    ("BH insurgents raided Gwoza town.", "Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_actors_aliases_note_acronyms(coder, text, country, named):
    assert named in [m.actor.name for m in coder.mentions(text, country)]


def test_actors_aliases_lone_acronym_is_no_group(coder):
    assert "Al Shabaab" not in [m.actor.name for m in coder.mentions("The AS level results were released.", "Somalia")]


@pytest.mark.slow
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 3 May 2021, Burkinabe soldiers and VDP killed 20 jihadists in Djibo, the army said.",
     "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)"),
])
def test_actors_violence_story_ally_is_no_target(first_event, text, actor1, actor2):
    event = first_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)
