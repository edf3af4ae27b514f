"""First-order divisions ACLED writes in parts ("Shan-North", "Bago-West"): the part a place falls in.

``data/split_admin1.tsv`` lists each part with its district seats, compiled into the gazetteer by
``split_seats``; a point of the divided division takes the part of the nearest seat. Only the name changes: the division's entry,
coordinates and anchor stay the gazetteer's.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from wirecoder.model import Place
from wirecoder.places.index import Gazetteer
from wirecoder.places.split_seats import split_key

__all__ = ["named_part", "part_of"]


def _seats(gazetteer: Gazetteer, iso2: str, division: str) -> tuple[tuple[str, float, float], ...]:
    """(part, latitude, longitude) of the seats of a divided division, compiled with the gazetteer."""
    return gazetteer.split_seats.get(split_key(iso2, division), ())


def part_of(gazetteer: Gazetteer, iso2: str, admin1: str | None, latitude: float | None,
            longitude: float | None) -> str | None:
    """ACLED's name for the part of ``admin1`` holding the point; ``admin1`` itself when it is not divided
    or no point is known.

    Example: ``part_of(gaz, "MM", "Shan", 22.94, 97.75) == "Shan-North"`` (Lashio).
    """
    if admin1 is None or latitude is None or longitude is None:
        return admin1
    seats = _seats(gazetteer, iso2, admin1)
    if not seats:
        return admin1
    scale = math.cos(math.radians(latitude))
    return min(seats, key=lambda s: (s[1] - latitude) ** 2 + ((s[2] - longitude) * scale) ** 2)[0]


def named_part(gazetteer: Gazetteer, text: str, place: Place) -> Place:
    """``place`` in the part of its division the text names ("Chinshwehaw (Shan-North)", "in northern
    Shan"), when it names one part of it only: the text knows better than a seat's distance."""
    if place.admin1 is None or place.iso3 is None:
        return place
    division = place.admin1.split("-")[0]
    iso2 = next((c[0] for c in gazetteer.countries if c[1] == place.iso3), "")
    parts = {part for part, _a, _b in _seats(gazetteer, iso2, division)}
    if place.admin1 not in parts and place.admin1 != division:
        return place
    named = {part for part in parts if _written(part).search(text)}
    return replace(place, admin1=named.pop()) if len(named) == 1 else place


@lru_cache(maxsize=32)
def _written(part: str) -> re.Pattern[str]:
    """How copy writes a part: "Shan-North", "Shan North", "Shan (North)", "northern Shan"."""
    division, _, side = part.partition("-")
    return re.compile(rf"\b{re.escape(division)}[- ]\(?{side}\b|\b{side.lower()}ern {re.escape(division)}\b", re.IGNORECASE)
