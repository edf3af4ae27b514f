"""count_casualties on how wire copy names the victims: dashed asides, pairs, escapes
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # An aside between dashes details the victims named before it.
        ("Five people - three soldiers and two civilians - were killed in the raid on Gao.", 5),
        ("Seven villagers — four women and three children — were killed by militia fighters.", 7),
        # ... but one that tells the deaths is read.
        ("The convoy - hit by a bomb that killed four soldiers - was heading to Kidal.", 4),
        # "A pair of" is two.
        ("A pair of gunmen were shot dead by police after the raid in Culiacan.", 2),
        # Escaping death is no death.
        ("A soldier narrowly escaped being killed when a mine exploded near Mopti.", 0),
        ("The governor escaped death when gunmen opened fire on his convoy.", 0),
        # What was done next is done: "went on to kill", "proceeded to kill"; an intent is not.
        ("The gunmen stormed the market in Baidoa and went on to kill two traders.", 2),
        ("Militants seized the checkpoint and then proceeded to kill four soldiers.", 4),
        ("The attackers managed to kill three guards before fleeing into the forest.", 3),
        ("The militants threatened to kill the hostages held near Mosul.", 0),
        # A subject set off by commas still kills "at least" its victims; an aside killed "at" a place
        # is an earlier death.
        ("A bomb, hidden in a vegetable cart, killed at least six people in Baqubah.", 6),
        ("Clashes near Ihusi, in Kalehe territory, killed at least nine people on Tuesday.", 9),
        ("A student, allegedly killed at a checkpoint by soldiers, was buried in Lira.", 0),
    ],
)  # fmt: skip
def test_casualties_phrasing_victims(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
