"""The forces a peaceful crowd protests against or at are its grievance, no side of the demonstration
("protested against police harassment": no actor2); forces that acted on the crowd are its second side.
Notes written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2020, around 200 people protested in Valparaiso (Valparaiso) against police violence. [size=around 200]",
        "On 9 March 2021, motorcycle taxi drivers protested against police harassment in Gulu (Northern).",
        "On 2 July 2019, relatives of detainees demonstrated outside the military barracks in Maroua (Extreme-Nord).",
        "On 4 April 2022, villagers marched against the army's presence in their area in Bandiagara (Mopti).",
    ],
)
def test_grievance_is_no_side(first_event, text: str) -> None:
    event = first_event(text)
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        ("On 6 March 2021, soldiers fired at anti-coup marchers in Monywa (Sagaing). 4 fatalities.",
         "Excessive force against protesters", "Military Forces of Myanmar"),
        ("On 9 March 2021, police dispersed motorcycle taxi drivers protesting in Gulu (Northern) with tear gas.",
         "Protest with intervention", "Police Forces of Uganda"),
    ],
)  # fmt: skip
def test_forces_acting_are_a_side(first_event, text: str, sub_event_type: str, actor2: str) -> None:
    event = first_event(text)
    assert (event.sub_event_type, event.actor2) == (sub_event_type, actor2)
