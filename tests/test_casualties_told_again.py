"""The dead of a report told again in later sentences (a share of them, a witness's count) count once
at the first figure; the other side's dead, dead said to be more and a higher figure no source gives
add to it."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        pytest.param(
            "Militants killed 9 policemen in an attack on a checkpoint near Arish on Monday. Four attackers were "
            "killed in the fighting. A captain and eight policemen were killed, the ministry said.",
            13, id="same_dead_told_again_other_side_adds",
        ),
        pytest.param(
            "Gunmen killed 14 people in a raid on a village on Tuesday. Four gunmen were shot dead by "
            "vigilantes. Villagers said 14 people were killed.",
            18, id="same_dead_told_by_witnesses",
        ),
        pytest.param(
            "Wardens ambushed rangers, leaving 2 dead. In Isiolo, police killed 5 on the same day.",
            7, id="more_dead_of_no_source_add",
        ),
        pytest.param(
            "Insurgents stormed the town, killing dozens of people. Five people were killed when their boat "
            "was shot at.",
            12, id="share_of_the_first_figure",
        ),
        pytest.param(
            "Two people were killed in the raid. Three others died later in hospital.",
            5, id="others_add",
        ),
        pytest.param(
            "Bandits killed 6 villagers in the attack. Two soldiers were killed when troops arrived.",
            8, id="other_side_adds",
        ),
    ],
)
def test_casualties_told_again(text, fatalities):
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
