"""A town told by who holds it is a place: civilians killed there are the target (actors.posts)."""

import pytest

from wirecoder.actors.posts import civilians_killed, held_place
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("phrase", "held"),
    [("the rebel-held town of Kafr Nabl", True), ("opposition-controlled Douma", True),
     ("a village held by the insurgents", True), ("the town of Kafr Nabl", False), ("rebel positions", False)],
)
def test_actors_posts_a_place_told_by_its_holder(phrase, held):
    assert held_place(phrase) is held


def test_actors_posts_civilians_killed():
    assert civilians_killed("shelled the town, killing at least nine civilians, including four children")
    assert not civilians_killed("shelled the town, killing at least nine fighters")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Government warplanes bombed the rebel-held town of Kafr Nabl in Idlib on Tuesday, killing at least "
         "seven civilians.", "Civilians (Syria)"),
        ("Houthi forces shelled the government-held district of Hays on Friday, killing four people, including "
         "two women.", "Civilians (Yemen)"),
        # with no civilians dead, the holders are what was hit
        ("Government artillery shelled rebel-held positions near Kafr Nabl on Tuesday, killing four fighters.",
         "Unidentified Armed Group (Syria)"),
    ],
)
def test_actors_posts_civilians_killed_in_a_held_town(pipeline, text, actor2):
    (article,) = pipeline.process([Article("note", text)])
    assert (article.events[0].actor2 or "").startswith(actor2)
