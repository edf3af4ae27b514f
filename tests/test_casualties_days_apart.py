"""count_casualties on fighting told days apart from the event ("a day after an attack that killed
48"): that fighting is another event, its deaths are not this one's (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Assailants killed twelve civilians in Mpeketoni, a day after an attack that killed 48.", 12),
        ("Gunmen killed two traders in Mandera on Monday, two days after an attack that killed five.", 2),
        ("Troops retook the town two days after an assault in which 12 militants were killed.", 0),
        ("Police arrested three men weeks after a raid that killed nine herders.", 0),
        # The fighting that brought the event about is still its own.
        ("Troops retook the district after heavy fighting in which 12 militants were killed.", 12),
        ("Insurgents seized Palma after a three-day assault in which dozens of people were killed.", 12),
    ],
)  # fmt: skip
def test_casualties_days_apart(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
