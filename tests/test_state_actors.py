"""State forces at home and abroad: ACLED codes a state's forces outside its own country as external
forces (inter 8) and leaves them inter 1 at home, however the country's name is written."""

from __future__ import annotations

import pytest

from wirecoder.model import Actor
from wirecoder.actors.state import abroad


@pytest.mark.parametrize(
    ("name", "country", "inter"),
    [
        ("Police Forces of the Philippines", "Philippines", 1),
        ("Police Forces of the Philippines", "the Philippines", 1),
        ("Military Forces of the Philippines", "Indonesia", 8),
        ("Military Forces of Kenya", "Kenya", 1),
        ("Military Forces of Kenya", "Somalia", 8),
        ("Military Forces of Yemen Houthi", "Yemen", 1),
        ("Military Forces of Russia", "Ukraine", 8),
        ("Military Forces of the Democratic Republic of Congo", "Democratic Republic of Congo", 1),
    ],
)
def test_state_actors_abroad_sets_external_inter(name: str, country: str, inter: int) -> None:
    assert abroad(Actor(name, 1), country).inter == inter


@pytest.mark.parametrize("actor", [Actor("Al Shabaab", 2), Actor("Civilians (Kenya)", 7), None])
def test_state_actors_abroad_leaves_non_state_actors(actor: Actor | None) -> None:
    assert abroad(actor, "Somalia") == actor


def test_state_actors_abroad_needs_a_country() -> None:
    assert abroad(Actor("Military Forces of Kenya", 1), None).inter == 1
