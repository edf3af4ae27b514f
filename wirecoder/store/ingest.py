"""``wirecoder ingest``: read, extract and store articles, one transaction per batch.

    read  ->  known? (a snapshot of the store)  ->  Pipeline.run  ->  BatchWriter
              dropped before extraction                             one transaction a batch

Articles already stored are dropped before extraction, so re-running an ingest
(after a crash, or over an overlapping crawl) costs only reading. The writer
checks again inside each transaction, so the store never depends on that
snapshot. Between batches the file is closed, so other processes can read it.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import duckdb

from wirecoder.model import Article, Skipped
from wirecoder.store.connection import LOCK_TIMEOUT, check_store, connect, resolve_db
from wirecoder.store.identity import outlet_of, text_hash
from wirecoder.store.schema import StoreError, column_types
from wirecoder.store.write import BatchWriter, WriteTally

__all__ = [
    "ArticlePipeline",
    "IngestProgress",
    "IngestSummary",
    "KnownFilter",
    "ingest",
    "ingest_articles",
    "storable",
]

BATCH_SIZE = 32  # articles per transaction: a crash loses at most this much extraction work


class ArticlePipeline(Protocol):
    """Anything turning articles into articles with events, like ``wirecoder.pipeline.Pipeline``."""

    def run(self, articles: Iterable[Article]) -> Iterator[Article]: ...


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """How far an ingest has got, for a progress line."""

    extracted: int  # articles through the pipeline so far
    known: int  # articles skipped because the store has them
    committed: int  # articles in committed batches
    seconds: float

    def __str__(self) -> str:
        rate = self.extracted / self.seconds if self.seconds else 0.0
        return (
            f"ingest: {self.extracted} articles extracted ({rate:.1f}/s), {self.committed} stored, "
            f"{self.known} already known"
        )


@dataclass
class IngestSummary:
    """What one ingest did; ``str()`` is the one-line summary the CLI prints."""

    db: Path
    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> inputs
    writes: WriteTally = field(default_factory=WriteTally)
    prefiltered: int = 0  # known articles dropped before extraction
    seconds: float = 0.0

    @property
    def known(self) -> int:
        """Articles already in the store (nothing was written for them)."""
        return self.prefiltered + self.writes.known

    def __str__(self) -> str:
        skipped = f"{sum(self.skipped.values())} skipped"
        if self.skipped:
            skipped += (
                " (" + ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common()) + ")"
            )
        replaced = f" ({self.writes.replaced} replaced)" if self.writes.replaced else ""
        removed = f", {self.writes.events_removed} removed" if self.writes.events_removed else ""
        return (
            f"ingest: {self.read} articles read, {skipped}, {self.known} already known, "
            f"{self.writes.stored} stored{replaced}; events: {self.writes.events_new} new, "
            f"{self.writes.events_merged} merged{removed}; {self.db} in {self.seconds:.1f}s"
        )


_SURROGATE = re.compile("[\ud800-\udfff]")
_TEXT_FIELDS = ("id", "text", "url", "title", "dateline", "source", "byline", "origin")


def storable(article: Article) -> Article:
    r"""The article with lone surrogates (from a JSON escape like ``\ud800``) replaced by U+FFFD.

    DuckDB stores UTF-8 only; one character for one keeps every offset valid.

    Example:
        >>> storable(Article("a", "bad " + chr(0xD800) + " text")).text == "bad \ufffd text"
        True
    """
    changes = {
        name: _SURROGATE.sub("\ufffd", value)
        for name in _TEXT_FIELDS
        if isinstance(value := getattr(article, name), str) and _SURROGATE.search(value)
    }
    return article.replace(**changes) if changes else article


def _reason(skipped: Skipped) -> str:
    """The kind of problem, without the details that differ per input (for counting)."""
    return re.split(r" \(|: ", skipped.reason, maxsplit=1)[0]


class KnownFilter:
    """Drops articles the store (as it was when the ingest began) or this run already has."""

    def __init__(self, rows: Iterable[tuple[str | None, str, str | None]],
                 superseded: Iterable[tuple[str, str]]) -> None:
        self.by_url: dict[str, str] = {}
        self.outlets: dict[str, set[str | None]] = {}
        self.superseded = set(superseded)  # (url, text hash) of older versions
        for url, digest, outlet in rows:
            self._remember(url, digest, outlet)
        self.dropped = 0

    def _remember(self, url: str | None, digest: str, outlet: str | None) -> None:
        if url:
            if url in self.by_url:
                self.superseded.add((url, self.by_url[url]))
            self.by_url[url] = digest
        self.outlets.setdefault(digest, set()).add(outlet)

    def known(self, article: Article) -> bool:
        """The writer's rule (store/write.py) on the snapshot; remembers what it lets through."""
        digest, outlet = text_hash(article.text), outlet_of(article)
        stored = self.by_url.get(article.url) if article.url else None
        if stored is not None:
            found = stored == digest or (article.url, digest) in self.superseded
        else:
            outlets = self.outlets.get(digest, set())
            found = any(o is None or outlet is None or o == outlet for o in outlets)
        if found:
            self.dropped += 1
        else:
            self._remember(article.url, digest, outlet)
        return found

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        return (a for a in map(storable, articles) if not self.known(a))


def ingest_articles(
    articles: Iterable[Article],
    pipeline: ArticlePipeline,
    *,
    db: str | Path | None = None,
    merge: bool = True,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[IngestProgress], None] | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Extract ``articles`` with ``pipeline`` and store them in ``db``, one transaction per batch.

    Example:
        >>> from wirecoder.pipeline import Pipeline
        >>> ingest_articles([Article("a1", "Gunmen killed five villagers.")], Pipeline.load(),
        ...                 db="events.duckdb").writes.events_new              # doctest: +SKIP
        1
    """
    started = time.perf_counter()
    path = resolve_db(db)
    summary = summary if summary is not None else IngestSummary(path)
    types: dict[tuple[str, str], str] | None = None
    if path.exists():
        with connect(path, timeout=lock_timeout) as con:  # upgrades an older store first
            known = KnownFilter(
                con.execute("SELECT url, text_hash, outlet FROM articles").fetchall(),
                con.execute("SELECT url, text_hash FROM superseded").fetchall(),
            )
            types = column_types(con)
    else:
        # A new store is created by the first batch written: inputs that hold no article
        # leave no empty store behind.
        known = KnownFilter([], [])
    batch: list[Article] = []
    committed = 0
    for extracted, article in enumerate(pipeline.run(known(articles)), 1):
        batch.append(article)
        if len(batch) >= batch_size:
            types = _write(path, batch, merge, summary.writes, lock_timeout, types)
            committed += len(batch)
            batch = []
        if on_progress is not None:
            on_progress(
                IngestProgress(extracted, known.dropped, committed, time.perf_counter() - started)
            )
    if batch:
        _write(path, batch, merge, summary.writes, lock_timeout, types)
    summary.prefiltered += known.dropped
    summary.seconds = time.perf_counter() - started
    return summary


def _write(
    path: Path,
    batch: Sequence[Article],
    merge: bool,
    tally: WriteTally,
    lock_timeout: float,
    types: dict[tuple[str, str], str] | None,
) -> dict[tuple[str, str], str]:
    """Store one batch in one transaction: all of it, or (on any failure) none of it.

    Returns the store's column types (read here when the store was new), for the next batch.
    """
    with connect(path, timeout=lock_timeout) as con:  # creates the store on the first batch
        types = types if types is not None else column_types(con)
        con.execute("BEGIN TRANSACTION")
        attempt = WriteTally()
        try:
            BatchWriter(con, merge=merge, tally=attempt, types=types).add_all(batch)
            con.execute("COMMIT")
        except duckdb.Error as error:
            con.execute("ROLLBACK")
            first = batch[0].origin or batch[0].id
            raise StoreError(
                f"{path}: writing the batch that starts at {first} failed, nothing of it was stored"
                " "
                f"({str(error).splitlines()[0]}); re-run the same ingest to resume"
            ) from error
        except BaseException:
            con.execute("ROLLBACK")
            raise
    tally.absorb(attempt)
    return types


def ingest(
    paths: Sequence[str],
    *,
    db: str | Path | None = None,
    merge: bool = True,
    workers: int = 1,
    input_format: str | None = None,
    strict: bool = False,
    batch_size: int = BATCH_SIZE,
    pipeline: ArticlePipeline | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[IngestProgress], None] | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
    sink: Callable[..., IngestSummary] | None = None,
) -> IngestSummary:
    """Everything ``wirecoder extract`` reads at ``paths``, extracted and stored in ``db``.

    ``sink`` (default :func:`ingest_articles`) takes its arguments and writes somewhere else,
    e.g. ``wirecoder.engines.write_dataset`` to a Parquet dataset at ``db``.

    Example:
        >>> summary = ingest(["demo/corpus"], db="events.duckdb")                   # doctest: +SKIP
        >>> print(summary)                                                       # doctest: +SKIP
        ingest: 20 articles read, 0 skipped, 0 already known, 20 stored; events: 71 new, ...
    """
    from wirecoder.api import (
        ReadTally,
        iter_articles,
    )  # here: the api loads spaCy, `events` need not

    started = time.perf_counter()
    summary = IngestSummary(resolve_db(db))
    tally = ReadTally()

    def skip(item: Skipped) -> None:
        summary.skipped[_reason(item)] += 1
        if on_skip is not None:
            on_skip(item)

    if pipeline is None:
        check_store(db, timeout=lock_timeout)  # a bad --db fails before the models load
        from wirecoder.pipeline import Pipeline

        pipeline = Pipeline.load(workers=workers)
    articles = iter_articles(paths, input_format=input_format, strict=strict, on_skip=skip,
                             tally=tally, on_warning=on_warning)
    try:
        (sink or ingest_articles)(articles, pipeline, db=db, merge=merge, batch_size=batch_size,
                                  on_progress=on_progress, lock_timeout=lock_timeout,
                                  summary=summary)
    finally:
        summary.read = tally.read
    summary.seconds = time.perf_counter() - started  # loading the models included
    return summary
