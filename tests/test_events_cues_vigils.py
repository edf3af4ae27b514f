"""Vigils are demonstrations, one or several ("Vigils were held in ..."). Our own sentences."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Vigils were held in Manchester and Leeds on Thursday night.",
        "Candlelight vigils for the victims drew thousands in Lahore.",
        "Mourners held a vigil outside the church.",
    ],
)  # fmt: skip
def test_events_cues_vigils_are_protest_cues(sentence):
    assert "protest" in {cue.family for cue in find_cues(sentence)}
