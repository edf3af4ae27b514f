"""The REST routes under /api: events, one event, GeoJSON, CSV, timeline, places, facets, health.

Routes are plain functions (FastAPI runs them in its thread pool, DuckDB releases the GIL while it
queries); each opens the store through the app's :class:`StoreReader` for the request alone.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from wirecoder import __version__
from wirecoder.serve import models
from wirecoder.serve.detail import event_detail
from wirecoder.serve.params import (
    MAX_GEOJSON,
    MAX_INT,
    Interval,
    Level,
    Page,
    event_filter,
    page,
    properties,
)
from wirecoder.serve.reader import StoreReader
from wirecoder.store.query import (
    DEFAULT_SORT,
    SORTS,
    EventFilter,
    count_events,
    event_page_json,
    event_query,
    iter_events,
    json_struct,
    uses_sieve,
)
from wirecoder.store.schema import EVENT_COLUMNS, schema_version
from wirecoder.store.stats import event_facets, event_timeline, place_stats

__all__ = ["CSV_COLUMNS", "router"]

CSV_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c != "evidence")  # as the CLI
# What a feature needs besides its properties, and what orders the features.
_FEATURE_COLUMNS = ("event_id", "event_date", "latitude", "longitude")
_STREAM_CHUNK = 2000  # rows fetched and written at a time by the CSV and GeoJSON streams

router = APIRouter(
    prefix="/api",
    responses={
        422: {"model": models.ParameterProblem, "description": "A query parameter is invalid."},
        503: {"model": models.Problem, "description": "The store cannot be read right now."},
    },
)
Filter = Annotated[EventFilter, Depends(event_filter)]


def _reader(request: Request) -> StoreReader:
    """The app's store reader."""
    reader: StoreReader = request.app.state.reader
    return reader


Reader = Annotated[StoreReader, Depends(_reader)]


@router.get("/events", response_model=models.EventsPage, summary="Matching events, one page")
def events(reader: Reader, where: Filter, paging: Annotated[Page, Depends(page)]) -> Response:
    """Events matching the filters, ``limit`` at a time, with the total that match."""
    with reader.open() as con:
        total, rows = event_page_json(
            con,
            reader.resolve(con, where),
            limit=paging.limit,
            offset=paging.offset,
            sort=paging.sort,
        )
    head = json.dumps({"total": total, "limit": paging.limit, "offset": paging.offset})
    return Response(f'{head[:-1]}, "events": [{",".join(rows)}]}}', media_type="application/json")


@router.get(
    "/events.geojson",
    response_model=models.FeatureCollection,
    summary="Located matching events as GeoJSON",
    responses={200: {"content": {"application/geo+json": {}}}},
)
def events_geojson(
    reader: Reader,
    where: Filter,
    fields: Annotated[tuple[str, ...], Depends(properties)],
    limit: Annotated[int, Query(ge=1, le=MAX_GEOJSON, description="At most this many.")] = 10_000,
) -> StreamingResponse:
    """A FeatureCollection of the matching events that have coordinates, newest first."""
    feature = (
        "to_json({'type': 'Feature', 'id': event_id,"
        " 'geometry': {'type': 'Point', 'coordinates': [longitude, latitude]},"
        f" 'properties': {json_struct(fields)}}})"
    )  # the field names are checked ones (params.properties), never the caller's text
    columns = tuple(dict.fromkeys(_FEATURE_COLUMNS + fields))

    def features() -> Iterator[str]:
        # DuckDB writes each feature's JSON, for the chosen rows only (the inner query), and
        # chunks keep the hops to the thread pool (one per item of a sync stream) few.
        with reader.open() as con:
            located = replace(reader.resolve(con, where), located=True)
            page, params = event_query(
                located, limit=limit, columns=columns, sieve=uses_sieve(con, located)
            )
            cursor = con.execute(
                f"SELECT {feature} FROM ({page}) ORDER BY {SORTS[DEFAULT_SORT]}", params
            )
            yield '{"type": "FeatureCollection", "features": [\n'
            separator = ""
            while rows := cursor.fetchmany(_STREAM_CHUNK):
                yield separator + ",\n".join(row[0] for row in rows)
                separator = ",\n"
        yield "\n]}\n"

    return StreamingResponse(features(), media_type="application/geo+json")


@router.get(
    "/events.csv",
    summary="Matching events as CSV, ACLED's column order",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}, "description": "events.csv, streamed"}},
)
def events_csv(
    reader: Reader,
    where: Filter,
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_INT, description="At most this many (default: all).")
    ] = None,
) -> StreamingResponse:
    """Every matching event, newest first, in the columns of ``wirecoder events --format csv``."""

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        with reader.open() as con:
            rows = iter_events(con, reader.resolve(con, where), limit=limit, chunk=_STREAM_CHUNK)
            for i, row in enumerate(rows, 1):
                writer.writerow(row)
                if i % _STREAM_CHUNK == 0:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": "attachment; filename=events.csv"},
    )


@router.get(
    "/events/{event_id}",
    response_model=models.EventDetail,
    summary="One event and its evidence",
    responses={404: {"model": models.Problem, "description": "No event has this id."}},
)
def event(
    reader: Reader, event_id: Annotated[str, Path(max_length=500, description="The event's id.")]
) -> JSONResponse:
    """The event's row; ``mentions`` lists each article reporting it, its sentence and paragraph."""
    with reader.open() as con:
        found = event_detail(con, event_id)
    if found is None:
        return JSONResponse({"detail": f"no event with id {event_id!r}"}, status_code=404)
    return JSONResponse(found)


@router.get("/stats/timeline", response_model=models.Timeline, summary="Events per period")
def timeline(
    reader: Reader,
    where: Filter,
    interval: Annotated[Interval, Query(description="Bucket length.")] = Interval.week,
) -> JSONResponse:
    """Events and fatalities per day, week (from Monday) or month, in date order."""
    with reader.open() as con:
        buckets = event_timeline(con, interval.value, reader.resolve(con, where))
    return JSONResponse({"interval": interval.value, "buckets": buckets})


@router.get("/stats/places", response_model=models.Places, summary="Events per place")
def places(
    reader: Reader,
    where: Filter,
    level: Annotated[Level, Query(description="Group by country or admin1.")] = Level.country,
) -> JSONResponse:
    """Events, fatalities and mean coordinates per country or admin1, most events first."""
    with reader.open() as con:
        found = place_stats(con, level.value, reader.resolve(con, where))
    return JSONResponse({"level": level.value, "places": found})


@router.get("/facets", response_model=models.Facets, summary="What the store holds")
def facets(reader: Reader) -> JSONResponse:
    """Countries, event types with their sub-types, the date range and the number of events."""
    with reader.open() as con:
        return JSONResponse(event_facets(con))


@router.get("/health", response_model=models.Health, summary="Is the store readable")
def health(reader: Reader) -> JSONResponse:
    """``ok`` with the number of events, the schema version and wirecoder's version."""
    with reader.open() as con:
        version = schema_version(con)
        total = count_events(con)
    return JSONResponse(
        {"status": "ok", "events": total, "schema_version": version, "version": __version__}
    )
