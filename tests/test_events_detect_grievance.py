"""A protest over a grievance: the grievance's violence is no event, the crowd's own acts type the protest."""

import pytest

from wirecoder.events.detect import candidate_cues, detect
from wirecoder.model import Sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The crowd barricading and the police answering are the protest's.
        ("Demonstrators barricaded roads in Embu in protest at a spate of murders.", "Violent demonstration"),
        ("Traders demonstrating against a wave of robberies in Oyo were dispersed with tear gas.",
         "Protest with intervention"),
        # The grievance alone: killings and an arrest protested are no acts of the crowd.
        ("Residents of Ilorin protested a spate of killings in the town.", "Peaceful protest"),
        ("Students in Ibadan protested the arrest of their union leader.", "Peaceful protest"),
    ],
)
def test_detect_keeps_the_crowds_acts_in_a_grievance_protest(nlp, text, expected):
    sentence = Sentence(0, len(text), text)
    mentions = detect(sentence, nlp(text), candidate_cues(sentence))
    assert [m.sub_event_type for m in mentions] == [expected]
