"""A toll that says it counts the attacker ("including the bomber", "killing seven people including herself")
is not raised by the attacker's own death again (casualties.count). Sentences are our own."""

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("A suicide bomber blew herself up near a bus station in Kandy, killing seven people including herself.", 7),
        ("A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers including himself.", 30),
        ("Two bombers blew themselves up at a market, killing 12 people including themselves.", 12),
        ("A suicide bomber blew himself up at a checkpoint, killing 12 people including the bomber.", 12),
        # no such words: the bomber adds one
        ("A suicide bomber blew himself up at a mosque in Quetta, killing five worshippers.", 6),
    ],
)
def test_casualties_attacker_counted_once(sentence, fatalities):
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities
