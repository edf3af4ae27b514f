"""A line holding only a dateline and the day ("OUAGADOUGOU (AFP) - June 14, 2022") gives the story both its
date and its dateline; a label and a day ("UPDATED: June 14, 2022") gives only the date (lines written for
these tests)."""

from __future__ import annotations

import pytest

from wirecoder.clean import clean_text

_LEAD = "Suspected jihadists killed 12 civilians in Djibo on Saturday, the government said."


@pytest.mark.parametrize(("stamp", "dateline", "source"), [
    ("OUAGADOUGOU (AFP) - June 14, 2022", "Ouagadougou", "AFP"),
    ("NIAMEY, Niger (AP) — 14 June 2022", "Niamey, Niger", "AP"),
    ("Kabul, Afghanistan — June 14, 2022", "Kabul, Afghanistan", None),
    ("UPDATED: June 14, 2022", None, None),
    ("June 14, 2022", None, None),
])  # fmt: skip
def test_clean_dateline_stamp_line(stamp: str, dateline: str | None, source: str | None) -> None:
    cleaned = clean_text(f"{stamp}\n\n{_LEAD}")
    assert (cleaned.dateline, cleaned.source) == (dateline, source)
    assert cleaned.published is not None and cleaned.published.date().isoformat() == "2022-06-14"
    assert cleaned.text == _LEAD
