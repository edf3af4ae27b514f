"""An arrest or conviction sought ("a reward for information leading to their arrest") is no event; an arrest made
stands."""

import pytest

from wirecoder.events.filters import token_reason


@pytest.mark.parametrize(("sentence", "cue", "sought"), [
    ("The city government offered a reward for information leading to their arrest.", "arrest", True),
    ("A tip from residents led to the arrest of two suspects in Garissa on Monday.", "arrest", False),
    ("Police announced a bounty for any tip leading to the arrest of the bombers.", "arrest", True),
    ("The tip led police to a house in Kisumu, where they arrested two men.", "arrested", False),
])
def test_events_filters_an_arrest_sought_is_no_event(nlp, sentence: str, cue: str, sought: bool) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == cue)
    assert (token_reason(token, "arrest") is not None) is sought
