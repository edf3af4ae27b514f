"""Who repels attackers told before ("Al Shabaab attacked the base; troops repulsed them") answers the attack:
the attack's doer is actor1, as ACLED orders the sides (wirecoder.events.syntax.role_order). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.syntax import role_order


@pytest.mark.parametrize("sentence, first", [
    ("Al Shabaab fighters attacked an AMISOM base near Bulo Marer; Ugandan troops repulsed them.", "attacked"),
    ("ISWAP fighters raided a base in Dikwa; soldiers repelled the attack.", "raided"),
    ("Bandits attacked Zurmi; vigilantes repelled them.", "attacked"),
])
def test_events_syntax_repelling_comes_after_the_attack(nlp, sentence, first):
    doc = nlp(sentence)
    cues = [t for t in doc if t.lower_ in {"attacked", "raided", "repulsed", "repelled"}]
    cues.sort(key=lambda t: -t.i)  # the reply first, as a parse may rank it
    assert role_order(cues)[0].text == first


def test_events_syntax_lone_repelling_keeps_its_roles(nlp):
    doc = nlp("Police repulsed them in Mandera.")
    (verb,) = [t for t in doc if t.lower_ == "repulsed"]
    assert role_order([verb]) == [verb]


@pytest.mark.slow
@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 9 September 2020, Al Shabaab fighters attacked an army base near Bulo Marer; soldiers repulsed them.",
     "Al Shabaab", "Military Forces of Somalia"),
])
def test_events_repelled_attackers_event(first_event, text, actor1, actor2):
    event = first_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)
