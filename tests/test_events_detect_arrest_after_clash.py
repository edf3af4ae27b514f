"""An arrest told right after a clash ends the clash, which is the event (events.detect)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Two suspected bandits were arrested after a gun battle with soldiers near Gusau on Monday.",
        "Police captured three kidnappers following a shootout in Puebla on Sunday.",
        "Four alleged robbers were apprehended after an exchange of fire with police in Durban.",
    ],
)
def test_events_detect_arrest_after_clash_is_a_clash(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested nine men in Eldoret after Saturday's clashes between rival traders.",
        "Soldiers detained 40 villagers in Tillaberi after an earlier clash with jihadists nearby.",
        "Police arrested six people after a grenade attack on a bar wounded three in Kampala.",
    ],
)
def test_events_detect_arrest_after_an_earlier_event_stays_an_arrest(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == "Arrests"
