"""count_casualties when a report gives a vague count and a figure, or a figure and an unconfirmed
one (sentences written for these tests): ACLED's vague conventions ("dozens" 12) stand in for a
figure only where the report states none, and feared deaths add nothing to confirmed ones."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A stated figure makes the vague count precise, in the same sentence or the next.
        ("Bandits killed dozens of traders in Sabon Birni; the police later said 38 people had died.", 38),
        ("Jihadists killed dozens of villagers near Gao. Officials later put the toll at 41.", 41),
        ("Rebels killed several farmers in Ituri. The governor later confirmed 9 deaths.", 9),
        ("Gunmen killed dozens of worshippers in Owo; the state government gave a toll of 40 the next day.", 40),
        # Wire copy gives each sentence a paragraph; a number of dead "put at" a figure is a toll.
        ("Herdsmen killed scores of villagers near Barkin Ladi at the weekend.\n\n"
         "The police commissioner put the number of dead at 86.", 86),
        ("Police put the number of people killed in the clashes in Jos at 14.", 14),
        # Negative: a figure of another side, or a lower one, is no restatement of the vague count.
        ("Troops killed several militants near Dif. Two soldiers died in the clash.", 5),
        ("Gunmen killed five soldiers and several civilians near Kidal.", 8),
        ("Militants killed at least 30 villagers in Dogon Noma.", 30),
    ],
)  # fmt: skip
def test_casualties_stated_over_vague(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Militiamen hacked four villagers to death in Djugu. Six others are missing, feared dead.", 4),
        ("A boat capsized after guards fired shots; 3 bodies were recovered and 12 people are presumed dead.", 3),
        # Alone, or told first as the report's figure, feared deaths are its toll.
        ("Seven herders are feared dead after raiders struck a camp near Kapedo.", 7),
        # Whether some died is not known: nothing to add.
        ("Militants killed 9 soldiers at a checkpoint in Arish; it is unclear whether attackers were also killed.", 9),
        ("At least ten people are feared dead in an attack in Tonj. Six were killed in Makuach and four in Wunlit.", 10),
    ],
)  # fmt: skip
def test_casualties_unconfirmed_deaths(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Fighters killed around 70 civilians in Solhan. The government later revised the toll down to 62.", 62),
        ("The toll from an attack on two villages near Ouallam on January 2 has risen to 105, officials said.", 105),
        ("Gunmen stormed a hotel in Mogadishu, killing 12. The death toll later rose to 15.", 15),
        ("Militants attacked a post in Tessit, killing 17 soldiers. The death toll was later revised down to 14.", 14),
    ],
)  # fmt: skip
def test_casualties_revised_tolls(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
