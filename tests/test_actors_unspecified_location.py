""""At an unspecified location", as incident summaries write a place they do not know, is no civilian place:
the toll told after the blast names its target. Texts are our own."""

import pytest

from wirecoder.actors.phrases import CIVILIAN_PLACE
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("phrase", "civilian"),
    [
        ("an unspecified location", False),
        ("an undisclosed location", False),
        ("Kapedo location", True),  # a Kenyan location is where people live
        ("a market", True),
    ],
)
def test_actors_unspecified_location_is_no_civilian_place(phrase: str, civilian: bool) -> None:
    assert bool(CIVILIAN_PLACE.search(phrase)) is civilian


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("05/21/2015: Assailants detonated an explosive device at an unspecified location in Zabul province, "
         "Afghanistan. Three soldiers were killed in the blast. The Taliban claimed responsibility for the incident.",
         "Military Forces of Afghanistan"),
        # Unchanged: the dead are civilians.
        ("05/21/2015: Assailants detonated an explosive device at an unspecified location in Zabul province, "
         "Afghanistan. Three civilians were killed in the blast.", "Civilians (Afghanistan)"),
    ],
)
def test_actors_unspecified_location_leaves_the_target_to_the_toll(pipeline, text: str, actor2: str) -> None:
    (article,) = pipeline.process([Article("summary", text)])
    assert article.events[0].actor2 == actor2
