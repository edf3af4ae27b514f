"""Countries as they stood on the day of the event.

ACLED codes an event by the state that held the place at the time: a cattle raid near Kapoeta in
2008 happened in Sudan, one in 2012 in South Sudan. Places and actors are resolved against today's
map, so an event dated before a country's independence is moved back to the state it left.

Example:
    >>> from datetime import date
    >>> country_then("South Sudan", date(2008, 3, 1))
    ('Sudan', 'SDN')
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from wirecoder.model import Event

__all__ = ["as_of", "country_then"]


@dataclass(frozen=True)
class _Secession:
    country: str
    born: date  # the first day the country existed
    parent: str
    parent_iso3: str


# The splits that fall inside ACLED's coverage (Africa from 1997).
_SECESSIONS = (_Secession("South Sudan", date(2011, 7, 9), "Sudan", "SDN"),)
_ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def country_then(country: str, when: date) -> tuple[str, str] | None:
    """The (country, ISO3) that held ``country``'s ground on ``when``, or None if it existed already."""
    for split in _SECESSIONS:
        if country == split.country and when < split.born:
            return split.parent, split.parent_iso3
    return None


def as_of(event: Event) -> Event:
    """``event`` with its country and its actors' countries as they were on its date."""
    if event.event_date is None:
        return event
    changes: dict[str, object] = {}
    then = country_then(event.country, event.event_date) if event.country else None
    if then is not None:
        changes["country"], changes["iso3"] = then
    for split in _SECESSIONS:
        if event.event_date >= split.born:
            continue
        for field in _ACTOR_FIELDS:
            value = changes.get(field, getattr(event, field))
            if isinstance(value, str) and f"({split.country})" in value:
                changes[field] = value.replace(f"({split.country})", f"({split.parent})")
    return replace(event, **changes) if changes else event
