"""How the server reads the store: read-only, and never holding the file while it is idle.

DuckDB lets one process write a file or several read it, never both. A server that kept the
file open would make every ``wirecoder ingest`` wait and then fail, so the reader opens the file
when a request arrives and closes it once requests stop: requests that overlap, or follow each
other within ``linger`` seconds, share one open database (opening it costs 10-30 ms on a
million-event store); ``linger=0`` opens and closes it for every request.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb

from wirecoder.serve.vocabulary import ActorNames, Vocabulary
from wirecoder.store.connection import connect
from wirecoder.store.query import EventFilter
from wirecoder.store.schema import StoreError, schema_version
from wirecoder.store.search import has_sieve, text_events

__all__ = ["LINGER", "REQUEST_LOCK_WAIT", "StoreReader"]

# A request waits this long for an ingest batch to release the file (a batch takes well under
# a second); past it the request answers 503 instead of tying up a worker thread.
REQUEST_LOCK_WAIT = 10.0
# Seconds the file stays open after the last request: a burst of explorer requests pays the
# opening once, and an ingest (which retries every half second) gets in soon after.
LINGER = 1.0


@dataclass(slots=True)
class _Shared:
    """The open database, how many requests use it, and the timer that will close it."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    opened: AbstractContextManager[duckdb.DuckDBPyConnection] | None = None
    con: duckdb.DuckDBPyConnection | None = None
    users: int = 0
    closer: threading.Timer | None = None
    vocabulary: Vocabulary | None = None  # of the open database; dropped when it closes
    actors: ActorNames | None = None  # likewise
    sieve: bool | None = None  # whether the open database keeps the text sieve; likewise


@dataclass(frozen=True, slots=True)
class StoreReader:
    """Read-only connections to the store file, one per request, released when idle.

    Example:
        >>> reader = StoreReader.check("wirecoder.duckdb")                         # doctest: +SKIP
        >>> with reader.open() as con:                                             # doctest: +SKIP
        ...     con.execute("SELECT count(*) FROM events").fetchone()
    """

    path: Path
    timeout: float = REQUEST_LOCK_WAIT
    linger: float = LINGER
    _shared: _Shared = field(default_factory=_Shared, repr=False, compare=False)

    @classmethod
    def check(
        cls,
        db: str | os.PathLike[str],
        *,
        timeout: float = REQUEST_LOCK_WAIT,
        linger: float = LINGER,
    ) -> StoreReader:
        """A reader for ``db`` once it has opened as a store; StoreError saying why otherwise."""
        path = Path(db)
        if path.is_dir():
            raise StoreError(
                f"{path}: is a directory, not an event store; give --db a .duckdb file"
            )
        if path.is_file() and not os.access(path, os.R_OK):
            raise StoreError(f"{path}: cannot read the file (permission denied); check its mode")
        reader = cls(path, timeout, linger)
        try:
            with reader.open() as con:
                schema_version(con)
        except StoreError as error:
            if str(path) in str(error):
                raise
            raise StoreError(f"{path}: {error}") from error
        finally:
            reader.close()
        return reader

    @contextmanager
    def open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection of its own (safe in this thread), valid inside the ``with``."""
        cursor = self._acquire()
        try:
            yield cursor
        finally:
            cursor.close()
            self._release()

    def resolve(self, con: duckdb.DuckDBPyConnection, where: EventFilter) -> EventFilter:
        """``where`` with exact tests of its equality and actor filters (see
        :mod:`wirecoder.serve.vocabulary`) and the ids of the events its text matches, when there
        are not too many (see :func:`wirecoder.store.search.text_events`).

        ``con`` must come from :meth:`open`: the vocabulary is read once per opening of the file.
        """
        shared = self._shared
        # Requests hold the database open, so what was read of it still holds for ``con``.
        if where.country or where.admin1 or where.event_type or where.sub_event_type:
            if shared.vocabulary is None:
                shared.vocabulary = Vocabulary.load(con)
            where = shared.vocabulary.resolve(where)
        if where.actor:
            if shared.actors is None:
                shared.actors = ActorNames.load(con)
            lowered = con.execute("SELECT lower(?)", [where.actor]).fetchone()
            where = shared.actors.resolve(where, str(lowered[0]) if lowered else where.actor)
        if where.text and where.text_events is None:
            if shared.sieve is None:
                shared.sieve = has_sieve(con)
            found = text_events(con, where.text) if shared.sieve else None
            if found is not None:
                where = replace(where, text_events=found)
        return where

    def close(self) -> None:
        """Close the database now if no request is using it (a server shutting down calls this)."""
        shared = self._shared
        with shared.lock:
            if shared.closer is not None:
                shared.closer.cancel()
                shared.closer = None
            if shared.users == 0 and shared.opened is not None:
                opened, shared.opened, shared.con = shared.opened, None, None
                shared.vocabulary = None
                shared.actors = None
                shared.sieve = None
                opened.__exit__(None, None, None)

    def _acquire(self) -> duckdb.DuckDBPyConnection:
        shared = self._shared
        with shared.lock:
            if shared.closer is not None:
                shared.closer.cancel()
                shared.closer = None
            if shared.con is None:
                # Opening happens under the lock, so concurrent first requests open it once.
                opened = connect(self.path, read_only=True, timeout=self.timeout)
                shared.con = opened.__enter__()
                shared.opened = opened
            shared.users += 1
            try:
                cursor = shared.con.cursor()
                cursor.execute("SET python_enable_replacements = false").fetchall()
            except BaseException:
                shared.users -= 1
                raise
            return cursor

    def _release(self) -> None:
        shared = self._shared
        with shared.lock:
            shared.users -= 1
            if shared.users:
                return
            if self.linger > 0:
                shared.closer = threading.Timer(self.linger, self.close)
                shared.closer.daemon = True  # never keeps a stopping server alive
                shared.closer.start()
                return
        self.close()
