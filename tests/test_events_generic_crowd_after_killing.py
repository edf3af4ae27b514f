"""A crowd of thousands that gathered after a killing is one event's crowd, not a war's toll of thousands.
Our own sentences."""

from __future__ import annotations

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Tens of thousands of people rallied in Lyon on Sunday after gunmen killed four people at a cafe.",
        "Thousands of mourners marched through Quetta when a bomber killed 30 worshippers at a mosque.",
        "Hundreds of thousands of people gathered in Madrid following the train bombings that killed 191.",
    ],
)  # fmt: skip
def test_events_generic_crowd_after_killing_is_no_tally(sentence):
    assert generic_reason(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Tens of thousands of people were killed in the civil war.",
        "Thousands of civilians in the north have died since the insurgency began.",
    ],
)  # fmt: skip
def test_events_generic_crowd_after_killing_thousands_killed_stay_a_tally(sentence):
    assert generic_reason(sentence) is not None
