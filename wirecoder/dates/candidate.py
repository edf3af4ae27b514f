"""A date expression found in a text and how it resolves to a day against an anchor (the
publication or report date for relative expressions, the date stated before for sequels).

Used by :mod:`wirecoder.dates.expressions`, which builds candidates from pattern matches, and by
:mod:`wirecoder.dates.resolve`, which picks among them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

__all__ = ["MID_MONTH", "Candidate", "latest_not_after"]

# Day given to a month-only date: ACLED's coded notes place "in May 2019 (exact date not
# reported)" on the 15th, the middle of the month.
MID_MONTH = 15


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date expression at ``text[start:end]`` with what is needed to resolve it."""

    start: int
    end: int
    kind: str  # day, range, month, year, weekday, relative, sequel
    precision: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    rule: str = ""  # for relative kinds: how to count back from the anchor
    count: int = 0
    is_report: bool = False
    # In a subordinate phrase ("Following a murder on 12 May, ..."): the event's cause, used
    # only when no other date is stated.
    is_secondary: bool = False
    phrase: str = ""
    shift: int = 0  # days from the date named: -1 for "the eve of Sunday's election"

    @property
    def relative(self) -> bool:
        """Whether the expression counts from the publication (or report) date."""
        return self.kind in ("weekday", "relative")

    def describe(self) -> str:
        """A short human reason: the phrase and its kind."""
        return f"'{self.phrase}' ({self.kind})"

    def resolve(self, anchor: date | None) -> date | None:
        """The day this expression means, given the anchor day; None if it cannot say.

        The anchor of a ``sequel`` ("the next day") is the date stated before it."""
        if self.shift:
            # The named day may lie as far past the anchor as the shift brings it back: the eve
            # of tomorrow's vote is today.
            named = replace(self, shift=0).resolve(anchor - timedelta(days=self.shift) if anchor else None)
            return named + timedelta(days=self.shift) if named is not None else None
        if self.kind == "sequel":
            return anchor + timedelta(days=self.count) if anchor is not None else None
        if self.kind == "month":
            if self.rule == "year_before" and anchor is not None:  # "in March last year"
                return _safe_date(anchor.year - 1, self.month or 1, MID_MONTH)
            if self.year is not None:
                return _safe_date(self.year, self.month or 1, MID_MONTH)
            first = latest_not_after(self.month or 1, 1, anchor) if anchor is not None else None
            return _mid_month(first, anchor) if first is not None else None
        if self.kind in ("day", "range", "year"):
            month, day = self.month or 1, self.day or 1
            if self.year is not None:
                return _safe_date(self.year, month, day)
            return latest_not_after(month, day, anchor) if anchor is not None else None
        if anchor is None:
            return None
        return _resolve_relative(self.rule, self.count, anchor)


def _mid_month(first: date, anchor: date | None) -> date:
    """The middle of the month starting ``first``, but never after ``anchor``."""
    middle = first.replace(day=MID_MONTH)
    return min(middle, anchor) if anchor is not None and anchor >= first else middle


def _safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when the day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def latest_not_after(month: int, day: int, limit: date) -> date | None:
    """The latest ``month``/``day`` on or before ``limit`` + 1 day (for yearless dates).

    Example:
        >>> latest_not_after(12, 31, date(2020, 1, 4))
        datetime.date(2019, 12, 31)
    """
    ceiling = limit + timedelta(days=1)
    for year in range(ceiling.year, ceiling.year - 8, -1):
        found = _safe_date(year, month, day)
        if found is not None and found <= ceiling:
            return found
    return None


def _resolve_relative(rule: str, count: int, anchor: date) -> date | None:
    """Day meant by a relative expression counted back from ``anchor``."""
    if rule in ("days", "night"):
        return anchor - timedelta(days=count)
    if rule in ("weekday", "weekday_strict"):
        back = (anchor.weekday() - count) % 7
        if back == 0 and rule == "weekday_strict":
            back = 7
        return anchor - timedelta(days=back)
    if rule == "weekday_last_week":
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return monday + timedelta(days=count)
    if rule == "week":  # the Wednesday of the week ``count`` weeks back, never after anchor
        monday = anchor - timedelta(days=anchor.weekday() + 7 * count)
        return min(monday + timedelta(days=2), anchor)
    if rule == "weeks_ago":
        return anchor - timedelta(days=7 * count)
    if rule == "weekend":
        return anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if rule == "month":
        year, month = anchor.year, anchor.month - count
        while month < 1:
            year, month = year - 1, month + 12
        return _mid_month(date(year, month, 1), anchor)
    if rule == "months_ago":  # the same day of the month, ``count`` months back
        year, month = anchor.year, anchor.month - count
        while month < 1:
            year, month = year - 1, month + 12
        return _safe_date(year, month, min(anchor.day, 28 if month == 2 else 30))
    if rule in ("monthday", "monthday_last"):  # "on the 3rd": the latest 3rd not after anchor
        year, month = anchor.year, anchor.month - (rule == "monthday_last")
        for _ in range(3):
            if month < 1:
                year, month = year - 1, month + 12
            day = _safe_date(year, month, count)
            if day is not None and day <= anchor:
                return day
            month -= 1
        return None
    if rule == "year":
        return date(anchor.year, 1, 1)
    return None
