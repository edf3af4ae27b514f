"""resolve_event_date on "overnight" beside a day the clause names (sentences written for these
tests): the named day wins; alone, "overnight" is the night before the report."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

FRIDAY = datetime(2023, 2, 10, 9, 0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jihadists killed 17 soldiers in an overnight attack on a post near Tabatol on Wednesday, the ministry said.",
         date(2023, 2, 8)),
        ("An overnight raid on Banibangou on Tuesday left four dead.", date(2023, 2, 7)),
        ("Militants shelled the base overnight on 6 February, killing two soldiers.", date(2023, 2, 6)),
        # No day named: the night before the report, before a report's own day too.
        ("Gunmen killed 11 people at a rehabilitation centre overnight, officials said on Friday.", date(2023, 2, 9)),
        ("Overnight, rebels burned a school in Kalemba, residents said.", date(2023, 2, 9)),
    ],
)  # fmt: skip
def test_dates_overnight_yields_to_named_day(sentence: str, expected: date) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), FRIDAY)
    assert (result.date, result.precision) == (expected, 1), result.reason
