"""A coder's prefix ("Arrests: ...") is blanked out for the parser, so the note's own sides are read."""

from __future__ import annotations

import pytest

from wirecoder.events.prefixes import without_prefix


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Arrests: SDF arrested 5 persons.", "         SDF arrested 5 persons."),
        ("Looting: gunmen looted a truck.", "         gunmen looted a truck."),
        ("12 March. Arrests: police detained two men.", "12 March.          police detained two men."),
        # no prefix of ACLED's, or none at all: the sentence as it is
        ("Police said: three men were arrested.", "Police said: three men were arrested."),
        ("Gunmen killed a trader in Mogadishu.", "Gunmen killed a trader in Mogadishu."),
    ],
)
def test_events_prefixes_without_prefix_keeps_offsets(sentence, expected):
    blanked = without_prefix(sentence)
    assert blanked == expected and len(blanked) == len(sentence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Arrests: On 4 June 2020, SDF arrested 5 persons in a raid on Hajin town, Deir-ez-Zor.",
         "QSD: Syrian Democratic Forces", "Civilians (Syria)"),
        ("Arrests: On 2 March 2018, police detained dozens of people in Alexandria.",
         "Police Forces of Egypt", "Civilians (Egypt)"),
    ],
)
def test_events_prefixes_arrests_note_keeps_who_was_arrested(first_event, text, actor1, actor2):
    event = first_event(text)
    assert event.sub_event_type == "Arrests"
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.slow
def test_events_prefixes_recruitment_has_no_civilian_side(first_event):
    event = first_event("Recruitment: On 3 May 2016, Al Hijra was recruiting youth in Mombasa to fight in Somalia.")
    assert event.sub_event_type == "Change to group/activity" and event.actor2 is None
