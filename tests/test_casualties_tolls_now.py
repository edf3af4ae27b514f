"""A toll told as it now stands ("The toll is now 11 dead") revises the figures told before it, and dead told
after a revision as more ("Around twenty attackers were also killed") add to it."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(("text", "dead"), [
    ("The ambush killed eight soldiers. The toll is now 11 dead, an officer said.", 11),
    ("Rebels killed four villagers. Police said the toll now stands at six.", 6),
    ("The death toll rose to 14, medics said. Around twenty attackers were also killed.", 34),
    ("The death toll rose to 14, medics said. Two more people died in hospital.", 16),
    # told after the revision but not as more: the revision stands
    ("The death toll rose to 14, medics said. Five of the dead were children.", 14),
    ("The fighting took a heavy toll on the town, where three people died.", 3),
])
def test_casualties_tolls_now_revise_and_more_add(text: str, dead: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == dead
