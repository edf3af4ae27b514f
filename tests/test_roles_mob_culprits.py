"""Whom a mob punishes are civilians, as ACLED codes suspected robbers lynched: "a mob lynched two suspected
kidnappers" is no clash with an armed group; kidnappers who act, or raiders named as such, stay armed men.
Our own sentences, in ACLED's note style."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "actor2", "inter2"),
    [
        ("On 22 March 2024, a mob lynched two suspected kidnappers in Carrefour (Ouest).",
         "Rioters (Haiti)", 5, "Civilians (Haiti)", 7),
        ("On 22 March 2014, a mob lynched two suspected kidnappers in Kibera (Nairobi).",
         "Rioters (Kenya)", 5, "Civilians (Kenya)", 7),
        ("On 9 July 2021, residents beat to death an alleged kidnapper in Onitsha (Anambra).",
         "Rioters (Nigeria)", 5, "Civilians (Nigeria)", 7),
        # kidnappers who act are armed men
        ("On 22 March 2014, suspected kidnappers abducted a girl in Kibera (Nairobi).",
         "Unidentified Armed Group (Kenya)", 3, "Civilians (Kenya)", 7),
        # bandits the text names as such, with no suspicion, stay an armed group
        ("On 22 March 2014, a mob attacked two bandits who had raided a village in Baringo.",
         "Rioters (Kenya)", 5, "Unidentified Armed Group (Kenya)", 3),
    ],
)  # fmt: skip
def test_roles_mob_culprits(pipeline, text, actor1, inter1, actor2, inter2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, None, None)
