"""A second source's figure for the same side's dead, in other words ("25 militants" ... "two of its
fighters"), is another account of those dead: ACLED keeps the lowest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("The army said 25 militants were killed in the raid on Jamaame, while Al Shabaab said only two of its "
         "fighters died.", 2),
        ("Officials said four soldiers were killed in the ambush near Kidal, but the rebels said as many as 11 "
         "troops died.", 4),
        ("The Taliban said 40 policemen were killed in Ghazni, while the interior ministry said nine officers "
         "died.", 9),
        # the other side's dead add up
        ("Troops killed 10 militants near Jilib, while the army said two of its soldiers died.", 12),
        ("The military said it killed 30 jihadists near Djibo, but residents said 12 villagers were killed.", 42),
    ],
)
def test_casualties_accounts_same_side_in_other_words(sentence: str, fatalities: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Police said 15 people died in the clashes in Jos, but the Red Cross said it had recovered 23 bodies.", 15),
        ("Officials said nine people were killed in the violence in Bunia, while the hospital said it "
         "had received 12 bodies.", 9),
        # a body count no source gives against a first figure stays the event's own
        ("Gunmen attacked a village near Bunia, and rescuers recovered 23 bodies.", 23),
    ],
)
def test_casualties_accounts_a_sources_own_body_count(sentence: str, fatalities: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities
