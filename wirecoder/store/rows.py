"""Rows as the store's tables hold them, and the few SQL helpers the writer needs.

Rows are built from the pipeline's records here, so the writer only decides what goes where.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb

from wirecoder.model import Article, Event
from wirecoder.store.merge import StoredReport
from wirecoder.store.schema import EVENT_FIELDS

__all__ = [
    "ARTICLE_COLUMNS",
    "MATCH_COLUMNS",
    "MENTION_COLUMNS",
    "SUPERSEDED_COLUMNS",
    "article_row",
    "fetch_dicts",
    "insert_columns",
    "marks",
    "mention_rows",
    "naive_utc",
    "report_row",
    "stored_report",
]

ARTICLE_COLUMNS = ("id", "seq", "input_id", "origin", "url", "text_hash", "outlet", "title",
                   "published", "dateline", "source", "byline", "text")  # fmt: skip
MENTION_COLUMNS = ("event_id", "article_id", "report_id", "start", "end", "text")
SUPERSEDED_COLUMNS = ("url", "text_hash", "article_id")
# What merging compares (see merge.same_event), fetched for candidate events.
MATCH_COLUMNS = ("event_id", "event_type", "sub_event_type", "event_date", "time_precision",
                 "actor1", "actor2", "country", "iso3", "admin1", "latitude", "longitude",
                 "geo_precision")  # fmt: skip


def marks(count: int) -> str:
    """``count`` comma-separated ``?`` placeholders."""
    return ", ".join("?" * count)


def fetch_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The rows of an executed query as dicts keyed by column name."""
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
                   types: dict[tuple[str, str], str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` in one statement: each column travels as one typed list, unnested.

    DuckDB pays about a millisecond per statement (and per row of ``executemany``); one
    statement for a batch's hundreds of rows costs a few.
    """
    if not rows:
        return
    values = ", ".join(f"unnest(?::{types[(table, c)]}[])" for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {values}",
                [list(c) for c in zip(*rows, strict=True)])


def naive_utc(moment: datetime | None) -> datetime | None:
    """DuckDB's TIMESTAMP has no zone: aware times are stored in UTC."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def article_row(article: Article, article_id: str, seq: int, digest: str,
                outlet: str | None) -> list[Any]:
    """The ``articles`` row of ``article``, in :data:`ARTICLE_COLUMNS` order."""
    return [article_id, seq, article.id, article.origin, article.url, digest, outlet,
            article.title, naive_utc(article.published), article.dateline, article.source,
            article.byline, article.text]  # fmt: skip


def report_row(event: Event, article_id: str, rank: int, outlet: str | None,
               published: datetime | None, seq: int) -> dict[str, Any]:
    """The ``reports`` row of one extracted event (``event_id`` is still the pipeline's)."""
    row: dict[str, Any] = {n: getattr(event, n) for n in EVENT_FIELDS if n != "evidence"}
    row.update(
        report_id=f"{article_id}#{rank}", rank=rank, input_event_id=event.event_id,
        agent_text=event.agent_text, target_text=event.target_text,
        place_in_sentence=event.place_in_sentence, outlet=outlet, published=naive_utc(published),
        article_seq=seq, article_id=article_id,
        evidence=[[e.start, e.end] for e in event.evidence]
        or [[event.evidence_start, event.evidence_end]],
    )  # fmt: skip
    return row


def mention_rows(event: Event, event_id: str, article_id: str, report_id: str) -> list[list[Any]]:
    """One ``mentions`` row per evidence sentence of ``event`` (its notes when it lists none)."""
    spans = [(e.start, e.end, e.text) for e in event.evidence] or [
        (event.evidence_start, event.evidence_end, event.notes)]
    return [[event_id, article_id, report_id, s, e, t] for s, e, t in dict.fromkeys(spans)]


def stored_report(row: dict[str, Any]) -> StoredReport:
    """A ``reports`` row as merging sees it."""
    return StoredReport(row, row["outlet"], row["published"], row["article_seq"])
