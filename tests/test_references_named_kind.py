"""Which kind of event a story's sentence names again with a definite phrase. Our own sentences."""

from __future__ import annotations

import pytest

from wirecoder.references import named_kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("No group has claimed the bombing.", "violence"),
        ("Prosecutors will try the boy as an adult over the shooting.", "violence"),
        ("The attack came days before the handover of security.", "violence"),
        ("Funerals for the dead were held under heavy guard.", "violence"),
        ("The deaths brought the toll to 15.", "violence"),
        ("Doctors said the injuries were not life-threatening.", "violence"),
        ("Saturday's suicide bombing was the deadliest this year.", "violence"),
        ("The protesters dispersed peacefully at dusk.", "crowd"),
        ("Organisers said the candlelight vigil drew 2,000 people.", "crowd"),
        ("Lawyers for the men condemned the arrests as political.", "arrest"),
        ("The man was being questioned at a police station in Lahore.", "arrest"),
        ("The two suspects remain in custody.", "arrest"),
        ("He was held without charge for a week.", "arrest"),
    ],
)  # fmt: skip
def test_references_named_kind_definite_phrase(sentence, kind):
    assert named_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "A similar attack killed 33 people in Suruc.",  # another event
        "The 2004 bombings killed 191 commuters.",  # dated apart
        "Police said the previous raid had failed.",
        "Was the bombing preventable?",  # a question
        "The minister resigned on Friday.",  # no event named
        "Prosecutors will seek the death penalty.",  # a sentence, no death told
        "A candlelight vigil was held in the square.",  # being held is said of people
    ],
)  # fmt: skip
def test_references_named_kind_none(sentence):
    assert named_kind(sentence) is None
