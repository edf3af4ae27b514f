"""HTML pages to articles: trafilatura for the main text and metadata, lxml as the fallback."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree

from wirecoder.clean.published import parse_published
from wirecoder.model import Article, Skipped
from wirecoder.read.article import NOTHING_GIVEN, Metadata, make_article

__all__ = ["article_from_html"]

# Below this many characters trafilatura has probably missed the story (or the
# page is a fragment); the paragraph fallback then gets a chance.
_FEWEST_WORDS = 8  # fewer words of text than this are page chrome, not a story
_MIN_TEXT = 200
_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                "svg", "button", "select", "figure", "figcaption")  # fmt: skip
# Tags that name the publication time, read before JSON-LD's datePublished; the looser ones (a bare "date"
# meta, any <time>, which may be the page's "Updated" stamp) only after it.
_DATE_META = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:published_time' or @itemprop='datePublished' or @name='pubdate'"
    " or @name='publishdate' or @name='publish-date' or @name='DC.date.issued'"
    " or @name='parsely-pub-date' or @name='sailthru.date']/@content"
    " | //*[@itemprop='datePublished']/@datetime"
)
_LOOSE_DATE = (
    "//meta[@name='date' or @name='dc.date']/@content"
    " | //time[@datetime][not(@itemprop='dateModified' or contains(translate(@class, 'UM', 'um'), 'updat')"
    " or contains(translate(@class, 'UM', 'um'), 'modif'))]/@datetime"
)
# htmldate's extensive search takes any year in the text ("© 2021") for the date.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
_HAS_DOCUMENT = re.compile(r"<(?:html|body)\b", re.I)

# trafilatura logs a warning for every page it discards; the reader reports those itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def article_from_html(
    html: str,
    *,
    article_id: str,
    origin: str,
    given: Metadata = NOTHING_GIVEN,
    fallback: Metadata = NOTHING_GIVEN,
    warnings: tuple[str, ...] = (),
) -> Article | Skipped:
    """Extract the story of an HTML page, then clean it like a text dump.

    ``given`` (e.g. fields of a JSONL record) beats what the page says;
    ``fallback`` (e.g. a WARC record's fetch date) fills only what it leaves out.

    Example:
        >>> page = "<html><body><p>KABUL (AFP) - A bomb exploded, police said.</p></body></html>"
        >>> article_from_html(page, article_id="p", origin="p.html").text
        'A bomb exploded, police said.'
    """
    if not _HAS_DOCUMENT.search(html[:4096]):
        html = f"<html><body><div>{html}</div></body></html>"  # trafilatura rejects bare fragments
    tree = _parse(html)
    if tree is None:
        return Skipped(origin, "HTML page could not be parsed (is it truncated or not HTML?)")
    document = _trafilatura(html)
    text = (document.text or "") if document is not None else ""
    if len(text) < _MIN_TEXT:
        paragraphs = _paragraph_text(tree)
        if len(paragraphs) > len(text):
            text = paragraphs
    if not text.strip():
        return Skipped(origin, "no story text found in the HTML page")
    if len(text.split()) < _FEWEST_WORDS:
        # A page of menus, a cookie notice and a footer: next to nothing left once the chrome is removed.
        return Skipped(origin, f"no story text found in the HTML page (only {len(text.split())} words of menus)")
    found = _page_metadata(tree, document)
    # Extracted lines are paragraphs: blank lines stop the cleaner re-joining them.
    body = "\n\n".join(line for line in text.splitlines() if line.strip())
    # The page's own title, URL and timestamp beat lines guessed from the body;
    # its site name does not beat the agency of a dateline ("(Reuters)").
    page = Metadata(
        title=given.title or found.title,
        url=given.url or found.url,
        published=given.published or found.published,
        source=given.source,
        byline=given.byline,
    )
    return make_article(
        body, article_id=article_id, origin=origin, given=page, fallback=found.or_else(fallback),
        warnings=warnings,
    )


def _parse(html: str) -> Any | None:
    """An lxml tree of ``html``, or None when lxml cannot make one."""
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        try:
            return lxml.html.document_fromstring(html.encode("utf-8", errors="replace"))
        except (etree.ParserError, ValueError):
            return None


def _trafilatura(html: str) -> Any | None:
    """trafilatura's main text and metadata, or None when it finds no article."""
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None


def _paragraph_text(tree: Any) -> str:
    """The text of every <p> once page furniture elements are removed."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree))  # a copy: the caller's tree stays whole
    for element in list(tree.iter(*_CHROME_TAGS)):
        element.drop_tree()
    paragraphs = (" ".join(p.text_content().split()) for p in tree.iter("p"))
    return "\n".join(p for p in paragraphs if p)


def _page_metadata(tree: Any, document: Any | None) -> Metadata:
    """Title, URL, publication time, site name and author from the page."""
    title = url = source = byline = None
    day: str | None = None
    if document is not None:
        title, url, byline = document.title, document.url, document.author
        source = document.sitename or document.hostname
        day = document.date
    title = title or _first_text(tree, "//meta[@property='og:title']/@content | //h1 | //title")
    published = _published(tree, day)
    return Metadata(title=title, url=url, published=published, source=source, byline=byline)


def _published(tree: Any, day: str | None) -> datetime | None:
    """Publication time from meta tags and JSON-LD (with the time), else htmldate's day."""
    candidates = [str(value) for value in tree.xpath(_DATE_META)]
    candidates.extend(_json_ld_dates(tree))
    candidates.extend(str(value) for value in tree.xpath(_LOOSE_DATE))
    for candidate in candidates:
        parsed = parse_published(candidate)
        if parsed is not None:
            return parsed
    if day is None:
        # No metadata at all from trafilatura: ask htmldate directly (offline, the tree is given).
        day = find_date(tree, **_DATE_PARAMS)
    return parse_published(day) if day else None


def _json_ld_dates(tree: Any) -> Iterator[str]:
    """``datePublished`` values in the page's JSON-LD blocks."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    yield item["datePublished"]
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)


def _first_text(tree: Any, xpath: str) -> str | None:
    """The first non-empty text an XPath selects."""
    for value in tree.xpath(xpath):
        text = value if isinstance(value, str) else value.text_content()
        text = " ".join(str(text).split())
        if text:
            return text
    return None
