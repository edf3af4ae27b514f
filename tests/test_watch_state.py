"""The watch's tables in the store: migration 4 on older files, and what each poll saves."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from wirecoder.store import SCHEMA_VERSION, connect, migrate
from wirecoder.store.schema import schema_version
from wirecoder.watch.state import (
    MAX_ATTEMPTS,
    EntryOutcome,
    FeedState,
    entry_states,
    feed_states,
    save_poll,
)

T1, T2 = datetime(2024, 5, 7, 8), datetime(2024, 5, 7, 9)
FEED = "https://wire.example/rss"


@pytest.mark.parametrize("version", [3, 1])
def test_watch_state_older_store_is_upgraded_with_its_data(tmp_path: Path, version: int) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, target=version)
    con.execute(
        "INSERT INTO articles (id, seq, input_id, origin, url, text_hash, text) VALUES"
        " ('a1', 1, 'a1', 'crawl.jsonl', 'https://wire.example/a', 'h', 'Old text.')"
    )
    con.close()
    with connect(db) as con:
        assert schema_version(con) == SCHEMA_VERSION >= 4
        assert feed_states(con) == {}
        assert con.execute("SELECT count(*) FROM feed_entries").fetchone() == (0,)
        state = entry_states(con, ["https://wire.example/a", "https://wire.example/b"])
        assert state.settled == {"https://wire.example/a"}  # stored before the watch existed
        assert con.execute("SELECT id, text FROM articles").fetchall() == [("a1", "Old text.")]


def test_watch_state_validators_kept_until_a_complete_read(tmp_path: Path) -> None:
    with connect(tmp_path / "s.duckdb") as con:
        save_poll(con, [FeedState(FEED, "ok", '"v1"', "Mon", save_validators=True)], [], T1)
        save_poll(con, [FeedState(FEED, "HTTP 500", None, None)], [], T2)  # a failure keeps them
        assert feed_states(con) == {FEED: ('"v1"', "Mon")}
        assert con.execute("SELECT status, polled_at FROM feeds").fetchall() == [("HTTP 500", T2)]
        save_poll(con, [FeedState(FEED, "ok", None, "Tue", save_validators=True)], [], T2)
        assert feed_states(con) == {FEED: (None, "Tue")}


def test_watch_state_failed_entries_settle_after_max_attempts(tmp_path: Path) -> None:
    url = "https://wire.example/story"
    with connect(tmp_path / "s.duckdb") as con:
        for attempt in range(1, MAX_ATTEMPTS + 1):
            assert url not in entry_states(con, [url]).settled
            save_poll(con, [], [EntryOutcome(url, FEED, "failed", "HTTP 503")], T1)
            assert con.execute("SELECT attempts FROM feed_entries").fetchone() == (attempt,)
        state = entry_states(con, [url])
        assert url in state.settled and state.attempts == {}


@pytest.mark.parametrize("outcome", ["read", "skipped"])
def test_watch_state_read_or_skipped_entries_are_settled_at_once(
    tmp_path: Path, outcome: str
) -> None:
    url = "https://wire.example/story"
    with connect(tmp_path / "s.duckdb") as con:
        save_poll(con, [], [EntryOutcome(url, FEED, "failed", "timed out")], T1)
        assert entry_states(con, [url]).attempts == {url: 1}
        save_poll(con, [], [EntryOutcome(url, FEED, outcome)], T2)
        assert url in entry_states(con, [url]).settled
        row = con.execute(
            "SELECT first_seen, tried_at, attempts, reason FROM feed_entries"
        ).fetchone()
    assert row == (T1, T2, 2, None)
