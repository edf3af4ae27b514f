"""Opening the store's DuckDB file: where it is, waiting for the lock, upgrading its schema.

DuckDB lets one process open a file for writing, or several for reading, never
both at once. ``wirecoder ingest`` therefore holds the file only while it
writes a batch (well under a second) and releases it while the next batch is
extracted; readers and writers that find it locked retry with a short backoff
(:data:`LOCK_TIMEOUT` in all) before giving up with a message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from wirecoder.store.schema import SCHEMA_VERSION, StoreError, migrate, schema_version

__all__ = [
    "DEFAULT_DB",
    "ENV_DB",
    "LOCK_TIMEOUT",
    "check_store",
    "connect",
    "is_database",
    "resolve_db",
]

DEFAULT_DB = "wirecoder.duckdb"  # in the working directory
ENV_DB = "WIRECODER_DB"  # overrides DEFAULT_DB; --db overrides both
LOCK_TIMEOUT = 30.0  # seconds to wait for another process's lock; an ingest batch takes far less
_FIRST_WAIT = 0.02
_MAX_WAIT = 0.5


def resolve_db(db: str | os.PathLike[str] | None) -> Path:
    """The store file: ``db`` when given, else ``$WIRECODER_DB``, else ``./wirecoder.duckdb``.

    Example:
        >>> resolve_db("events.duckdb").name
        'events.duckdb'
    """
    return Path(db or os.environ.get(ENV_DB) or DEFAULT_DB)


_SQLITE_MAGIC = b"SQLite format 3\x00"
_DUCKDB_MAGIC = (8, b"DUCK")  # after the header's 8-byte checksum
_NEW_NAME = "give --db a new file name (or the path of your event store)"


def _check_file(path: Path) -> None:
    """A StoreError when ``path`` holds something other than a DuckDB database.

    Checked before DuckDB opens the file: DuckDB would say only "not a valid DuckDB database
    file", and for a SQLite file it tries to download an extension over the network.
    wirecoder never writes to such a file.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except IsADirectoryError:
        raise StoreError(f"{path}: a directory, not an event store; {_NEW_NAME}") from None
    except OSError as error:
        raise StoreError(
            f"{path}: cannot read the store: {error.strerror or error} (check its permissions)"
        ) from error
    offset, magic = _DUCKDB_MAGIC
    if not head:
        return  # perhaps a store another process is creating: DuckDB's lock decides
    if head.startswith(_SQLITE_MAGIC):
        problem = "a SQLite database, not a wirecoder event store (DuckDB); " + _NEW_NAME
    elif head[offset : offset + len(magic)] != magic:
        problem = "not a DuckDB database, so not a wirecoder event store; " + _NEW_NAME
    else:
        return
    raise StoreError(f"{path}: {problem}; the file was left untouched")


def is_database(path: Path) -> bool:
    """True when ``path`` is a DuckDB or SQLite database file (or DuckDB's log beside one).

    Example:
        >>> is_database(Path("no/such/file.csv"))
        False
    """
    if path.name.endswith(".wal") and is_database(path.with_name(path.name[: -len(".wal")])):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    offset, magic = _DUCKDB_MAGIC
    return head.startswith(_SQLITE_MAGIC) or head[offset : offset + len(magic)] == magic


def check_store(db: str | os.PathLike[str] | None, *, timeout: float = LOCK_TIMEOUT) -> Path:
    """The store file, once it is known to be usable for writing; creates nothing.

    An existing store is opened (and upgraded); for a new one, the directory it would go in
    must be writable. So a bad ``--db`` fails before an ingest loads its models, and inputs
    that hold no article leave no empty store behind.

    Example:
        >>> import tempfile
        >>> new = Path(tempfile.mkdtemp()) / "new.duckdb"
        >>> check_store(new) == new, new.exists()
        (True, False)
    """
    path = resolve_db(db)
    if path.exists():
        with connect(path, timeout=timeout):
            pass
        return path
    ancestor = path.parent.absolute()
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise StoreError(f"{path}: cannot create the store: {ancestor} is a file, not a directory")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise StoreError(
            f"{path}: cannot create the store: no permission to write in {ancestor} "
            "(give --db a path in a directory you can write)"
        )
    return path


def _open(path: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` that waits while another process holds the file's lock."""
    if path.exists():
        _check_file(path)
    deadline = time.monotonic() + timeout
    wait = _FIRST_WAIT
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            message = str(error)
            if "lock" not in message.lower():
                if path.is_file() and path.stat().st_size == 0:
                    message = f"an empty file, not an event store: delete it, or {_NEW_NAME}"
                raise StoreError(
                    f"{path}: cannot open the store: {message.splitlines()[0]}"
                ) from error
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"{path}: the store stayed locked by another process for {timeout:.0f}s "
                    "(an ingest between batches releases it; is a program holding it open?)"
                ) from error
        except duckdb.Error as error:
            raise StoreError(
                f"{path}: not a DuckDB store ({str(error).splitlines()[0]}); give --db another file"
            ) from error
        time.sleep(wait)
        wait = min(wait * 2, _MAX_WAIT)


def _configure(con: duckdb.DuckDBPyConnection) -> None:
    """Settings of every store connection."""
    # A table missing from the catalog must be an error, never a Python variable of that name;
    # and a long statement (upgrading a big store) must not draw DuckDB's progress bar on
    # stdout, which may be the events a command prints.
    con.execute("SET python_enable_replacements = false").fetchall()
    con.execute("SET enable_progress_bar = false").fetchall()


@contextmanager
def connect(
    db: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    timeout: float = LOCK_TIMEOUT,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An open connection to an up-to-date store, closed (and the lock released) on exit.

    Writing creates the file; reading a missing file is an error that says how to make one.
    Either way an older schema is upgraded first.

    Example:
        >>> import tempfile
        >>> with connect(Path(tempfile.mkdtemp()) / "s.duckdb") as con:
        ...     con.execute("SELECT count(*) FROM events").fetchone()
        (0,)
    """
    path = resolve_db(db)
    if read_only and not path.is_file():
        raise StoreError(
            f"{path}: no such event store; create it with `wirecoder ingest PATH --db {path}`"
        )
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only, timeout)
    try:
        _configure(con)
        try:
            version = schema_version(con)
        except StoreError as error:  # a DuckDB file of something else: say which file
            raise StoreError(f"{path}: {error}") from None
        if version != SCHEMA_VERSION:
            if read_only:  # upgrade through a short writing connection, then read
                con.close()
                with connect(path, timeout=timeout):
                    pass
                con = _open(path, True, timeout)
                _configure(con)
            else:
                try:
                    migrate(con)
                except StoreError as error:  # e.g. a store of a newer wirecoder: say which
                    raise StoreError(f"{path}: {error}") from error
        yield con
    finally:
        con.close()
