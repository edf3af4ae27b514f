"""parse_published: publication stamps in the forms pages print them."""

from __future__ import annotations

import pytest

from wirecoder.clean.published import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("July 3, 2011 / 4:28 PM / 9 years ago", "2011-07-03T16:28:00"),
        ("Sun Jul 3, 2011 4:28pm EDT", "2011-07-03T16:28:00-04:00"),
        ("03/07/2011 16:28 GMT", "2011-07-03T16:28:00+00:00"),
        ("07/03/2011 4:28 PM EDT", "2011-07-03T16:28:00-04:00"),
        ("2011-07-03T16:28:00Z", "2011-07-03T16:28:00+00:00"),
        ("2011-07-03 16:28:00+03:00", "2011-07-03T16:28:00+03:00"),
        ("Published: 3 July 2011", "2011-07-03T00:00:00"),
        ("Updated 12 March 2019 09:15 GMT", "2019-03-12T09:15:00+00:00"),
        ("Sun 3 Jul 2011 16.28 BST", "2011-07-03T16:28:00+01:00"),
        ("Jan 3, 2011 4:28 pm ET", "2011-01-03T16:28:00-05:00"),
        ("20 March, 2023 09:15 EAT", "2023-03-20T09:15:00+03:00"),
        ("3:14 PM EDT, March 20, 2023", "2023-03-20T15:14:00-04:00"),
        ("03.07.2011", "2011-07-03T00:00:00"),
        ("Published 3 July 2011 | Updated 4 July 2011", "2011-07-03T00:00:00"),
        # a reading time on the stamp's line, with or without a separator
        ("November 14, 2023 3 min read", "2023-11-14T00:00:00"),
        ("Tue 14 Nov 2023 09.12 GMT · 4 min read", "2023-11-14T09:12:00+00:00"),
        ("Updated 12 May 2022 | 6-minute read", "2022-05-12T00:00:00"),
        # day first with dashes too; a zone by its tz database name
        ("12-03-2021 10:45", "2021-03-12T10:45:00"),
        ("Mar 11, 2021 21:38 Asia/Karachi", "2021-03-11T21:38:00+05:00"),
    ],
)
def test_published_parses_common_forms(value: str, expected: str) -> None:
    parsed = parse_published(value)
    assert parsed is not None and parsed.isoformat() == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "4:28 PM",
        "July 3 attacks kill 12",
        "Iraq July 3, 2011 attacks",
        "sometime last week",
        "x" * 200,
    ],
)
def test_published_rejects_non_dates(value: str) -> None:
    assert parse_published(value) is None
