"""Many incidents counted over a whole month are a tally, no event: "more than 100 attacks in the province in
August alone", "40 kidnappings last month"; a month that dates one incident is left to the date."""

from __future__ import annotations

import pytest

from wirecoder.events.generic import tally_reason


@pytest.mark.parametrize(("sentence", "tally"), [
    ("According to a think tank, militants carried out more than 80 attacks in the province in March alone.", True),
    ("Bandits carried out 40 kidnappings in the state last month, police said.", True),
    ("The monitor counted 25 clashes in the district this month.", True),
    ("Militants carried out two attacks in the province on Sunday.", False),
    ("Gunmen killed five people in an attack on a village in August.", False),
    ("Troops repelled 3 attacks on the base near Gao on May 4.", False),
])
def test_events_generic_month_tally(sentence: str, tally: bool) -> None:
    assert (tally_reason(sentence) is not None) is tally
