"""count_casualties on deaths told as another incident: a sentence opening on a later day ("The next day,
a policeman was burned to death") or a separate clash adds nothing beside the event's own dead; wounded
who died later, a revised toll and bodies found still count (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties, other_side_after


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Police fired on protesters in Juliaca, killing 17. The next day, a policeman was burned to death nearby.", 17),
        ("Gunmen killed four miners in Kidal. Two days later, a soldier was shot dead at a checkpoint.", 4),
        ("Gunmen killed a miner in Kidal. The next day, two soldiers were shot dead at a checkpoint.", 1),
        ("A mob lynched a thief in Embu. A week later, two men were killed in a revenge attack.", 1),
        ("Six people were killed in Dakar; in Ziguinchor, 3 others died in separate clashes.", 6),
        ("Rebels killed two guards in Kalehe. In a separate attack, five farmers were killed in Masisi.", 2),
        # the event's own dead, told on a later day
        ("Troops fired on a crowd in Tete, killing 2 and wounding 14. One of the wounded died the following day.", 3),
        ("Militants killed 9 villagers in Gajiram. The next day, the toll rose to 15.", 15),
        ("Gunmen killed 3 herders in Zurmi. The following day, two more bodies were found in the bush.", 5),
        # alone, the later day's deaths are the report's
        ("The next day, a policeman was burned to death by a crowd in Juliaca.", 1),
    ],
)  # fmt: skip
def test_casualties_later_day_and_separate(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Police fired on protesters in Juliaca, killing 17 civilians. The next day, a police officer was burned to death "
         "by a crowd nearby.", False),
        ("Troops killed 5 militants in Dapchi. The following morning, gunmen shot dead two soldiers on the road.", False),
        ("Troops killed 5 militants in Dapchi. Two soldiers were also killed in the fighting.", True),
    ],
)
def test_casualties_later_day_not_the_other_side_dead(text: str, added: bool) -> None:
    first = text.index(".") + 1
    assert (other_side_after(text, 0, first, len(text)) is not None) == added
