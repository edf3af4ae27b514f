"""The death verbs of military copy ("martyred", "neutralised") end a victim phrase as "killed" does, so the other
side's dead told after them count: "Three policemen were martyred and two attackers killed" is five; a victim
phrase cut before the next verb ("neutralising five of them and recovering") still names people."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Four policemen were martyred and three attackers killed when militants raided the post in Tank.", 7),
    ("Troops neutralised six bandits and two soldiers were killed in the exchange of fire near Kankara.", 8),
    ("Troops ambushed the insurgents near Damasak, neutralising four of them and recovering two rifles.", 4),
    ("Two soldiers were martyred in the attack on the checkpoint, the military said.", 2),
    ("Troops neutralised an explosive device and recovered two rifles near Konduga.", 0),
])
def test_casualties_military_verbs_end_a_victim_phrase(sentence: str, dead: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == dead
