"""Of one state's forces named together, the side is those told first ("soldiers and National Guard members"
is the military, with the unit beside it); a unit named alone, or another state's forces, keep their name.
Our own sentences."""

from __future__ import annotations

import pytest

from wirecoder.actors import ActorCoder


@pytest.mark.parametrize(
    ("phrase", "country", "expected"),
    [
        ("soldiers and National Guard members", "Mexico", "Military Forces of Mexico"),
        ("soldiers and GSU officers", "Kenya", "Military Forces of Kenya"),
        ("police officers and KDF soldiers", "Kenya", "Police Forces of Kenya"),
        # a unit alone keeps its name
        ("National Guard members", "Mexico", "Police Forces of Mexico National Guard"),
        ("GSU officers", "Kenya", "Police Forces of Kenya General Service Unit"),
        # another state's forces are no unit of the first: the named one stands, as before
        ("Somali soldiers and KDF troops", "Somalia", "Military Forces of Kenya"),
    ],
)  # fmt: skip
def test_actors_coder_forces_told_first(coder: ActorCoder, phrase: str, country: str, expected: str) -> None:
    actor = coder.code(phrase, country, role="actor2", context=f"Gunmen clashed with {phrase} on Monday.")
    assert actor is not None and actor.name == expected
