"""Feeds to entries and pages to articles, without a server (Fetched records built by hand)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from watch_support import BROKEN_FEED, STORIES, page

from wirecoder.model import Article, Skipped
from wirecoder.watch import Fetched, FetchError
from wirecoder.watch.entries import FeedEntry, article_from_page, parse_feed

FEED = "https://wire.example/feed"


def _rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def _item(link: str, title: str = "A story", day: str = "07") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Tue, {day} May 2024 10:00:00 +0300</pubDate></item>"
    )


def test_watch_entries_rss_items_oldest_first_with_dates_and_titles() -> None:
    body = _rss(
        _item("https://wire.example/b", "Second  story", "07"),
        _item("https://wire.example/a", "First story", "06"),
    )
    entries = parse_feed(FEED, Fetched(FEED, 200, body, "application/rss+xml")).entries
    assert [e.url for e in entries] == ["https://wire.example/a", "https://wire.example/b"]
    assert entries[1].title == "Second story"
    assert entries[1].published == datetime(2024, 5, 7, 10, tzinfo=timezone(timedelta(hours=3)))


def test_watch_entries_atom_links_resolve_against_the_final_url() -> None:
    body = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>'
        b'<entry><title>Convoy ambushed</title><link rel="alternate" href="/world/mopti"/>'
        b"<id>urn:1</id><updated>2024-05-05T11:00:00Z</updated></entry></feed>"
    )
    fetched = Fetched("https://www.wire.example/atom.xml", 200, body, "application/atom+xml")
    (entry,) = parse_feed(FEED, fetched).entries
    assert entry == FeedEntry(
        "https://www.wire.example/world/mopti",
        FEED,
        "Convoy ambushed",
        datetime(2024, 5, 5, 11, tzinfo=UTC),
    )


def test_watch_entries_items_without_a_web_link_are_left_out() -> None:
    body = _rss(
        _item("mailto:desk@wire.example"),
        "<item><title>No link</title></item>",
        _item("https://wire.example/ok"),
    )
    entries = parse_feed(FEED, Fetched(FEED, 200, body, "application/rss+xml")).entries
    assert [e.url for e in entries] == ["https://wire.example/ok"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (BROKEN_FEED, "malformed XML"),
        (
            b"<html><body><p>Subscribe to our newsletter</p></body></html>",
            "not an RSS or Atom feed",
        ),
        (b"", "not an RSS or Atom feed"),
    ],
    ids=["truncated", "html", "empty"],
)
def test_watch_entries_not_a_feed_fails_with_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(FetchError, match=reason):
        parse_feed(FEED, Fetched(FEED, 200, body, "text/xml"))


def test_watch_entries_salvaged_entries_carry_a_warning() -> None:
    body = _rss(
        _item("https://wire.example/a", "Police &amp; army deployed"),
        _item("https://wire.example/b", "Talks & truce"),
    )  # a bare & is not XML
    parsed = parse_feed(FEED, Fetched(FEED, 200, body, "application/rss+xml"))
    assert len(parsed.entries) == 2
    assert parsed.warning and "malformed XML" in parsed.warning


def test_watch_entries_page_to_article_keeps_the_entry_url_and_page_date() -> None:
    path = "/africa/garissa-police-post-attack"
    url = f"https://wire.example{path}"
    entry = FeedEntry(url, FEED, STORIES[path][0], datetime(2024, 5, 1, tzinfo=UTC))
    # The page was reached through a redirect: the entry's link stays the article's URL.
    article = article_from_page(entry, Fetched(url + "?amp=1", 200, page(path), "text/html"))
    assert isinstance(article, Article)
    assert article.url == url and article.origin == url
    assert article.id == "garissa-police-post-attack"
    assert article.title == STORIES[path][0]
    assert article.text.startswith("Suspected al-Shabaab militants attacked")
    assert article.published == datetime.fromisoformat(
        STORIES[path][1]
    )  # the page's, not the feed's
    assert article.source == "AP"


def test_watch_entries_feed_date_when_the_page_has_none() -> None:
    entry = FeedEntry("https://wire.example/t", FEED, None, datetime(2024, 5, 1, tzinfo=UTC))
    text = (
        b"NAIROBI (Reuters) - Police fired tear gas at students marching on parliament on Monday."
    )
    article = article_from_page(entry, Fetched(entry.url, 200, text, "text/plain", "utf-8"))
    assert isinstance(article, Article)
    assert article.published == entry.published
    assert article.text.startswith("Police fired tear gas")


@pytest.mark.parametrize(
    ("body", "media_type", "reason"),
    [
        (b"%PDF-1.4 \x00\x01\x02\x03" * 20, "application/pdf", "binary content"),
        (b'{"ok": true}', "application/json", "not an article page"),
        (b"<html><body><nav>Home</nav></body></html>", "text/html", "no story text"),
    ],
)
def test_watch_entries_pages_without_a_story_are_skipped(
    body: bytes, media_type: str, reason: str
) -> None:
    entry = FeedEntry("https://wire.example/x", FEED)
    skipped = article_from_page(entry, Fetched(entry.url, 200, body, media_type))
    assert isinstance(skipped, Skipped)
    assert skipped.origin == entry.url and reason in skipped.reason
