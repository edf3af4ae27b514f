"""How the server reads the store: a read-only connection per request, so ingests can interleave.

DuckDB lets one process write a file or several read it, never both. A server that kept the
file open would make every ``wirecoder ingest`` wait and then fail, so each request opens the
file, queries and closes it. Requests that overlap share one open database inside DuckDB, so a
busy server pays the opening once; an idle one holds no lock at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from wirecoder.store.connection import connect
from wirecoder.store.schema import StoreError, schema_version

__all__ = ["REQUEST_LOCK_WAIT", "StoreReader"]

# A request waits this long for an ingest batch to release the file (a batch takes well under
# a second); past it the request answers 503 instead of tying up a worker thread.
REQUEST_LOCK_WAIT = 10.0


@dataclass(frozen=True, slots=True)
class StoreReader:
    """Opens the store file read-only for one request at a time.

    Example:
        >>> reader = StoreReader.check("wirecoder.duckdb")                         # doctest: +SKIP
        >>> with reader.open() as con:                                             # doctest: +SKIP
        ...     con.execute("SELECT count(*) FROM events").fetchone()
    """

    path: Path
    timeout: float = REQUEST_LOCK_WAIT

    @classmethod
    def check(cls, db: str | os.PathLike[str], timeout: float = REQUEST_LOCK_WAIT) -> StoreReader:
        """A reader for ``db`` once it has opened as a store; StoreError saying why not otherwise."""
        path = Path(db)
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not an event store; give --db a .duckdb file")
        if path.is_file() and not os.access(path, os.R_OK):
            raise StoreError(f"{path}: cannot read the file (permission denied); check its mode")
        reader = cls(path, timeout)
        try:
            with reader.open() as con:
                schema_version(con)
        except StoreError as error:
            if str(path) in str(error):
                raise
            raise StoreError(f"{path}: {error}") from error
        return reader

    @contextmanager
    def open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection, closed (and the file unlocked if no other request uses it) on exit."""
        with connect(self.path, read_only=True, timeout=self.timeout) as con:
            yield con
