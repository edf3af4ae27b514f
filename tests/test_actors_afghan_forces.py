"""The Islamic Republic's forces by the acronyms copy and coders used (2004-2021): the ANA, ANDSF and NDS are
Afghanistan's military, the ANP its police. And an older export's name of the Houthis' forces ("Military
Forces of Yemen (2016-) Supreme Political Council") scores as the same actor. Our own sentences."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded
from wirecoder.evaluate.normalise import load_actor_aliases, same_actor


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "actor2", "inter2"),
    [
        ("On 3 May 2019, Taliban militants attacked ANA checkpoints in Sayedabad district (Wardak). 5 ANA soldiers "
         "were killed.", "Taliban", 2, "Military Forces of Afghanistan", 1),
        ("On 3 May 2019, ANP and Taliban clashed in Sayedabad district (Wardak).",
         "Police Forces of Afghanistan", 1, "Taliban", 2),
        ("On 6 July 2020, NDS special forces raided a Taliban hideout in Dand district (Kandahar), killing 6 Taliban.",
         "Military Forces of Afghanistan", 1, "Taliban", 2),
        ("On 11 November 2017, ANDSF clashed with IS-K militants in Achin district (Nangarhar).",
         "Military Forces of Afghanistan", 1, "Islamic State (Afghanistan)", 2),
    ],
)  # fmt: skip
def test_actors_afghan_forces_by_acronym(pipeline, text, actor1, inter1, actor2, inter2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, None, None)


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen Houthi", True),
        ("Houthi Movement - Ansar Allah", "Military Forces of Yemen (2017-) Houthi", True),
        # the Hadi government's forces are another actor
        ("Military Forces of Yemen (2012-)", "Military Forces of Yemen Houthi", False),
    ],
)
def test_actors_older_houthi_names_score_as_one(gold, predicted, same):
    assert same_actor(gold, predicted, load_actor_aliases()) is same
