"""Feeds to entries (feedparser); an entry's fetched page to an Article (wirecoder's readers)."""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import feedparser

from wirecoder.clean.published import parse_published
from wirecoder.decode import decode_bytes
from wirecoder.model import Article, Skipped
from wirecoder.read.article import Metadata, make_article
from wirecoder.read.html import article_from_html
from wirecoder.watch.fetch import Fetched, FetchError

__all__ = ["FeedEntry", "ParsedFeed", "article_from_page", "parse_feed"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
_SLUG = re.compile(r"[^\w-]+")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the article's URL and what the feed says about it."""

    url: str
    feed_url: str
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's entries with a link, newest last; ``warning`` when its XML had to be repaired."""

    entries: tuple[FeedEntry, ...]
    warning: str | None = None


def parse_feed(feed_url: str, fetched: Fetched) -> ParsedFeed:
    """The entries of an RSS or Atom document; FetchError when it is neither.

    Example:
        >>> rss = (b'<rss version="2.0"><channel><title>Desk</title><item><title>Curfew in Kisumu'
        ...        b'</title><link>https://news.example/kisumu</link></item></channel></rss>')
        >>> parse_feed("https://news.example/rss", Fetched("https://news.example/rss", 200, rss))
        ParsedFeed(entries=(FeedEntry(url='https://news.example/kisumu', ...),), warning=None)
    """
    # Bytes, never a URL: feedparser given a URL would fetch it itself, unlimited.
    headers = {"content-location": fetched.url}
    if fetched.media_type:
        charset = f"; charset={fetched.charset}" if fetched.charset else ""
        headers["content-type"] = fetched.media_type + charset
    parsed: Any = feedparser.parse(fetched.body, response_headers=headers, sanitize_html=False)
    entries = [_entry(feed_url, item) for item in parsed.get("entries", [])]
    found = tuple(e for e in entries if e is not None)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    xml_error = _xml_error(problem)
    if not parsed.get("version") and not found:
        reason = f"malformed XML ({xml_error})" if xml_error else "not an RSS or Atom feed"
        raise FetchError(feed_url, f"{reason}; check the URL in the feed list")
    if xml_error and not found:
        raise FetchError(feed_url, f"malformed XML ({xml_error}), no entry could be read")
    if found:
        found = tuple(reversed(found)) if _newest_first(found) else found
    warning = f"malformed XML ({xml_error}), {len(found)} entries salvaged" if xml_error else None
    return ParsedFeed(found, warning)


def _xml_error(problem: object) -> str | None:
    """A parse failure worth reporting; feedparser's charset notes are not."""
    if problem is None or type(problem).__name__ in {
        "CharacterEncodingOverride",
        "NonXMLContentType",
        "CharacterEncodingUnknown",
    }:
        return None
    line = getattr(problem, "getLineNumber", None)
    where = f" at line {line()}" if callable(line) else ""
    return f"{problem}{where}"


def _entry(feed_url: str, item: Any) -> FeedEntry | None:
    """A FeedEntry for a feed item with an http(s) link, else None."""
    link = str(item.get("link") or "").strip()
    if urlsplit(link).scheme not in ("http", "https"):
        return None
    title = " ".join(str(item.get("title") or "").split()) or None
    return FeedEntry(url=link, feed_url=feed_url, title=title, published=_published(item))


def _published(item: Any) -> datetime | None:
    """The entry's date as written (keeping its UTC offset), else feedparser's UTC reading."""
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        if isinstance(item.get(raw), str) and (value := parse_published(item[raw])) is not None:
            return value
        if isinstance(item.get(parsed), time.struct_time):
            return datetime.fromtimestamp(calendar.timegm(item[parsed]), tz=UTC)
    return None


def _newest_first(entries: tuple[FeedEntry, ...]) -> bool:
    """Whether the feed lists its newest entry first (most do); older stories are read first."""
    first, last = entries[0].published, entries[-1].published
    if first is None or last is None:
        return True
    return _comparable(first) >= _comparable(last)


def _comparable(value: datetime) -> datetime:
    """Naive datetimes as UTC, so they compare with aware ones."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def article_from_page(entry: FeedEntry, page: Fetched) -> Article | Skipped:
    """The story of an entry's page, cleaned like any HTML or text input.

    The entry's link is the article's URL (so a later poll knows it) and the
    feed's headline its title; the page's own publication time beats the feed's.

    Example:
        >>> entry = FeedEntry("https://news.example/a", "https://news.example/rss", "Car bomb")
        >>> html = b"<html><body><p>MOGADISHU (AP) - A car bomb exploded.</p></body></html>"
        >>> article_from_page(entry, Fetched(entry.url, 200, html, "text/html")).source
        'AP'
    """
    article_id = _article_id(entry.url)
    text = _decode(page)
    if text is None:
        return Skipped(entry.url, f"binary content ({page.media_type or 'no content type'})")
    given = Metadata(title=entry.title, url=entry.url)
    if page.media_type == "text/plain":
        article = make_article(text, article_id=article_id, origin=entry.url, given=given)
    elif page.media_type in _HTML_TYPES or page.media_type.endswith("+xml"):
        article = article_from_html(text, article_id=article_id, origin=entry.url, given=given)
    else:
        return Skipped(entry.url, f"not an article page (content type {page.media_type})")
    if isinstance(article, Article) and article.published is None and entry.published:
        article = article.replace(published=entry.published)
    return article


def _decode(page: Fetched) -> str | None:
    """The page as text: the charset the server declared when it fits, else wirecoder's guess."""
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common; the content decides
    return decode_bytes(page.body).text


def _article_id(url: str) -> str:
    """A readable id from the URL's last path segment (the store makes ids unique)."""
    parts = urlsplit(url)
    segments = [s for s in PurePosixPath(parts.path).parts if s not in ("/", "")]
    stem = PurePosixPath(segments[-1]).stem if segments else ""
    slug = _SLUG.sub("-", stem).strip("-")[:80]
    return slug or (parts.hostname or "entry")
