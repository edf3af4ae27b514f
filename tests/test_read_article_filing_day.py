"""A story's own words count from the day its dateline prints when the page went up a day to a week later (a
print edition, a repost): "yesterday" in "IMPHAL, May 14:" is the 13th, however the page is stamped."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.clean.published import filing_day
from wirecoder.dates import resolve_event_date
from wirecoder.read.article import Metadata, make_article

LEAD = "Gunmen shot dead two village volunteers at Koutruk yesterday, police said."
BODY = "\n\nThe volunteers had been guarding the village for a month, residents said."


@pytest.mark.parametrize(("stamp", "expected"), [
    (datetime(2024, 5, 15, 6, 30), date(2024, 5, 14)),  # next morning's edition
    (datetime(2024, 5, 19), date(2024, 5, 14)),  # a repost days later
    (datetime(2024, 5, 14, 22, 0), date(2024, 5, 14)),  # the same day
    (datetime(2024, 6, 2), date(2024, 6, 2)),  # weeks later: the dateline is no filing day of this page
])
def test_read_article_filing_day_from_a_given_stamp(stamp: datetime, expected: date) -> None:
    article = make_article(f"IMPHAL, May 14: {LEAD}{BODY}", article_id="a", origin="a",
                           given=Metadata(published=stamp), has_header=False)
    assert article.published is not None and article.published.date() == expected


def test_read_article_filing_day_from_a_header_stamp() -> None:
    raw = f"Wednesday, May 15, 2024\n\nTwo volunteers killed in Manipur\n\nIMPHAL, May 14: {LEAD}{BODY}\n"
    article = make_article(raw, article_id="a", origin="a")
    assert article.published is not None and article.published.date() == date(2024, 5, 14)


@pytest.mark.parametrize(("stamp", "expected"), [
    (datetime(2024, 5, 15, 6, 30), date(2024, 5, 13)),
    (datetime(2024, 5, 14), date(2024, 5, 13)),
    (datetime(2024, 6, 2), date(2024, 6, 1)),
])
def test_read_article_filing_day_for_text_given_as_is(stamp: datetime, expected: date) -> None:
    text = f"IMPHAL, May 14: {LEAD}"
    assert resolve_event_date(text, 0, len(text), stamp).date == expected


def test_read_article_filing_day_without_dateline_day() -> None:
    stamp = datetime(2024, 5, 15)
    assert filing_day(stamp, None) == stamp
