"""generic_reason on the length of a hold before the event ("who had held it for six years"): the event told
is one incident, while a length with no earlier hold still marks a description (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Troops recaptured the town of Moqokori from the militants, who had held it for six years.", False),
        ("The army retook Bunagana from the rebels, which had controlled it for more than a year.", False),
        ("Government forces entered the district, which had been under rebel control for months.", False),
        # no earlier hold: a length of attacks still reads as a description
        ("Militants have attacked villages in the area for months.", True),
    ],
)  # fmt: skip
def test_events_generic_earlier_hold(text: str, generic: bool) -> None:
    assert (generic_reason(text) is not None) == generic
