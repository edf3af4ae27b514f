"""A short acronym of a group from another country stands when the group's deed follows it: fire across a
border ("PIJ fired rockets at Sderot") is coded in the country it lands in."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 12 May 2021, PIJ fired rockets at Sderot.", "PIJ: Palestinian Islamic Jihad"),
        ("On 9 March 2024, TTP fired mortar shells at an army post in Khost province, Afghanistan.",
         "TTP: Tehreek-i-Taliban Pakistan"),
    ],
)
def test_actors_name_context_foreign_acronym_before_fire(first_event, text, actor1):
    event = first_event(text)
    assert event.actor1 == actor1
