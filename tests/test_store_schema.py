"""The store's schema: ordered migrations, upgrades of older files, refusing what it cannot open."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from wirecoder.model import Event
from wirecoder.store import SCHEMA_VERSION, StoreError, connect, migrate, schema
from wirecoder.store.connection import resolve_db
from wirecoder.store.schema import EVENT_COLUMNS, MIGRATIONS, REPORT_COLUMNS, schema_version
from wirecoder.store.search import text_grams


def _old_store(path: Path, version: int) -> None:
    """A file as an older wirecoder left it: migrations up to ``version``, one article in it."""
    con = duckdb.connect(str(path))
    migrate(con, target=version)
    con.execute(
        "INSERT INTO articles (id, seq, input_id, origin, text_hash, text) VALUES"
        " ('a1', 1, 'a1', 'old.txt', 'h', 'Old text.')"
    )
    con.close()


def _indexes(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}


def test_store_schema_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == SCHEMA_VERSION


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_store_schema_older_file_is_upgraded_on_open(
    tmp_path: Path, version: int, read_only: bool
) -> None:
    db = tmp_path / "old.duckdb"
    _old_store(db, version)
    with connect(db, read_only=read_only) as con:
        assert schema_version(con) == SCHEMA_VERSION
        assert con.execute("SELECT id, text FROM articles").fetchall() == [("a1", "Old text.")]
        assert {"articles_url", "articles_text_hash", "mentions_event"} <= _indexes(con)
        assert con.execute("SELECT count(*) FROM superseded").fetchone() == (0,)
        applied = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [v for (v,) in applied] == list(range(1, SCHEMA_VERSION + 1))


def test_store_schema_migrate_twice_changes_nothing(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    assert migrate(con) == SCHEMA_VERSION
    assert migrate(con) == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (SCHEMA_VERSION,)
    con.close()


def test_store_schema_newer_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    _old_store(db, SCHEMA_VERSION)
    con = duckdb.connect(str(db))
    con.execute(
        "INSERT INTO schema_version (version, description) VALUES (?, 'from the future')",
        [SCHEMA_VERSION + 1],
    )
    con.close()
    with pytest.raises(StoreError, match="upgrade wirecoder"), connect(db):
        pass


def test_store_schema_foreign_duckdb_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a wirecoder store"), connect(db):
        pass


def test_store_schema_non_duckdb_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notes.duckdb"
    db.write_text("shopping list\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=str(db)), connect(db):
        pass


def test_store_schema_missing_file_for_reading_says_how_to_make_it(tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    with (
        pytest.raises(StoreError, match=r"no such event store; create it with `wirecoder ingest"),
        connect(db, read_only=True),
    ):
        pass
    assert not db.exists()


def test_store_schema_db_path_from_option_env_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIRECODER_DB", raising=False)
    assert resolve_db(None) == Path("wirecoder.duckdb")
    monkeypatch.setenv("WIRECODER_DB", "/data/events.duckdb")
    assert resolve_db(None) == Path("/data/events.duckdb")
    assert resolve_db("x.duckdb") == Path("x.duckdb")


def test_store_schema_columns_hold_every_event_field(tmp_path: Path) -> None:
    fields = set(
        Event(
            article_id="a",
            event_id="e",
            event_type="Battles",
            sub_event_type="Armed clash",
            notes="n",
            evidence_start=0,
            evidence_end=1,
        ).to_dict()
    )
    assert fields | {"sources", "mentions"} == set(EVENT_COLUMNS)
    # Reports also keep the Event fields to_dict leaves out, so no extracted value is lost.
    assert {f.name for f in dataclasses.fields(Event)} <= set(REPORT_COLUMNS)
    with connect(tmp_path / "s.duckdb") as con:
        for table, columns in (("events", EVENT_COLUMNS), ("reports", REPORT_COLUMNS)):
            described = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            assert described == list(columns)


def _v4_store_with_mentions(path: Path) -> list[tuple]:
    """A schema-4 file with three evidence sentences; return its mentions rows."""
    con = duckdb.connect(str(path))
    migrate(con, target=4)
    rows = [(f"e{i}", "a1", f"a1#{i}", 0, 9, text)
            for i, text in enumerate(["Gunmen attacked Garissa.", "Police fired", "ok"])]  # fmt: skip
    con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return rows


def _tables(path: Path) -> tuple[int, set[str], list[tuple]]:
    """Schema version, table names and mentions rows of a file, read without upgrading it."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        mentions = sorted(con.execute("SELECT * FROM mentions").fetchall())
        return schema_version(con), names, mentions
    finally:
        con.close()


def test_store_schema_sieve_is_derived_from_the_mentions_on_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "v4.duckdb"
    rows = _v4_store_with_mentions(db)
    with connect(db, read_only=True) as con:
        sieve = con.execute("SELECT event_id, article_id, grams, text FROM mention_sieve")
        expected = [(e, a, text_grams(t), t) for e, a, _, _, _, t in rows]
        assert sorted(sieve.fetchall()) == sorted(expected)
        assert sorted(con.execute("SELECT * FROM mentions").fetchall()) == sorted(rows)


def test_store_schema_failed_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "v4.duckdb"
    rows = _v4_store_with_mentions(db)
    last = MIGRATIONS[-1]
    broken = dataclasses.replace(last, statements=(*last.statements, "SELECT no_such_column"))
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS[:-1], broken))
    with pytest.raises(duckdb.Error), connect(db):
        pass
    version, tables, mentions = _tables(db)
    assert (version, mentions) == (4, sorted(rows)) and "mention_sieve" not in tables
    monkeypatch.undo()
    with connect(db) as con:
        assert schema_version(con) == SCHEMA_VERSION


# Upgrades ``db`` through a connection that stops for a kill once the sieve is filled, before
# the migration commits.
_KILLED_UPGRADE = """
import sys, time
from pathlib import Path
import duckdb
from wirecoder.store.schema import migrate

class Stalling:
    def __init__(self, con):
        self.con = con
    def execute(self, sql, *args):
        result = self.con.execute(sql, *args)
        if sql.startswith("INSERT INTO mention_sieve"):
            Path(sys.argv[2]).touch()
            time.sleep(60)
        return result

migrate(Stalling(duckdb.connect(sys.argv[1])))
"""


def test_store_schema_upgrade_killed_midway_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    db, marker = tmp_path / "v4.duckdb", tmp_path / "filled"
    rows = _v4_store_with_mentions(db)
    child = subprocess.Popen([sys.executable, "-c", _KILLED_UPGRADE, str(db), str(marker)])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the upgrade never reached the sieve"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    version, tables, mentions = _tables(db)
    assert (version, mentions) == (4, sorted(rows)) and "mention_sieve" not in tables
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mention_sieve").fetchone() == (len(rows),)
