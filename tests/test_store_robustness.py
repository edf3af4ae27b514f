"""The store under a new user's mistakes: a --db that is not a store is refused without being
touched, and an ingest that reads nothing creates no store and changes none."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from store_support import FakePipeline, corpus, dump, write_feed

from wirecoder.store import connect, ingest
from wirecoder.store.connection import check_store
from wirecoder.store.schema import StoreError


def _text(path: Path) -> None:
    path.write_text("Police said protesters blocked the road to Kano on Monday.\n")


def _sqlite(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE events (id TEXT)")
    con.close()


def _other_duckdb(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales AS SELECT 1 AS amount")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


FOREIGN: list[tuple[Callable[[Path], None], str]] = [
    (_text, "not a DuckDB database, so not a wirecoder event store; give --db a new file name"),
    (_sqlite, "a SQLite database, not a wirecoder event store"),
    (_other_duckdb, "a DuckDB database of something else, not a wirecoder store"),
    (_empty, "an empty file, not an event store: delete it, or give --db a new file name"),
]


@pytest.mark.parametrize("read_only", [True, False])
@pytest.mark.parametrize(("make", "reason"), FOREIGN)
def test_store_connect_refuses_a_file_that_is_not_a_store(
    tmp_path: Path, make: Callable[[Path], None], reason: str, read_only: bool
) -> None:
    path = tmp_path / "mine.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(StoreError) as raised, connect(path, read_only=read_only):
        pass
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and reason in message
    assert "extension" not in message  # DuckDB would try to download sqlite_scanner
    assert path.read_bytes() == before


@pytest.mark.parametrize(("make", "reason"), FOREIGN)
def test_store_ingest_into_a_foreign_file_leaves_it_untouched(
    tmp_path: Path, make: Callable[[Path], None], reason: str
) -> None:
    path = tmp_path / "mine.db"
    make(path)
    before = path.read_bytes()
    feed = write_feed(tmp_path / "feed.jsonl", corpus(6))
    with pytest.raises(StoreError, match=reason.split(";")[0]):
        ingest([str(feed)], db=path, pipeline=FakePipeline())
    assert path.read_bytes() == before
    with pytest.raises(StoreError, match=reason.split(";")[0]):
        check_store(path)


def test_store_check_store_creates_nothing(tmp_path: Path) -> None:
    new = tmp_path / "deeper" / "new.duckdb"
    assert check_store(new) == new
    assert not new.exists() and not new.parent.exists()
    _text(tmp_path / "a.txt")
    with pytest.raises(StoreError, match="is a file, not a directory"):
        check_store(tmp_path / "a.txt" / "new.duckdb")


@pytest.mark.parametrize(
    "inputs",
    [["empty.txt"], ["missing.txt"], ["empty.txt", "binary.bin"], []],
)
def test_store_ingest_of_nothing_creates_no_store(tmp_path: Path, inputs: list[str]) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "new.duckdb"
    summary = ingest([str(tmp_path / name) for name in inputs], db=db, pipeline=FakePipeline())
    assert summary.read == 0 and summary.writes.stored == 0
    assert not db.exists() and not Path(f"{db}.wal").exists()


def test_store_ingest_of_nothing_leaves_an_existing_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    ingest([str(write_feed(tmp_path / "feed.jsonl", corpus(6)))], db=db, pipeline=FakePipeline())
    before = dump(db)
    (tmp_path / "empty.txt").write_text("")
    summary = ingest([str(tmp_path / "empty.txt")], db=db, pipeline=FakePipeline())
    assert summary.read == 0 and dump(db) == before


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    ingest([str(write_feed(tmp_path / "feed.jsonl", corpus(6)))], db=db, pipeline=FakePipeline())
    return db


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "geojson", "parquet"])
@pytest.mark.parametrize("target", ["the store", "another store", "sqlite"])
def test_store_export_never_overwrites_a_database(
    tmp_path: Path, store: Path, fmt: str, target: str
) -> None:
    from wirecoder.store import export_events

    path = {"the store": store, "another store": tmp_path / "b.duckdb",
            "sqlite": tmp_path / "c.db"}[target]  # fmt: skip
    if target == "another store":
        ingest([], db=path, pipeline=FakePipeline())
        with connect(path):
            pass
    elif target == "sqlite":
        _sqlite(path)
    before = dump(store)
    kept = path.read_bytes()
    with pytest.raises(StoreError, match="which an export never overwrites"), connect(
        store, read_only=True
    ) as con:
        export_events(con, fmt, path=path)
    assert path.read_bytes() == kept and dump(store) == before


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_store_export_failure_leaves_the_old_output(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    from wirecoder.store import export as export_module
    from wirecoder.store import export_events

    out = tmp_path / f"events.{fmt}"
    out.write_bytes(b"yesterday's export\n")

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C half way

    monkeypatch.setattr(export_module, "find_events" if fmt == "csv" else "event_query", broken)
    with pytest.raises(KeyboardInterrupt), connect(store, read_only=True) as con:
        export_events(con, fmt, path=out)
    assert out.read_bytes() == b"yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_store_export_to_a_missing_directory_says_so(tmp_path: Path, store: Path) -> None:
    from wirecoder.store import export_events

    with pytest.raises(StoreError, match="the directory .*nowhere does not exist"), connect(
        store, read_only=True
    ) as con:
        export_events(con, "csv", path=tmp_path / "nowhere" / "events.csv")


@pytest.mark.parametrize("read_only", [True, False])
def test_store_connect_newer_store_names_the_file(
    tmp_path: Path, store: Path, read_only: bool
) -> None:
    with connect(store) as con:
        con.execute("INSERT INTO schema_version VALUES (99, 'from a later wirecoder', now())")
    with pytest.raises(StoreError) as raised, connect(store, read_only=read_only):
        pass
    assert str(raised.value).startswith(f"{store}: the store has schema version 99, newer than")


@pytest.mark.parametrize(
    ("name", "refused"),
    [("s.duckdb.wal", True), ("notes.csv.wal", False), ("events.csv", False)],
)
def test_store_export_refuses_the_store_log_only(
    tmp_path: Path, store: Path, name: str, refused: bool
) -> None:
    from wirecoder.store import export_events

    (tmp_path / "notes.csv").write_text("a\n")
    out = tmp_path / name
    if refused:
        out.write_bytes(b"\x00log")
    with connect(store, read_only=True) as con:
        if refused:
            with pytest.raises(StoreError, match="never overwrites"):
                export_events(con, "jsonl", path=out)
        else:
            assert export_events(con, "jsonl", path=out) > 0
