"""count_casualties on figures that revise, contradict or add to a first toll (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A bracketed correction replaces the figure it follows.
        ("Police said three people were killed (later determined to be seven) in the attack.", 7),
        ("A landmine exploded under a patrol, killing five (later confirmed as six) soldiers near Gao.", 6),
        ("Gunmen killed a group of four [later revised to five] herders in Plateau state.", 5),
        # Other asides are still no figure.
        ("Three people (two of them children) were killed in the strike on Idlib.", 3),
        ("Three soldiers (from the 5th brigade) were killed in the ambush.", 3),
    ],
)  # fmt: skip
def test_casualties_revisions_bracketed_correction(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # "only" and "just" mark a second source's lower figure for the same dead: the lowest stands.
        ("Insurgents said they killed 12 soldiers, but the army said only three died.", 3),
        ("Al-Shabaab claimed it had killed 30 troops, while the military said just four soldiers died.", 4),
        # Figures that differ in who died still add up.
        ("Two soldiers were killed, but the army said only one civilian died.", 3),
    ],
)  # fmt: skip
def test_casualties_revisions_lower_account(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Someone wounded who died later adds to the dead told before.
        ("Two soldiers were killed and three wounded in an ambush. A third soldier later died of his wounds.", 3),
        ("Two policemen were killed and four wounded; one of the wounded later died.", 3),
        ("Four people died in the blast in Quetta. Two of the injured later died in hospital.", 6),
        ("One soldier was killed in the raid on the base; a second died on the way to hospital.", 2),
        # A second report is no second victim.
        ("Five people were killed, police said. A second report put the toll at seven.", 5),
    ],
)  # fmt: skip
def test_casualties_revisions_wounded_later_died(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The figure told as an earlier one is replaced by the one told first.
        ("Fifteen people were killed in the attack, Reuters reported. Earlier reports had said 12 people died.", 15),
        ("Nine people died in the bombing in Kirkuk; officials had earlier said six people were killed.", 9),
        # Alone, an earlier figure is still the only one.
        ("Earlier reports said six people were killed in the attack on the market.", 6),
    ],
)  # fmt: skip
def test_casualties_revisions_earlier_figure(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
