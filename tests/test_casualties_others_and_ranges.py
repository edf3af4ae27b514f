"""Others told after the dead count only when they died too, and a range told as a second figure
("at least five and as many as nine") gives its lowest figure, as ACLED codes it. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # others who surrendered, fled or were captured are no more dead
        ("Ugandan troops neutralised six ADF fighters near Kasindi and two others surrendered.", 6),
        ("Chadian soldiers killed nine Boko Haram fighters on Lake Chad and four others fled into Niger.", 9),
        ("Police shot dead two kidnappers in Kaduna on Friday and three others escaped with gunshot wounds.", 2),
        ("Soldiers killed five rebels near Bambari and two others were captured alive.", 5),
        ("The army killed 14 militants in Tillaberi and seven others gave themselves up.", 14),
        # ... but others killed with them add up
        ("Gunmen killed a teacher in Moyale and two others in Sololo on Monday.", 3),
        ("Bandits shot dead a herder in Baragoi and four others on the road to Suguta.", 5),
    ],
)
def test_casualties_others_count_only_when_they_died(sentence: str, fatalities: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("At least five and as many as nine people died when a bomb went off at a bus station in Peshawar.", 5),
        ("A car bomb killed 20, and possibly up to 30, people at a market in Baidoa, officials said.", 20),
        ("Between three and up to seven villagers were killed in the raid on Ogossagou.", 3),
        ("At least 12 but as many as 40 civilians were killed in the shelling of Kharkiv, officials said.", 12),
        # two sides' dead add up: "up to" qualifies the second figure of other victims
        ("The blast killed five soldiers and up to nine civilians in Kabul.", 14),
        ("Troops killed between 10 and 15 militants near Palma.", 10),
    ],
)
def test_casualties_range_told_as_a_second_figure_gives_the_lowest(sentence: str, fatalities: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities
