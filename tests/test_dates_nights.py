"""resolve_event_date on nights named by weekdays (sentences written for these tests): one night
is coded, as ACLED does, on the day it ended; "overnight" yields to the weekdays after it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

SUNDAY = datetime(2021, 6, 6, 12, 0)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Rebels hacked to death 16 civilians overnight Saturday to Sunday in Kalemba.", date(2021, 6, 6), 1),
        ("Rebels killed 16 civilians overnight into Sunday near Oicha.", date(2021, 6, 6), 1),
        ("Rebels killed 16 civilians overnight Saturday near Oicha.", date(2021, 6, 5), 1),
        ("Rebels killed four civilians overnight on Friday near Eringeti.", date(2021, 6, 4), 1),
        # Alone, "overnight" is the night before the report.
        ("Rebels killed 16 civilians overnight, officials said on Sunday.", date(2021, 6, 5), 1),
    ],
)  # fmt: skip
def test_dates_nights_overnight_weekdays(sentence: str, expected: date, precision: int) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), SUNDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason
