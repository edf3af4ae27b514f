"""Who an explosion or a shelling that names no target hit, when the toll names one victim ("1 civilian
was killed", "A child was injured"): the civilians, as for several. Texts are our own."""

import pytest

from wirecoder.actors.phrases import PEOPLE_HIT
from wirecoder.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "1 civilian was killed and 2 were injured.",
        "One civilian was killed and 20 others were injured in the blast.",
        "A child was wounded by shrapnel.",
        "A passer-by died of his wounds in hospital.",
        "Two civilians were killed.",  # unchanged: the plural
    ],
)
def test_actors_people_hit_names_one_victim(sentence: str) -> None:
    assert PEOPLE_HIT.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A resident said the shells landed in empty fields.",  # a singular quoted as a source
        "Two soldiers were killed at the checkpoint.",
    ],
)
def test_actors_people_hit_leaves_sources_and_forces(sentence: str) -> None:
    assert not PEOPLE_HIT.search(sentence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 4 July 2022, Russian forces shelled Bilopillia (Sumy), hitting a residential street. 1 civilian was "
         "killed and 3 were injured.", "Civilians (Ukraine)"),
        ("02/19/2013: Assailants detonated an explosive device near a bus stop in Narathiwat city, Narathiwat "
         "province, Thailand. One civilian was killed and four others were injured in the blast. No group claimed "
         "responsibility for the incident.", "Civilians (Thailand)"),
        # No toll, no victims: the shelling has no second side.
        ("On 4 July 2022, Russian forces shelled Bilopillia (Sumy). No casualties were reported.", None),
    ],
)
def test_actors_victims_named_singly_are_civilians(pipeline, text: str, actor2: str | None) -> None:
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor2 == actor2
