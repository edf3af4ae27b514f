"""is_period_total on "this month" / "last month" (sentences written for these tests): the month may
be when one event happened; the toll is a period's only with words of a total."""

from __future__ import annotations

import pytest

from wirecoder.casualties import is_period_total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # One event dated by its month.
        ("Paramilitary fighters shelled a market in El Fasher late last month, killing nearly two dozen people.", False),
        ("Clashes between armed youths in Pibor county left seven dead last month, an official said.", False),
        ("Gunmen killed 12 worshippers at a church in Owo earlier this month.", False),
        # A total over the month.
        ("More than 30 people have been killed in attacks on villages around Gwoza this month.", True),
        ("Boko Haram killed more than 100 people in raids last month.", True),
        ("At least 40 people were killed in the region last month, the UN said.", True),
        ("So far this month, 25 soldiers have died.", True),
        ("Fourteen soldiers were killed in hostile incidents in June.", True),
        # A month named alone dates one event, as ACLED's notes date one known only to its month.
        ("In June 2017, Islamic State militants executed 12 civilians accused of spying in Mayadin.", False),
        ("In March, gunmen killed three herders at a watering point near Menaka.", False),
        ("Soldiers shot dead four protesters outside the governor's office in Kassala in May.", False),
        # ... and with words of a total, it is the month's toll.
        ("In March, militants killed more than 40 people in attacks across the province.", True),
        ("At least 60 civilians have been killed in Cabo Delgado in April, a monitor said.", True),
    ],
)  # fmt: skip
def test_casualties_month_told(sentence: str, total: bool) -> None:
    assert is_period_total(sentence, 0, len(sentence)) is total
