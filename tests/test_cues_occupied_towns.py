"""A town occupied by fighters is territory taken ("briefly occupied Macomia", "occupied the town of Mbau");
a crowd occupying a building or a square takes no ground. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Insurgents attacked and briefly occupied Macomia (Cabo Delgado).", True),
        ("Al Shabaab fighters temporarily occupied Bulo Burte before withdrawing.", True),
        ("ADF militants occupied the town of Mbau for two days.", True),
        ("Rebels occupied the village after the army withdrew.", True),
        # crowds occupy buildings and squares, not towns
        ("Students occupied the university administration building in Nairobi.", False),
        ("Protesters occupied the central square of Tbilisi overnight.", False),
        ("The occupied territories were the subject of talks.", False),
    ],
)
def test_cues_occupied_towns(sentence: str, present: bool) -> None:
    assert ("overtake" in {c.family for c in find_cues(sentence)}) is present
