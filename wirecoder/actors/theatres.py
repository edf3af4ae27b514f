"""The one insurgency of a theatre: whom ACLED codes for "insurgents" a report leaves unnamed there.

In Cabo Delgado the insurgents are Islamic State (Mozambique) and in Lamu Al Shabaab, whether or not a
report names them ("Insurgents attacked Palma", "heavily armed insurgents took over Ishakani village");
where several groups fight (Borno, the central Sahel) the unnamed stay an Unidentified Armed Group.
The theatres are data: ``theatres.tsv`` beside this module, its format in its header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wirecoder.model import Actor

from .countries import by_name
from .table import AliasFileError, AliasRow, read_cells

__all__ = ["THEATRES_TABLE", "Theatre", "load_theatres", "theatre_group"]

THEATRES_TABLE = Path(__file__).with_name("theatres.tsv")


@dataclass(frozen=True, slots=True)
class Theatre:
    """``group`` (an alias-table name) is the insurgency of these ``regions`` (admin1) of ``country``."""

    country: str
    regions: frozenset[str]
    group: str


@cache
def load_theatres(path: Path = THEATRES_TABLE) -> tuple[Theatre, ...]:
    """The theatres of a table file, checked."""
    theatres = []
    for origin, (country, regions, group) in read_cells(path, ("country", "regions", "group")):
        if by_name(country) is None:
            raise AliasFileError(f"{origin}: unknown country {country!r}; write it as wirecoder names it (e.g. 'Kenya')")
        theatres.append(Theatre(country, frozenset(r.strip() for r in regions.split("|") if r.strip()), group))
    return tuple(theatres)


def theatre_group(rows: Sequence[AliasRow], country: str | None, admin1: str | None, text: str) -> Actor | None:
    """The insurgency of the event's region, as its alias-table row codes it, or None."""
    theatre = next((t for t in load_theatres() if t.country == country and admin1 in t.regions), None)
    row = next((r for r in rows if theatre is not None and r.name == theatre.group), None)
    return Actor(row.name, row.inter, text, f"the insurgency of {admin1}") if row is not None else None
