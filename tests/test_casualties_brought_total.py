"""count_casualties on a toll brought to a new total by a verb of the dead (sentences written for these
tests): "bringing the total killed to 23" revises the toll, it adds no 23 victims; a total over a
period ("killed this month") is no toll of the event."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A suicide bomber killed 22 people at a market in Tikrit. The bomber was among the dead, bringing "
         "the total killed to 23, police said.", 23),
        ("A bomb killed 12 people in Kano on Friday. Two more died in hospital, bringing the number of "
         "people killed to 14.", 14),
        ("Shelling killed six civilians in Kharkiv on Monday, bringing the overall number killed to eight.", 8),
        # A running total over a period: the event keeps its own dead.
        ("A bomb killed 12 people in Kano on Friday, bringing the number of people killed this month to 40.", 12),
        ("Gunmen killed two soldiers, bringing the total number killed to 9 since the start of the year.", 2),
    ],
)  # fmt: skip
def test_casualties_brought_total(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
