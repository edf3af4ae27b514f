"""resolve_event_date on a span of weekdays (sentences written for these tests): its first day,
precision 2, in the report's week or, with "last week", in the week before; one night, the day it
ended."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

MONDAY = datetime(2019, 4, 8, 9, 0)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Gunmen raided villages near Bankass from Monday to Wednesday last week, killing nine.", date(2019, 4, 1), 2),
        ("Clashes on Tuesday and Wednesday of last week left four dead in Kidal.", date(2019, 4, 2), 2),
        ("Militants shelled the camp on the night of Saturday to Sunday last week.", date(2019, 4, 7), 1),
        # Without "last week": the latest such days.
        ("Clashes from Friday to Sunday killed 14 herders near Menaka.", date(2019, 4, 5), 2),
        ("Jets struck the town on Saturday and Sunday, residents said.", date(2019, 4, 6), 2),
    ],
)  # fmt: skip
def test_dates_weekday_ranges(sentence: str, expected: date, precision: int) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), MONDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason
