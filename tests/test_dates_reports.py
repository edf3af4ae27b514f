"""resolve_event_date where a report's day and the event's day stand in one sentence (sentences
written for these tests): a toll revised on a later day, the day before a statement, a
wounded victim's later death."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

TUESDAY = datetime(2021, 11, 9, 12, 0)  # the Sunday before is 7 November


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        # A toll revised on a day: the day of the counting, not of the event.
        ("The death toll from Sunday's bombing of a market in Maiduguri rose to 35 on Tuesday.", date(2021, 11, 7), 1),
        ("The toll of Sunday's attack on the convoy climbed to 12, officials said.", date(2021, 11, 7), 1),
        ("The death toll rose to 35 on Tuesday, hospital officials said.", date(2021, 11, 9), 1),
        # "The previous day" counts back from the statement's day.
        ("The army said on Tuesday that it had repelled an attack on its base the previous day.",
         date(2021, 11, 8), 1),
        ("On 5 May 2020, police said a man had been lynched the previous day.", date(2020, 5, 4), 1),
        # A wounded victim's later death is counted with the attack, on the attack's day.
        (("Two more students died in hospital on Tuesday, bringing to seven the number of people "
          "killed in Sunday's attack on the school."), date(2021, 11, 7), 1),
        ("A guard shot by robbers in Kisumu on Sunday died in hospital on Monday.", date(2021, 11, 7), 1),
        ("The trader succumbed to his injuries on Monday, police said.", date(2021, 11, 8), 1),
        # A cause told a day before stays secondary.
        ("Residents protested on Monday over a killing the previous day.", date(2021, 11, 8), 1),
    ],
)  # fmt: skip
def test_dates_reports_and_event_days(sentence: str, expected: date, precision: int) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), TUESDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason
