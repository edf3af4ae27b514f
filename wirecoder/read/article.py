"""Cleaned text plus metadata to an :class:`Article` (shared by every reader)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wirecoder.clean import clean_text
from wirecoder.model import Article, Skipped

__all__ = ["Metadata", "make_article"]

NO_TEXT = "no story text left after removing the header and page chrome"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Article fields known from outside the body text (JSON fields, HTML meta tags)."""

    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    source: str | None = None
    byline: str | None = None


def make_article(
    raw: str,
    *,
    article_id: str,
    origin: str,
    given: Metadata = Metadata(),
    fallback: Metadata = Metadata(),
    has_header: bool = True,
    warnings: tuple[str, ...] = (),
) -> Article | Skipped:
    """Clean ``raw`` and build the Article: ``given`` beats what cleaning finds, which beats ``fallback``.

    Example:
        >>> make_article("KABUL (AFP) - A bomb exploded.", article_id="a", origin="a.txt").source
        'AFP'
    """
    cleaned = clean_text(raw, has_header=has_header)
    if not cleaned.text:
        return Skipped(origin, NO_TEXT)
    return Article(
        id=article_id,
        text=cleaned.text,
        url=given.url or fallback.url,
        title=given.title or cleaned.title or fallback.title,
        published=given.published or cleaned.published or fallback.published,
        dateline=cleaned.dateline,
        source=given.source or cleaned.source or fallback.source,
        byline=given.byline or cleaned.byline or fallback.byline,
        origin=origin,
        warnings=warnings + cleaned.warnings,
    )
