"""A Parquet dataset of extracted events, partitioned by event month, written chunk by chunk.

    DIR/articles/<chunk>.parquet                        the articles (as the store's table)
    DIR/events/event_month=2024-05/<chunk>.parquet      their events, one row per article's event
    DIR/events/event_month=__HIVE_DEFAULT_PARTITION__/  events without a date
    DIR/mentions/<chunk>.parquet                        each event's evidence sentences

An event row is what the store's ``events`` table would hold for an event reported by that
article alone (``sources`` and ``mentions`` of 1; the same columns, types and ``source``):
the dataset keeps what each article says and merges nothing across articles, which is what
loading into the store adds. So ``wirecoder events --parquet DIR`` answers like
``wirecoder events`` on a store ingested with ``--no-merge``.

**Commits.** A chunk is written to ``DIR/_incoming/`` first, then its files are moved into
place with atomic renames, its ``articles`` file last: that file is the commit. Opening the
dataset again deletes the files of chunks that never got theirs, so a killed run leaves a
dataset that reads as it was after its last whole chunk, and re-running the same command
skips the articles stored and finishes the rest, like ``ingest`` into the store.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import duckdb

try:
    import fcntl
except ImportError:  # not on Windows: there, nothing stops two runs on one directory
    fcntl = None  # type: ignore[assignment]

from wirecoder.engines.dataset_query import path_literal
from wirecoder.model import Article
from wirecoder.store.identity import outlet_of, text_hash
from wirecoder.store.ingest import ArticlePipeline, IngestProgress, IngestSummary, KnownFilter
from wirecoder.store.rows import (
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    article_row,
    insert_columns,
    mention_rows,
    report_row,
    stored_report,
)
from wirecoder.store.merge import merged_event
from wirecoder.store.schema import EVENT_COLUMNS, StoreError, column_types, migrate

__all__ = ["CHUNK_ARTICLES", "DatasetWriter", "write_dataset"]

CHUNK_ARTICLES = 1024  # articles per chunk: the most a crash loses, and about one file a month
_INCOMING = "_incoming"
_LOCK = ".writing"
_COLUMNS = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "mentions": MENTION_COLUMNS}


class DatasetWriter:
    """Appends articles with their events to the dataset at ``directory``, a chunk at a time.

    Example:
        >>> writer = DatasetWriter(Path("backfill"))                        # doctest: +SKIP
        >>> writer.add(article_with_events); writer.commit()                 # doctest: +SKIP
    """

    def __init__(self, directory: Path) -> None:
        if directory.exists() and not directory.is_dir():
            raise StoreError(f"--output {directory}: a file is there; give a directory for the "
                             "Parquet dataset (new, or one written by an earlier run)")  # fmt: skip
        self.directory = directory
        try:
            for part in ("articles", "events", "mentions"):
                (directory / part).mkdir(parents=True, exist_ok=True)
            self._lock = _lock(directory)
            self._clean_up()
        except OSError as error:
            raise StoreError(f"--output {directory}: cannot write there ({error.strerror}); "
                             "give a directory you can write to") from error  # fmt: skip
        # The store's own tables, in memory, type each chunk exactly as the store would.
        self.con = duckdb.connect()
        migrate(self.con)
        self.types = column_types(self.con)
        self.run = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:6]}"
        self.chunks = 0
        self.pending = 0  # articles in the chunk being built
        self.pending_events = 0
        self._rows: dict[str, list[list[Any]]] = {t: [] for t in _COLUMNS}
        self.ids, self.seq = self._committed_ids()

    def _committed(self) -> set[str]:
        return {p.stem for p in (self.directory / "articles").glob("*.parquet")}

    def _clean_up(self) -> None:
        """Delete what an interrupted run left: its incoming files and its uncommitted chunks."""
        shutil.rmtree(self.directory / _INCOMING, ignore_errors=True)
        committed = self._committed()
        for path in [*(self.directory / "events").glob("*/*.parquet"),
                     *(self.directory / "mentions").glob("*.parquet")]:  # fmt: skip
            if path.stem not in committed:
                path.unlink()

    def _read(self, table: str, columns: str) -> list[tuple[Any, ...]]:
        """Rows of a committed table of the dataset (none before the first commit)."""
        if not self._committed():
            return []
        glob = path_literal(self.directory / table / "*.parquet")
        return self.con.execute(f"SELECT {columns} FROM read_parquet({glob})").fetchall()

    def _committed_ids(self) -> tuple[set[str], int]:
        rows = self._read("articles", "id, seq")
        return {r[0] for r in rows}, max((r[1] for r in rows), default=0)

    def known_rows(self) -> list[tuple[Any, ...]]:
        """(url, text hash, outlet) of every committed article, for :class:`KnownFilter`."""
        return self._read("articles", "url, text_hash, outlet")

    def _article_id(self, wanted: str, digest: str) -> str:
        """The reader's id when free in the dataset, else suffixed as the store does."""
        suffixed = f"{wanted}~{digest[:8]}"
        for candidate in [wanted, suffixed] + [f"{suffixed}-{n}" for n in range(2, 999)]:
            if candidate not in self.ids:
                self.ids.add(candidate)
                return candidate
        raise StoreError(f"{wanted}: a thousand articles share this id; give them distinct ids")

    def add(self, article: Article) -> int:
        """Queue one article and its events for the next commit; return how many events."""
        digest, outlet = text_hash(article.text), outlet_of(article)
        article_id = self._article_id(article.id, digest)
        self.seq += 1
        self._rows["articles"].append(article_row(article, article_id, self.seq, digest, outlet))
        for rank, event in enumerate(article.events):
            row = report_row(event, article_id, rank, outlet, article.published, self.seq)
            if article_id != article.id:  # the event ids follow the article's
                row["event_id"] = f"{article_id}-{event.event_id.removeprefix(article.id + '-')}"
            event_row = merged_event(row["event_id"], [stored_report(row)], EVENT_COLUMNS)
            self._rows["events"].append([event_row[c] for c in EVENT_COLUMNS])
            self._rows["mentions"] += mention_rows(event, row["event_id"], article_id,
                                                   row["report_id"])  # fmt: skip
        self.pending += 1
        self.pending_events += len(article.events)
        return len(article.events)

    def commit(self) -> None:
        """Write the queued chunk as Parquet and move it into place, its articles file last."""
        if not self.pending:
            return
        try:
            self._write_chunk()
        except (duckdb.Error, OSError) as error:
            raise StoreError(
                f"--output {self.directory}: writing a chunk of {self.pending} articles failed "
                f"({str(error).splitlines()[0]}); the dataset keeps the chunks before it: free "
                "the space (or fix the permissions) and re-run the same command to resume"
            ) from error
        self.pending = self.pending_events = 0

    def _write_chunk(self) -> None:
        for table, rows in self._rows.items():  # one statement a table, as the store does
            insert_columns(self.con, table, _COLUMNS[table], self.types, rows)
            rows.clear()
        self.chunks += 1
        chunk = f"part-{self.run}-{self.chunks:06d}"
        incoming = self.directory / _INCOMING / chunk
        incoming.mkdir(parents=True)
        events = "SELECT *, strftime(event_date, '%Y-%m') AS event_month FROM events"
        self.con.execute(f"COPY ({events}) TO {path_literal(incoming / 'events')} (FORMAT parquet,"
                         " PARTITION_BY (event_month), FILENAME_PATTERN 'part{i}')")  # fmt: skip
        for table in ("mentions", "articles"):
            self.con.execute(f"COPY {table} TO {path_literal(incoming / f'{table}.parquet')}"
                             " (FORMAT parquet)")  # fmt: skip
        moves = [(p, self.directory / "events" / p.parent.name / f"{chunk}.parquet")
                 for p in sorted((incoming / "events").glob("*/*.parquet"))]  # fmt: skip
        moves += [(incoming / f"{t}.parquet", self.directory / t / f"{chunk}.parquet")
                  for t in ("mentions", "articles")]  # fmt: skip
        for source, target in moves:
            target.parent.mkdir(exist_ok=True)
            os.replace(source, target)  # atomic: a reader sees a whole file or none
        shutil.rmtree(incoming)
        for table in _COLUMNS:
            self.con.execute(f"DELETE FROM {table}")

    def close(self, *, commit: bool = True) -> None:
        """Commit what is queued (unless told not to), release the tables and the directory."""
        try:
            if commit:
                self.commit()
        finally:
            self.con.close()
            shutil.rmtree(self.directory / _INCOMING, ignore_errors=True)
            self._lock.close()


def _lock(directory: Path) -> TextIO:
    """Hold the dataset's lock file: one run writes a directory at a time.

    The kernel drops the lock when the process dies, so a killed run never blocks the next.
    """
    handle = open(directory / _LOCK, "w", encoding="utf-8")  # noqa: SIM115 - held until close()
    if fcntl is not None:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.close()
            raise StoreError(f"--output {directory}: another run is writing this dataset; wait "
                             "for it, or give this run its own directory") from error  # fmt: skip
    return handle


def write_dataset(
    articles: Iterable[Article],
    pipeline: ArticlePipeline,
    *,
    db: str | Path | None,
    summary: IngestSummary,
    on_progress: Callable[[IngestProgress], None] | None = None,
    chunk_articles: int = CHUNK_ARTICLES,
    **_store_only: object,
) -> IngestSummary:
    """Extract ``articles`` with ``pipeline`` into the Parquet dataset at ``db`` (a directory).

    Articles the dataset already holds are dropped before extraction, by the store's rule.
    Takes the arguments of :func:`wirecoder.store.ingest_articles`, so ``ingest`` can use it as
    its sink; ``merge`` and ``lock_timeout`` mean nothing here (nothing merges, nothing locks).

    Example:
        >>> summary = ingest(["crawl/"], db="backfill", pipeline=Pipeline.load(),
        ...                  sink=write_dataset)                                # doctest: +SKIP
    """
    started = time.perf_counter()
    writer = DatasetWriter(Path(str(db)))
    known = KnownFilter(writer.known_rows(), ())
    extracted = 0
    try:
        for extracted, article in enumerate(pipeline.run(known(articles)), 1):
            summary.writes.events_new += writer.add(article)
            summary.writes.stored += 1
            if writer.pending >= chunk_articles:
                writer.commit()
            if on_progress is not None:
                committed = summary.writes.stored - writer.pending
                progress = IngestProgress(extracted, known.dropped, committed,
                                          time.perf_counter() - started)  # fmt: skip
                on_progress(progress)
        writer.close()
    except BaseException:
        summary.writes.stored -= writer.pending  # queued, not committed: not in the dataset
        summary.writes.events_new -= writer.pending_events
        writer.close(commit=False)
        raise
    summary.prefiltered += known.dropped
    summary.seconds = time.perf_counter() - started
    return summary
