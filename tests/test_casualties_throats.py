"""Throats cut are deaths: "Assailants slit the throats of seven villagers" counts seven dead (casualties.triggers)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Assailants cut the throats of seven villagers at a false checkpoint near Boumerdes.", 7),
        ("Gunmen slit the throat of a shepherd near Medea on Monday.", 1),
        ("Militants slit the throats of two guards and wounded a teacher in Tizi Ouzou.", 2),
        # no throat cut, no death told
        ("Assailants cut the power lines and the phone cables near Medea.", 0),
        ("Assailants cut off the road to Bouira and threatened three drivers.", 0),
    ],
)  # fmt: skip
def test_casualties_throats(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
