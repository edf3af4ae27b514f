"""is_period_total on a year told after the toll with a comma ("killed in Myanmar in 2023, most of them ...")
(sentences written for these tests): a year's total; a year opening the clause, or told with the day, dates one
event."""

from __future__ import annotations

import pytest

from wirecoder.casualties import is_period_total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("More than 1,600 civilians were killed in Myanmar in 2023, most of them in air strikes, the UN said.", True),
        ("At least 412 aid workers died during 2022, according to the tally.", True),
        ("Some 3,000 people were killed across the Sahel in 2021, a monitor said on Monday.", True),
        ("In 2019, gunmen killed five people at a market in Kano.", False),
        ("Gunmen killed five people in Kano on 3 May in 2019, police said.", False),
        ("Soldiers shot dead four miners near Mubende on Friday, police said.", False),
    ],
)  # fmt: skip
def test_casualties_year_total(sentence: str, total: bool) -> None:
    assert is_period_total(sentence, 0, len(sentence)) is total
