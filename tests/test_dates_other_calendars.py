"""resolve_event_date beside dates of other calendars (sentences written for these tests): a Nepali
(Bikram Sambat) or Hijri date is no Gregorian day; the Gregorian one beside it dates the event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

FRIDAY = datetime(2022, 5, 13, 10, 0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police fired on protesters in Gaur on 2079-01-28 BS (May 11, 2022), killing one.", date(2022, 5, 11)),
        ("Police fired on protesters in Gaur on Wednesday, Baishakh 28, 2079 B.S.", date(2022, 5, 11)),
        ("A bomb exploded in Lahij on 10/10/1443 AH, or 11 May, killing three soldiers.", date(2022, 5, 11)),
        ("A bomb exploded in Lahij on Thursday (11 Shawwal 1443), killing three soldiers.", date(2022, 5, 12)),
        # A time zone after a date is no calendar.
        ("A bomb exploded in Lahij on 11 May (BST 10:00), killing three soldiers.", date(2022, 5, 11)),
    ],
)  # fmt: skip
def test_dates_other_calendars(sentence: str, expected: date) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), FRIDAY)
    assert (result.date, result.precision) == (expected, 1), result.reason
