"""The library's entry points: read articles from paths, extract their events.

Example:
    >>> from wirecoder.api import extract
    >>> for event in extract(["demo/corpus"]):
    ...     print(event.event_date, event.event_type, event.location)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from wirecoder.errors import InputError
from wirecoder.model import Article, Event, Skipped
from wirecoder.pipeline import Pipeline
from wirecoder.read import read_inputs

__all__ = ["ReadTally", "extract", "extract_articles", "iter_articles", "undated_warning"]


@dataclass
class ReadTally:
    """How many inputs were read and skipped during one command."""

    read: int = 0
    skipped: int = 0


def iter_articles(
    paths: Sequence[str],
    *,
    input_format: str | None = None,
    strict: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    tally: ReadTally | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """The articles in ``paths``; bad inputs go to ``on_skip`` (or raise InputError when ``strict``),
    repairs made while reading (re-decoded bytes, kept chrome) to ``on_warning``."""
    tally = tally if tally is not None else ReadTally()
    for item in read_inputs(paths, input_format):
        if isinstance(item, Skipped):
            tally.skipped += 1
            if strict:
                raise InputError(f"{item} (--strict makes bad input fatal; drop it to skip such inputs)")
            if on_skip is not None:
                on_skip(item)
            continue
        tally.read += 1
        if on_warning is not None:
            for warning in item.warnings:
                on_warning(f"{item.origin}: warning: {warning}")
        yield item


def extract_articles(
    paths: Sequence[str],
    *,
    pipeline: Pipeline | None = None,
    input_format: str | None = None,
    strict: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    tally: ReadTally | None = None,
    on_warning: Callable[[str], None] | None = None,
    workers: int = 1,
    ontology: str = "acled",
    country: str | None = "auto",
) -> Iterator[Article]:
    """Articles from ``paths`` with their events, in input order (``ontology="plover"`` adds verbal events;
    ``country`` is assumed where a text names no place, see :meth:`Pipeline.load`)."""
    pipeline = pipeline or Pipeline.load(workers=workers, ontology=ontology, country=country)
    articles = iter_articles(paths, input_format=input_format, strict=strict, on_skip=on_skip, tally=tally,
                             on_warning=on_warning)
    for article in pipeline.run(articles):
        undated = undated_warning(article)
        if undated is not None and on_warning is not None:
            on_warning(f"{article.origin or article.id}: warning: {undated}")
        yield article


def undated_warning(article: Article) -> str | None:
    """What to tell the user when events were left without a date for want of a publication date, else None.

    Example:
        >>> undated_warning(Article(id="a", text="...")) is None
        True
    """
    undated = sum(1 for e in article.events if e.event_date is None)
    if not undated or article.published is not None:
        return None
    return (f"{undated} of {len(article.events)} events left undated: the text names no year for them and no "
            "publication date was found; give one (a stamp line such as 'Published: 14 March 2019' above the "
            "story, or a 'published' field in JSON lines input)")


def extract(paths: Sequence[str], **options: object) -> Iterator[Event]:
    """Every event in the articles at ``paths`` (options as for :func:`extract_articles`)."""
    for article in extract_articles(paths, **options):  # type: ignore[arg-type]
        yield from article.events
