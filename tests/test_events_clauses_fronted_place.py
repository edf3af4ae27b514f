"""A clause set beside the report by "while in <place>" is told apart even when the parser joins the place to the
noun after it ("while in Quetta security forces killed ..."); a name inside the preposition's own object ("in Al
Shabaab attacks") is no place of its own (events.clauses)."""

from __future__ import annotations

import pytest

from wirecoder.events.clauses import apart


@pytest.mark.parametrize("sentence", [
    "A bomb exploded near a bus terminal in Karachi on Monday morning, wounding five people, while in Quetta "
    "security forces killed three militants in a raid overnight.",
    "Police dispersed protesters in Nairobi while in Mombasa traders closed their shops.",
])
def test_events_clauses_while_in_a_place_is_told_apart(nlp, sentence):
    found = apart(nlp(sentence))
    assert found is not None and not found.in_passing


def test_events_clauses_a_name_in_the_object_is_no_place(nlp):
    assert apart(nlp("Soldiers killed four fighters near Kismayo, while in Al Shabaab attacks two civilians died.")) is None
