"""A commemoration is a demonstration; the event it remembers is history, not news."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered in Kigali on Friday to commemorate the victims of the genocide.",
        "Survivors gathered in Beslan on Sunday to mark the 15th anniversary of the school siege, in which "
        "gunmen killed more than 330 people.",
        "The march commemorated the victims of the 1995 subway gas attack in Tokyo.",
    ],
)
def test_events_commemoration_is_a_protest_only(pipeline, text):
    (article,) = pipeline.process([Article("t", text)])
    assert [e.event_type for e in article.events] == ["Protests"]


def test_events_violence_at_a_commemoration_is_news(pipeline):
    text = "A bomb exploded near a memorial in Kabul on Monday, killing three people."
    (article,) = pipeline.process([Article("t", text)])
    assert [e.event_type for e in article.events] == ["Explosions/Remote violence"]
