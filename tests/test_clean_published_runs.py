"""Stamps the cleaner reads at the top of a page: a place before the date with the clock and the update after it
(The Hindu), and a reading time run into the stamp once the cleaner joined the spaces that set it apart."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.clean import clean_text
from wirecoder.clean.published import parse_published


@pytest.mark.parametrize(("value", "expected"), [
    ("RAIPUR, March 27, 2024 09:41 pm | Updated 10:15 pm IST", datetime(2024, 3, 27)),
    ("IMPHAL, January 17, 2024 11:52 pm | Updated January 18, 2024 07:10 am IST", datetime(2024, 1, 17)),
    ("October 9, 2024 10:35 AM 2 min read", datetime(2024, 10, 9)),
    ("August 27, 2024 9:12 PM 4 min read", datetime(2024, 8, 27)),
    ("Published July 13, 2023 Updated about 9 hours ago", datetime(2023, 7, 13)),
    ("Kolkata/Guwahati, December 13, 2019", datetime(2019, 12, 13)),
])
def test_clean_published_runs_read_the_first_day(value: str, expected: datetime) -> None:
    parsed = parse_published(value)
    assert parsed is not None and parsed.date() == expected.date()


@pytest.mark.parametrize("value", [
    "RAIPUR: Six Maoists were killed on March 27, 2024 in an encounter",
    "Police said 3 min read",
])
def test_clean_published_runs_reject_sentences(value: str) -> None:
    assert parse_published(value) is None


def test_clean_text_dates_a_page_with_reading_time() -> None:
    page = ("Russian strikes hit two cities overnight\n\nOctober 9, 2024 10:35 AM  2 min read\n\n"
            "by The news desk\n\nA missile struck a residential area of Kharkiv late on Oct. 8, officials said.\n")
    assert clean_text(page).published == datetime(2024, 10, 9, 10, 35)


@pytest.mark.parametrize(("tail", "kept"), [
    ("More on this story\n\nPakistan: Gunmen kill six soldiers in Waziristan\n\nWhy is the Taliban resurgent?\n",
     False),
    ("Related\n\nTen killed in attack on village market\n", False),
    ("Analysts say the militants have shifted their focus to the south of the province.\n", True),
])
def test_clean_text_drops_links_listed_under_a_heading(tail: str, kept: bool) -> None:
    page = ("Police post bombed in Bannu\n\nBannu (AFP) - A bomber struck a police post in Bannu on Sunday, killing "
            "nine officers, police said.\n\nThe attack was claimed by the Pakistani Taliban.\n\n" + tail)
    text = clean_text(page).text
    assert (tail.splitlines()[-1].strip() in text) is kept
