"""A story's sentences that name its event again in passing join that event's evidence; a past event told
between them keeps the reference from it. Our own stories."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

_STORY = (
    "QUETTA, Pakistan (Reuters) - A bomb hidden in a parked motorcycle exploded outside a crowded bus station in "
    "Quetta on Tuesday, killing 14 people and wounding 30, police said.\n\n"
    "Police cordoned off the area and ambulances took the wounded to the civil hospital.\n\n"
    "{between}"
    "Funerals for the victims were held under heavy guard on Wednesday.\n\n"
    "The provincial government announced three days of mourning."
)


def _evidence(pipeline, between):
    text = _STORY.format(between=between)
    (article,) = pipeline.process([Article("story", text)])
    return text, [text[e.start : e.end] for event in article.events for e in event.evidence]


@pytest.mark.slow
def test_references_story_evidence_reference_joins_event(pipeline):
    _, told = _evidence(pipeline, "")
    assert "Funerals for the victims were held under heavy guard on Wednesday." in told
    assert "The provincial government announced three days of mourning." not in told


@pytest.mark.slow
@pytest.mark.parametrize(
    "between",
    ["In 2013, twin bombs at a snooker hall in Quetta killed 92 people.\n\n"],
)  # fmt: skip
def test_references_story_evidence_past_event_between(pipeline, between):
    _, told = _evidence(pipeline, between)
    assert "Funerals for the victims were held under heavy guard on Wednesday." not in told
