"""Events told in a clause apart in time from their sentence's report ("Troops killed 40 militants
on Friday, a day after a suicide bomber killed 30"): the distance that sets them apart, and the
date it gives."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import timedelta

from wirecoder.dates import resolve_event_date
from wirecoder.model import Article, Event, EventDate
from wirecoder.retelling import tells_its_day

__all__ = ["BY_ITS_DAY", "joined_date", "told_apart", "told_apart_by", "told_in"]


# How far from the report a clause told apart in time is: "a day after", "two days after", "hours after".
_APART_BY = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+)?(?P<unit>hours?|days?|nights?|weeks?)\s+"
    r"(?P<way>after|before)\s+$", re.I
)
# A clause detect set apart by its own day ("arrested 12 people after [a grenade attack on Sunday ...]").
BY_ITS_DAY = re.compile(r"\w\s+(?:after|before)\s+$", re.I)
_UNITS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def told_apart_by(text: str, event: Event) -> re.Match[str] | None:
    """The distance ("a day after") that opens the clause detect set apart in time as ``event``'s evidence."""
    return _APART_BY.search(text, max(0, event.evidence_start - 30), event.evidence_start)


def told_apart(article: Article, event: Event) -> EventDate | None:
    """The date of an event told in a clause apart in time from its sentence's report ("Troops killed 40
    militants on Friday, a day after a suicide bomber killed 30"): the report's day, moved by the distance."""
    apart = told_apart_by(article.text, event)
    if apart is None or tells_its_day(article.text[event.evidence_start : event.evidence_end]):
        return None  # "came hours after a motorcycle bomb blew up in Khar on Tuesday morning": its own day
    opening = article.sentences[told_in(article, event)].start if article.sentences else 0
    report = resolve_event_date(article.text, opening, apart.start(), article.published)
    if report.date is None or report.precision != 1:
        return None
    unit = apart["unit"].lower()
    if apart["n"] is None and not unit.startswith("hour"):
        return None  # "days after": no distance to count back
    word = (apart["n"] or "").lower()
    n = _UNITS.get(word) or (int(word) if word.isdigit() else 1)
    days = 0 if unit.startswith("hour") else n * (7 if unit.startswith("week") else 1)
    moved = report.date - timedelta(days=days) if apart["way"].lower() == "after" else report.date + timedelta(days=days)
    precision = 2 if unit.startswith("week") else 1
    return EventDate(moved, precision, apart.start(), apart.end(), f"{apart.group(0).strip()} the report of {report.date}")


def told_in(article: Article, event: Event) -> int:
    """The index of the sentence an event is told in (a clause detect split off starts inside one)."""
    return max(bisect_right([s.start for s in article.sentences], event.evidence_start) - 1, 0)


# A clause joined after the event's own in its sentence: "A bomb tore through a van in Quetta [and a grenade attack
# hit a market in Peshawar on Monday]".
_JOINED_AFTER = re.compile(r"\s*[,;]?\s*(?:and|while)\s", re.I)


def joined_date(article: Article, event: Event) -> EventDate | None:
    """The date of an event whose clause is joined to another that tells the day for both ("A bomb tore through a
    van in Quetta and a grenade attack hit a market in Peshawar on Monday"), when its own words name none."""
    if not article.sentences:
        return None
    sentence = article.sentences[told_in(article, event)]
    if event.evidence_end >= sentence.end or not _JOINED_AFTER.match(article.text, event.evidence_end):
        return None
    own = resolve_event_date(article.text, event.evidence_start, event.evidence_end, article.published)
    if own.start >= event.evidence_start:
        return None  # its own day
    shared = resolve_event_date(article.text, event.evidence_start, sentence.end, article.published)
    return shared if shared.start >= event.evidence_end else None
