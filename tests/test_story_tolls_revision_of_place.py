"""One reading of a revised toll (casualties.revision_in) for the sentences right after an event and for a
story's sentences that tell no event: what the toll is of decides whose it is ("the toll in Gao had risen to
14" is the Gao event's, "the toll from the floods" no event's). Texts written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import revision_in
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "count", "of", "of_violence"),
    [
        ("The death toll rose to nine on Friday, a doctor said.", 9, None, True),
        ("By nightfall, the toll in Gao had risen to 14, officials said.", 14, "Gao", False),
        ("Officials later raised the toll to 15.", 15, None, True),
        ("The toll from Tuesday's bombing has climbed to 31.", 31, "Tuesday's bombing", True),
        ("The death toll from floods in Kano rose to 30.", 30, "floods in Kano", False),
    ],
)  # fmt: skip
def test_story_tolls_revision_in(sentence: str, count: int, of: str | None, of_violence: bool) -> None:
    revision = revision_in(sentence, 0, sentence)
    assert revision is not None and revision.mention.count == count
    assert (revision.of, revision.of_violence) == (of, of_violence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Separately, the toll from last week's raid rose to 12.",  # another event
        "The toll was heavy, residents said.",  # no new figure
    ],
)
def test_story_tolls_revision_in_none(sentence: str) -> None:
    assert revision_in(sentence, 0, sentence) is None


@pytest.mark.slow
def test_story_tolls_revision_of_place(pipeline) -> None:
    text = ("Two bombs exploded in northern Mali on Thursday. A car bomb hit a market in Gao, killing 20 people, "
            "officials said. Hours later, a roadside bomb struck a bus near Menaka, killing four passengers.\n\n"
            "The market was crowded with traders when the car exploded, a witness said.\n\n"
            "By nightfall, the toll in Gao had risen to 26, a hospital official said.")
    [article] = pipeline.run([Article("gao", text)])
    got = sorted((e.location, e.fatalities) for e in article.events)
    assert got == [("Gao", 26), ("Menaka", 4)]
