"""What a document found, in the perfect, is a record, not news (events.aside_filters): "a UN report says the army
has fought alongside M23". A source's account of an incident stays an event."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.events.filters import token_reason


def _reason(nlp, sentence: str, cue_text: str) -> str | None:
    doc = nlp(sentence)
    for cue in find_cues(sentence):
        if sentence[cue.start:cue.end] == cue_text:
            return token_reason(doc.char_span(cue.start, cue.end, alignment_mode="expand").root, cue.family)
    raise AssertionError(f"no cue {cue_text!r} in {sentence!r}")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("A report by UN experts says Burundian troops have fought alongside the army in North Kivu.", "fought"),
    ("An Amnesty investigation found that soldiers have killed civilians in villages of Sagaing.", "killed"),
])
def test_events_aside_filters_a_documents_record_is_no_event(nlp, sentence, cue):
    assert _reason(nlp, sentence, cue) is not None


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Police said gunmen have killed four people in Tsafe since Sunday.", "killed"),
    ("The report said gunmen killed four people near Tsafe on Sunday.", "killed"),
])
def test_events_aside_filters_a_sources_account_stays(nlp, sentence, cue):
    assert _reason(nlp, sentence, cue) is None
