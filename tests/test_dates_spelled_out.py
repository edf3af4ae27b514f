"""resolve_event_date on a relative date spelled out by an explicit one (sentences written for these
tests): "over the weekend of 7-8 November" is that weekend, whatever the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

FRIDAY = datetime(2020, 11, 27, 11, 0)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Insurgents beheaded more than 50 people in Muidumbe over the weekend of 7-8 November.", date(2020, 11, 7), 2),
        ("Rebels raided Beni during the weekend of 14 to 15 November, killing six.", date(2020, 11, 14), 2),
        ("Gunmen attacked Kajuru on Monday (23 November), killing four.", date(2020, 11, 23), 1),
        ("Gunmen attacked Kajuru on Monday, 16 November, killing four.", date(2020, 11, 16), 1),
        # An explicit date further on is another event's: the relative date stands.
        ("Gunmen attacked Kajuru over the weekend, days after the 12 November clash.", date(2020, 11, 21), 2),
    ],
)  # fmt: skip
def test_dates_spelled_out(sentence: str, expected: date, precision: int) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), FRIDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason
