"""A party ending its ceasefire changes its activity, no agreement (events.classify, events.filters)."""

import pytest

from wirecoder.events.classify import classify
from wirecoder.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "The NPA announced the end of its unilateral ceasefire on Sunday.",
        "The KNU said it was scrapping the truce it agreed in 2012.",
        "Houthi rebels declared an end to their ceasefire in Hodeidah.",
    ],
)
def test_events_classify_ceasefire_ended_is_a_change_of_activity(sentence):
    assert classify({"agree"}, sentence, main="agree") == "Change to group/activity"


@pytest.mark.parametrize(
    "sentence, sub",
    [
        ("The army and the SPLA-IO agreed a ceasefire to end the fighting in Malakal.", "Agreement"),
        ("The ceasefire collapsed on Monday as shelling resumed.", None),
    ],
)
def test_events_classify_ceasefire_agreed_or_failed_stays(sentence, sub):
    assert classify({"agree"}, sentence, main="agree") == sub


@pytest.mark.slow
def test_events_classify_ceasefire_called_off_is_reported(pipeline):
    text = "On 2 March 2023, the Baloch Liberation Army called off its ceasefire and vowed to resume its campaign."
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == "Change to group/activity"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, actor1",
    [
        ("On 5 June 2023, the Baloch Liberation Army called off its ceasefire with the government in Quetta.",
         "BLA: Balochistan Liberation Army"),
        ("On 12 May 2022, the NPA announced the end of its ceasefire with the military in Davao.",
         "NPA: New Peoples Army"),
    ],
)
def test_events_classify_ceasefire_ended_by_its_owner(pipeline, text, actor1):
    # the possessor ("its ceasefire") ends it; the side "with" it is the other party, not the actor
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].actor1 == actor1
