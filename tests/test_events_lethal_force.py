"""events.lethal.lethal_force: a demonstration state forces fired on is excessive force once its toll
counts dead (the note's tally often gives them apart); sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.lethal import lethal_force
from wirecoder.model import Event


def _protest(sub_event_type: str, inter2: int | None, fatalities: int) -> Event:
    return Event(article_id="a", event_id="a-1", event_type="Protests", sub_event_type=sub_event_type, notes="",
                 evidence_start=0, evidence_end=10, actor1="Protesters (Peru)", inter1=6, inter2=inter2,
                 fatalities=fatalities)


@pytest.mark.parametrize(
    ("sentence", "sub_event_type", "inter2"),
    [
        ("On 9 May 2021, police fired on farmers trying to storm the town hall in Puno (Puno).",
         "Protest with intervention", 1),
        ("On 2 April 2018, Israeli forces fired live ammunition at demonstrators near Khan Younis (Gaza Strip).",
         "Peaceful protest", 8),
        ("On 4 March 2021, soldiers opened fire on anti-coup marchers in Monywa (Sagaing).",
         "Protest with intervention", 1),
        ("On 1 June 2020, riot police shot at students blocking a road in Kaduna (Kaduna).",
         "Protest with intervention", 1),
    ],
)  # fmt: skip
def test_lethal_force_fired_on_with_dead(sentence: str, sub_event_type: str, inter2: int) -> None:
    event = lethal_force(_protest(sub_event_type, inter2, 3), sentence)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.event_type == "Protests"


@pytest.mark.parametrize(
    ("sentence", "sub_event_type", "inter2", "fatalities"),
    [
        # no dead: the intervention stands
        ("On 9 May 2021, police fired tear gas at farmers in Puno (Puno).", "Protest with intervention", 1, 0),
        # a death told in passing, no firing on the crowd
        ("Residents marched to the mortuary with the body of a man allegedly shot by a police officer.",
         "Peaceful protest", 1, 1),
        # no state forces facing the crowd
        ("Youths paraded a body to the bus terminus to protest against the gang blamed for the killings.",
         "Peaceful protest", 3, 1),
        # a crowd's own violence stays a riot
        ("Police fired on rioters who torched the governor's office in Kano (Kano).", "Violent demonstration", 1, 2),
    ],
)  # fmt: skip
def test_lethal_force_negative(sentence: str, sub_event_type: str, inter2: int, fatalities: int) -> None:
    event = _protest(sub_event_type, inter2, fatalities)
    assert lethal_force(event, sentence) == event
