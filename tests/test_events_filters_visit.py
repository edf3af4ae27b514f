"""A visit to those an event hurt is no event of its own (events.filters)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Kaduna visited the wounded in hospital on Monday and announced free treatment.",
        "Puntland's president visited victims of Sunday's suicide bombing at the hospital in Bosaso.",
        "The minister toured the wounded soldiers' ward in Maiduguri and promised compensation.",
    ],
)
def test_events_filters_a_visit_to_the_wounded_is_no_event(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert not article.events


def test_events_filters_an_attack_told_with_a_visit_stays(pipeline):
    text = "The governor visited Kwall, where gunmen killed five villagers on Sunday."
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].fatalities == 5
