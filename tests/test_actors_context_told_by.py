"""Who tells an event in a closing attribution (", a local vigilante leader said.") is no side of it, and men
in uniform nobody names are an unidentified armed group, not a crowd (wirecoder.actors.context, lexicon)."""

from __future__ import annotations

import pytest

from wirecoder.actors.context import told_from


@pytest.mark.parametrize("sentence, told", [
    ("Gunmen killed five farmers near Damboa, a local vigilante leader said.", ", a local vigilante leader said."),
    ("Two robbers were shot dead in Kisii, police said on Monday.", ", police said on Monday."),
    ("Militants stormed the base, the army told reporters.", ", the army told reporters."),
    ("Police fired tear gas at protesters in Lagos.", ""),
    ("Residents said gunmen attacked the village.", ""),
])
def test_actors_context_told_from_finds_the_closing_attribution(sentence, told):
    assert sentence[told_from(sentence):] == told


@pytest.mark.parametrize("sentence, absent", [
    ("Gunmen killed five farmers near Damboa, a local vigilante leader said.", "Vigilante Group"),
    ("Bandits raided the village of Kurmin Dandaura, a police spokesman said.", "Police Forces of Nigeria"),
])
def test_actors_context_speaker_is_no_mention(coder, sentence, absent):
    assert absent not in [m.actor.name for m in coder.mentions(sentence, "Nigeria")]


@pytest.mark.parametrize("phrase", ["Men in army uniform", "Uniformed men", "men in military fatigues"])
def test_actors_context_men_in_uniform_are_armed_men(coder, phrase):
    actor, _ = coder.code_with_assoc(phrase, "Burkina Faso", context=f"{phrase} killed 12 villagers in Djibo.")
    assert actor is not None and actor.name == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_event_type, actor1", [
    ("Suspected Boko Haram gunmen killed five farmers near Damboa on Tuesday, a local vigilante leader said.",
     "Attack", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("Vigilantes lynched two suspected cattle thieves in Kisumu on Sunday.", "Mob violence", "Rioters (Kenya)"),
    ("Men in army uniform killed at least 60 civilians in Karma, northern Burkina Faso.", "Attack",
     "Unidentified Armed Group (Burkina Faso)"),
])
def test_actors_context_told_by_event(first_event, text, sub_event_type, actor1):
    event = first_event(text)
    assert (event.sub_event_type, event.actor1) == (sub_event_type, actor1)
