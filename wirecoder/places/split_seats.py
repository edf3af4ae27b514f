"""Compile ``data/split_admin1.tsv`` into the gazetteer: the seats of the parts ACLED divides a division in.

ACLED writes some first-order divisions in parts ("Shan-North", "Bago-West"); the table lists each part
with its district seats. The build looks the seats up once and stores their coordinates in the
gazetteer (``Gazetteer.split_seats``), so reading a place's part (``split.part_of``) is a dictionary
look-up, not a pass over the table.
"""

from __future__ import annotations

from wirecoder.errors import GazetteerError
from wirecoder.places.builder import read_table
from wirecoder.places.index import ADMIN2, CITY, Gazetteer
from wirecoder.places.names import fold

__all__ = ["compile_split_seats", "split_key"]


def split_key(iso2: str, division: str) -> str:
    """The key of a divided division in ``Gazetteer.split_seats``: ISO2 and the folded division name."""
    return f"{iso2}:{fold(division)}"


def compile_split_seats(gazetteer: Gazetteer) -> dict[str, tuple[tuple[str, float, float], ...]]:
    """``split_key`` -> (part, latitude, longitude) of every seat ``data/split_admin1.tsv`` names.

    A seat the gazetteer lacks is an error naming the row, so the table cannot silently lose a part.
    """
    found: dict[str, list[tuple[str, float, float]]] = {}
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
            found.setdefault(split_key(iso2, division), []).append(
                (part, float(gazetteer.latitude[entry]), float(gazetteer.longitude[entry])))
    return {key: tuple(value) for key, value in found.items()}
