"""A witness's words in quotes go on telling the story's event, wherever the witness lives (story._told_as_new):
'"We heard shelling all night," a resident of Ain Zara said' adds no event of its own."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

_LEDE = ("Calm returned to Tripoli on Tuesday after fighting between two armed groups killed 20 people, medics said.\n\n"
         "The clashes erupted late on August 14 after the arrest of a commander at the airport.\n\n")


@pytest.mark.parametrize("quote", [
    '"We heard heavy shelling all night, the children were screaming," a resident of the Ain Zara district said.',
    '"We heard heavy shelling all night, nobody could sleep," a shopkeeper from Ain Zara told reporters.',
])
def test_story_a_witness_placed_after_the_quote_adds_no_event(pipeline, quote):
    article = Article("a", _LEDE + quote + "\n", published=datetime(2023, 8, 29, 10, 0))
    (done,) = pipeline.process([article])
    assert len(done.events) == 1


def test_story_a_place_inside_the_quote_is_still_told(pipeline):
    quote = '"On Saturday gunmen also attacked a checkpoint in Zliten," a resident of Ain Zara said.'
    (done,) = pipeline.process([Article("a", _LEDE + quote + "\n", published=datetime(2023, 8, 29, 10, 0))])
    assert len(done.events) == 2
