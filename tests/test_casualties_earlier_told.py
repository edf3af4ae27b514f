"""Two readings of what came before: a killing a sentence tells as its own in the pluperfect ("A week
earlier, militants had killed 11 civilians") is counted, unlike a killing that is another act's cause
("arrested a man who had killed"); an earlier figure a toll replaced ("Earlier reports had put the toll at
14") is no lower rival account of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A week earlier, militants had killed 11 civilians in the village of Dori, residents said.", 11),
        ("Two days before, suspected bandits had killed four herders near Zurmi.", 4),
        ("Gunmen had shot dead a local chief in Bunia on Monday, police said.", 1),
        # A killing that is the cause or the motive of another act stays out.
        ("Police arrested a man who had killed his neighbour in Kisii.", 0),
        ("Youths protested in Goma after gunmen had killed three traders.", 0),
    ],
)  # fmt: skip
def test_casualties_earlier_told_pluperfect(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Bandits killed 31 villagers in Zamfara on Sunday, police said.\n\nEarlier reports had put the toll at 9.", 31),
        ("Jihadists killed 18 soldiers near Diffa, the ministry said.\n\nInitial reports gave a toll of 12.", 18),
        # A rival account still gives the lowest credible figure.
        ("Gunmen killed 40 people in Yelwata, officials said.\n\nResidents put the death toll at 25.", 25),
    ],
)  # fmt: skip
def test_casualties_earlier_told_figure_replaced(text: str, fatalities: int) -> None:
    end = text.index("\n\n")
    result = count_casualties(text, 0, end)
    assert result.fatalities == fatalities, result.reason
