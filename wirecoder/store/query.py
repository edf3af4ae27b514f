"""Finding events in the store: filters, paging, and the rows ``wirecoder events`` prints.

Every value a user gives travels as a query parameter, never inside the SQL text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import duckdb

from wirecoder.store.schema import EVENT_COLUMNS

__all__ = ["ALL_EVENTS", "EventFilter", "count_events", "event_query", "find_events"]

# Newest first; the id makes the order total, so pages never overlap.
_ORDER = "event_date DESC NULLS LAST, event_id"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every field left at None matches everything.

    Text filters ignore case. ``country`` matches the country name or its ISO3 code,
    ``actor`` is a substring of ``actor1`` or ``actor2``, ``text`` a substring of any evidence
    sentence of the event; ``since``/``until`` bound ``event_date``, both inclusive.

    Example:
        >>> EventFilter(country="Kenya", since=date(2024, 1, 1)).where()[0]
        '(lower(country) = ? OR iso3 = ?) AND event_date >= ?'
        >>> EventFilter(country="Kenya", since=date(2024, 1, 1)).where()[1]
        ['kenya', 'KENYA', datetime.date(2024, 1, 1)]
    """

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    min_fatalities: int | None = None
    text: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (``TRUE`` when nothing is filtered) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            clauses.append("(lower(country) = ? OR iso3 = ?)")
            params += [self.country.casefold(), self.country.upper()]
        for name in ("admin1", "event_type", "sub_event_type"):
            value = getattr(self, name)
            if value:
                clauses.append(f"lower({name}) = ?")
                params.append(value.casefold())
        if self.actor:
            clauses.append("(contains(lower(actor1), ?) OR contains(lower(actor2), ?))")
            params += [self.actor.casefold()] * 2
        if self.since is not None:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if self.min_fatalities is not None:
            clauses.append("fatalities >= ?")
            params.append(self.min_fatalities)
        if self.text:
            clauses.append(
                "event_id IN (SELECT event_id FROM mentions WHERE contains(lower(text), ?))"
            )
            params.append(self.text.casefold())
        return " AND ".join(clauses) or "TRUE", params

    def is_empty(self) -> bool:
        """Whether no filter is set."""
        return all(getattr(self, f.name) is None for f in fields(self))


ALL_EVENTS = EventFilter()  # no filter: every event


def event_query(
    where: EventFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    columns: Sequence[str] = EVENT_COLUMNS,
) -> tuple[str, list[Any]]:
    """The SELECT for one page of matching events, newest first, and its parameters."""
    condition, params = where.where()
    sql = f"SELECT {', '.join(columns)} FROM events WHERE {condition} ORDER BY {_ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return sql, params


def _plain(value: Any) -> Any:
    """A value as JSON and CSV want it: dates as ISO strings."""
    return value.isoformat() if isinstance(value, date) else value


def find_events(
    con: duckdb.DuckDBPyConnection,
    where: EventFilter = ALL_EVENTS,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Matching events as dicts in ``extract``'s field order plus ``sources`` and ``mentions``.

    Example:
        >>> from wirecoder.store.connection import connect
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     rows = find_events(con, EventFilter(country="NGA", event_type="Battles"), limit=100)
    """
    sql, params = event_query(where, limit=limit, offset=offset)
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description or ()]
    return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()]


def count_events(con: duckdb.DuckDBPyConnection, where: EventFilter = ALL_EVENTS) -> int:
    """How many events match."""
    condition, params = where.where()
    row = con.execute(f"SELECT count(*) FROM events WHERE {condition}", params).fetchone()
    return int(row[0]) if row else 0
