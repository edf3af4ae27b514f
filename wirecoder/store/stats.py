"""Counts and fatalities of stored events, grouped by place, type or period."""

from __future__ import annotations

from typing import Any

import duckdb

from wirecoder.store.query import ALL_EVENTS, EventFilter
from wirecoder.store.schema import StoreError

__all__ = ["STATS_BY", "event_stats", "stats_columns"]

# Grouping -> (key columns as SQL, the names they are printed under). Periods start on Mondays
# (ISO weeks) and on the first of the month; undated events form their own group.
_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "country": (("country",), ("country",)),
    "admin1": (("country", "admin1"), ("country", "admin1")),
    "event_type": (("event_type",), ("event_type",)),
    "sub_event_type": (("event_type", "sub_event_type"), ("event_type", "sub_event_type")),
    "week": (("CAST(date_trunc('week', event_date) AS DATE)",), ("week",)),
    "month": (("strftime(event_date, '%Y-%m')",), ("month",)),
}
STATS_BY: tuple[str, ...] = tuple(_GROUPS)
_PERIODS = frozenset({"week", "month"})


def stats_columns(by: str) -> tuple[str, ...]:
    """The columns :func:`event_stats` returns when grouping ``by``."""
    return _GROUPS[by][1] + ("events", "fatalities", "mentions")


def event_stats(
    con: duckdb.DuckDBPyConnection, by: str = "country", where: EventFilter = ALL_EVENTS
) -> list[dict[str, Any]]:
    """Events, fatalities and mentions per group; places and types by most events, periods in order.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     event_stats(con, "month", EventFilter(country="Kenya"))[0]
        {'month': '2024-06', 'events': 41, 'fatalities': 17, 'mentions': 58}
    """
    if by not in _GROUPS:
        raise StoreError(f"cannot group by {by!r}; choose one of {', '.join(STATS_BY)}")
    keys, names = _GROUPS[by]
    condition, params = where.where()
    selected = ", ".join(f"{k} AS {n}" for k, n in zip(keys, names, strict=True))
    order = (
        ", ".join(f"{n} NULLS LAST" for n in names)
        if by in _PERIODS
        else "events DESC, " + ", ".join(names)
    )
    cursor = con.execute(
        f"SELECT {selected}, count(*) AS events, CAST(sum(fatalities) AS BIGINT) AS fatalities,"
        f" CAST(sum(mentions) AS BIGINT) AS mentions FROM events WHERE {condition}"
        f" GROUP BY ALL ORDER BY {order}",
        params,
    )
    columns = [d[0] for d in cursor.description or ()]
    return [
        {c: v.isoformat() if hasattr(v, "isoformat") else v
         for c, v in zip(columns, row, strict=True)}  # fmt: skip
        for row in cursor.fetchall()
    ]
