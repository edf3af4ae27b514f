"""Incident summaries in the Global Terrorism Database's style: an ambushed constabulary patrol is a clash
with the police, a vehicle bomb driven by suicide bombers a suicide bomb, and a stated final toll, the
attackers included, the event's fatalities. Summaries written for these tests (real places, invented
incidents)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/11/1991: Assailants ambushed a Royal Ulster Constabulary (RUC) mobile patrol near Armagh city, "
         "Northern Ireland, United Kingdom. One police officer was killed. The Irish Republican Army (IRA) claimed "
         "responsibility for the attack.",
         {"sub_event_type": "Armed clash", "actor2": "Police Forces of the United Kingdom"}),
        ("03/06/2012: A minibus bomb driven by two suicide bombers exploded at a checkpoint in Kandahar city, "
         "Kandahar province, Afghanistan. Six police officers and the two bombers were killed. The Taliban claimed "
         "responsibility for the incident.",
         {"sub_event_type": "Suicide bomb", "fatalities": 8}),
        ("09/30/2002: Assailants attacked a police station in Rolpa district, Nepal. Twelve police officers and "
         "dozens of assailants were killed; the toll was reported as 40. The Communist Party of Nepal-Maoist "
         "(CPN-M) claimed responsibility.",
         {"sub_event_type": "Armed clash", "fatalities": 40}),
    ],
)
def test_gtd_summaries_sides_and_tolls(first_event, text: str, expected: dict[str, object]) -> None:
    event = first_event(text)
    assert {field: getattr(event, field) for field in expected} == expected
