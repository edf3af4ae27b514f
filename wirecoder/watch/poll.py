"""One poll: every feed asked (conditionally), new entry pages fetched, their articles ingested.

    feeds   --Fetcher.get(If-None-Match, If-Modified-Since)-->  entries (parse_feed)
    entries --minus stored articles and settled entries-->     new entries
    new     --Fetcher.get, article_from_page-->  ingest_articles (one transaction per batch)
    then    feeds' validators and entries' outcomes saved      (state.save_poll)

A feed or a page that fails is reported and counted; the others go on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from wirecoder.model import Article, Skipped
from wirecoder.store.connection import connect, resolve_db
from wirecoder.store.ingest import (
    ArticlePipeline,
    IngestProgress,
    IngestSummary,
    ingest_articles,
)
from wirecoder.watch.entries import FeedEntry, article_from_page, parse_feed
from wirecoder.watch.fetch import FEED_ACCEPT, Fetcher, FetchError
from wirecoder.watch.state import (
    MAX_ATTEMPTS,
    EntryOutcome,
    FeedState,
    entry_states,
    feed_states,
    save_poll,
)

__all__ = ["PollReport", "Poller"]

WATCH_BATCH = 8  # articles per transaction: fetching is slow, so commit often


@dataclass
class PollReport:
    """What one poll did; ``str()`` is the one line ``wirecoder watch`` logs."""

    started: datetime
    feeds: int = 0  # feeds asked
    not_modified: int = 0  # feeds that answered 304
    feeds_failed: int = 0
    entries: int = 0  # entries with a link in the feeds read
    new: int = 0  # entries neither stored nor settled by an earlier poll
    fetched: int = 0  # entry pages fetched
    failed: int = 0  # entry pages that could not be fetched or read
    ingest: IngestSummary | None = None  # None when there was nothing to ingest
    seconds: float = 0.0
    stopped: bool = False  # cut short by a stop request
    problems: list[str] = field(default_factory=list)

    @property
    def events_new(self) -> int:
        """Events added to the store (not counting reports merged into stored events)."""
        return self.ingest.writes.events_new if self.ingest else 0

    def __str__(self) -> str:
        notes = [
            f"{n} {what}"
            for n, what in ((self.not_modified, "not modified"), (self.feeds_failed, "failed"))
            if n
        ]
        feeds = f"{self.feeds} feeds" + (f" ({', '.join(notes)})" if notes else "")
        writes = self.ingest.writes if self.ingest else None
        stored = writes.stored if writes else 0
        merged = writes.events_merged if writes else 0
        stop = "; stopped" if self.stopped else ""
        return (
            f"{self.started.isoformat(timespec='seconds')} poll: {feeds}, {self.entries} entries, "
            f"{self.new} new, {self.fetched} fetched, {self.failed} failed, {stored} stored; "
            f"events: {self.events_new} new, {merged} merged; {self.seconds:.1f}s{stop}"
        )


class Poller:
    """Polls a list of feeds into one store; keeps its pipeline and HTTP client across polls.

    Example:
        >>> from wirecoder.pipeline import Pipeline
        >>> with Poller(Pipeline.load(), db="events.duckdb") as poller:          # doctest: +SKIP
        ...     print(poller.poll(["https://news.example/rss.xml"]))
        2026-11-25T10:15:00+03:00 poll: 1 feeds, 20 entries, 20 new, 20 fetched, 0 failed, ...
    """

    def __init__(
        self,
        pipeline: ArticlePipeline,
        *,
        db: str | Path | None = None,
        fetcher: Fetcher | None = None,
        merge: bool = True,
        stop: threading.Event | None = None,
        on_problem: Callable[[str], None] | None = None,
        batch_size: int = WATCH_BATCH,
    ) -> None:
        self.pipeline = pipeline
        self.db = resolve_db(db)
        self.stop = stop or threading.Event()
        self._owns_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(stop=self.stop)
        self.merge = merge
        self.batch_size = batch_size
        self._on_problem = on_problem

    def __enter__(self) -> Poller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client, unless the caller passed it in (then it is theirs to close)."""
        if self._owns_fetcher:
            self.fetcher.close()

    def poll(self, feed_urls: Sequence[str]) -> PollReport:
        """Ask every feed once, fetch and ingest its new entries, remember what was done."""
        clock = time.perf_counter()
        report = PollReport(started=datetime.now().astimezone())
        with connect(self.db) as con:  # creates or upgrades the store before any request
            validators = feed_states(con)
        feeds: dict[str, FeedState] = {}
        entries: dict[str, FeedEntry] = {}  # by URL: an entry in two feeds is fetched once
        for url in feed_urls:
            if self.stop.is_set():
                report.stopped = True
                break
            report.feeds += 1
            feeds[url] = self._read_feed(url, validators.get(url, (None, None)), entries, report)
        with connect(self.db) as con:
            state = entry_states(con, list(entries))
        new = [e for e in entries.values() if e.url not in state.settled]
        report.entries, report.new = len(entries), len(new)
        outcomes: dict[str, EntryOutcome] = {}
        committed = [0]  # articles in committed batches, in the order they were read

        def progress(state: IngestProgress) -> None:
            committed[0] = state.committed

        try:
            if new:
                report.ingest = ingest_articles(
                    self._articles(new, outcomes, report),
                    self.pipeline,
                    db=self.db,
                    merge=self.merge,
                    batch_size=self.batch_size,
                    on_progress=progress,
                )
        except Exception as error:
            # The failing batch was rolled back: count a try for each of its entries, so that an
            # article that always breaks extraction is given up after MAX_ATTEMPTS polls.
            reason = f"ingest failed: {type(error).__name__}: {error}"
            read = [o for o in outcomes.values() if o.outcome == "read"]
            for outcome in read[committed[0] :]:
                outcomes[outcome.url] = EntryOutcome(
                    outcome.url, outcome.feed_url, "failed", reason
                )
            self._save(feeds, outcomes, new, state.attempts, report)
            raise
        self._save(feeds, outcomes, new, state.attempts, report)
        report.seconds = time.perf_counter() - clock
        return report

    def _read_feed(
        self,
        url: str,
        saved: tuple[str | None, str | None],
        entries: dict[str, FeedEntry],
        report: PollReport,
    ) -> FeedState:
        """Fetch and parse one feed, adding its entries; a failure is reported, never raised."""
        etag, modified = saved
        try:
            fetched = self.fetcher.get(
                url,
                max_bytes=self.fetcher.settings.max_feed_bytes,
                accept=FEED_ACCEPT,
                etag=etag,
                last_modified=modified,
            )
            if fetched.not_modified:
                report.not_modified += 1
                return FeedState(url, "not modified")
            parsed = parse_feed(url, fetched)
        except FetchError as error:
            report.feeds_failed += 1
            self._problem(report, f"feed {error}")
            return FeedState(url, error.reason)
        if parsed.warning:
            self._problem(report, f"feed {url}: {parsed.warning}")
        for entry in parsed.entries:
            entries.setdefault(entry.url, entry)
        return FeedState(url, "ok", fetched.etag, fetched.last_modified, save_validators=True)

    def _articles(
        self, new: Sequence[FeedEntry], outcomes: dict[str, EntryOutcome], report: PollReport
    ) -> Iterator[Article]:
        """Fetch the new entries' pages, one at a time, until done or asked to stop."""
        max_bytes = self.fetcher.settings.max_page_bytes
        for entry in new:
            if self.stop.is_set():
                report.stopped = True
                return
            try:
                page = self.fetcher.get(entry.url, max_bytes=max_bytes)
            except FetchError as error:
                if self.stop.is_set():  # interrupted, not failed: the next poll tries it afresh
                    report.stopped = True
                    return
                report.failed += 1
                self._problem(report, f"entry {error}")
                outcomes[entry.url] = EntryOutcome(
                    entry.url, entry.feed_url, "failed", error.reason
                )
                continue
            report.fetched += 1
            item = article_from_page(entry, page)
            if isinstance(item, Skipped):
                self._problem(report, f"entry {item}")
                outcomes[entry.url] = EntryOutcome(
                    entry.url, entry.feed_url, "skipped", item.reason
                )
                continue
            outcomes[entry.url] = EntryOutcome(entry.url, entry.feed_url, "read")
            yield item

    def _save(
        self,
        feeds: dict[str, FeedState],
        outcomes: dict[str, EntryOutcome],
        new: Sequence[FeedEntry],
        attempts: dict[str, int],
        report: PollReport,
    ) -> None:
        """Save the outcomes; a feed keeps its old validators while an entry of it is unsettled."""
        unsettled = {
            e.feed_url
            for e in new
            if e.url not in outcomes
            or (outcomes[e.url].outcome == "failed" and attempts.get(e.url, 0) + 1 < MAX_ATTEMPTS)
        }
        states = [f if f.url not in unsettled else _keeping(f) for f in feeds.values()]
        with connect(self.db) as con:
            now = report.started.astimezone(UTC).replace(tzinfo=None)
            save_poll(con, states, outcomes.values(), now)

    def _problem(self, report: PollReport, message: str) -> None:
        report.problems.append(message)
        if self._on_problem is not None:
            self._on_problem(message)


def _keeping(feed: FeedState) -> FeedState:
    """``feed`` with its saved validators kept."""
    return FeedState(feed.url, feed.status, save_validators=False)
