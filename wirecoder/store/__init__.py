"""The event store: extracted events kept in an embedded DuckDB file, one row per real-world event.

    schema.py      tables, ordered migrations, the schema version          StoreError
    connection.py  where the file is, waiting for another process's lock, upgrading old files
    identity.py    normalised text, its hash, the outlet: when two articles are one
    merge.py       when two reports are one event; the merged fields and ACLED's fatality rule
    write.py       one batch of articles into one transaction
    ingest.py      read -> drop known -> extract -> write, batch by batch
    query.py       filters and pages of events
    export.py      table, csv, jsonl, parquet, geojson
    stats.py       counts and fatalities by place, type, week or month

Example:
    >>> from wirecoder.store import EventFilter, connect, find_events, ingest
    >>> ingest(["demo/corpus"], db="events.duckdb")                                # doctest: +SKIP
    >>> with connect("events.duckdb", read_only=True) as con:                      # doctest: +SKIP
    ...     find_events(con, EventFilter(country="Kenya"), limit=10)
"""

from wirecoder.store.connection import DEFAULT_DB, ENV_DB, connect, resolve_db
from wirecoder.store.export import STORE_FORMATS, export_events
from wirecoder.store.ingest import IngestProgress, IngestSummary, ingest, ingest_articles
from wirecoder.store.query import EventFilter, count_events, find_events
from wirecoder.store.schema import SCHEMA_VERSION, StoreError, migrate
from wirecoder.store.stats import STATS_BY, event_stats, stats_columns

__all__ = [
    "DEFAULT_DB",
    "ENV_DB",
    "SCHEMA_VERSION",
    "STATS_BY",
    "STORE_FORMATS",
    "EventFilter",
    "IngestProgress",
    "IngestSummary",
    "StoreError",
    "connect",
    "count_events",
    "event_stats",
    "export_events",
    "find_events",
    "ingest",
    "ingest_articles",
    "migrate",
    "resolve_db",
    "stats_columns",
]
