"""count_casualties on headline and summary phrasings of a toll (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Lives claimed, cost or taken are the dead.
        ("The bombing claimed 12 lives in the centre of Kabul.", 12),
        ("The blasts claimed at least 50 lives in the capital.", 50),
        ("Fighting around the airport cost some 30 lives on Sunday.", 30),
        ("Two soldiers lost their lives in the ambush.", 2),
        ("The floods have claimed many lives this season, officials said.", 0),
        # A headline revises the toll in the present tense.
        ("Toll in Mogadishu hotel attack rises to 40", 40),
        ("Death toll from Kano mosque bombing climbs to 64", 64),
        ("Toll reaches 19 after car bomb in Sadr City", 19),
        # "The number of ... killed" that rises is the revised toll; over a period it is none.
        ("The number of people killed in the attack on the market has risen to nine.", 9),
        ("Two people were killed in the blast. The number of dead later rose to five.", 5),
        ("The number of people killed since the uprising began rose to 300.", 0),
        ("A total of 40 people died in the violence, the ministry said.", 40),
        # Headline tolls without a verb.
        ("Two dead, five injured in Kabul blast", 2),
        ("3 killed as gunmen storm church in Ondo", 3),
    ],
)  # fmt: skip
def test_casualties_headlines_tolls(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
