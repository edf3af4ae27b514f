"""The watch loop: the models loaded once, a poll every interval, a clean stop on Ctrl-C.

The first Ctrl-C (or SIGTERM) asks the loop to stop: the page being fetched is
finished, the articles already fetched are extracted and committed, and what
the poll did is saved. A second Ctrl-C aborts at once; the batch being written
is rolled back, so the store is left as after its last committed batch.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import httpx

from wirecoder.errors import InputError
from wirecoder.store.connection import connect
from wirecoder.store.ingest import ArticlePipeline
from wirecoder.watch.feeds import read_feed_list
from wirecoder.watch.fetch import Fetcher, FetchSettings
from wirecoder.watch.poll import Poller, PollReport

__all__ = ["WatchSummary", "watch"]


@dataclass
class WatchSummary:
    """What a watch did over all its polls; ``str()`` is its closing line."""

    polls: int = 0
    stored: int = 0
    events_new: int = 0
    failed_polls: int = 0
    stopped: bool = False
    last: PollReport | None = None

    def add(self, report: PollReport) -> None:
        """Count one finished poll."""
        self.polls += 1
        self.last = report
        self.stored += report.ingest.writes.stored if report.ingest else 0
        self.events_new += report.events_new

    def __str__(self) -> str:
        failed = f" ({self.failed_polls} failed)" if self.failed_polls else ""
        stop = "; stopped" if self.stopped else ""
        return (
            f"watch: {self.polls} polls{failed}, {self.stored} articles stored, "
            f"{self.events_new} new events{stop}"
        )


def watch(
    feed_list: str | Path,
    *,
    db: str | Path | None = None,
    interval: float = 900.0,
    once: bool = False,
    max_polls: int | None = None,
    pipeline: ArticlePipeline | None = None,
    settings: FetchSettings = FetchSettings(),
    transport: httpx.BaseTransport | None = None,
    stop: threading.Event | None = None,
    handle_signals: bool = False,
    on_poll: Callable[[PollReport], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
    on_stop: Callable[[], None] | None = None,
) -> WatchSummary:
    """Poll the feeds of ``feed_list`` every ``interval`` seconds (start to start) into ``db``.

    The feed list is read again before each poll, so edits apply without a
    restart (a broken edit is reported and the last good list kept). ``once``
    polls once; ``max_polls`` stops after that many; ``stop.set()`` stops between
    articles; ``handle_signals`` makes Ctrl-C and SIGTERM do that (main thread only).

    Example:
        >>> print(watch("feeds.txt", db="events.duckdb", once=True))             # doctest: +SKIP
        watch: 1 polls, 12 articles stored, 31 new events
    """
    urls = read_feed_list(feed_list)  # a bad list or store fails before the models load
    with connect(db):
        pass
    if pipeline is None:
        from wirecoder.pipeline import Pipeline

        pipeline = Pipeline.load()  # once for the life of the watch, never per poll
    stop = stop or threading.Event()
    summary = WatchSummary()
    with (
        Fetcher(settings, transport=transport, stop=stop) as fetcher,
        _stop_on_signals(stop, on_stop, enabled=handle_signals),
    ):
        poller = Poller(pipeline, db=db, fetcher=fetcher, stop=stop, on_problem=on_problem)
        while not stop.is_set():
            started = time.monotonic()
            urls = _reread(feed_list, urls, on_problem)
            try:
                report = poller.poll(urls)
            except (
                Exception
            ) as error:  # a locked store, a pipeline bug: the next poll may fare better
                if once or max_polls == 1:
                    raise
                summary.failed_polls += 1
                if on_problem is not None:
                    on_problem(f"poll failed: {type(error).__name__}: {error}")
            else:
                summary.add(report)
                if on_poll is not None:
                    on_poll(report)
            if once or (
                max_polls is not None and summary.polls + summary.failed_polls >= max_polls
            ):
                break
            stop.wait(max(0.0, interval - (time.monotonic() - started)))
    summary.stopped = stop.is_set()
    return summary


def _reread(
    feed_list: str | Path, urls: tuple[str, ...], on_problem: Callable[[str], None] | None
) -> tuple[str, ...]:
    """The feed list as it is now, or ``urls`` when an edit broke it."""
    try:
        return read_feed_list(feed_list)
    except InputError as error:
        if on_problem is not None:
            on_problem(f"{error} (polling the last good list of {len(urls)} feeds)")
        return urls


@contextmanager
def _stop_on_signals(
    stop: threading.Event, on_stop: Callable[[], None] | None, *, enabled: bool
) -> Iterator[None]:
    """While inside: the first SIGINT/SIGTERM sets ``stop``, a second SIGINT aborts."""
    if not enabled:
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        if on_stop is not None:
            on_stop()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
