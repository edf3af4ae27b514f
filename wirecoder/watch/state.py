"""What ``wirecoder watch`` remembers between polls, in the store's ``feeds`` and ``feed_entries``.

A feed's validators (ETag, Last-Modified) are saved only once every new entry
it listed is settled: stored, skipped for good, or failed too often. Otherwise
the next poll would get "304 Not Modified" and never see the unsettled ones.
The tables are written after the articles' own transactions, so a crash in
between only makes the next poll read the feed again and skip the stored pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb

__all__ = [
    "MAX_ATTEMPTS",
    "EntryOutcome",
    "EntryState",
    "FeedState",
    "entry_states",
    "feed_states",
    "save_poll",
]

MAX_ATTEMPTS = 3  # polls that may fail on one entry page before it is given up


@dataclass(frozen=True, slots=True)
class FeedState:
    """What a poll learnt about one feed, and whether its new validators replace the saved ones."""

    url: str
    status: str  # "ok", "not modified", or why it failed
    etag: str | None = None
    last_modified: str | None = None
    # True once every new entry is settled; False (a 304, a failure, an entry to retry) keeps them.
    save_validators: bool = False


@dataclass(frozen=True, slots=True)
class EntryOutcome:
    """What became of one entry page in one poll."""

    url: str
    feed_url: str
    outcome: str  # "read", "skipped" or "failed"
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class EntryState:
    """Which of a poll's entry URLs need no fetching, and how often the others have failed."""

    settled: frozenset[str]
    attempts: dict[str, int]


def feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """Feed URL -> (ETag, Last-Modified) saved by earlier polls."""
    rows = con.execute("SELECT url, etag, last_modified FROM feeds").fetchall()
    return {url: (etag, modified) for url, etag, modified in rows}


def entry_states(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> EntryState:
    """Which of ``urls`` are stored articles or settled entries, and the failed ones' attempts."""
    if not urls:
        return EntryState(frozenset(), {})
    con.execute("CREATE OR REPLACE TEMP TABLE poll_urls (url VARCHAR)")
    con.executemany("INSERT INTO poll_urls VALUES (?)", [(u,) for u in urls])
    stored = con.execute(
        "SELECT DISTINCT a.url FROM articles a JOIN poll_urls p ON a.url = p.url"
    ).fetchall()
    tried = con.execute(
        "SELECT e.url, e.outcome, e.attempts FROM feed_entries e JOIN poll_urls p ON e.url = p.url"
    ).fetchall()
    con.execute("DROP TABLE poll_urls")
    settled = {url for (url,) in stored}
    attempts: dict[str, int] = {}
    for url, outcome, count in tried:
        if outcome != "failed" or count >= MAX_ATTEMPTS:
            settled.add(url)
        else:
            attempts[url] = count
    return EntryState(frozenset(settled), attempts)


def save_poll(
    con: duckdb.DuckDBPyConnection,
    feeds: Iterable[FeedState],
    entries: Iterable[EntryOutcome],
    now: datetime,
) -> None:
    """Record one poll's feeds and entry outcomes, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for feed in feeds:
            keep = not feed.save_validators
            con.execute(
                "INSERT INTO feeds (url, etag, last_modified, polled_at, status)"
                " VALUES ($url, $etag, $modified, $now, $status) ON CONFLICT (url) DO UPDATE SET"
                " etag = CASE WHEN $keep THEN feeds.etag ELSE excluded.etag END,"
                " last_modified = CASE WHEN $keep THEN feeds.last_modified"
                " ELSE excluded.last_modified END,"
                " polled_at = excluded.polled_at, status = excluded.status",
                {
                    "url": feed.url,
                    "etag": None if keep else feed.etag,
                    "modified": None if keep else feed.last_modified,
                    "now": now,
                    "status": feed.status,
                    "keep": keep,
                },
            )
        for entry in entries:
            con.execute(
                "INSERT INTO feed_entries"
                " (url, feed_url, first_seen, tried_at, attempts, outcome, reason)"
                " VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                " tried_at = excluded.tried_at, attempts = feed_entries.attempts + 1,"
                " outcome = excluded.outcome, reason = excluded.reason",
                [entry.url, entry.feed_url, now, now, entry.outcome, entry.reason],
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
