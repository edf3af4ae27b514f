"""Numeric dates: day first unless the text's own unambiguous dates show it writes the month first, or
it opens with a slashed date and a colon, the heading of US-compiled incident summaries (GTD)."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.dates.readings import month_first
from wirecoder.dates import resolve_event_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06/12/2016: gunmen opened fire at a bar. The suspect was charged on 12/19/2016.", date(2016, 6, 12)),
        ("06/12/2016: gunmen opened fire at a bar. The suspect was charged on 19/12/2016.", date(2016, 12, 6)),
        ("06/12/2016: gunmen opened fire at a bar.", date(2016, 6, 12)),
        ("05/04/2013: Assailants abducted two engineers. They were released on 05/09/2013.", date(2013, 5, 4)),
        ("Gunmen opened fire at a bar on 06/12/2016.", date(2016, 12, 6)),
        ("06/12/2016 - gunmen opened fire at a bar.", date(2016, 12, 6)),
        ("12/19/2016: a truck was driven into a market.", date(2016, 12, 19)),
        ("19/12/2016: a truck was driven into a market.", date(2016, 12, 19)),
    ],
)
def test_dates_numeric_order_follows_the_text(text: str, expected: date) -> None:
    end = text.index(".") + 1
    assert resolve_event_date(text, 0, end, None).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 12/19/2016 and 06/12/2016", True),
        ("on 19/12/2016 and 06/12/2016", False),
        ("on 06/12/2016", False),
        ("06/12/2016: gunmen fired", True),
        ("06/12/2016: gunmen fired; charged on 19/12/2016", False),
        ("Gunmen fired. 06/12/2016: charged", False),
    ],
)
def test_dates_numeric_month_first(text: str, expected: bool) -> None:
    assert month_first(text) is expected
