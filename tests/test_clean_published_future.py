"""parse_published never returns a date after today (stamps written for these tests): a Nepali
(Bikram Sambat) date printed bare reads as a Gregorian date decades ahead."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from wirecoder.clean.published import parse_published


@pytest.mark.parametrize("stamp", ["2078-01-21", "2079-02-05 10:15", "Baisakh 21, 2078"])
def test_clean_published_future_is_no_stamp(stamp: str) -> None:
    assert parse_published(stamp) is None


def test_clean_published_today_stands() -> None:
    # Negative: today's stamp, and one a day ahead (a time zone east of this machine), are kept.
    for day in (datetime.now(), datetime.now() + timedelta(days=1)):
        stamp = day.strftime("%Y-%m-%d")
        parsed = parse_published(stamp)
        assert parsed is not None and parsed.strftime("%Y-%m-%d") == stamp


def test_clean_published_past_stands() -> None:
    assert parse_published("May 4, 2021") == datetime(2021, 5, 4)
