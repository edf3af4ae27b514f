"""Captives told as freed ("17 worshippers abducted from a church in Kauru have regained freedom", "students kidnapped
last week were released on Sunday") are no new abduction; an abduction told as news stands."""

import pytest

from wirecoder.events.filters import token_reason


@pytest.mark.parametrize(("sentence", "cue", "freed"), [
    ("Seventeen worshippers abducted from a church in Kauru have regained freedom, a community leader said.",
     "abducted", True),
    ("Twelve students kidnapped from their school in Kuriga last week were released on Sunday.", "kidnapped", True),
    ("Two aid workers abducted in Dori in March escaped from their captors, the agency said.", "abducted", True),
    ("Gunmen abducted seventeen worshippers from a church in Kauru on Sunday.", "abducted", False),
    ("Twelve students were kidnapped from their school in Kuriga on Thursday.", "kidnapped", False),
])
def test_events_filters_captives_freed_are_no_abduction(nlp, sentence: str, cue: str, freed: bool) -> None:
    token = next(t for t in nlp(sentence) if t.text == cue)
    assert (token_reason(token, "abduct") is not None) is freed
