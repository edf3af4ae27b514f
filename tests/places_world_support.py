"""Helpers for the world probe tests (no tests here): what a located place is expected to be,
and which of its fields differ from that.

Each probe is a text we wrote in the style of an ACLED coder's note ("On 5 June 2021, ... in
Solhan (Yagha province)") or of a wire paragraph with a dateline ("JUBA (Reuters) - ..."); the
expected fields follow ACLED's conventions as the gazetteer names divisions.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from wirecoder.evaluate.normalise import admin1_key, location_key
from wirecoder.model import Place

# Coordinates within this many km of the expected point count as right (the evaluation's own bar).
NEAR_KM = 25.0


class Expected(NamedTuple):
    """What the event's place should be; None leaves a field unchecked (``country`` is always)."""

    country: str
    admin1: str | None
    location: str | None
    precision: int | None
    point: tuple[float, float] | None = None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def mismatches(place: Place | None, expected: Expected) -> list[str]:
    """The fields of ``place`` that differ from ``expected``, as "field=value" strings."""
    if place is None:
        return ["no place"]
    wrong = []
    if place.country != expected.country:
        wrong.append(f"country={place.country}")
    # Compared as the evaluation compares them: case, accents and unit words aside.
    if expected.admin1 is not None and admin1_key(place.admin1) != admin1_key(expected.admin1):
        wrong.append(f"admin1={place.admin1}")
    if expected.location is not None and location_key(place.location) != location_key(
        expected.location
    ):
        wrong.append(f"location={place.location}")
    if expected.precision is not None and place.geo_precision != expected.precision:
        wrong.append(f"geo_precision={place.geo_precision}")
    if expected.point is not None and (
        place.latitude is None
        or place.longitude is None
        or _km(*expected.point, place.latitude, place.longitude) > NEAR_KM
    ):
        wrong.append(f"point={place.latitude},{place.longitude}")
    return wrong
