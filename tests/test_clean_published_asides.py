"""parse_published and clean_text on stamps that carry another calendar's date or a UTC offset
beside the Gregorian date (stamps written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.clean import clean_text
from wirecoder.clean.published import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Another calendar in brackets: the Gregorian date parses alone.
        ("May 5, 2022 (Baishakh 22, 2079)", "2022-05-05T00:00:00"),
        ("Thursday 9 June 2016 (4 Ramadan 1437)", "2016-06-09T00:00:00"),
        # "GMT+3" is three hours east of Greenwich, not the POSIX west.
        ("Published 22/02/2019 09:15 (GMT+3)", "2019-02-22T09:15:00+03:00"),
        ("Posted: 6 Dec 2022 23:50 (UTC+05:45)", "2022-12-06T23:50:00+05:45"),
        ("14 Mar 2024 18:30 GMT-5", "2024-03-14T18:30:00-05:00"),
        ("(Reuters) 3 July 2011", "2011-07-03T00:00:00"),
        # Unchanged: a stamp with no brackets.
        ("Sun Jul 3, 2011 4:28pm EDT", "2011-07-03T16:28:00-04:00"),
    ],
)
def test_published_asides(value: str, expected: str) -> None:
    parsed = parse_published(value)
    assert parsed is not None and parsed.isoformat() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # A labelled stamp or another calendar beside the date: the Gregorian date alone.
        ("Posted on 2019-03-03 by admin", "2019-03-03T00:00:00"),
        ("Friday, 1 Rajab 1440 AH, 8 March 2019", "2019-03-08T00:00:00"),
        ("Published: 8 March 2019 by Staff Reporter", "2019-03-08T00:00:00"),
    ],
)
def test_published_date_alone(value: str, expected: str) -> None:
    parsed = parse_published(value)
    assert parsed is not None and parsed.isoformat() == expected


@pytest.mark.parametrize("value", ["(Baishakh 22)", "Rajab 1440", "Troops retook Palma on 8 March 2019 after a siege"])
def test_published_no_gregorian_stamp_is_none(value: str) -> None:
    assert parse_published(value) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("14-03-2024 | 18:30 IST", "2024-03-14"),  # a dashed day-month-year stamp is a header date
        ("May 5, 2022 (Baishakh 22, 2079)", "2022-05-05"),
    ],
)
def test_clean_text_header_stamps(header: str, expected: str) -> None:
    cleaned = clean_text(f"{header}\n\nTwo killed in district clash\n\nIMPHAL - Two people were killed on Tuesday.\n")
    assert cleaned.published is not None and cleaned.published.date().isoformat() == expected
