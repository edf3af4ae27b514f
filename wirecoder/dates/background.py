"""Background told inside a news story: events dated, or set, long before its publication.

A wire story tells its news by the day ("on Sunday") and its history by the year or an earlier month
("The war began in 2014 when ...", "The deadliest attack came in January, when ..."); ACLED codes the
news, not the history, which was coded when it was news.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["is_background", "told_as_history", "told_last_month"]

# Events dated this long before publication are background ("The war began in 2014 when ..."), not news.
_BACKGROUND = timedelta(days=365)
# ... and a day told more than a month before: news reports the days just past (ACLED's notes are days old).
_STALE = timedelta(days=31)


_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+(?:early |late |mid-)?(?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b")
_IN_DECADE = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hrough|[Ss]ince)\s+the\s+(?:early |late |mid-)?((?:19|20)\d0)s\b")


# A sentence that opens on an earlier month ("In May, RSF fighters stormed Mellit", "In September last year, a
# helicopter attack ...") is how wire copy tells history after the news; the news itself is told by its day.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_OPENS_ON_MONTH = re.compile(
    rf"^\W*(?:(?:Earlier |Back |Also )?[Ii]n|Last) (?:early |late |mid-)?(?:{_MONTHS})(?: (?:last year|(?:19|20)\d\d))?,"
)

# "The deadliest attack came in January, when ...": a month's event told as the measure of the news, history
_MONTH_RECALLED = re.compile(
    rf"\b(?:came|was|occurred|happened) in (?:early |late |mid-)?(?:{_MONTHS})\b|"
    rf"\bin (?:early |late |mid-)?(?:{_MONTHS}),? when\b"
)
# "since January last year, when a blast killed 80", "recaptured large areas last year": told by last year (and
# its month), an event is the story's history once that month (or the year) ended a month before publication.
_LAST_YEAR = re.compile(rf"\b(?:(?:early |late |mid-)?(?P<month>{_MONTHS})(?: \d{{1,2}})? )?last year\b")
# "In the past, the group has said ...", "Previously, ...": a sentence opening on the past tells history.
_HISTORY_OPENER = re.compile(r"^\W*(?:In the past|Previously|Historically|In recent years|Over the years|"
                             r"For (?:years|decades))\b")
# "Last month, a faction broke away": a development reported a month on is still news (ACLED codes it); on violence
# told so beside a story's news, see told_last_month.
_LAST_MONTH = re.compile(r"\b(?:last|this|past) month\b", re.I)
# "In 2019, gunmen killed 15 people at a bar in Salvatierra, and in 2022 a shooting ... left 12": a sentence that
# opens on a year tells history by it, whatever later year it goes on to.
_OPENS_ON_YEAR = re.compile(rf"^\W*(?:(?:Back |Earlier |Also )?[Ii]n|During) (?:early |late |mid-)?(?:(?:{_MONTHS}) )?"
                            r"((?:19|20)\d\d),")


def _month_before(day: date) -> date:
    """The first day of the month before ``day``'s."""
    first = day.replace(day=1)
    return (first - timedelta(days=1)).replace(day=1)


def is_background(sentence: str, when: date | None, published: date, precision: int | None = None) -> bool:
    """Whether the event happened long before the story: dated, or set "in 2006", over a year earlier;
    or told as history by an earlier month ("The deadliest attack came in January, when ...")."""
    if when is not None and when < published - _BACKGROUND:
        return True
    if when is not None and precision == 1 and when < published - _STALE:
        return True  # "The military seized power on Feb. 1", two months before: the story's history
    if when is not None and when < published.replace(day=1) and _OPENS_ON_MONTH.match(sentence):
        return True
    if when is not None and precision == 3 and when < published.replace(day=1) and not _LAST_MONTH.search(sentence) \
            and (when < _month_before(published) or _MONTH_RECALLED.search(sentence)):
        # news is told by its day; an event the story can date only by a month gone before the last, or recalls
        # from the last, is its history. The last month told as news still is: "attacked a post in mid-November,
        # the army said in a statement on Friday" on 3 December
        return True
    if _HISTORY_OPENER.match(sentence) or _told_last_year(sentence, published):
        return True
    opening = _OPENS_ON_YEAR.match(sentence)
    if opening and date(int(opening[1]), 12, 31) < published - _STALE:
        return True
    years = [int(y) for y in _IN_YEAR.findall(sentence)]
    # "clashes between the Kukis and the Nagas in the 1990s, in which hundreds were killed": a decade gone by
    years += [int(d) + 9 for d in _IN_DECADE.findall(sentence)]
    return bool(years) and max(years) < published.year - 1


def _told_last_year(sentence: str, published: date) -> bool:
    """Whether the sentence dates its event by last year (or a month of it) that ended over a month before
    ``published``."""
    told = _LAST_YEAR.search(sentence)
    if told is None:
        return False
    month = _MONTHS.split("|").index(told["month"]) + 1 if told["month"] else 12
    ended = date(published.year - 1, month, 28) + timedelta(days=4)
    return ended.replace(day=1) < published - _STALE


# "Last month, twin car bombs killed more than 100 people": a sentence opening on last month tells history after the
# news, as one opening on an earlier month does ("a group last month claimed a rocket attack" may be the news).
_OPENS_ON_LAST_MONTH = re.compile(r"^\W*(?:(?:Early|Late|Earlier) )?[Ll]ast month,")


def told_last_month(sentence: str, when: date | None, published: date, precision: int | None) -> bool:
    """Whether the sentence opens on last month and dates the event by it alone ("Last month, twin car bombs killed
    more than 100 people"): beside a story's news, violence or a protest told so is its history."""
    return when is not None and precision == 3 and when < published.replace(day=1) \
        and _OPENS_ON_LAST_MONTH.match(sentence) is not None


# A page whose date was not read ("Today, 9:44 pm") still tells its history in the words of history.
_OPENS_ON_LAST = re.compile(r"^\W*(?:Last (?:month|year)|(?:Earlier )?[Tt]his year),")


def told_as_history(sentence: str, development: bool = True) -> bool:
    """Whether a story of unknown date tells the event as history by its words alone: opening on the past ("In
    the past, ..."), recalling a month ("The deadliest attack came in January, when ..."), or, unless it is a
    ``development``, opening on last month or last year ("Last month, a gunman killed two brothers in Huwara")."""
    return bool(_HISTORY_OPENER.match(sentence) or _MONTH_RECALLED.search(sentence)
                or (not development and _OPENS_ON_LAST.match(sentence)))

