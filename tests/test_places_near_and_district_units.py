"""Geo-precision 2 for an event in a district a town gives its name to, whatever the country calls the district
("Kulachi tehsil", "Gedeb woreda"); the town named bare, or "near the town of Elwak" (as ACLED's
Kenya coders code "near the town of Mandera"), stays 1."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants attacked a police check post in Kulachi tehsil of Dera Ismail Khan district.", ("Kulachi", 2)),
    ("A roadside bomb exploded near the town of Elwak in Mandera county on Sunday.", ("Elwak", 1)),
    ("Two car bombs exploded near the Ministry of Interior in Kabul on Friday.", ("Kabul", 1)),
    # in the town itself, or named bare: the town
    ("A roadside bomb exploded in the town of Elwak in Mandera county on Sunday.", ("Elwak", 1)),
    ("Militants attacked a police check post in Kulachi on Monday.", ("Kulachi", 1)),
])
def test_places_near_and_district_units(locate, text: str, expected: tuple[str, int]) -> None:
    place = locate(text)
    assert (place.location, place.geo_precision) == expected
