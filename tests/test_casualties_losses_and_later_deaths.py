"""Dead told as a side's loss ("repelled the attack, losing three of their own") and dead told in the pluperfect
as more of the event's ("a third man had died of gunshot wounds", "one of the wounded, a boy, had died", "the army
said in a statement on Tuesday that eight soldiers had been killed"); sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Troops repelled the assault, losing four of their own, while ten attackers were killed, the army said.", 14),
        ("The army lost 12 soldiers in the ambush near Menaka.", 12),
        ("The rebels said they had lost two of their fighters in the fighting.", 2),
        ("Doctors said a third protester had died of gunshot wounds in Bamako.", 1),
        ("A second soldier had died of his wounds in hospital, the army said.", 1),
        ("Two civilians were shot dead. Police said that one of the wounded, a girl, had died in hospital.", 3),
        ("The army said in a statement late on Friday that six soldiers had been killed and that 15 attackers were "
         "killed.", 21),
    ],
)
def test_casualties_losses_and_later_deaths(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # losses of things, and earlier deaths, are none of the event's
        ("The ruling party lost two seats in the vote in Dakar.", 0),
        ("Troops lost contact with the patrol near Gao.", 0),
        ("Another man had been killed in the same village in 2019.", 0),
        ("Gunmen killed 12 people. Police said that one of the dead was a local chief.", 12),
    ],
)
def test_casualties_losses_and_later_deaths_unchanged(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
