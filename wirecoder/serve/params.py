"""Query parameters of the API: the shared event filters, paging and sort, all validated.

FastAPI checks each parameter against the types below before a route runs, so a bad value
is a 422 naming the parameter; the values then reach DuckDB only as bound parameters, and
``sort`` only as a key of :data:`wirecoder.store.query.SORTS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import Query
from pydantic import BeforeValidator

from wirecoder.store.query import DEFAULT_SORT, SORTS, EventFilter
from wirecoder.store.schema import EVENT_COLUMNS

__all__ = [
    "FEATURE_PROPERTIES",
    "MAX_GEOJSON",
    "MAX_INT",
    "MAX_PAGE",
    "Interval",
    "Level",
    "Page",
    "Sort",
    "event_filter",
    "page",
    "properties",
]

MAX_PAGE = 1000  # rows of one /api/events page
MAX_GEOJSON = 100_000  # features of one /api/events.geojson answer
MAX_INT = 2**31 - 1  # DuckDB's INTEGER: larger counts and offsets could not bind
MAX_TEXT = 200  # characters of a text filter; longer ones are mistakes, not searches
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Properties of a GeoJSON feature: the event's columns but its coordinates (the geometry's).
FEATURE_PROPERTIES: tuple[str, ...] = tuple(
    c for c in EVENT_COLUMNS if c not in ("latitude", "longitude")
)

Sort = Enum("Sort", {key: key for key in SORTS}, type=str)  # type: ignore[misc]
Sort.__doc__ = "Sort key: a field name, newest/largest first with a leading '-'."
_DEFAULT_SORT = Sort(DEFAULT_SORT)


class Interval(str, Enum):
    """Length of a timeline bucket."""

    day = "day"
    week = "week"
    month = "month"


class Level(str, Enum):
    """Which places /api/stats/places groups by."""

    country = "country"
    admin1 = "admin1"


def _day(value: Any) -> Any:
    """Accept exactly YYYY-MM-DD (pydantic alone would also take timestamps)."""
    if isinstance(value, str) and not _DAY.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD, e.g. 2024-06-03")
    return value


Day = Annotated[date, BeforeValidator(_day)]


def _field_list(value: Any) -> Any:
    """Accept comma-separated names of :data:`FEATURE_PROPERTIES`, at least one, each once."""
    if not isinstance(value, str):
        return value
    names = list(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    unknown = [n for n in names if n not in FEATURE_PROPERTIES]
    if unknown or not names:
        problem = f"unknown field {unknown[0]!r}" if unknown else "no field named"
        raise ValueError(
            f"{problem}; give a comma-separated list of {', '.join(FEATURE_PROPERTIES)}"
        )
    return ",".join(names)


FieldList = Annotated[str, BeforeValidator(_field_list)]


def _text(description: str) -> Any:
    """A free-text filter parameter."""
    return Query(max_length=MAX_TEXT, description=description)


def event_filter(
    country: Annotated[str | None, _text("Country name or ISO3 code, e.g. Kenya or KEN.")] = None,
    admin1: Annotated[str | None, _text("First-level region, e.g. Borno.")] = None,
    event_type: Annotated[str | None, _text("ACLED event type, e.g. Battles.")] = None,
    sub_event_type: Annotated[str | None, _text("ACLED sub-event type, e.g. Armed clash.")] = None,
    actor: Annotated[str | None, _text("Substring of actor1 or actor2.")] = None,
    since: Annotated[
        Day | None, Query(description="Events on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        Day | None, Query(description="Events on or before this day (YYYY-MM-DD).")
    ] = None,
    min_fatalities: Annotated[
        int | None, Query(ge=0, le=MAX_INT, description="Events with at least this many deaths.")
    ] = None,
    text: Annotated[str | None, _text("Substring of any evidence sentence.")] = None,
) -> EventFilter:
    """The filters every list and stats endpoint shares, as a store EventFilter (case-insensitive).

    Example:
        >>> event_filter(country="KEN", min_fatalities=1).where()[0]
        '(lower(country) = ? OR iso3 = ?) AND fatalities >= ?'
    """
    return EventFilter(
        country=country,
        admin1=admin1,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=actor,
        since=since,
        until=until,
        min_fatalities=min_fatalities,
        text=text,
    )


@dataclass(frozen=True, slots=True)
class Page:
    """Which rows of the matching events to return, in which order."""

    limit: int
    offset: int
    sort: str


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Rows per page.")] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_INT, description="Rows to skip.")] = 0,
    sort: Annotated[
        Sort, Query(description="Order: event_date, fatalities or confidence; '-' for descending.")
    ] = _DEFAULT_SORT,
) -> Page:
    """The paging parameters of /api/events.

    Example:
        >>> page(limit=10)
        Page(limit=10, offset=0, sort='-event_date')
    """
    return Page(limit=limit, offset=offset, sort=Sort(sort).value)


def properties(
    fields: Annotated[
        FieldList | None,
        Query(
            max_length=1000,
            description="Comma-separated properties to include (default: all), e.g."
            " event_id,event_date,event_type: a map needs a few, and the answer shrinks"
            " with them.",
        ),
    ] = None,
) -> tuple[str, ...]:
    """The properties each GeoJSON feature carries, in the order asked.

    Example:
        >>> properties("event_id,event_type")
        ('event_id', 'event_type')
    """
    return FEATURE_PROPERTIES if fields is None else tuple(fields.split(","))
