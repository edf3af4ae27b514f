"""History told inside a news story is no event: a sentence dated by last year (or a month of it) that ended a
month before publication, one opening on the past ("In the past, ..."), one set since a decade or an old year."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.dates.background import is_background

PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(("sentence", "background"), [
    ("It was the deadliest attack in the district since January last year, when a bomb killed 40 worshippers.", True),
    ("The region has been gripped by clashes between the two communities since May 3 last year.", True),
    ("Government troops recaptured several towns in the central region last year.", True),
    ("In the past, the rebels have said their attacks answer army offensives.", True),
    ("Previously, gunmen had raided the same market and burned dozens of stalls.", True),
    ("The militia has been based in the forests along the border since the 1990s.", True),
    ("Gunmen killed two farmers in their fields on Sunday, police said.", False),
    ("The attack was the second on the camp this month, after a raid last week.", False),
    ("Rebels seized the town in December last year.", False),  # told on 12 January: a month ago, still news
])
def test_dates_background_history_told_in_a_story(sentence: str, background: bool) -> None:
    published = date(2024, 1, 12) if "December last year" in sentence else PUBLISHED
    assert is_background(sentence, published, published, 1) is background
