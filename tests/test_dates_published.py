"""parse_published: common publication-date formats and time zones."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from wirecoder.dates import parse_published

EAT = timezone(timedelta(hours=3))
BST = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("July 3, 2011 / 4:28 PM / 9 years ago", datetime(2011, 7, 3, 16, 28)),
        ("2011-07-03T16:28:00Z", datetime(2011, 7, 3, 16, 28, tzinfo=timezone.utc)),
        ("2011-07-03", datetime(2011, 7, 3)),
        ("Sun, 03 Jul 2011 16:28:00 GMT", datetime(2011, 7, 3, 16, 28, tzinfo=timezone.utc)),
        ("Sun, 03 Jul 2011 16:28:00 +0300", datetime(2011, 7, 3, 16, 28, tzinfo=EAT)),
        ("3 July 2011 16:28 EAT", datetime(2011, 7, 3, 16, 28, tzinfo=EAT)),
        ("Updated: 03/07/2011", datetime(2011, 7, 3)),
        ("07/13/2011", datetime(2011, 7, 13)),
        ("Dec. 31, 2019", datetime(2019, 12, 31)),
        ("1309710480", datetime(2011, 7, 3, 16, 28, tzinfo=timezone.utc)),
        ("1309710480000", datetime(2011, 7, 3, 16, 28, tzinfo=timezone.utc)),
        ("2011/07/03", datetime(2011, 7, 3)),
        ("2011-07-03 16:28:00 UTC", datetime(2011, 7, 3, 16, 28, tzinfo=timezone.utc)),
        ("Sunday 3 July 2011 16.28 BST", datetime(2011, 7, 3, 16, 28, tzinfo=BST)),
    ],
)
def test_dates_published_formats(value: str, expected: datetime) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["", "   ", "yesterday", "9 years ago", "n/a"])
def test_dates_published_none_without_a_date(value: str) -> None:
    assert parse_published(value) is None


def test_dates_published_keeps_zone_offset() -> None:
    parsed = parse_published("2011-07-03T16:28:00-05:00")
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=-5)
