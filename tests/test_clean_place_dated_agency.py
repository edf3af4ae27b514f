"""A place-and-date line that sets the clock apart and closes with the agency's name ("Juba, 4 June
2022 / 16:20 (Eye Radio)") is the publication date, its zone kept; a sentence naming a place and a date
is none (lines written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.clean import clean_text, parse_published


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Juba, 4 June 2022 (Eye Radio)", "2022-06-04T00:00:00"),
        ("Maiduguri, 19 August 2023 (NAN).", "2023-08-19T00:00:00"),
        ("Bangui, 2 March 2021 / 16:20 WAT (Corbeau News)", "2021-03-02T16:20:00+01:00"),
        ("Herat, 11 May 2022 09:15 (GMT+4:30)", "2022-05-11T09:15:00+04:30"),
    ],
)  # fmt: skip
def test_clean_place_dated_agency_is_published(line: str, stamp: str) -> None:
    parsed = parse_published(line)
    assert parsed is not None and parsed.isoformat() == stamp


def test_clean_place_dated_agency_sentence_is_not() -> None:
    assert parse_published("Clashes broke out in Juba, 4 June 2022 (Eye Radio)") is None


def test_clean_place_dated_agency_dates_the_article() -> None:
    cleaned = clean_text("Juba, 4 June 2022 (Eye Radio)\n\nCattle raiders kill five in Jonglei\n\n"
                         "Armed youths killed five herders in Jonglei on Thursday, officials said.\n")
    assert cleaned.published is not None and cleaned.published.date().isoformat() == "2022-06-04"
