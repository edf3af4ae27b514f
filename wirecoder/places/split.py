"""First-order divisions ACLED writes in parts ("Shan-North", "Bago-West"): the part a place falls in.

``data/split_admin1.tsv`` lists each part with its district seats; a point of the divided
division takes the part of the nearest seat. Only the name changes: the division's entry,
coordinates and anchor stay the gazetteer's.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from wirecoder.errors import GazetteerError
from wirecoder.model import Place
from wirecoder.places.builder import read_table
from wirecoder.places.index import ADMIN2, CITY, Gazetteer
from wirecoder.places.names import fold

__all__ = ["named_part", "part_of"]


_SEATS: dict[int, dict[tuple[str, str], tuple[tuple[str, float, float], ...]]] = {}  # by id(gazetteer)


def _seats(gazetteer: Gazetteer) -> dict[tuple[str, str], tuple[tuple[str, float, float], ...]]:
    """(ISO2, folded division) -> (part, latitude, longitude) of every seat the table names."""
    cached = _SEATS.get(id(gazetteer))
    if cached is not None:
        return cached
    found: dict[tuple[str, str], list[tuple[str, float, float]]] = {}
    for row in read_table("split_admin1.tsv"):
        if len(row) < 4:
            raise GazetteerError(f"split_admin1.tsv: row {row!r} needs 4 tab-separated columns (ISO2, division, part, seats)")
        iso2, division, part, seats = row[0], row[1], row[2], row[3]
        for seat in seats.split("|"):
            entry = min((h.entry for h in gazetteer.lookup(fold(seat)) if gazetteer.kinds[h.entry] in (CITY, ADMIN2)
                         and gazetteer.countries[gazetteer.country[h.entry]][0] == iso2),
                        key=lambda e: gazetteer.kinds[e] != CITY, default=-1)
            if entry < 0:
                raise GazetteerError(f"split_admin1.tsv: no town {seat!r} of {iso2} in the gazetteer; "
                                     f"spell it as the gazetteer does or drop it")
            found.setdefault((iso2, fold(division)), []).append(
                (part, float(gazetteer.latitude[entry]), float(gazetteer.longitude[entry])))
    _SEATS.clear()  # one gazetteer at a time: a new one's id may reuse a freed one's
    _SEATS[id(gazetteer)] = {key: tuple(value) for key, value in found.items()}
    return _SEATS[id(gazetteer)]


def part_of(gazetteer: Gazetteer, iso2: str, admin1: str | None, latitude: float | None,
            longitude: float | None) -> str | None:
    """ACLED's name for the part of ``admin1`` holding the point; ``admin1`` itself when it is not divided
    or no point is known.

    Example: ``part_of(gaz, "MM", "Shan", 22.94, 97.75) == "Shan-North"`` (Lashio).
    """
    if admin1 is None or latitude is None or longitude is None:
        return admin1
    seats = _seats(gazetteer).get((iso2, fold(admin1)))
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
    parts = {part for (_iso2, key), seats in _seats(gazetteer).items() if key == fold(division) for part, _a, _b in seats}
    if place.admin1 not in parts and place.admin1 != division:
        return place
    named = {part for part in parts if _written(part).search(text)}
    return replace(place, admin1=named.pop()) if len(named) == 1 else place


@lru_cache(maxsize=32)
def _written(part: str) -> re.Pattern[str]:
    """How copy writes a part: "Shan-North", "Shan North", "Shan (North)", "northern Shan"."""
    division, _, side = part.partition("-")
    return re.compile(rf"\b{re.escape(division)}[- ]\(?{side}\b|\b{side.lower()}ern {re.escape(division)}\b", re.IGNORECASE)
