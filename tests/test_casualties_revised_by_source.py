"""count_casualties on a toll a source revises in a later sentence ("the Red Crescent later raised the
toll to 15") and on bodies recovered from the rubble after a first, lower figure (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A source revises the toll with a verb of its own: the new figure stands.
        ("A mortar round hit a market in Gao, killing six people. The Red Cross later raised the toll to 15.", 15),
        ("Gunmen stormed a church in Ondo, killing 20 worshippers.\n\nOn Tuesday, the state government "
         "revised the toll to 24 dead, including eight children.", 24),
        ("An airstrike hit a wedding in Hajjah, killing 12 guests. Health officials updated the death toll to 17.", 17),
        ("Militants ambushed a convoy near Tillia, killing 11 soldiers. The ministry later revised the number "
         "of dead to 14.", 14),
        # A revision downwards stands too.
        ("A car bomb in Afgooye killed nine people, police said. Officials later lowered the toll to seven.", 7),
        # A running total over a period is no revision of the event's toll.
        ("Bandits killed four villagers in Zurmi. The governor raised the number of people killed this "
         "month to 60.", 4),
    ],
)  # fmt: skip
def test_casualties_revised_by_source(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Bodies found in the rubble later count the same dead, more of them as they are found.
        ("Shells hit an apartment block in Kharkiv, killing at least five residents.\n\nBy the next "
         "morning, rescuers had pulled 11 bodies from the rubble.", 11),
        ("A drone strike flattened a house in Rafah, killing four people. Neighbours later recovered "
         "seven bodies from under the debris.", 7),
        # Fewer bodies than the first figure: those found so far, no new dead.
        ("An air raid killed 20 people in Kafr Nabl. Rescuers pulled six bodies from the rubble.", 20),
        # Bodies not taken from rubble are other dead.
        ("Gunmen killed three herders in Bokkos. Two more bodies were found in a nearby stream.", 5),
    ],
)  # fmt: skip
def test_casualties_revised_by_source_bodies_from_rubble(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
