"""A date in a relative clause about a participant ("who was arrested in May", "which militants seized in
February") is that participant's history: a month there is never the event's, and a day only when the sentence
names no other."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

PUBLISHED = datetime(2022, 9, 29)  # a Thursday


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("Nasir Ahmadi, who was arrested in May, was shot dead in Herat on Tuesday.", date(2022, 9, 27), 1),
    ("A tribal elder who had survived an attack in January was killed outside his home on Monday.",
     date(2022, 9, 26), 1),
    ("The reporter, who had been abducted on 2 September, was found dead near Kunduz on Wednesday.",
     date(2022, 9, 28), 1),
    ("A teacher who joined the strike in February was detained by soldiers in Monywa yesterday.",
     date(2022, 9, 28), 1),
    ("The town, which militants seized last month, was retaken by the army on Sunday.", date(2022, 9, 25), 1),
    # no day of its own: the publication date, not the participant's month
    ("Nasir Ahmadi, who was arrested in May, was shot dead in Herat.", date(2022, 9, 29), 2),
])
def test_dates_relative_clause_date_is_not_the_event_s(text: str, expected: date, precision: int) -> None:
    found = resolve_event_date(text, 0, len(text), PUBLISHED)
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize(("text", "expected"), [
    # the clause tells the event, and nothing else dates it
    ("Protesters, who had gathered outside the court on Monday, were dispersed with tear gas.", date(2022, 9, 26)),
    ("Gunmen who stormed the village on Sunday killed five farmers.", date(2022, 9, 25)),
    # the date closes the sentence: the main clause's own
    ("Police arrested two men who were suspected of killing a trader on 20 September 2022.", date(2022, 9, 20)),
])
def test_dates_relative_clause_day_kept_when_alone(text: str, expected: date) -> None:
    assert resolve_event_date(text, 0, len(text), PUBLISHED).date == expected
