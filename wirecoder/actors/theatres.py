"""The one insurgency of a theatre: whom ACLED codes for "insurgents" a report leaves unnamed there.

In Cabo Delgado the insurgents are Islamic State (Mozambique) and in Lamu Al Shabaab, whether or not a
report names them ("Insurgents attacked Palma", "heavily armed insurgents took over Ishakani village");
where several groups fight (Borno, the central Sahel) the unnamed stay an Unidentified Armed Group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wirecoder.model import Actor

from .table import AliasRow

__all__ = ["THEATRES", "Theatre", "theatre_group"]


@dataclass(frozen=True, slots=True)
class Theatre:
    """``group`` (an alias-table name) is the insurgency of these ``regions`` (admin1) of ``country``."""

    country: str
    regions: frozenset[str]
    group: str


THEATRES: tuple[Theatre, ...] = (
    Theatre("Mozambique", frozenset({"Cabo Delgado", "Niassa", "Nampula"}), "Islamic State (Mozambique)"),
    Theatre("Cameroon", frozenset({"Nord-Ouest", "Sud-Ouest", "North-West", "South-West", "Northwest", "Southwest"}),
            "Ambazonian Separatists"),
    Theatre("Kenya", frozenset({"Lamu"}), "Al Shabaab"),
)


def theatre_group(rows: Sequence[AliasRow], country: str | None, admin1: str | None, text: str) -> Actor | None:
    """The insurgency of the event's region, as its alias-table row codes it, or None."""
    theatre = next((t for t in THEATRES if t.country == country and admin1 in t.regions), None)
    row = next((r for r in rows if theatre is not None and r.name == theatre.group), None)
    return Actor(row.name, row.inter, text, f"the insurgency of {admin1}") if row is not None else None
