"""other_side_after: the sentence after an event that tells the dead of the other side ("Three of the
assailants were neutralised"), counted with the event's by ACLED (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties, other_side_after


def _told(text: str) -> tuple[int, int]:
    """The first sentence's end, and the toll counted to the sentence other_side_after finds."""
    end = text.index(". ") + 1
    more = other_side_after(text, 0, end, len(text))
    return end, count_casualties(text, 0, more).fatalities if more else count_casualties(text, 0, end).fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Rebels attacked a police station in Ndele on Tuesday, killing two officers. Four of the attackers "
         "were neutralised, the army said.", 6),
        ("Troops clashed with bandits near Gusau, losing three soldiers. Eleven bandits were killed, a "
         "spokesman said.", 14),
        # The same side's dead told again are no more dead.
        ("Jihadists ambushed a patrol near Menaka, killing five soldiers. Two of the soldiers were officers.", 5),
        # Wounded attackers are not dead.
        ("Gunmen raided a checkpoint in Tawa, killing a gendarme. Two attackers were wounded.", 1),
    ],
)  # fmt: skip
def test_casualties_other_side_after(text: str, fatalities: int) -> None:
    assert _told(text)[1] == fatalities
