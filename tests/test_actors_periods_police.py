"""A group in office has its police too: "Taliban police" after the fall of Kabul are Afghanistan's police,
other Taliban its military; before, the Taliban. Cases written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.actors.periods import in_office
from wirecoder.model import Event


def _event(day: date, agent_text: str, target_text: str | None = None) -> Event:
    return Event("a", "e", "Strategic developments", "Arrests", "", 0, 0, event_date=day, actor1="Taliban",
                 inter1=2, country="Afghanistan", agent_text=agent_text, target_text=target_text)


@pytest.mark.parametrize(
    ("day", "agent_text", "expected"),
    [
        (date(2022, 10, 24), "Taliban police", "Police Forces of Afghanistan"),
        (date(2023, 1, 3), "Taliban policemen", "Police Forces of Afghanistan"),
        (date(2022, 10, 24), "Taliban fighters", "Military Forces of Afghanistan"),
        (date(2019, 5, 1), "Taliban police", "Taliban"),  # not yet in office
    ],
)
def test_police_of_a_group_in_office(day, agent_text, expected) -> None:
    assert in_office(_event(day, agent_text)).actor1 == expected
