"""Armed men attacking a gathering (a rally, a meeting) commit violence against the crowd; the gathering is
no demonstration event of its own (events.classify). A crowd named as protesters keeps the protest codes."""

import pytest

from wirecoder.events.classify import classify
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("families", "sentence", "agent", "target", "sub"),
    [
        ({"kill", "protest"}, "Assailants opened fire on a political rally in Hyderabad.", "Assailants",
         "a political rally", "Attack"),
        ({"grenade", "protest"}, "Gunmen threw a grenade at an opposition rally in Kano.", "Gunmen",
         "an opposition rally", "Grenade"),
        # demonstrators named as the target, or forces firing: the protest codes stay
        ({"kill", "protest"}, "Gunmen opened fire on protesters in Basra, killing three.", "Gunmen", "protesters",
         "Excessive force against protesters"),
        ({"kill", "protest"}, "Police opened fire on a rally in Nairobi, killing two.", "Police", "a rally",
         "Protest with intervention"),
        ({"protest"}, "Thousands joined a political rally in Lahore.", "Thousands", None, "Peaceful protest"),
    ],
)
def test_events_classify_attacked_gathering(families, sentence, agent, target, sub):
    assert classify(families, sentence, agent, target) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        ("05/06/1995: Assailants opened fire on a political rally in Hyderabad city, Sindh province, Pakistan. "
         "Six people were killed.", "Violence against civilians", "Unidentified Armed Group (Pakistan)"),
        ("10/02/2013: Assailants threw a grenade at a political rally in Mingora city, Khyber Pakhtunkhwa "
         "province, Pakistan. Two people were killed.", "Explosions/Remote violence",
         "Unidentified Armed Group (Pakistan)"),
    ],
)
def test_events_classify_attacked_gathering_in_summaries(pipeline, text, event_type, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert (article.events[0].event_type, article.events[0].actor1) == (event_type, actor1)
