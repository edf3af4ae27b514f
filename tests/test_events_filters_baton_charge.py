"""Forces that "charged batons" or "charged at the crowd" charged bodily, as South Asian copy tells a baton charge:
no legal proceedings; "were charged with murder" still are."""

import pytest

from wirecoder.events.detect import candidate_cues, detect
from wirecoder.model import Sentence


def _types(nlp, text: str) -> list[str]:
    sentence = Sentence(0, len(text), text)
    cues = candidate_cues(sentence)
    return [m.sub_event_type for m in (detect(sentence, nlp(text), cues) if cues else ())]


@pytest.mark.parametrize("text", [
    "In Rajshahi, police charged batons and fired teargas to disperse a procession of opposition activists.",
    "Police charged at the marchers with batons in Lahore on Monday, injuring 12 protesters.",
])
def test_events_filters_baton_charge(nlp, text: str) -> None:
    assert _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Three men were charged with the murder of a trader in Kisumu.",
    "Two officers were charged with assault over the beating of protesters in Lahore.",
])
def test_events_filters_baton_charge_legal(nlp, text: str) -> None:
    assert _types(nlp, text) == []
