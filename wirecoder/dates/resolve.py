"""When an event happened: date expressions in the evidence, resolved against the publication date.

Precision follows ACLED: 1 the day is known, 2 a range of days or a week, 3 only the
month. Choices where ACLED's codebook leaves room, so users can rely on them:

* a range ("3-4 May", "between 3 and 5 May", "3, 4 and 5 May", "from Monday to Wednesday")
  -> its first day, 2; one night ("the night of 3 to 4 May", "Saturday night into Sunday")
  -> the day it ended, 1;
* a week ("last week", "the week of 16 July", "the last week of May") -> its Wednesday (or
  the middle of its seven days), 2 (as ACLED's coded notes do); "over the past week" -> three
  days before the report, 2; a weekend ("at the weekend", "this past weekend") -> its Saturday, 2;
* a month ("in June 2011", "last month", "earlier this month") -> the 15th, 3 (ACLED's
  coded notes put month-only events mid-month), never after the publication date;
* a year only ("earlier this year") -> 1 January, 3: ACLED cannot code a year, and 3 is
  its coarsest precision; ``reason`` says so;
* no date in the evidence or its paragraph -> the publication date, 2; a dateline's day up to a week
  before the publication date ("IMPHAL, May 14:" in the next morning's paper) stands in for it.

Dates that are not the event's are skipped: "since June 2008", "from late May" with no end
after it (a start, like "since"), "by December", "next week", "in three years", "year-end",
"expected in court on Monday", a dateline's date ("MAIDUGURI, Nigeria, June 18 2018
(Reuters) -", which is the story's: it stands in for a missing publication date). Dates
attached to a speech verb ("police said on Sunday", "On Sunday, police said ...") are used
only when no other date is stated; without a publication date, a date later in the
paragraph dates an otherwise undated sentence. A date in a relative clause about a participant
("Ali, who was arrested in May, was shot dead on Friday") is that participant's history: a month
there is dropped, a day used only when no other is stated.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from wirecoder.clean.dateline import find_dateline
from wirecoder.clean.published import dateline_published, filing_day, parse_published
from wirecoder.dates.expressions import Candidate
from wirecoder.dates.expressions import find_candidates as _find_candidates
from wirecoder.model import EventDate

# parse_published is the readers' (wirecoder.clean.published), offered here too: one parser
# for every publication date, so dates read the same whichever way they come in.
__all__ = ["parse_published", "resolve_event_date"]

_DATELINE_MAX = 160  # characters: a dateline is a place, a date and an agency


@functools.lru_cache(maxsize=4096)
def _candidates(text: str, lower: int, upper: int) -> tuple[Candidate, ...]:
    """find_candidates, remembered: the events of one article scan the same paragraphs again."""
    return tuple(_find_candidates(text, lower, upper))


@functools.lru_cache(maxsize=1024)
def _dated_candidates(text: str, lower: int) -> tuple[Candidate, ...]:
    """The candidates from ``lower`` to the end that may be a day with its year, remembered."""
    return tuple(_find_candidates(text, lower, len(text), dated=True))


def find_candidates(text: str, lower: int, upper: int) -> list[Candidate]:
    """The date expressions in ``text[lower:upper]`` (a fresh list of shared, frozen candidates).

    A dateline's date ("MOGADISHU, Aug 3 2019 (AFP) -") is the story's, never an event's: skipped.
    """
    lower = max(lower, _filed(text)[0])
    return list(_candidates(text, lower, upper)) if lower < upper else []


@functools.lru_cache(maxsize=1024)
def _filed(text: str) -> tuple[int, datetime | None]:
    """Where a dateline opening ``text`` ends (0 without one), and the filing date it prints.

    Cleaning takes datelines out of articles it reads; text given as is may still hold one.
    """
    found = find_dateline(text[:_DATELINE_MAX])
    if found is None:
        return 0, None
    return found.end, dateline_published(found.date, text) if found.date else None


@functools.lru_cache(maxsize=1024)
def _filing(text: str, published: datetime) -> datetime:
    """``published``, or the day a dateline opening ``text`` prints when the story was filed up to a week
    before it (see ``filing_day``)."""
    found = find_dateline(text[:_DATELINE_MAX])
    if found is None or not found.date:
        return published
    return filing_day(published, dateline_published(found.date, text, near=published))


def _paragraph_start(text: str, start: int) -> int:
    """Offset where the paragraph holding ``start`` begins."""
    cut = text.rfind("\n", 0, start)
    return cut + 1


def _paragraph_end(text: str, end: int) -> int:
    """Offset where the paragraph holding ``end`` ends."""
    cut = text.find("\n", end)
    return len(text) if cut < 0 else cut


def _anchor_from(candidates: list[Candidate], published: datetime | None) -> date | None:
    """The day relative expressions count from: a stated report date, else publication."""
    for cand in candidates:
        if cand.is_report and cand.year is not None and cand.kind == "day":
            return cand.resolve(None)
    return published.date() if published is not None else None


class _YearAnchor:
    """A day that fixes the year of yearless dates: publication, else a dated mention.

    Computed on first use, since it may need a scan of the whole text.
    """

    def __init__(self, text: str, in_span: list[Candidate], anchor: date | None) -> None:
        self._text, self._in_span, self._anchor = text, in_span, anchor
        self._done = anchor is not None
        self._value = anchor

    def get(self) -> date | None:
        """The anchor day, or None when neither publication nor text gives a year."""
        if not self._done:
            self._done = True
            for cands in (self._in_span, None):
                if cands is None:  # the whole text after any dateline
                    cands = list(_dated_candidates(self._text, _filed(self._text)[0]))
                for cand in cands:
                    if cand.year is not None and cand.kind in ("day", "range"):
                        self._value = cand.resolve(None)
                        return self._value
        return self._value


# Besides a comma or bracket, what may stand between a relative date and the explicit one spelling
# it out: "over the weekend of 7-8 November".
_SPELLING = re.compile(r"\s*,?\s+of\s+(?:the\s+)?")


def _spelled_out(
    text: str, cand: Candidate, ordered: list[Candidate], index: int, last: bool
) -> Candidate | None:
    """The explicit date right after a relative one ("on Monday [3 July]", "the weekend of 7-8 May"), if any."""
    if not cand.relative and cand.kind != "sequel":
        return None
    following = index - 1 if last else index + 1
    if not 0 <= following < len(ordered):
        return None
    nxt = ordered[following]
    between = (cand.end, max(cand.end, nxt.start))
    if not nxt.relative and nxt.kind != "sequel" and (
        0 <= nxt.start - cand.end <= 3 or _SPELLING.fullmatch(text, *between)
    ):
        return nxt
    return None


class _Resolver:
    """Resolves the date candidates of one text against its anchors."""

    def __init__(self, text: str, anchor: date | None, year_anchor: _YearAnchor) -> None:
        self.text, self.anchor, self.year_anchor = text, anchor, year_anchor

    def day_of(self, cand: Candidate) -> date | None:
        """The day ``cand`` means: relative ones from the anchor, sequels from the date before them."""
        if cand.kind == "sequel":
            # Its own paragraph first: "... said on Tuesday that its aircraft had bombed ... the previous
            # day" counts from the Tuesday, not from an event dated a paragraph before.
            return cand.resolve(self.stated_before(cand.start, paragraph=True) or self.said_before(cand.start)
                                or self.stated_before(cand.start))
        return cand.resolve(self.anchor if cand.relative else self.year_anchor.get())

    def pick(
        self, candidates: list[Candidate], *, last: bool, reports: bool = True
    ) -> tuple[Candidate, date] | None:
        """The first (or last) event date among ``candidates`` that resolves, reports last."""
        ordered = candidates[::-1] if last else candidates
        # "overnight" dates an event only when nothing else in the pool names its day.
        ordered = sorted(ordered, key=lambda c: c.rule == "night")
        finest = 3  # after an unresolvable date, only a date as precise may stand in for it
        for want_report in (False, True) if reports else (False,):
            for index, cand in enumerate(ordered):
                if (cand.is_report or cand.is_secondary) != want_report or cand.precision > finest:
                    continue
                spelled = _spelled_out(self.text, cand, ordered, index, last)
                if spelled is not None:
                    cand = spelled
                day = self.day_of(cand)
                if day is not None:
                    return cand, day
                finest = min(finest, cand.precision)
        return None

    def stated_before(self, offset: int, paragraph: bool = False) -> date | None:
        """The nearest event date stated before ``offset`` (a sequel's reference); with ``paragraph``,
        only in the paragraph of ``offset``."""
        end = offset
        while end > 0:
            begin = _paragraph_start(self.text, max(0, end - 1))
            pool = [c for c in find_candidates(self.text, begin, end) if c.kind != "sequel"]
            chosen = self.pick(pool, last=True, reports=False)
            if chosen is not None:
                return chosen[1]
            if paragraph:
                return None
            end = begin - 1 if begin > 0 else 0
        return None

    def said_before(self, offset: int) -> date | None:
        """The day of the report stated before ``offset`` in its paragraph, when no event date is:
        "the army said on Wednesday it had repelled an attack the previous day"."""
        begin = _paragraph_start(self.text, offset)
        for cand in reversed(find_candidates(self.text, begin, offset)):
            if cand.is_report and cand.kind != "sequel":
                return self.day_of(cand)
        return None

    def earlier_paragraphs(self, para_start: int) -> tuple[Candidate, date] | None:
        """The nearest day or week stated for an event in a paragraph before ``para_start``.

        Wire copy dates its lead and leaves the details that follow undated ("In Kisumu,
        police shot dead a student"): they happened when the story's last stated date says.
        Month-only dates there are mostly background and are passed over.
        """
        end = para_start - 1
        while end > 0:
            begin = _paragraph_start(self.text, end)
            pool = [c for c in find_candidates(self.text, begin, end) if c.precision <= 2]
            chosen = self.pick(pool, last=True, reports=False)
            if chosen is not None:
                return chosen
            end = begin - 1
        return None


def resolve_event_date(
    text: str, start: int, end: int, published: datetime | None
) -> EventDate:
    """When the event evidenced by ``text[start:end]`` happened.

    Looks in the span first, then (weaker) in the preceding sentences of its paragraph,
    then in earlier paragraphs (for a day or week), then falls back to the publication
    date with precision 2. Offsets of the chosen expression point into ``text`` (-1 when
    inferred). Without a publication date, a date that names no year ("13 July") cannot
    be resolved: the result is then ``None`` with a reason saying so, as ACLED codes only
    full dates.

    Example:
        >>> from datetime import datetime
        >>> s = "Gunmen killed four villagers on Saturday, police said on Sunday."
        >>> ev = resolve_event_date(s, 0, len(s), datetime(2011, 7, 3, 16, 28))
        >>> ev.date.isoformat(), ev.precision, s[ev.start:ev.end]
        ('2011-07-02', 1, 'on Saturday')
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    published = _filed(text)[1] if published is None else _filing(text, published)
    in_span = find_candidates(text, start, end)
    anchor = _anchor_from(in_span, published)
    # The year for a yearless date comes from the publication date, else from any dated
    # mention in the text: scanning the whole text is costly, so only when needed.
    resolver = _Resolver(text, anchor, _YearAnchor(text, in_span, anchor))

    chosen = resolver.pick(in_span, last=False)
    where = "in the evidence"
    before: list[Candidate] = []
    para_start = _paragraph_start(text, start)
    if chosen is None:
        before = find_candidates(text, para_start, start) if para_start < start else []
        chosen = resolver.pick(before, last=True)
        where = "in a preceding sentence"
    if chosen is None and para_start > 0:
        chosen = resolver.earlier_paragraphs(para_start)
        where = "in an earlier paragraph"
    if chosen is None and published is None:
        # With nothing else to go by, a date later in the paragraph ("Police dispersed
        # students in Nakuru. They were protesting fees on September 29, 2017.") is the
        # best guess; with a publication date, that date is the safer fallback.
        after = find_candidates(text, end, _paragraph_end(text, end))
        chosen = resolver.pick(after, last=False, reports=False)
        where = "in a following sentence"
    if chosen is not None:
        cand, day = chosen
        reason = f"{cand.describe()} {where}"
        return EventDate(day, cand.precision, cand.start, cand.end, reason)
    if published is not None:
        return EventDate(published.date(), 2, -1, -1, "publication date")
    stated = in_span or before
    if stated:
        reason = f"'{stated[0].phrase}' names no year and there is no publication date"
        return EventDate(None, None, -1, -1, reason)
    return EventDate(None, None, -1, -1, "no date in text and no publication date")
