"""A conflict told by its reach and its toll in thousands is background, no incident: 'Violence has since spread
to ...', '... killing thousands of soldiers and civilians'. A spread told as news, or thousands of animals, is not
caught by it."""

from __future__ import annotations

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize("sentence", [
    "Violence has since spread to the centre of the country and to neighbouring Niger, killing thousands of "
    "soldiers and civilians and forcing millions from their homes.",
    "The insurgency has since spread to the coastal provinces of Cabo Delgado's neighbours.",
    "The revolt, which began in the north in 2012, went on to engulf the centre, claiming the lives of tens of "
    "thousands of people.",
    "Fighting between the two generals has raged for months, killing an estimated thousands of people.",
])
def test_events_generic_conflict_reach_is_background(sentence: str) -> None:
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The fighting has spread to Goma, residents said on Monday.",
    "Raiders attacked the village on Sunday, killing thousands of cattle, a local official said.",
    "Militants stormed Mafa on Tuesday, killing at least 30 people, a police spokesman said.",
])
def test_events_generic_conflict_reach_leaves_news(sentence: str) -> None:
    assert generic_reason(sentence) is None
