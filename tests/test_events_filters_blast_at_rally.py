"""A rally a bomb struck is the bombing's place, no protest of its own (events.phrase_filters)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the suicide bombing at a rally in Bannu rose to 23 on Tuesday, officials said.",
        "The number of dead from Friday's bomb blast at a campaign rally in Jalalabad climbed to 15.",
    ],
)
def test_events_filters_blast_at_rally_is_a_bombing(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].event_type == "Explosions/Remote violence"


def test_events_filters_fire_on_a_rally_stays_with_the_crowd(pipeline):
    text = "Police opened fire on a rally in Conakry, killing two protesters."
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == "Excessive force against protesters"
