"""Counts and fatalities of stored events, grouped by place, type or period."""

from __future__ import annotations

from typing import Any

import duckdb

from wirecoder.store.query import ALL_EVENTS, EventFilter, uses_sieve
from wirecoder.store.schema import StoreError

__all__ = [
    "INTERVALS",
    "PLACE_LEVELS",
    "STATS_BY",
    "event_facets",
    "event_stats",
    "event_timeline",
    "place_stats",
    "stats_columns",
]

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
    condition, params = where.where(sieve=uses_sieve(con, where))
    selected = ", ".join(f"{k} AS {n}" for k, n in zip(keys, names, strict=True))
    order = (
        ", ".join(f"{n} NULLS LAST" for n in names)
        if by in _PERIODS
        else "events DESC, " + ", ".join(names)
    )
    return _dicts(
        con.execute(
            f"SELECT {selected}, count(*) AS events, CAST(sum(fatalities) AS BIGINT) AS fatalities,"
            f" CAST(sum(mentions) AS BIGINT) AS mentions FROM events WHERE {condition}"
            f" GROUP BY ALL ORDER BY {order}",
            params,
        )
    )


# Interval -> the first day of the period holding event_date (weeks start on Mondays).
_INTERVALS: dict[str, str] = {
    "day": "event_date",
    "week": "CAST(date_trunc('week', event_date) AS DATE)",
    "month": "CAST(date_trunc('month', event_date) AS DATE)",
}
INTERVALS: tuple[str, ...] = tuple(_INTERVALS)
PLACE_LEVELS: tuple[str, ...] = ("country", "admin1")


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The cursor's rows as dicts, dates as ISO strings."""
    columns = [d[0] for d in cursor.description or ()]
    return [
        {
            c: v.isoformat() if hasattr(v, "isoformat") else v
            for c, v in zip(columns, row, strict=True)
        }
        for row in cursor.fetchall()
    ]


def event_timeline(
    con: duckdb.DuckDBPyConnection, interval: str = "week", where: EventFilter = ALL_EVENTS
) -> list[dict[str, Any]]:
    """Events and fatalities per day, week or month, in date order.

    Each bucket is named by the first day of its period; periods without events are absent and
    undated events left out.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     event_timeline(con, "month", EventFilter(country="Kenya"))[0]
        {'period': '2024-06-01', 'events': 41, 'fatalities': 17}
    """
    if interval not in _INTERVALS:
        raise StoreError(f"unknown interval {interval!r}; choose one of {', '.join(INTERVALS)}")
    condition, params = where.where(sieve=uses_sieve(con, where))
    return _dicts(
        con.execute(
            f"SELECT {_INTERVALS[interval]} AS period, count(*) AS events,"
            " CAST(sum(fatalities) AS BIGINT) AS fatalities FROM events"
            f" WHERE event_date IS NOT NULL AND {condition} GROUP BY ALL ORDER BY period",
            params,
        )
    )


def place_stats(
    con: duckdb.DuckDBPyConnection, level: str = "country", where: EventFilter = ALL_EVENTS
) -> list[dict[str, Any]]:
    """Events, fatalities and the mean coordinates of the located events, per country or admin1.

    Places with most events come first; events without a country are left out.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     place_stats(con, "admin1", EventFilter(event_type="Battles"))[0]
        {'country': 'Nigeria', 'iso3': 'NGA', 'admin1': 'Borno', 'events': 12, ...}
    """
    if level not in PLACE_LEVELS:
        raise StoreError(f"unknown place level {level!r}; choose one of {', '.join(PLACE_LEVELS)}")
    keys = "country, iso3" + (", admin1" if level == "admin1" else "")
    condition, params = where.where(sieve=uses_sieve(con, where))
    # A point counts only with both coordinates, so the means pair up.
    located = "latitude IS NOT NULL AND longitude IS NOT NULL"
    return _dicts(
        con.execute(
            f"SELECT {keys}, count(*) AS events, CAST(sum(fatalities) AS BIGINT) AS fatalities,"
            f" avg(latitude) FILTER ({located}) AS latitude,"
            f" avg(longitude) FILTER ({located}) AS longitude"
            f" FROM events WHERE country IS NOT NULL AND {condition}"
            f" GROUP BY ALL ORDER BY events DESC, {keys}",
            params,
        )
    )


def event_facets(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the store holds: countries, event types with their sub-types, the date range, a total.

    Example:
        >>> import duckdb
        >>> from wirecoder.store.schema import migrate
        >>> con = duckdb.connect()
        >>> _ = migrate(con)
        >>> event_facets(con)
        {'countries': [], 'event_types': {}, 'date_range': None, 'events': 0}
    """
    countries = _dicts(
        con.execute(
            "SELECT country, iso3, count(*) AS events FROM events WHERE country IS NOT NULL"
            " GROUP BY ALL ORDER BY events DESC, country"
        )
    )
    types: dict[str, list[str]] = {}
    for event_type, sub_event_type in con.execute(
        "SELECT event_type, sub_event_type FROM events GROUP BY event_type, sub_event_type"
        " ORDER BY sum(count(*)) OVER (PARTITION BY event_type) DESC, event_type, count(*) DESC,"
        " sub_event_type"
    ).fetchall():
        types.setdefault(event_type, []).append(sub_event_type)
    row = con.execute("SELECT min(event_date), max(event_date), count(*) FROM events").fetchone()
    first, last, total = row if row else (None, None, 0)
    return {
        "countries": countries,
        "event_types": types,
        "date_range": [first.isoformat(), last.isoformat()] if first and last else None,
        "events": int(total),
    }
