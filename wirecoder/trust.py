"""How far an event's final coding supports it: the confidence a user filters on (``--min-confidence``).

Detection weighs the words of a mention (:mod:`wirecoder.events.confidence`); once the event is placed, dated
and given sides, what is missing or hedged tells more: an event with no place, no side, no date, told as
hearsay, or dated long before (or after) the article is less likely one ACLED codes from it. Each lack lowers the
confidence; the order of the events (ranked already) does not change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecoder.model import Article, Event
from wirecoder.retelling import reported_after

__all__ = ["weigh", "weighed"]

# Hearsay and hedging: "reportedly", "allegedly", "unconfirmed reports", "is believed to have", "may have been".
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|unconfirmed|unverified|rumou?rs?|rumou?red|"
    r"(?:is|are|was|were)\s+(?:believed|thought|feared|suspected)\s+to\s+have|"
    r"(?:may|might|could)\s+have\s+(?:been\s+)?\w+ed|it\s+(?:is|was)\s+(?:not\s+)?(?:clear|known)\s+(?:whether|if))\b",
    re.IGNORECASE,
)
_NO_PLACE = 0.15  # no place found: the event cannot be coded
_NO_SIDE = 0.1  # no actor at all: a cue without anyone doing it
_HEARSAY = 0.1
_NO_DAY = 0.1  # no date read though the article has one: an event known to no day
_LONG_BEFORE = 0.15  # dated over a month before the article: background the story recalls
_AFTER = 0.2  # dated after the article: planned, not held
_TOLD_TWICE = 0.3  # a lede dated only by its report, with the same kind of event at its place dated days before
_LONG = 31  # days
_FLOOR = 0.05


def weighed(article: Article, event: Event) -> Event:
    """``event`` with its confidence lowered for each thing its coding lacks.

    Example:
        >>> weighed(Article(id="a", text=""), Event("a", "e", "Battles", "Armed clash", "Fighting reportedly broke out.",
        ...                                          0, 0, confidence=0.8)).confidence
        0.45
    """
    lowered = 0.0
    if not event.location:
        lowered += _NO_PLACE
    if not event.actor1:
        lowered += _NO_SIDE
    if _HEDGED.search(event.notes or ""):
        lowered += _HEARSAY
    if event.event_date is None:
        # an undated source (a feed without dates, a coder's note) dates none of its events: no lack of this event
        lowered += _NO_DAY if article.published else 0.0
    elif article.published:
        days = (article.published.date() - event.event_date).days
        if days > _LONG:
            lowered += _LONG_BEFORE
        elif days < 0:
            lowered += _AFTER
    if _told_twice(article, event):
        lowered += _TOLD_TWICE
    if not lowered:
        return event
    return replace(event, confidence=round(max(_FLOOR, event.confidence - lowered), 3))


def _told_twice(article: Article, event: Event) -> bool:
    """Whether ``event`` is a lede dated only by when it was said ("The coalition said on Monday it had struck
    Houthi targets in Saada") beside an event of the same kind at the same place the story dates days before
    ("Coalition jets struck Houthi positions in Saada on Sunday night") that sides told apart kept from it: most
    likely the one event told twice."""
    return bool(event.location) and any(
        other is not event and (other.sub_event_type, other.location) == (event.sub_event_type, event.location)
        and reported_after(event, other) for other in article.events)


def weigh(article: Article) -> Article:
    """The article with each event's confidence :func:`weighed`."""
    return article.replace(events=tuple(weighed(article, e) for e in article.events))
