"""Finding events in the store: filters, paging, and the rows ``wirecoder events`` prints.

Every value a user gives travels as a query parameter, never inside the SQL text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import duckdb

from wirecoder.store.schema import EVENT_COLUMNS, StoreError
from wirecoder.store.search import events_condition, has_sieve, substring_test, text_condition

__all__ = [
    "ACTORS",
    "ALL_EVENTS",
    "DEFAULT_SORT",
    "ROW_JSON",
    "SORTS",
    "EventFilter",
    "count_events",
    "event_page_json",
    "event_query",
    "find_events",
    "get_event",
    "iter_events",
    "json_struct",
    "uses_sieve",
]

# Sort key -> ORDER BY text: the only way a caller's choice of order reaches the SQL. Undated
# events come last either way; the id makes every order total, so pages never overlap.
SORTS: dict[str, str] = {
    "-event_date": "event_date DESC NULLS LAST, event_id",
    "event_date": "event_date ASC NULLS LAST, event_id",
    "-fatalities": "fatalities DESC, event_date DESC NULLS LAST, event_id",
    "fatalities": "fatalities ASC, event_date DESC NULLS LAST, event_id",
    "-confidence": "confidence DESC, event_date DESC NULLS LAST, event_id",
    "confidence": "confidence ASC, event_date DESC NULLS LAST, event_id",
}
DEFAULT_SORT = "-event_date"  # newest first
ACTORS = ("actor1", "actor2")  # the columns an actor filter searches


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every field left at None matches everything.

    Text filters ignore case. ``country`` matches the country name or its ISO3 code,
    ``actor`` is a substring of ``actor1`` or ``actor2``, ``text`` a substring of any evidence
    sentence of the event (see :mod:`wirecoder.store.search`); ``since``/``until`` bound
    ``event_date``, both inclusive; ``located=True`` keeps the events with coordinates.

    ``exact`` maps some of ``country``, ``admin1``, ``event_type`` and ``sub_event_type`` to the
    stored values they match, and ``actor1`` and ``actor2`` to the names holding ``actor`` (from
    the store's distinct values, see wirecoder.serve.vocabulary): an exact test lets DuckDB skip
    whole blocks, several times faster than testing the text of every row. Likewise ``text_events`` lists the ids of the events ``text`` matches, when
    looked up beforehand (see :func:`wirecoder.store.search.text_events`): the text test is then
    an id test.

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
    located: bool | None = None
    exact: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    text_events: tuple[str, ...] | None = None

    def where(self, *, sieve: bool = False) -> tuple[str, list[Any]]:
        """The SQL condition (``TRUE`` when nothing is filtered) and its parameters.

        ``sieve``: the store keeps its text sieve, which a text filter then uses (see
        :func:`uses_sieve`); the events matched are the same either way.
        """
        clauses: list[str] = []
        params: list[Any] = []
        exact = dict(self.exact or ())
        for name in ("country", "admin1", "event_type", "sub_event_type"):
            value = getattr(self, name)
            if not value:
                continue
            if name in exact:
                stored = exact[name]
                clauses.append(f"{name} IN ({', '.join('?' * len(stored))})" if stored else "FALSE")
                params += stored
            elif name == "country":
                clauses.append("(lower(country) = ? OR iso3 = ?)")
                params += [value.casefold(), value.upper()]
            else:
                clauses.append(f"lower({name}) = ?")
                params.append(value.casefold())
        if self.actor and "actor1" in exact:
            tests = [f"{a} IN ({', '.join('?' * len(exact[a]))})" for a in ACTORS if exact[a]]
            clauses.append(f"({' OR '.join(tests) or 'FALSE'})")
            params += [name for a in ACTORS for name in exact[a]]
        elif self.actor:
            (first, value), (second, _) = (substring_test(a, self.actor) for a in ACTORS)
            clauses.append(f"({first} OR {second})")
            params += [value, value]
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
            clause, values = (
                text_condition(self.text, sieve=sieve)
                if self.text_events is None
                else events_condition(self.text_events)
            )
            clauses.append(clause)
            params += values
        if self.located:
            clauses.append("latitude IS NOT NULL AND longitude IS NOT NULL")
        return " AND ".join(clauses) or "TRUE", params

    def is_empty(self) -> bool:
        """Whether no filter is set."""
        return all(getattr(self, f.name) is None for f in fields(self))


ALL_EVENTS = EventFilter()  # no filter: every event


def uses_sieve(con: duckdb.DuckDBPyConnection, where: EventFilter) -> bool:
    """Whether ``where`` filters on text and ``con``'s store keeps the sieve that speeds it up.

    Example:
        >>> uses_sieve(duckdb.connect(), EventFilter(country="Kenya"))
        False
    """
    return bool(where.text) and where.text_events is None and has_sieve(con)


def event_query(
    where: EventFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    columns: Sequence[str] = EVENT_COLUMNS,
    sort: str = DEFAULT_SORT,
    sieve: bool = False,
) -> tuple[str, list[Any]]:
    """The SELECT of one page of matching events in ``sort`` order (a SORTS key); its parameters.

    ``sieve`` as for :meth:`EventFilter.where` (:func:`uses_sieve` tells).

    Example:
        >>> event_query(EventFilter(country="Mali"), limit=5, sort="-fatalities")[0]
        'SELECT ... ORDER BY fatalities DESC, event_date DESC NULLS LAST, event_id LIMIT ?'
    """
    if sort not in SORTS:
        raise StoreError(f"cannot sort by {sort!r}; choose one of {', '.join(SORTS)}")
    condition, params = where.where(sieve=sieve)
    sql = f"SELECT {', '.join(columns)} FROM events WHERE {condition} ORDER BY {SORTS[sort]}"
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
    sort: str = DEFAULT_SORT,
) -> list[dict[str, Any]]:
    """Matching events as dicts in ``extract``'s field order plus ``sources`` and ``mentions``.

    Example:
        >>> from wirecoder.store.connection import connect
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     rows = find_events(con, EventFilter(country="NGA", event_type="Battles"), limit=100)
    """
    return list(iter_events(con, where, limit=limit, offset=offset, sort=sort, chunk=0))


def iter_events(
    con: duckdb.DuckDBPyConnection,
    where: EventFilter = ALL_EVENTS,
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str = DEFAULT_SORT,
    chunk: int = 2048,
) -> Iterator[dict[str, Any]]:
    """Like :func:`find_events`, fetching ``chunk`` rows at a time (0: all at once), for streaming.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     for row in iter_events(con, EventFilter(country="Kenya")):
        ...         print(row["event_id"])
    """
    sieve = uses_sieve(con, where)
    sql, params = event_query(where, limit=limit, offset=offset, sort=sort, sieve=sieve)
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description or ()]
    while rows := cursor.fetchmany(chunk) if chunk else cursor.fetchall():
        yield from ({n: _plain(v) for n, v in zip(names, row, strict=True)} for row in rows)
        if not chunk:
            return


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """The event with this id as :func:`find_events` gives it, or None.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     get_event(con, "no-such-id") is None
        True
    """
    cursor = con.execute(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?", [event_id]
    )
    names = [d[0] for d in cursor.description or ()]
    row = cursor.fetchone()
    return None if row is None else {n: _plain(v) for n, v in zip(names, row, strict=True)}


def _page_ids(
    con: duckdb.DuckDBPyConnection, where: EventFilter, limit: int, offset: int, sort: str
) -> tuple[int, list[str]]:
    """How many events match, and the ids of one page of them in order.

    Only a few columns are read to pick the page: selecting every column of every matching row
    just to sort them costs several times more. A substring filter, whose scan dominates, runs
    once and counts in the same pass (other filters count faster on their own than a window
    over their often many matches).
    """
    scanning = bool(where.text or where.actor)
    columns = ("event_id", "count(*) OVER ()") if scanning else ("event_id",)
    sql, params = event_query(
        where, limit=limit, offset=offset, sort=sort, columns=columns, sieve=uses_sieve(con, where)
    )
    picked = con.execute(sql, params).fetchall()
    if picked and scanning:
        total = int(picked[0][1])
    elif len(picked) < limit and (picked or not offset):  # the last page: no need to count
        total = offset + len(picked)
    else:
        total = count_events(con, where)
    return total, [row[0] for row in picked]


def _by_ids(con: duckdb.DuckDBPyConnection, ids: list[str], select: str) -> dict[str, Any]:
    """event_id -> ``select`` of those events, read through the primary key."""
    if not ids:
        return {}
    rows = con.execute(
        f"SELECT event_id, {select} FROM events WHERE event_id IN ({', '.join('?' * len(ids))})",
        ids,
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def json_struct(columns: Sequence[str]) -> str:
    """SQL for a struct of ``columns`` under their own names, for DuckDB's ``to_json``.

    Example:
        >>> json_struct(["event_id", "fatalities"])
        "{'event_id': event_id, 'fatalities': fatalities}"
    """
    return "{" + ", ".join(f"'{c}': {c}" for c in columns) + "}"


ROW_JSON = f"to_json({json_struct(EVENT_COLUMNS)})"  # a row as find_events gives it, in JSON


def event_page_json(
    con: duckdb.DuckDBPyConnection,
    where: EventFilter = ALL_EVENTS,
    *,
    limit: int = 100,
    offset: int = 0,
    sort: str = DEFAULT_SORT,
) -> tuple[int, list[str]]:
    """How many events match, and one page of them, each row a JSON object written by DuckDB.

    The rows are :func:`find_events`'s, without Python objects in between; with the total this
    is faster than find_events + count_events on a big store, as the page's ids are picked first
    and only those rows are read whole.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     total, rows = event_page_json(con, EventFilter(country="Kenya"))
        ...     body = "[" + ",".join(rows) + "]"
    """
    total, ids = _page_ids(con, where, limit, offset, sort)
    found = _by_ids(con, ids, ROW_JSON)
    return total, [found[i][0] for i in ids if i in found]


def count_events(con: duckdb.DuckDBPyConnection, where: EventFilter = ALL_EVENTS) -> int:
    """How many events match."""
    condition, params = where.where(sieve=uses_sieve(con, where))
    row = con.execute(f"SELECT count(*) FROM events WHERE {condition}", params).fetchone()
    return int(row[0]) if row else 0
