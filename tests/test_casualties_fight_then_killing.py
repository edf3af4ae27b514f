"""count_casualties on a killing told after a fight introduced by "after" ("troops repelled the assault after a
gun battle and killed 15"): the fight comes first, then the killing that ended it, one incident; a killing told
inside the "after" clause stays the cause of what the sentence reports (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Troops repelled the assault after a two-hour gun battle and killed 15 of the insurgents, the army said.", 15),
        ("Police cornered the robbers in Eldoret after a long chase and shot dead two of them.", 2),
        ("Soldiers stormed the hideout after an exchange of fire with the militants and killed six.", 6),
        ("Gendarmes overran the camp following several hours of fighting and killed 11 rebels.", 11),
        # The killing inside the "after" clause is the cause of a protest, not its toll.
        ("Residents protested after gunmen attacked the village and killed 5 people.", 0),
        ("Youths rioted after a clash with police and a student was killed.", 0),
    ],
)  # fmt: skip
def test_casualties_fight_then_killing(text: str, fatalities: int) -> None:
    """The fight's end is the event's killing; a killing that caused the event is not counted."""
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
