"""The dead of a side none of the first victims names are more dead, not a detail of them, also when
the first victims are of two sides ("a soldier and a civilian"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("ISWAP fighters attacked Goniri, killing a soldier and a civilian. Two of the attackers were killed by "
         "troops.", 4),
        ("JNIM militants attacked a convoy near Boni, killing three soldiers and two drivers. Five assailants "
         "were killed in the exchange.", 10),
        # a later sentence of one of the first victims' sides details them
        ("Gunmen killed two soldiers and a policeman in Mandera. One of the soldiers was killed at the gate.", 3),
        ("Militants killed four soldiers and two civilians near Kidal. Two soldiers were killed at the gate.", 6),
    ],
)
def test_casualties_sides_mixed_first_victims(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
