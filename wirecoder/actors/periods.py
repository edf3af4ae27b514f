"""Actors whose ACLED name depends on the event's date: a group that became, or stopped being, a state's forces.

ACLED codes the Taliban as Afghanistan's military from the fall of Kabul (15 August 2021), and the Rapid
Support Forces as a unit of Sudan's military until their war with the army began (15 April 2023). The
actors stage codes the name a group has today; once the event is dated, ``in_office`` gives it the name
it had then.

Example:
    >>> [(p.name, p.then) for p in PERIODS][0]
    ('Taliban', 'Military Forces of Afghanistan')
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from wirecoder.model import Event

__all__ = ["PERIODS", "Period", "in_office"]


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


PERIODS: tuple[Period, ...] = (
    Period("Taliban", "Afghanistan", "Military Forces of Afghanistan", 1, since=date(2021, 8, 15)),
    Period("RSF: Rapid Support Forces", "Sudan", "Military Forces of Sudan Rapid Support Forces", 1,
           until=date(2023, 4, 15)),
)


def in_office(event: Event, periods: tuple[Period, ...] = PERIODS) -> Event:
    """``event`` with its actors named as ACLED named them on the event's date."""
    changes: dict[str, object] = {}
    for side in ("1", "2"):
        name = getattr(event, f"actor{side}")
        period = next((p for p in periods if p.name == name and p.holds(event)), None)
        if period is not None:
            changes[f"actor{side}"], changes[f"inter{side}"] = period.then, period.inter
    return replace(event, **changes) if changes else event
