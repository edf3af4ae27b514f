"""Writing stored events: table, CSV (ACLED's column order), JSON Lines, Parquet, GeoJSON.

Table, CSV and JSON Lines reuse :mod:`wirecoder.export`, so stored events print like
``wirecoder extract``'s plus ``sources`` and ``mentions``. Parquet is written by
DuckDB itself (typed columns, no extra dependency); GeoJSON is a FeatureCollection
with one Point per event, every event field among its properties.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import duckdb

from wirecoder.export import TABLE_COLUMNS, write_rows
from wirecoder.store.query import ALL_EVENTS, EventFilter, event_query, find_events, uses_sieve
from wirecoder.store.connection import is_database
from wirecoder.store.schema import EVENT_COLUMNS, StoreError

__all__ = ["STORE_FORMATS", "export_events", "geojson_feature"]

STORE_FORMATS: tuple[str, ...] = ("table", "csv", "jsonl", "parquet", "geojson")
STORE_TABLE_COLUMNS: tuple[str, ...] = TABLE_COLUMNS[:-1] + ("sources", "mentions", "notes")


def geojson_feature(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a GeoJSON Feature: a Point at [longitude, latitude], or no geometry at all.

    Example:
        >>> geojson_feature({"event_id": "e1", "latitude": -1.3, "longitude": 36.8})["geometry"]
        {'type': 'Point', 'coordinates': [36.8, -1.3]}
    """
    located = row.get("latitude") is not None and row.get("longitude") is not None
    geometry = (
        {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]} if located else None
    )
    return {"type": "Feature", "id": row.get("event_id"), "geometry": geometry, "properties": row}


def _write_geojson(rows: list[dict[str, Any]], out: TextIO) -> None:
    out.write('{"type": "FeatureCollection", "features": [\n')
    for i, row in enumerate(rows):
        out.write((",\n" if i else "") + json.dumps(geojson_feature(row), ensure_ascii=False))
    out.write("\n]}\n")


def export_events(
    con: duckdb.DuckDBPyConnection,
    fmt: str,
    *,
    where: EventFilter = ALL_EVENTS,
    limit: int | None = None,
    offset: int = 0,
    out: TextIO | None = None,
    path: str | Path | None = None,
) -> int:
    """Write the matching events in ``fmt`` to ``out`` (text formats) or ``path``; return how many.

    Parquet needs ``path``; the other formats write to ``out`` when given, else to ``path``.

    Example:
        >>> import sys
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     export_events(con, "csv", where=EventFilter(country="Kenya"), out=sys.stdout)
    """
    if fmt not in STORE_FORMATS:
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(STORE_FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise StoreError("parquet is a binary format: give a file with --output events.parquet")
        sieve = uses_sieve(con, where)
        sql, params = event_query(where, limit=limit, offset=offset, sieve=sieve)
        with _replacing(Path(path)) as temporary:
            target = str(temporary).replace("'", "''")  # COPY takes a literal, not a parameter
            con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)", params).fetchall()
            row = con.execute("SELECT count(*) FROM read_parquet(?)", [str(temporary)]).fetchone()
        return int(row[0]) if row else 0
    if out is None:
        if path is None:
            raise StoreError(f"nowhere to write {fmt}: give an output stream or a path")
        with _replacing(Path(path)) as temporary, \
                open(temporary, "w", encoding="utf-8", newline="") as handle:  # fmt: skip
            return export_events(con, fmt, where=where, limit=limit, offset=offset, out=handle)
    rows = find_events(con, where, limit=limit, offset=offset)
    if fmt == "geojson":
        _write_geojson(rows, out)
        return len(rows)
    columns = STORE_TABLE_COLUMNS if fmt == "table" else EVENT_COLUMNS
    return write_rows(
        rows, fmt, out, columns=[c for c in columns if c != "evidence"] if fmt == "csv" else columns
    )


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it once written whole.

    A failed or interrupted export leaves ``path`` as it was, and a database (the store
    itself, given as --output by mistake) is never overwritten.
    """
    if path.is_dir():
        raise StoreError(f"{path}: a directory; give --output a file name")
    if is_database(path):
        raise StoreError(
            f"{path}: a database (the event store?), which an export never overwrites; "
            "give --output a new file name"
        )
    if not path.parent.is_dir():
        raise StoreError(
            f"{path}: cannot write there: the directory {path.parent} does not exist "
            "(create it first, or give --output another path)"
        )
    # Not tempfile.mkstemp: its files are private (0600); the export keeps the user's umask.
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        temporary.open("x").close()
    except OSError as error:
        raise StoreError(f"{path}: cannot write there: {error.strerror or error}") from error
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)

