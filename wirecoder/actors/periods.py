"""Actors whose ACLED name depends on the event's date: a group that became, or stopped being, a state's forces.

ACLED codes the Taliban as Afghanistan's military from the fall of Kabul (15 August 2021), and the Rapid
Support Forces as a unit of Sudan's military until their war with the army began (15 April 2023). The
actors stage codes the name a group has today; once the event is dated, ``in_office`` gives it the name
it had then. The periods are data: ``periods.tsv`` beside this module, its format in its header.

Example:
    >>> [(p.name, p.then) for p in load_periods()][0]
    ('Taliban', 'Military Forces of Afghanistan')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from wirecoder.model import Event

from .countries import by_name
from .table import AliasFileError, read_cells

__all__ = ["PERIODS_TABLE", "Period", "in_office", "load_periods"]

PERIODS_TABLE = Path(__file__).with_name("periods.tsv")
_COLUMNS = ("name", "country", "then", "inter", "since", "until")


@dataclass(frozen=True, slots=True)
class Period:
    """While ``since`` <= the event's date < ``until``, in ``country``, ``name`` is coded ``then``/``inter``."""

    name: str  # as the alias table names the group
    country: str  # the event's country where the other name holds
    then: str
    inter: int
    since: date | None = None
    until: date | None = None

    def holds(self, event: Event) -> bool:
        """Whether the event falls in this period and country."""
        when = event.event_date
        return (
            when is not None and event.country == self.country
            and (self.since is None or when >= self.since) and (self.until is None or when < self.until)
        )


def _day(text: str, origin: str, column: str) -> date | None:
    """A YYYY-MM-DD cell, or None for "-"."""
    if text == "-":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise AliasFileError(f"{origin}: {column} must be a date written YYYY-MM-DD or '-', found {text!r}") from None


@cache
def load_periods(path: Path = PERIODS_TABLE) -> tuple[Period, ...]:
    """The periods of a table file, checked."""
    periods = []
    for origin, (name, country, then, inter, since, until) in read_cells(path, _COLUMNS):
        if inter not in {str(i) for i in range(1, 9)}:
            raise AliasFileError(f"{origin}: inter must be one of ACLED's codes 1-8, found {inter!r}")
        if by_name(country) is None:
            raise AliasFileError(f"{origin}: unknown country {country!r}; write it as wirecoder names it (e.g. 'Sudan')")
        period = Period(name, country, then, int(inter), _day(since, origin, "since"), _day(until, origin, "until"))
        if period.since and period.until and period.since >= period.until:
            raise AliasFileError(f"{origin}: since ({since}) must come before until ({until})")
        periods.append(period)
    return tuple(periods)


# A group in office has its police too: "Taliban police arrested ..." are Afghanistan's police, not its army.
_POLICE = re.compile(r"\bpolice(?:m[ae]n|wom[ae]n)?\b", re.I)
_MILITARY = "Military Forces of "


def in_office(event: Event, periods: tuple[Period, ...] | None = None) -> Event:
    """``event`` with its actors named as ACLED named them on the event's date."""
    periods = load_periods() if periods is None else periods
    changes: dict[str, object] = {}
    for side, phrase in (("1", event.agent_text), ("2", event.target_text)):
        name = getattr(event, f"actor{side}")
        period = next((p for p in periods if p.name == name and p.holds(event)), None)
        if period is not None:
            then = period.then
            if then.startswith(_MILITARY) and _POLICE.search(phrase or ""):
                then = "Police Forces of " + then.removeprefix(_MILITARY)
            changes[f"actor{side}"], changes[f"inter{side}"] = then, period.inter
    return replace(event, **changes) if changes else event
