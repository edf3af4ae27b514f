"""A clash told by its toll of both sides ("A soldier and three NPA rebels were killed in a clash"): the state's
forces and the group named are the two sides, the forces first."""

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("A soldier and three New People's Army rebels were killed in a clash in Las Navas, Northern Samar, on 10 "
         "September 2019.", "Military Forces of the Philippines", "NPA: New Peoples Army"),
        ("A soldier and two Taliban fighters were killed in a clash in Kunduz on 3 May 2015.",
         "Military Forces of Afghanistan", "Taliban"),
        ("One officer and three Al Shabaab militants were killed in a shootout in Mandera on 4 June 2019.",
         "Police Forces of Kenya", "Al Shabaab"),
    ],
)
def test_a_toll_of_both_sides_names_both(pipeline, text, actor1, actor2):
    assert_coded(pipeline, text, actor1, 1, actor2, 2, None, None)


def test_allies_ambushed_together_stay_allies(pipeline):
    # an attacker is named: the soldiers and the mercenaries are one side, the mercenaries associated
    assert_coded(pipeline, "Gunmen ambushed a convoy of Malian soldiers and Wagner mercenaries near Niono on 2 May "
                 "2022, killing five.", "Unidentified Armed Group (Mali)", 3, "Military Forces of Mali", 1,
                 None, "Wagner Group")
