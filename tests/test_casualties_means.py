"""count_casualties on a killing told by its means ("used machetes to kill 8"; sentences written for
these tests): the deaths happened; a killing only tried or planned is none."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("A mob of about 100 youths used machetes and poisoned arrows to kill 8 people in Kakamega.", 8),
        ("The attackers used knives to kill two guards before looting the warehouse in Garoua.", 2),
        ("Using a truck to block the road, gunmen managed to kill four passengers near Kaura Namoda.", 4),
        # Tried, planned or threatened: nobody died.
        ("The gang tried using poison to kill three witnesses in Kisumu.", 0),
        ("Police said the cell planned to use explosives to kill dozens of worshippers in Kano.", 0),
        ("The militants threatened to kill five hostages in Kidal.", 0),
    ],
)  # fmt: skip
def test_casualties_means(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason
