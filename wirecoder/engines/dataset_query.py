"""Querying a Parquet dataset with the store's own queries: DuckDB views named like its tables.

``events``, ``mentions`` and ``articles`` become views over the dataset's files, so
:func:`wirecoder.store.find_events`, :func:`wirecoder.store.export_events` and every filter of
``wirecoder events`` run on a dataset unchanged. Nothing is copied: DuckDB reads the files.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from wirecoder.store.schema import StoreError, migrate

__all__ = ["DATASET_FILES", "open_dataset", "path_literal"]

# Each table of the store, and where a dataset keeps its rows.
DATASET_FILES: dict[str, str] = {
    "articles": "articles/*.parquet",
    "events": "events/*/*.parquet",
    "mentions": "mentions/*.parquet",
}


def path_literal(path: Path) -> str:
    """A path as a SQL string literal (``COPY`` and views take no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


@contextmanager
def open_dataset(directory: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB connection whose ``events``, ``mentions`` and ``articles`` read the
    Parquet dataset at ``directory``; closed on exit.

    Example:
        >>> from wirecoder.store import EventFilter, find_events
        >>> with open_dataset("backfill") as con:                               # doctest: +SKIP
        ...     rows = find_events(con, EventFilter(country="Kenya"), limit=10)
    """
    root = Path(directory)
    if not (root / "articles").is_dir():
        raise StoreError(
            f"--parquet {root}: not a wirecoder Parquet dataset (it has no articles/ folder); "
            f"write one with `wirecoder ingest PATH --engine dask --output {root}`"
        )
    con = duckdb.connect()
    try:
        con.execute("SET python_enable_replacements = false")
        migrate(con)  # empty typed tables: a dataset without events still answers, with none
        for table, pattern in DATASET_FILES.items():
            if next(root.glob(pattern), None) is None:
                continue
            files = path_literal(root / pattern)
            con.execute(f"DROP TABLE {table}")
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({files},"
                        " hive_partitioning = true, hive_types = {'event_month': VARCHAR})"
                        if table == "events" else
                        f"CREATE VIEW {table} AS SELECT * FROM read_parquet({files})")  # fmt: skip
        yield con
    finally:
        con.close()
