"""count_casualties on deaths told beside the toll (sentences written for these tests): attackers
set apart from it count too, as ACLED codes them; a lower rival toll in a later sentence wins."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("At least 141 people, including 132 students, were killed, in addition to the seven assailants.", 148),
        ("At least 80 people were killed, excluding the two bombers, and 231 others were injured.", 82),
        ("Ten shoppers were killed in the mall, not counting the gunman.", 11),
        ("Troops killed 20 civilians in the raid in addition to 5 militants.", 25),
        # Counted once when the attackers are read as victims already.
        ("Twenty civilians were killed besides the five attackers, who also died.", 25),
        # A bare plural tells no number; no toll before it, no attackers' deaths.
        ("Twelve villagers were killed, excluding the attackers.", 12),
        ("Besides the gunmen, police arrested two traders in Kano.", 0),
    ],
)  # fmt: skip
def test_casualties_attackers_besides(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Twin blasts in Sayyida Zeinab killed 83 people, a monitor said. State media put the death toll at 62.", 62),
        ("Air strikes on Douma killed 40 people. Activists gave a toll of 35.", 35),
        # Wire copy gives each sentence a paragraph.
        ("Air strikes on a market killed 43 people on Sunday.\n\nThe army denied it. Hospital sources put the "
         "death toll at 38.", 38),
        # A higher rival, a period's total or another count: the first toll stands.
        ("Gunmen killed four farmers in Riyom. Residents put the death toll at nine.", 4),
        ("Gunmen killed four farmers in Riyom. Police put the death toll since January at 2.", 4),
        ("Gunmen killed four farmers in Riyom. Doctors put the number of wounded at 2.", 4),
    ],
)  # fmt: skip
def test_casualties_lower_account_after(text: str, fatalities: int) -> None:
    end = text.index(".") + 1
    result = count_casualties(text, 0, end)
    assert result.fatalities == fatalities, result.reason
