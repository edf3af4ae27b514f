"""Date expressions in news copy ("On 9 May 2020", "on Friday night", "last month"), found and resolved.

:func:`find_candidates` lists the expressions in a slice of text as :class:`Candidate`
records; each resolves to a day given an anchor (the publication or report date for
relative ones, any day fixing the year for yearless ones). Choosing among them is
:mod:`wirecoder.dates`' job.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from wirecoder.dates.candidate import MID_MONTH, Candidate, latest_not_after
from wirecoder.dates.patterns import (
    APPROX_AFTER,
    APPROX_BEFORE,
    BACKGROUND_BEFORE,
    CLAUSE_TAIL,
    DAYS_AFTER,
    EVE_BEFORE,
    FOUND_AFTER,
    FROM_BEFORE,
    HINTS,
    LATER_DEATH_BEFORE,
    NAMES_EVENT_AFTER,
    NEEDS,
    NIGHT_BEFORE,
    NOT_BACKGROUND,
    OPENS_SENTENCE,
    OTHER_CALENDAR_AFTER,
    PATTERNS,
    POSSESSIVE,
    RANGE_END_AFTER,
    REPORT_AFTER,
    RELATIVE_CLAUSE,
    RELATIVE_CLAUSE_END,
    REPORT_BEFORE,
    SENTENCE_OPENING,
    SPAN_AFTER,
    SPAN_BEFORE,
    SPEAKER_AFTER,
    SUBORDINATE,
    WEEK_OF,
    WEEKDAYS,
)
from wirecoder.dates.readings import (
    ambiguous_month,
    count_word,
    day_number,
    month_first,
    month_number,
    word_rule,
    year_number,
)

# Candidate, MID_MONTH and latest_not_after are the candidates' own (wirecoder.dates.candidate),
# offered here too: what find_candidates returns is read with them.
__all__ = ["MID_MONTH", "Candidate", "find_candidates", "latest_not_after"]

_INSIDE_WORD = re.compile(r"\w\w")
# Kinds of pattern whose matches may be a day (or range) with a year; PATTERNS lists them first.
DATED_KINDS = frozenset({"iso", "dm", "numeric", "range_numeric", "range_dm", "range_md", "md", "month_week"})
_DATED_PATTERNS = next(i for i, (kind, _) in enumerate(PATTERNS) if kind not in DATED_KINDS)



def _build(kind: str, match: re.Match[str], text: str) -> Candidate | None:
    """A candidate from one pattern match, or None when it is not a usable date."""
    g = match.groupdict()
    phrase = match.group(0)
    mon_token = g.get("mon")
    if mon_token and ambiguous_month(mon_token) and not g.get("y") and kind not in ("dm",):
        return None
    common = {"start": match.start(), "end": match.end(), "phrase": phrase}
    if kind == "iso":
        return Candidate(kind="day", precision=1, year=int(g["y"]), month=int(g["m"]),
                         day=int(g["d"]), **common)  # fmt: skip
    if kind in ("numeric", "numeric_dm"):
        first, second = int(g["a"]), int(g["b"])
        day_first = second <= 12 and not (first <= 12 and month_first(text))
        day, month = (first, second) if day_first else (second, first)
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        return Candidate(kind="day", precision=1, year=year_number(g.get("y")), month=month,
                         day=day, **common)  # fmt: skip
    if kind == "range_numeric":
        first, last, month = int(g["d1"]), int(g["d2"]), int(g["m"])
        if not (1 <= month <= 12 and 1 <= first < last <= 31):
            return None
        return Candidate(kind="range", precision=2, year=int(g["y"]), month=month, day=first, **common)
    if kind in ("range_dm", "range_md"):
        month = month_number(g.get("m1") or mon_token or "")
        end_month = month_number(g.get("m2") or mon_token or "")
        first, last = day_number(g["d1"]), day_number(g["d2"])
        if month == end_month and last <= first:
            return None
        if NIGHT_BEFORE.search(text, max(0, match.start() - 20), match.start()) and (
            last == first + 1 or (last == 1 and end_month != month)
        ):
            # "the night of 23 to 24 November": one night, coded (as ACLED does) on the day it ended.
            year = year_number(g.get("y"))
            if year is not None and end_month < month:
                year += 1
            return Candidate(kind="day", precision=1, year=year, month=end_month, day=last, **common)
        return Candidate(kind="range", precision=2, year=year_number(g.get("y")), month=month,
                         day=first, **common)  # fmt: skip
    if kind in ("dm", "md"):
        day = day_number(g["d"])
        return Candidate(kind="day", precision=1, year=year_number(g.get("y")),
                         month=month_number(mon_token or ""), day=day, **common)  # fmt: skip
    if kind == "month_week":
        # The middle of its seven days, as for any week; the last week ends with the month.
        month = month_number(mon_token or "")
        nth = (g.get("nth") or "").lower()
        day = {"first": 4, "second": 11, "third": 18, "fourth": 25}.get(nth, 0)
        if not day:
            last = 28 if month == 2 else (30 if month in (4, 6, 9, 11) else 31)
            day = last - 3
        return Candidate(kind="day", precision=2, year=year_number(g.get("y")), month=month, day=day,
                         **common)  # fmt: skip
    if kind in ("my", "month"):
        if kind == "month" and (mon_token or "")[0].islower():
            return None
        month = month_number(mon_token or "")
        if (g.get("which") or "").lower() == "last":  # "in March last year": counted from the report
            return Candidate(kind="month", precision=3, rule="year_before", month=month, **common)
        return Candidate(kind="month", precision=3, year=year_number(g.get("y")), month=month,
                         **common)  # fmt: skip
    if kind == "weekday":
        pre = " ".join((g.get("pre") or "").lower().split())
        if pre == "next":
            return None
        weekday = WEEKDAYS.index(g["wd"].lower())
        rule = "weekday_last_week" if g.get("lw") else (
            "weekday_strict" if pre in ("last", "past", "this past") else "weekday")
        return Candidate(kind="weekday", precision=1, rule=rule, count=weekday, **common)
    if kind == "weekday_range":
        return _weekday_range(g, match, text, common)
    if kind == "monthday":
        rule = "monthday_last" if (g.get("which") or "").lower() == "last" else "monthday"
        return Candidate(kind="relative", precision=1, rule=rule, count=int(g["d"]), **common)
    # relative
    if g.get("ago"):
        count = count_word(g["ago"])
        if count is None:
            return None
        unit = g["unit"].lower()
        if unit.startswith(("day", "night")):
            return Candidate(kind="relative", precision=1, rule="days", count=count, **common)
        if unit == "fortnight":
            count *= 2
        if unit.startswith("week") or unit == "fortnight":
            return Candidate(kind="relative", precision=2, rule="weeks_ago", count=count,
                             **common)  # fmt: skip
        return Candidate(kind="relative", precision=3, rule="months_ago", count=count, **common)
    if kind == "sequel":
        return _sequel(g, common)
    rule, count, precision = word_rule(phrase)
    return Candidate(kind="relative", precision=precision, rule=rule, count=count, **common)


def _weekday_range(
    g: dict[str, str | None], match: re.Match[str], text: str, common: dict[str, object]
) -> Candidate:
    """A span of weekdays ("from Monday to Wednesday"): its first day, precision 2; one night
    ("Saturday night into Sunday", "the night of Saturday to Sunday"): the day it ended."""
    first = WEEKDAYS.index((g["wd"] or "").lower())
    last = WEEKDAYS.index((g["wd2"] or "").lower())
    # "from Monday to Wednesday last week": the days of the week before the report's
    rule = "weekday_last_week" if g.get("lw") else "weekday"
    # "Tuesday-Wednesday night" is one night; "Monday and Tuesday night" two days.
    night = (
        g.get("nt")
        or (g.get("nt2") and g.get("dash"))
        or NIGHT_BEFORE.search(text, max(0, match.start() - 20), match.start())
    )
    if night and last == (first + 1) % 7:
        return Candidate(kind="weekday", precision=1, rule=rule, count=last,
                         **common)  # type: ignore[arg-type]
    return Candidate(kind="weekday", precision=2, rule=rule, count=first,
                     **common)  # type: ignore[arg-type]


def _sequel(g: dict[str, str | None], common: dict[str, object]) -> Candidate | None:
    """A date counted from the one stated before it: "the next day", "two days later"."""
    if g.get("sn"):
        number = g["sn"] or ""
        count = count_word(number)
        if count is None:
            return None
        weeks = (g.get("su") or "").lower().startswith("week")
        days = count * (7 if weeks else 1) * (-1 if (g.get("dir") or "").lower() == "earlier" else 1)
        precision = 2 if weeks else 1
    elif g.get("rel"):
        days = {"next": 1, "following": 1, "same": 0}.get((g["rel"] or "").lower(), -1)
        precision = 1
    elif g.get("dir2"):
        days, precision = (1 if (g["dir2"] or "").lower() == "after" else -1), 1
    else:  # "later that day"
        days, precision = 0, 1
    # A day before the date stated usually dates a cause ("protesting a killing the day before").
    return Candidate(kind="sequel", precision=precision, count=days, is_secondary=days < 0,
                     **common)  # type: ignore[arg-type]


_SAID = re.compile(r"\b(?:said|says|told|announced|reported|stated|confirmed)\b", re.IGNORECASE)


def _adjust(cand: Candidate, text: str) -> Candidate | None:
    """Apply the words around a candidate: drop background dates, mark report and approximate ones."""
    before = text[max(0, cand.start - 60) : cand.start]
    before = CLAUSE_TAIL.search(before).group(0)  # type: ignore[union-attr]
    after = text[cand.end : cand.end + 50]
    if BACKGROUND_BEFORE.search(before) and not NOT_BACKGROUND.search(before):
        return None
    if (
        cand.kind != "range" and FROM_BEFORE.search(before) and not RANGE_END_AFTER.match(after)
        and not POSSESSIVE.match(after)  # "the toll from Sunday's blast": that blast's day
    ):
        return None  # "continuing from late May": when it began, not the event's day
    if OTHER_CALENDAR_AFTER.match(after):
        return None  # "2079-01-28 BS": a Nepali (or Hijri) date, no Gregorian day
    if cand.kind == "month" and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return None  # "the March 2012 bus station bombing": names another event
    eve = EVE_BEFORE.search(before) is not None
    if NAMES_EVENT_AFTER.match(after) and not eve and not (
        POSSESSIVE.match(after) and SENTENCE_OPENING.search(before)
    ):
        # "the August 8 polls", "protesting Saturday's killings": names another event; but
        # "Tuesday's attack left two dead" opens its sentence and dates that sentence's event.
        return None
    changes: dict[str, object] = {"shift": -1} if eve else {}
    distance = DAYS_AFTER.search(before) if cand.kind in ("day", "weekday") else None
    words = distance.group("n").lower() if distance else ""
    later = 2 if words == "a couple of" else (count_word(words) if words else None)
    if distance and later:
        changes["shift"] = later * (7 if distance.group("unit").lower().startswith("week") else 1)
    if REPORT_BEFORE.search(before) or REPORT_AFTER.search(after):
        changes["is_report"] = True
    elif OPENS_SENTENCE.match(before) and SPEAKER_AFTER.match(after):
        changes["is_report"] = True
    sentence = re.split(r"[.;!?\n]\s", text[max(0, cand.start - 160) : cand.start])[-1]
    if (SUBORDINATE.match(sentence) and not FOUND_AFTER.search(sentence) and "shift" not in changes) \
            or LATER_DEATH_BEFORE.search(before):
        # "died in hospital on Tuesday": a victim's later death, coded on the attack's day
        changes["is_secondary"] = True
    elif RELATIVE_CLAUSE.search(sentence) and RELATIVE_CLAUSE_END.match(after):
        if cand.precision >= 3:
            return None  # "who joined the strike in February": a month in a life story, no news day
        changes["is_secondary"] = True
    elif cand.kind == "sequel" and cand.is_secondary and _SAID.search(sentence):
        # "The army said on Wednesday it had repelled an attack the previous day": the day
        # before the statement is the event's, not a cause's.
        changes["is_secondary"] = False
    week = WEEK_OF.search(before)
    if week and cand.kind == "day":
        shift = 2 if week.group("how").lower() in ("of", "beginning", "starting", "commencing") else 0
        day = cand.resolve(None)
        changes["precision"] = 2
        if day is not None and shift:
            moved = day + timedelta(days=shift)
            changes.update(year=moved.year, month=moved.month, day=moved.day)
        elif shift:  # yearless: shift inside the month when it fits, else keep the start
            if cand.day is not None and cand.day + shift <= 28:
                changes["day"] = cand.day + shift
    elif re.match(r"\s*\(month of\)", after, re.IGNORECASE):
        changes["precision"] = 3  # "3 May 2019 (month of)": only the month is known
    elif cand.precision == 1 and (APPROX_BEFORE.search(before) or APPROX_AFTER.search(after)
                                  or (SPAN_BEFORE.search(before) and SPAN_AFTER.match(after))):
        changes["precision"] = 2
    if not changes:
        return cand
    return dataclasses.replace(cand, **changes)  # type: ignore[arg-type]


def _hints(text: str, lower: int, upper: int) -> set[str]:
    """The HINTS found in ``text[lower:upper]``, as if searched in that slice.

    Searching ``text`` between the offsets spares a copy; it differs from the slice only
    at ``lower`` inside a word (a hint's leading ``\\b`` sees the letter before it), so
    that case takes the copy.
    """
    if 0 < lower < upper and _INSIDE_WORD.match(text, lower - 1):
        text, lower, upper = text[lower:upper], 0, upper - lower
    return {name for name, hint in HINTS.items() if hint.search(text, lower, upper)}


# (text, pattern, match groups) -> (whether the match is a date, its candidate after _adjust):
# the events of an article scan its sentences again, as their own and as their neighbours' context.
_READ: dict[tuple[str, int, tuple[tuple[int, int], ...]], tuple[bool, Candidate | None]] = {}
_READ_SIZE = 8192


def _read(index: int, kind: str, match: re.Match[str], text: str) -> tuple[bool, Candidate | None]:
    """_build then _adjust for the match of PATTERNS[index], remembered (both read only the match and text)."""
    key = (text, index, match.regs)
    known = _READ.get(key)
    if known is None:
        cand = _build(kind, match, text)
        known = (cand is not None, None if cand is None else _adjust(cand, text))
        if len(_READ) >= _READ_SIZE:
            _READ.clear()
        _READ[key] = known
    return known


def find_candidates(
    text: str, lower: int, upper: int, *, dated: bool = False
) -> list[Candidate]:
    """Date expressions inside ``text[lower:upper]``, in reading order, offsets into ``text``.

    ``dated`` runs only the patterns that can state a day with its year: they come first
    in PATTERNS, so what they find is what a full scan finds, for less.

    Example:
        >>> [c.phrase for c in find_candidates("Police said on Sunday that on 9 May 2020 ...", 0, 44)]
        ['on Sunday', '9 May 2020']
    """
    taken: list[tuple[int, int]] = []
    found: list[Candidate] = []
    hints = _hints(text, lower, upper)
    if not hints:
        return found
    for index, (kind, pattern) in enumerate(PATTERNS[:_DATED_PATTERNS] if dated else PATTERNS):
        if not NEEDS[kind] <= hints:
            continue  # a cheap test rules the pattern out: most sentences hold no date
        for match in pattern.finditer(text, lower, upper):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            usable, adjusted = _read(index, kind, match, text)
            if not usable:
                continue
            taken.append((match.start(), match.end()))
            if adjusted is not None:
                found.append(adjusted)
    found.sort(key=lambda c: c.start)
    return found
