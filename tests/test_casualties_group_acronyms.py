"""count_casualties with the Islamic State named "IS" before its verb: the upper-case acronym is the
group, never the verb "is" making the sentence passive (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 4 May 2016, IS militants killed seven shepherds near Rutba (Al-Anbar).", 7),
        ("On 9 June 2020, IS Mozambique fighters beheaded five villagers in Muidumbe (Cabo Delgado).", 5),
        ("On 2 March 2017, IS gunmen shot dead two policemen at a checkpoint in Arish (North Sinai).", 2),
        # the verb "is" still makes a passive
        ("On 2 March 2017, a man who is believed killed by militants was found in Arish (North Sinai).", 1),
        # negative: the group's own deaths told in the passive stay theirs, and no figure none
        ("On 2 March 2017, four IS fighters were killed in an air strike near Raqqa (Ar-Raqqa).", 4),
        ("On 2 March 2017, IS militants attacked a checkpoint near Raqqa (Ar-Raqqa).", 0),
    ],
)
def test_casualties_is_acronym(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
