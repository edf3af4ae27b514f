"""resolve_event_date for relative phrases of wire copy (sentences written for these tests): the eve
of a dated day, the fighting before a finding of the dead, the start of the month, the past few days
and a month of last year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

FRIDAY = datetime(2021, 7, 9, 10, 0)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Police fired tear gas at opposition supporters on the eve of Sunday's election.", date(2021, 7, 3), 1),
        # The eve of tomorrow's vote is today.
        ("Rival supporters clashed in Bo on the eve of Saturday's vote.", date(2021, 7, 9), 1),
        ("Police said on Thursday they found the bodies of six men after a gunfight on Tuesday in Culiacan.",
         date(2021, 7, 6), 1),
        ("Troops killed nine militants at the start of the month in Swat, the army said on Monday.",
         date(2021, 7, 9), 3),
        ("Gunmen killed 14 people in villages of Zamfara in the past few days, police said.", date(2021, 7, 7), 2),
        ("A prosecutor said gunmen killed a union leader in Cauca in March last year.", date(2020, 3, 15), 3),
        # A distance after another dated event, trailing the clause, moves the date.
        ("Militants killed four soldiers in Rann two days after the raid on Monday, a source said.",
         date(2021, 7, 7), 1),
        ("Gunmen torched a clinic in Kajuru a week after the attack on 1 July.", date(2021, 7, 8), 1),
        # Negative: an opening distance often goes on with the raid it names.
        ("Two days after the raid on Monday, families were still searching for villagers abducted by gunmen.",
         date(2021, 7, 5), 1),
        # Negative: an event with a day of its own keeps it; its cause's day is not its own.
        ("Students marched in Bogota on Thursday after police killed a student on Tuesday.", date(2021, 7, 8), 1),
        ("Police found the bodies of three men in Sinaloa on Wednesday.", date(2021, 7, 7), 1),
    ],
)  # fmt: skip
def test_dates_relative_phrases(sentence: str, expected: date, precision: int) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), FRIDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason
