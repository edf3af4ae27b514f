"""Whole notes closed by a coder's tally ("... in Sehwan (Sindh). 88 fatalities."): the tally is the
record's toll, makes a demonstration the forces fired on excessive force, and tells that an explosion
that names no target killed civilians. Notes written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2", "fatalities"),
    [
        ("On 2 May 2016, a suicide bomber blew himself up at a market in Quetta (Balochistan). 14 fatalities.",
         "Suicide bomb", "Civilians (Pakistan)", 14),
        ("On 11 June 2019, a car bomb exploded at a busy junction in Baidoa (Bay). 9 fatalities.",
         "Remote explosive/landmine/IED", "Civilians (Somalia)", 9),
        ("On 6 March 2021, soldiers opened fire on anti-coup demonstrators in Monywa (Sagaing). 5 fatalities.",
         "Excessive force against protesters", "Military Forces of Myanmar", 5),
        ("On 21 October 2019, police fired on protesters marching to the town hall in Cochabamba (Cochabamba). 2 fatalities.",
         "Excessive force against protesters", "Police Forces of Bolivia", 2),
    ],
)  # fmt: skip
def test_note_tally(first_event, text: str, sub_event_type: str, actor2: str, fatalities: int) -> None:
    event = first_event(text)
    assert (event.sub_event_type, event.actor2, event.fatalities) == (sub_event_type, actor2, fatalities)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2", "fatalities"),
    [
        # no tally, no dead: the explosion names no victims, the police only intervened
        ("On 11 June 2019, a car bomb exploded at a busy junction in Baidoa (Bay). No casualties were reported.",
         "Remote explosive/landmine/IED", None, 0),
        ("On 21 October 2019, police fired tear gas at protesters marching to the town hall in Cochabamba (Cochabamba).",
         "Protest with intervention", "Police Forces of Bolivia", 0),
    ],
)  # fmt: skip
def test_note_without_tally(first_event, text: str, sub_event_type: str, actor2: str | None, fatalities: int) -> None:
    event = first_event(text)
    assert (event.sub_event_type, event.actor2, event.fatalities) == (sub_event_type, actor2, fatalities)
