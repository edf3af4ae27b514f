"""A common noun opening an institution's capitalised name is no actor: "the National Congress" is a
building or a legislature, not a country's national (phrases written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.actors import ActorCoder


@pytest.mark.parametrize(
    "phrase",
    ["the National Congress", "the National Assembly building", "the National Theatre", "National Stadium"],
)
def test_name_opener_is_no_actor(coder: ActorCoder, phrase: str) -> None:
    actor = coder.code(phrase, "Brazil")
    assert actor is None or actor.inter != 7


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a Kenyan national", "Civilians (International)"),
        ("two Somali nationals", "Civilians (International)"),
        ("a National Guard unit", "Military Forces of Brazil"),
        ("National Army soldiers", "Military Forces of Brazil"),
    ],
)
def test_nationals_and_forces_stay(coder: ActorCoder, phrase: str, name: str) -> None:
    actor = coder.code(phrase, "Brazil")
    assert actor is not None and actor.name == name
