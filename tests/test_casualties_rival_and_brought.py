"""Tolls told as a source's figure for what the event did ("police said the attack left three people dead"), the
new total of one event ("bringing the number of people killed in the raid to nine"), and a person's age told after
the name before the verb ("One of the injured, Abdul Rahim, 52, died"); sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # two sources' figures for the same dead: the lowest
        ("Villagers told reporters five people were killed, while the police said the raid left three people dead.", 3),
        ("Residents said six soldiers were killed, but the army said the ambush left four soldiers dead.", 4),
        # other victims add up
        ("Police said the raid left two robbers dead, while residents said three villagers were killed.", 5),
        # the new total of the event told
        ("Rescuers found the bodies of two more fishermen, bringing the number of people killed in the attack to "
         "eleven.", 11),
        ("Searchers recovered four more bodies, bringing the number of people killed in Sunday's raid to 14.", 14),
        # a running total over a period is not the event's
        ("Gunmen killed two more people, bringing the number of people killed in attacks this month to 40.", 2),
        # an age after a name told in apposition
        ("One of the wounded, Abdul Rahim, 52, a shopkeeper, died in hospital on Monday.", 1),
        ("In Garissa County, 12 died.", 12),
    ],
)
def test_casualties_rival_and_brought(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
