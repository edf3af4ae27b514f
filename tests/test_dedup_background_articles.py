"""Background told inside a news article (an earlier month, a day long past, "In 2019, ...") is no event."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.dates.background import is_background

PUBLISHED = date(2021, 4, 12)


@pytest.mark.parametrize(
    ("sentence", "when", "precision"),
    [
        ("The deadliest attack came in January, when an air strike killed 19 people.", date(2021, 1, 15), 3),
        # the month before publication, recalled as the measure of the news
        ("The worst raid came in March, when gunmen killed 30 herders.", date(2021, 3, 15), 3),
        ("In mid-March, when the rebels shelled the camp, 12 people died.", date(2021, 3, 15), 3),
        ("In the worst attack on the army, militants killed 27 soldiers in September last year.",
         date(2020, 9, 15), 3),
        ("The military seized power on Feb. 1, detaining the president.", date(2021, 2, 1), 1),
        ("In 2019, the insurgents overran the same base and killed 10 soldiers.", date(2021, 4, 11), 1),
    ],
)
def test_dedup_background_is_dropped(sentence, when, precision):
    assert is_background(sentence, when, PUBLISHED, precision)


@pytest.mark.parametrize(
    ("sentence", "when", "precision"),
    [
        ("Gunmen killed nine villagers near Tsafe on Saturday night.", date(2021, 4, 10), 1),
        ("A group of fighters broke away from the movement last month.", date(2021, 3, 1), 3),
        ("Gunmen abducted 20 traders earlier this month.", date(2021, 4, 1), 3),
        ("Troops arrested a militia leader in Kaduna on March 20.", date(2021, 3, 20), 1),
        # the month before publication told as news, dated by the month alone
        ("Jihadists attacked an army post in mid-March, killing a dozen soldiers, the army said on Friday.",
         date(2021, 3, 15), 3),
    ],
)
def test_dedup_news_is_kept(sentence, when, precision):
    assert not is_background(sentence, when, PUBLISHED, precision)
