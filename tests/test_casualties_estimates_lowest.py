"""count_casualties on tolls told as several estimates: a coder's list ("reported estimates include 12, 18
and 25") or a spread ("range from 17 to 42") gives the lowest, a coder's total over several days its share
(sentences written for these tests)."""

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
        # a list cut short, as exports truncate notes; figures a coder labels
        ("Raiders burned homes near Butembo. FATALITIES: reported estimates include 14,", 14),
        ("Militia attacked a camp near Bor. FATALITIES: estimate: 15/ confirmed: 9)", 9),
        ("Riots broke out in Kumasi. FATALITIES: DETAILS NOT SPECIFIED (ESTIMATE: 27 deaths - recorded 03-01-2009)", 27),
        ("Riots broke out in Tamale. FATALITIES:DETAILS NOT SPECIFIED (ESTIMATE ONLY:16 Recorded on 02-01-2009)", 16),
        # a coder's total over several days: this record's even share
        ("Youths attacked a village near Molo. FATALITIES: ACTORS NOT SPECIFIED -(total coded for 2 days = 18)", 9),
        ("Clan fighting near Beledweyne. Deaths over 3 days: 12.", 4),
    ],
)  # fmt: skip
def test_casualties_estimates_lowest(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Estimates of the crowd range from 2,000 to 5,000 marchers.",
        "Crowd estimate: 5000 marchers.",
        "Police said 12 were killed and 4 injured, 2 of them women.",
        "The ministry reported 3 deaths among 12, 18 and 25 year-old recruits.",
    ],
)
def test_casualties_estimates_of_something_else(text: str) -> None:
    assert lowest_estimate(text, 0, len(text)) is None
