"""What a `wirecoder watch` poll costs besides extraction, against a local server (no network).

    python benchmarks/watch_bench.py [--feeds 5] [--entries 100] [--store 10000]

A store already holding ``--store`` articles, ``--feeds`` RSS feeds of ``--entries`` entries each,
every page a distinct wire-copy story; the pipeline is a stub returning articles without events,
so the figures are the watch's own: HTTP, feed parsing, page reading, the known-URL lookup and the
store's writes. Three polls are timed:

    1. every entry new: feeds and pages fetched, read and stored
    2. the feeds changed (new ETags), every entry known: no page fetched
    3. the feeds unchanged: every feed answers 304
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from watch_support import RSS_TYPE, STORIES, FeedServer, Route, StubPipeline, page, rss

from wirecoder.model import Article
from wirecoder.store import ingest_articles
from wirecoder.watch import Fetcher, FetchSettings, Poller


def _serve(server: FeedServer, feeds: int, entries: int, etag: str) -> list[str]:
    """Routes for the feeds and their pages; the feed URLs."""
    stories = list(STORIES)
    urls = []
    for f in range(feeds):
        paths = [f"/f{f}/story-{e}" for e in range(entries)]
        for e, path in enumerate(paths):
            base = page(stories[e % len(stories)])
            note = f"<p>Filed as report {f}-{e} of the desk's running coverage.</p></article>"
            server.routes[path] = Route(base.replace(b"</article>", note.encode()))
        server.routes[f"/f{f}.xml"] = Route(
            rss(server, paths), content_type=RSS_TYPE, etag=f'"{etag}-{f}"'
        )
        urls.append(server.url(f"/f{f}.xml"))
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=5)
    parser.add_argument("--entries", type=int, default=100)
    parser.add_argument("--store", type=int, default=10_000, help="articles already stored")
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp()) / "watch.duckdb"
    filler = [
        Article(
            f"old-{i}",
            f"Archive story number {i} about the weather.",
            url=f"https://archive.example/{i}",
        )
        for i in range(args.store)
    ]
    started = time.perf_counter()
    ingest_articles(filler, StubPipeline(), db=db, batch_size=1000)
    print(f"store of {args.store:,} articles built in {time.perf_counter() - started:.1f}s")
    settings = FetchSettings(host_delay=0.0)  # one local host: no politeness pause to measure
    with FeedServer() as server, Fetcher(settings) as fetcher:
        feeds = _serve(server, args.feeds, args.entries, "v1")
        poller = Poller(StubPipeline(), db=db, fetcher=fetcher)
        n = args.feeds * args.entries
        first = poller.poll(feeds)
        print(
            f"poll 1, {n} new entries fetched and stored: {first.seconds:.2f}s "
            f"({1000 * first.seconds / n:.1f} ms per entry)   [{first}]"
        )
        _serve(server, args.feeds, args.entries, "v2")
        second = poller.poll(feeds)
        print(
            f"poll 2, {n} entries all known (feeds changed): {second.seconds * 1000:.0f} ms "
            f"({1000 * second.seconds / n:.2f} ms per entry)   [{second}]"
        )
        third = poller.poll(feeds)
        print(
            f"poll 3, {args.feeds} feeds answering 304: {third.seconds * 1000:.0f} ms   [{third}]"
        )


if __name__ == "__main__":
    main()
