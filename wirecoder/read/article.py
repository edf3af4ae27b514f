"""Cleaned text plus metadata to an :class:`Article` (shared by every reader)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wirecoder.clean import clean_text
from wirecoder.clean.published import dateline_published, filing_day
from wirecoder.model import Article, Skipped

__all__ = ["NOTHING_GIVEN", "Metadata", "make_article"]

NO_TEXT = "no story text left after removing the header and page chrome"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Article fields known from outside the body text (JSON fields, HTML meta tags)."""

    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    source: str | None = None
    byline: str | None = None

    def or_else(self, other: Metadata) -> Metadata:
        """These fields, each missing one taken from ``other``."""
        return Metadata(
            title=self.title or other.title,
            url=self.url or other.url,
            published=self.published or other.published,
            source=self.source or other.source,
            byline=self.byline or other.byline,
        )


NOTHING_GIVEN = Metadata()


def make_article(
    raw: str,
    *,
    article_id: str,
    origin: str,
    given: Metadata = NOTHING_GIVEN,
    fallback: Metadata = NOTHING_GIVEN,
    has_header: bool = True,
    warnings: tuple[str, ...] = (),
) -> Article | Skipped:
    """Clean ``raw`` into an Article: ``given`` beats what cleaning finds, which beats ``fallback``.

    Example:
        >>> make_article("KABUL (AFP) - A bomb exploded.", article_id="a", origin="a.txt").source
        'AFP'
    """
    cleaned = clean_text(raw, has_header=has_header)
    text = cleaned.text
    if given.title:
        # Feeds often repeat the headline as the body's first line.
        first, _, rest = text.partition("\n\n")
        if first.casefold() == given.title.casefold():
            text = rest
    if not text:
        return Skipped(origin, NO_TEXT)
    published = given.published or cleaned.published or fallback.published
    if published is not None and cleaned.dateline_date:  # a print edition or repost, stamped after the filing
        published = filing_day(published, dateline_published(cleaned.dateline_date, text, near=published))
    return Article(
        id=article_id,
        text=text,
        url=given.url or fallback.url,
        title=given.title or cleaned.title or fallback.title,
        published=published,
        dateline=cleaned.dateline,
        source=given.source or cleaned.source or fallback.source,
        byline=given.byline or cleaned.byline or fallback.byline,
        origin=origin,
        warnings=warnings + cleaned.warnings,
    )
