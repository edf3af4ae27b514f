"""A division named with its unit word ("Kotido District", "Kacheri Sub-county") is coded under its name alone,
as ACLED names an event in "Andar district" after Andar."""

from __future__ import annotations

import pytest

from wirecoder.places.places import _without_unit


@pytest.mark.parametrize(("surface", "name"), [
    ("Kotido District", "Kotido"),
    ("Tharaka-Nithi County", "Tharaka-Nithi"),
    ("Mandera East Sub-County", "Mandera East"),
    ("Nyali Sub County", "Nyali"),
    # nothing to take off
    ("Andar", "Andar"),
    ("Province of Sulu", "Province of Sulu"),
    (None, None),
])
def test_places_division_without_its_unit(surface: str | None, name: str | None) -> None:
    assert _without_unit(surface) == name


def test_places_division_named_with_capital_unit_word(locate) -> None:
    place = locate("Gunmen shot dead two herdsmen in Kotido District on Thursday night.")
    assert (place.location, place.geo_precision) == ("Kotido", 2)
