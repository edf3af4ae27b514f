"""Days written in numbers the way much of the world's press writes them: a run of days ending in one numeric
date ("12-13/03/2019"), days slashed before a month name ("12/13 March"), the year first with dots
("2019.03.12"). A run of days is its first day, known to the range (precision 2)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

PUBLISHED = datetime(2019, 3, 20)


@pytest.mark.parametrize(("when", "expected", "precision"), [
    ("on 12-13/03/2019", date(2019, 3, 12), 2),
    ("on 12 & 13.03.2019", date(2019, 3, 12), 2),
    ("on 12/13 March", date(2019, 3, 12), 2),
    ("on March 12/13", date(2019, 3, 12), 2),
    ("on 2019.03.12", date(2019, 3, 12), 1),
    ("on 12.03.2019", date(2019, 3, 12), 1),
])
def test_dates_numeric_ranges_read(when: str, expected: date, precision: int) -> None:
    text = f"Militiamen burned two villages near Djugu {when}, local sources said."
    found = resolve_event_date(text, 0, len(text), PUBLISHED)
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize("text", [
    "Officials counted 24/7 patrols near Djugu.",
    "Turnout was 13-12/03 in the vote count near Djugu.",
])
def test_dates_numeric_ranges_need_a_real_date(text: str) -> None:
    assert resolve_event_date(text, 0, len(text), PUBLISHED).reason == "publication date"
