"""``wirecoder watch``: poll RSS and Atom feeds, fetch their new articles, ingest them.

    feeds.py    the feed list (FEEDS.txt) and --interval                   InputError, IntervalError
    fetch.py    one polite GET: user agent, timeouts, retries, size cap, ETag / If-Modified-Since
    entries.py  feed XML -> entries (feedparser); an entry's page -> Article (wirecoder's readers)
    state.py    the store's ``feeds`` and ``feed_entries``: validators, settled entry pages
    poll.py     one poll: feeds -> new entries -> pages -> store.ingest_articles; its log line
    run.py      the loop: models loaded once, a poll every interval, Ctrl-C stops between articles

Example:
    >>> from wirecoder.watch import watch
    >>> print(watch("feeds.txt", db="events.duckdb", once=True))                 # doctest: +SKIP
    watch: 1 polls, 12 articles stored, 31 new events
"""

from wirecoder.watch.feeds import IntervalError, parse_interval, read_feed_list
from wirecoder.watch.fetch import USER_AGENT, Fetched, Fetcher, FetchError, FetchSettings
from wirecoder.watch.poll import Poller, PollReport
from wirecoder.watch.run import WatchSummary, watch

__all__ = [
    "USER_AGENT",
    "FetchError",
    "FetchSettings",
    "Fetched",
    "Fetcher",
    "IntervalError",
    "PollReport",
    "Poller",
    "WatchSummary",
    "parse_interval",
    "read_feed_list",
    "watch",
]
