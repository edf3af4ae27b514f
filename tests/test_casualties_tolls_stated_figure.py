"""A toll stated as a figure ("the toll was 48", "the final toll was reported as 141") is the event's
count, and a count only partly vague ("nine police and scores of rebels were killed") yields to it, as ACLED
keeps a report's stated figure over its vague words (casualties.triggers, casualties.sides). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


def _deaths(text: str) -> int | None:
    return count_casualties(text, 0, len(text)).fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # a bare toll given as a figure, with or without a verb of reporting
        ("Rebels overran a garrison in the hills. Scores of soldiers died; the toll was 63.", 63),
        ("Rebels overran a garrison in the hills. Scores of soldiers died; the final toll was reported as 63.", 63),
        ("Gunmen raided a camp for displaced people. Many residents died; the death toll was given as 57.", 57),
        ("Gunmen raided a camp for displaced people. Many residents died; the toll was put at 57.", 57),
        # a count partly vague yields to the stated toll ...
        ("Insurgents stormed a district headquarters. Nine police officers, six soldiers and scores of insurgents "
         "were killed; the toll was reported as 52.", 52),
        # ... and a precise count stays, the lower of two accounts
        ("Insurgents stormed a district headquarters. Nine police officers and six soldiers were killed; the toll "
         "was reported as 52.", 15),
        # a toll of something else is no death
        ("Protesters blocked the bridge where the road toll was 5 dollars.", 0),
    ],
)
def test_casualties_tolls_stated_figure(text: str, fatalities: int) -> None:
    assert _deaths(text) == fatalities
