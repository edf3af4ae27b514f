"""generic_reason on a sentence whose period toll is an aside ("where fighting since January has killed
80") before a main clause that tells its own day: the sentence reports that day's event (sentences written
for these tests); count_casualties leaves the aside's toll out."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties
from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(
    ("text", "generic", "fatalities"),
    [
        ("In Kasai, where fighting between militias since March has killed more than 300 people, gunmen "
         "shot dead three traders on Thursday.", False, 3),
        ("In Tillaberi, where attacks by jihadists since 2019 have killed 1,000 civilians, three bodies were "
         "found on Monday near Ayorou.", False, 3),
        # No day of its own: a tally still.
        ("Fighting between the army and militias since March has killed more than 300 people in Kasai.", True, 0),
    ],
)  # fmt: skip
def test_events_generic_aside_period(text: str, generic: bool, fatalities: int) -> None:
    assert (generic_reason(text) is not None) == generic
    if not generic:
        assert count_casualties(text, 0, len(text)).fatalities == fatalities
