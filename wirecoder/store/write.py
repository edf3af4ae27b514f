"""Writing one batch of extracted articles into the store, inside one transaction.

For each article, in input order:

1. **Known?** The same URL with the same text hash (or a text superseded there before), or the
   same text hash from the same outlet (or where either outlet is unknown), is already stored:
   nothing is written. So is an older version of a stored article (published earlier).
2. **Changed?** A known URL with another text replaces the stored article: its reports and
   mentions are deleted, and the events they belonged to are recomputed (or deleted when no
   report is left); the old text is remembered as superseded.
3. **Stored**: the article row, one ``reports`` row per event, one ``mentions`` row per evidence
   sentence. Each report joins the event it describes (see :mod:`wirecoder.store.merge`) or
   starts a new one; a syndicated copy (same text, another outlet) joins the events of the
   stored copy, sentence for sentence.

The result depends only on the order of the articles, never on where batches start, which is
what makes a resumed ingest end in the same store as an uninterrupted one. New rows wait in
memory and go in once per batch, one statement per table (see :func:`rows.insert_columns`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from wirecoder.model import Article, Event
from wirecoder.store.identity import outlet_of, text_hash
from wirecoder.store.merge import StoredReport, match_rank, merged_event, same_event
from wirecoder.store.rows import (
    ARTICLE_COLUMNS,
    MATCH_COLUMNS,
    MENTION_COLUMNS,
    SUPERSEDED_COLUMNS,
    article_row,
    fetch_dicts,
    insert_columns,
    marks,
    mention_rows,
    naive_utc,
    report_row,
    stored_report,
)
from wirecoder.store.schema import EVENT_COLUMNS, REPORT_COLUMNS, column_types
from wirecoder.store.search import SIEVE_COLUMNS, SIEVE_TABLE, sieve_rows

__all__ = ["BatchWriter", "WriteTally"]

# Candidate events are fetched this far around a report's date (precision 3 spans a month).
_WINDOW = timedelta(days=40)
_COUNTS = ("known", "replaced", "stored", "events_new", "events_merged", "events_removed")


@dataclass
class WriteTally:
    """What the writes of one ingest did."""

    known: int = 0  # articles already stored, nothing written
    replaced: int = 0  # articles at a known URL whose text changed
    stored: int = 0  # articles written (replaced ones included)
    events_new: int = 0
    events_merged: int = 0  # reports that joined an existing event
    events_removed: int = 0  # events left without reports by replaced articles

    def absorb(self, other: WriteTally) -> None:
        """Add ``other``'s counts to this tally (a committed batch's to the run's)."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _digest(event_id: str) -> str:
    """The part of the pipeline's event id after the article id (a hash of it when none)."""
    if "-" in event_id:
        return event_id.rsplit("-", 1)[-1]
    return hashlib.sha1(event_id.encode()).hexdigest()[:10]


def _older(article: Article, stored: dict[str, Any]) -> bool:
    """Whether ``article`` was published before the stored version at its URL (both dated)."""
    published = naive_utc(article.published)
    return published is not None and stored["published"] is not None \
        and published < stored["published"]


def _match_key(row: dict[str, Any]) -> tuple[str, str]:
    """Type and country: events that differ in either never match (see merge.same_event)."""
    return row["event_type"], str(row.get("country") or "").casefold()


class BatchWriter:
    """Adds a batch of articles to the store through ``con``; the caller owns the transaction.

    Example:
        >>> from wirecoder.store.connection import connect
        >>> with connect(path) as con:                                    # doctest: +SKIP
        ...     con.execute("BEGIN TRANSACTION")
        ...     tally = BatchWriter(con, merge=True).add_all(articles)
        ...     con.execute("COMMIT")
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, *, merge: bool = True,
                 tally: WriteTally | None = None,
                 types: dict[tuple[str, str], str] | None = None) -> None:
        self.con = con
        self.merge = merge
        self.tally = tally if tally is not None else WriteTally()
        row = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()
        self._seq = int(row[0]) if row else 0
        # An ingest passes the column types: one catalog query per run, not per batch.
        self._types = types or column_types(con)
        self._articles: list[dict[str, Any]] = []  # id, url, text_hash, outlet: stored and pending
        self._taken: set[str] = set()  # article ids in use
        self._free: set[str] = set()  # article ids known to be free in the database
        self._superseded: set[tuple[str, str]] = set()  # (url, text hash) replaced or outdated
        self._checked_event_ids: set[str] = set()  # event ids looked up in the database ...
        self._stored_event_ids: set[str] = set()  # ... and those of them found there
        self._clear_pending()

    def _clear_pending(self) -> None:
        """Forget the pending rows (after a flush the database holds them)."""
        self._pending_articles: list[list[Any]] = []
        self._pending_reports: dict[str, list[dict[str, Any]]] = {}  # article id -> its reports
        self._pending_mentions: list[list[Any]] = []
        self._pending_superseded: list[list[Any]] = []
        self._events: dict[str, list[StoredReport]] = {}  # touched events -> all their reports
        self._merged: dict[str, dict[str, Any]] = {}  # touched events -> their current row
        self._event_ids: set[str] = set()  # ids given to new events in this batch

    def add_all(self, articles: Iterable[Article]) -> WriteTally:
        """Add every article, in order, and write the pending rows; return the tally."""
        batch = list(articles)
        digests = [text_hash(a.text) for a in batch]
        self._prefetch(batch, digests)
        for article, digest in zip(batch, digests, strict=True):
            self.add(article, digest)
        self.flush()
        return self.tally

    def _prefetch(self, batch: Sequence[Article], digests: Sequence[str]) -> None:
        """Load the stored articles a batch may repeat, and which ids it may want are taken."""
        hashes = sorted(set(digests))
        urls: list[str | None] = [*sorted({a.url for a in batch if a.url})] or [None]
        if not hashes:
            return
        self._articles += fetch_dicts(self.con.execute(
            "SELECT id, url, text_hash, outlet, published FROM articles"
            f" WHERE text_hash IN ({marks(len(hashes))}) UNION SELECT id, url, text_hash, outlet,"
            f" published FROM articles WHERE url IN ({marks(len(urls))})",
            [*hashes, *urls],
        ))  # fmt: skip
        seen = self.con.execute(
            f"SELECT url, text_hash FROM superseded WHERE url IN ({marks(len(urls))})", urls)
        self._superseded |= set(seen.fetchall())
        ids = {a.id: (a.id, f"{a.id}~{d[:8]}") for a, d in zip(batch, digests, strict=True)}
        wanted = {i for pair in ids.values() for i in pair}
        taken = self.con.execute(
            f"SELECT id FROM articles WHERE id IN ({marks(len(wanted))})", sorted(wanted))
        self._taken |= {r[0] for r in taken.fetchall()}
        self._free = wanted - self._taken
        # The ids new events may get, looked up at once: one query a batch, not one an article.
        self._check_event_ids({f"{i}-{_digest(e.event_id)}" for a in batch for e in a.events
                               for i in ids[a.id]})  # fmt: skip

    def _check_event_ids(self, event_ids: set[str]) -> None:
        """Look up which of ``event_ids`` (not looked up before) the database holds."""
        unchecked = sorted(event_ids - self._checked_event_ids)
        if unchecked:
            stored = self.con.execute(
                f"SELECT event_id FROM events WHERE event_id IN ({marks(len(unchecked))})",
                unchecked)
            self._stored_event_ids |= {r[0] for r in stored.fetchall()}
            self._checked_event_ids |= set(unchecked)

    def add(self, article: Article, digest: str | None = None) -> str | None:
        """Add one article (``digest``: its text_hash when known); return its store id, or None
        when it was already stored."""
        digest, outlet = digest or text_hash(article.text), outlet_of(article)
        at_url = next((r for r in self._articles if article.url and r["url"] == article.url), None)
        copies = [r for r in self._articles if r["text_hash"] == digest]
        if at_url is not None:
            known = at_url["text_hash"] == digest or (article.url, digest) in self._superseded
            if not known and _older(article, at_url):  # an old version read after the new one
                self._supersede(str(article.url), digest, at_url["id"])
                known = True
        else:  # the same text is the same article unless two known outlets differ
            known = any(outlet in (None, r["outlet"]) or r["outlet"] is None for r in copies)
        if known:
            self.tally.known += 1
            return None
        if at_url is not None:
            article_id = at_url["id"]
            self._remove_article(article_id)
            self._supersede(str(article.url), at_url["text_hash"], article_id)
            self.tally.replaced += 1
        else:
            article_id = self._new_article_id(article.id, digest)
        self._seq += 1
        self._articles.append({"id": article_id, "url": article.url, "text_hash": digest,
                               "outlet": outlet, "published": naive_utc(article.published)})
        self._taken.add(article_id)
        self._pending_articles.append(article_row(article, article_id, self._seq, digest, outlet))
        self.tally.stored += 1
        self._add_reports(article, article_id, outlet, [r["id"] for r in copies])
        return article_id

    def _supersede(self, url: str, digest: str, article_id: str) -> None:
        """Remember that the text ``digest`` at ``url`` is not the one to keep."""
        self._superseded.add((url, digest))
        self._pending_superseded.append([url, digest, article_id])

    def _new_article_id(self, wanted: str, digest: str) -> str:
        """The reader's id when free, else with a text-hash suffix (and a counter if need be)."""
        suffixed = f"{wanted}~{digest[:8]}"
        for candidate in [wanted, suffixed] + [f"{suffixed}-{n}" for n in range(2, 999)]:
            if candidate in self._taken:
                continue
            if candidate in self._free or not self.con.execute(
                    "SELECT 1 FROM articles WHERE id = ?", [candidate]).fetchall():
                return candidate
            self._taken.add(candidate)
        raise AssertionError(f"no free article id for {wanted!r}")  # a thousand identical ids

    def _remove_article(self, article_id: str) -> None:
        """Delete a stored article's rows and mark its events for recomputing."""
        self.flush()  # rare: settle the batch so far, then work on the database alone
        self._checked_event_ids.clear()  # the flush stored new events: ask the database again
        self._stored_event_ids.clear()
        events = self.con.execute(
            "SELECT DISTINCT event_id FROM reports WHERE article_id = ? ORDER BY 1", [article_id])
        event_ids = [r[0] for r in events.fetchall()]
        for table, column in (("mentions", "article_id"), (SIEVE_TABLE, "article_id"),
                              ("reports", "article_id"), ("articles", "id")):  # fmt: skip
            self.con.execute(f"DELETE FROM {table} WHERE {column} = ?", [article_id])
        self._articles = [r for r in self._articles if r["id"] != article_id]
        self._touch(event_ids)

    def _touch(self, event_ids: Iterable[str]) -> None:
        """Load every report of stored events about to change (new events start empty)."""
        missing = sorted(set(event_ids) - self._events.keys())
        if not missing:
            return
        for event_id in missing:
            self._events[event_id] = []
            self._merged.pop(event_id, None)
        cursor = self.con.execute(
            f"SELECT * FROM reports WHERE event_id IN ({marks(len(missing))})", missing)
        for row in fetch_dicts(cursor):
            self._events[row["event_id"]].append(stored_report(row))

    def _add_reports(self, article: Article, article_id: str, outlet: str | None,
                     copy_ids: Sequence[str]) -> None:
        """One report per event of the article, each joined to its event or starting one."""
        candidates = self._candidates(article.events) if self.merge else {}
        syndicated = self._syndicated(copy_ids) if self.merge and copy_ids else {}
        claimed: set[str] = set()  # one article reports an event once: its events stay apart
        rows = [report_row(event, article_id, rank, outlet, article.published, self._seq)
                for rank, event in enumerate(article.events)]  # fmt: skip
        for row in rows:
            event_id = syndicated.get((row["evidence_start"], row["sub_event_type"]))
            if event_id is None or event_id in claimed:
                matches = [c for c in candidates.get(_match_key(row), ())
                           if c["event_id"] not in claimed and same_event(row, c)]  # fmt: skip
                best = min(matches, key=lambda c: match_rank(row, c)) if matches else None
                event_id = best["event_id"] if best else None
            if event_id is None:
                self.tally.events_new += 1
            else:
                self.tally.events_merged += 1
                claimed.add(event_id)
            row["event_id"] = event_id
        self._touch(row["event_id"] for row in rows if row["event_id"] is not None)  # one query
        unmatched = [e for e, r in zip(article.events, rows, strict=True) if r["event_id"] is None]
        fresh = iter(self._new_event_ids(article_id, unmatched))
        for event, row in zip(article.events, rows, strict=True):
            event_id = row["event_id"]
            if event_id is None:
                event_id = row["event_id"] = next(fresh)
                self._events[event_id] = []
            self._events[event_id].append(stored_report(row))
            self._merged.pop(event_id, None)
            self._pending_mentions += mention_rows(event, event_id, article_id, row["report_id"])
        self._pending_reports[article_id] = rows

    def _new_event_ids(self, article_id: str, events: Sequence[Event]) -> list[str]:
        """``<article id>-<the pipeline's digest>`` for each event, with a counter if taken."""
        bases = [f"{article_id}-{_digest(e.event_id)}" for e in events]
        self._check_event_ids(set(bases))  # a replaced article keeps an id not foreseen
        taken = self._stored_event_ids | self._events.keys() | self._event_ids
        ids = []
        for base in bases:
            for candidate in [base] + [f"{base}~{n}" for n in range(2, 999)]:
                if candidate in taken or candidate != base and self.con.execute(
                        "SELECT 1 FROM events WHERE event_id = ?", [candidate]).fetchall():
                    continue
                taken.add(candidate)
                self._event_ids.add(candidate)
                ids.append(candidate)
                break
            else:
                raise AssertionError(f"no free event id for {base!r}")
        return ids

    def _current(self, event_id: str) -> dict[str, Any]:
        """The merged row of a touched event, as it stands now."""
        if event_id not in self._merged:
            self._merged[event_id] = merged_event(event_id, self._events[event_id], EVENT_COLUMNS)
        return self._merged[event_id]

    def _candidates(self, events: Sequence[Event]) -> dict[tuple[str, str], list[dict[str, Any]]]:
        """Events (stored, or touched in this batch) that ``events`` may report again, by
        :func:`_match_key` (only events with the same key can match)."""
        dated = [e for e in events if isinstance(e.event_date, date) and e.country]
        if not dated:
            return {}
        types = sorted({e.event_type for e in dated})
        countries = sorted({str(e.country).casefold() for e in dated})
        first = min(e.event_date for e in dated if e.event_date) - _WINDOW
        last = max(e.event_date for e in dated if e.event_date) + _WINDOW
        stored = fetch_dicts(self.con.execute(
            f"SELECT {', '.join(MATCH_COLUMNS)} FROM events"
            f" WHERE event_type IN ({marks(len(types))}) AND lower(country) IN"
            f" ({marks(len(countries))}) AND event_date BETWEEN ? AND ?",
            [*types, *countries, first, last],
        ))  # fmt: skip
        found: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in stored:
            if row["event_id"] not in self._events:
                found.setdefault(_match_key(row), []).append(row)
        for event_id, reports in self._events.items():
            current = self._current(event_id) if reports else None
            if current and current["event_date"] and first <= current["event_date"] <= last:
                found.setdefault(_match_key(current), []).append(current)
        return found

    def _syndicated(self, copy_ids: Sequence[str]) -> dict[tuple[int, str], str]:
        """(evidence start, sub-event type) -> event id, over the reports of identical texts."""
        rows = [(r["report_id"], r["evidence_start"], r["sub_event_type"], r["event_id"])
                for copy in copy_ids for r in self._pending_reports.get(copy, [])]  # fmt: skip
        stored = [c for c in copy_ids if c not in self._pending_reports]
        if stored:
            rows += self.con.execute(
                "SELECT report_id, evidence_start, sub_event_type, event_id FROM reports"
                f" WHERE article_id IN ({marks(len(stored))})", stored).fetchall()
        found: dict[tuple[int, str], str] = {}
        for _, start, sub_event_type, event_id in sorted(rows):
            if self._events.get(event_id, True):  # not an event emptied by a replacement
                found.setdefault((start, sub_event_type), event_id)
        return found

    def flush(self) -> None:
        """Write the pending articles, reports and mentions, and rewrite every touched event."""
        reports = [[r[c] for c in REPORT_COLUMNS]
                   for rows in self._pending_reports.values() for r in rows]  # fmt: skip
        for table, columns, rows in (("articles", ARTICLE_COLUMNS, self._pending_articles),
                                     ("reports", REPORT_COLUMNS, reports),
                                     ("mentions", MENTION_COLUMNS, self._pending_mentions),
                                     (SIEVE_TABLE, SIEVE_COLUMNS,
                                      sieve_rows(self._pending_mentions)),
                                     ("superseded", SUPERSEDED_COLUMNS, self._pending_superseded)):
            insert_columns(self.con, table, columns, self._types, rows)
        touched = sorted(self._events)
        if touched:
            self.con.execute(f"DELETE FROM events WHERE event_id IN ({marks(len(touched))})",
                             touched)
            self.tally.events_removed += sum(1 for e in touched if not self._events[e])
            events = [[self._current(e)[c] for c in EVENT_COLUMNS]
                      for e in touched if self._events[e]]  # fmt: skip
            insert_columns(self.con, "events", EVENT_COLUMNS, self._types, events)
        self._clear_pending()
