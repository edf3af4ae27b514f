"""A place told by the people who live there ("stormed the community", "raided a hamlet") is a target of
civilians: armed men storming it attack them; forces storming an armed side's camp still fight it."""

import pytest

from wirecoder.events.classify import classify


@pytest.mark.parametrize(("families", "sentence", "agent", "target", "expected"), [
    ({"fight", "kill", "harm"}, "The attackers stormed the community around 10pm, shooting sporadically.",
     "the attackers", "the community", "Attack"),
    ({"fight", "kill"}, "Gunmen stormed a hamlet near Bokkos, shooting at residents.", "Gunmen", "a hamlet", "Attack"),
    ({"fight"}, "Troops stormed the militants' camp near Sambisa.", "Troops", "the militants' camp", "Armed clash"),
])
def test_events_classify_community_target(families, sentence, agent, target, expected) -> None:
    assert classify(families, sentence, agent, target, main="fight") == expected
