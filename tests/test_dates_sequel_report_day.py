"""A sequel ("the previous day") in a sentence that states the report's day counts from that day, not
from an event dated in an earlier paragraph (texts written for these tests)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling of Kadugli killed four people on Saturday and Sunday, medics said.\n\n"
         "The army said on Wednesday that its jets had struck rebel bases near Dilling the previous day.",
         date(2024, 5, 14)),
        ("Rebels attacked a convoy on Monday.\n\nPolice said on Friday they had killed the rebels' "
         "commander the day before.", date(2024, 5, 16)),
        # With an event date in its own paragraph, the sequel counts from it.
        ("Rebels attacked a convoy on Monday. Troops pursued them and killed six the next day, police said "
         "on Friday.", date(2024, 5, 14)),
    ],
)  # fmt: skip
def test_dates_sequel_report_day(text: str, expected: date) -> None:
    start = text.rindex("\n\n") + 2 if "\n\n" in text else text.index(". ") + 2
    when = resolve_event_date(text, start, len(text), datetime(2024, 5, 18, 9, 0))
    assert when.date == expected, when.reason
