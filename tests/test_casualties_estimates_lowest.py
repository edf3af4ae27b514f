"""count_casualties on tolls told as several estimates: a coder's list ("reported estimates include 12, 18
and 25") or a spread ("range from 17 to 42") gives the lowest (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties
from wirecoder.casualties.estimates import lowest_estimate


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Militia raided cattle camps near Yirol. FATALITIES: reported estimates include 12, 18 and 25.", 12),
        ("Shelling hit a camp in Nyala. Fatality estimates vary (24, 31, 48); the lowest is coded.", 24),
        ("Militants stormed a base near Menaka. Reports of soldiers killed range from 17 to 42.", 17),
        ("Gunmen attacked a market in Dori; estimates of the dead ranged between 30 and 50.", 30),
        ("Fighting broke out in Beni, killing 20 people. Death toll estimates include 20, 26 or 31.", 20),
    ],
)  # fmt: skip
def test_casualties_estimates_lowest(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Estimates of the crowd range from 2,000 to 5,000 marchers.",
        "Police said 12 were killed and 4 injured, 2 of them women.",
        "The ministry reported 3 deaths among 12, 18 and 25 year-old recruits.",
    ],
)
def test_casualties_estimates_of_something_else(text: str) -> None:
    assert lowest_estimate(text, 0, len(text)) is None
