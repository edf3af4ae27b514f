"""Tolls over a period rather than one event ("Fourteen U.S. service members were killed in
hostile incidents in June", "the insurgency has killed more than 30,000 people")."""

from __future__ import annotations

import re

from wirecoder.casualties.mentions import find_mentions
from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["is_period_total"]


_PERIOD = re.compile(
    r"\b(?:in|during|since|through(?:out)?|over|for)\s+(?:the\s+(?:month|course)\s+of\s+)?"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\s+\d{1,2}\b)"
    # ... but "against last month's coup" names a thing of that month, no period the toll covers.
    r"|\b(?:so\s+far|this|last|since\s+the\s+start\s+of\s+the|earlier\s+this)\s+(?:year|month)\b(?!['\u2019]s\b)"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?"
    r"(?:days|weeks?|months?|years?|decade)\b"
    r"|\bsince\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b(?!\s*[,-])"
    r"|\b(?:this|last)\s+year\b(?!['\u2019]s\b)|\bsince\s+(?:the\s+start|the\s+beginning|January)\b"
    # A toll tied to a past period named by its year: "after the disputed 2007 vote", "in the
    # 2017 election violence".
    r"|\b(?:after|following|during|since|in|before)\s+the\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\s+"
    r"(?:[\w-]+\s+)?(?:votes?|elections?|polls|war|conflict|crisis|violence|unrest|uprising"
    r"|revolution|genocide|coup|insurgency|famine)\b(?=\s*(?:[,.;:)]|$))"
    # A long-running conflict as the subject: "the insurgency has killed more than 30,000 people".
    r"|\b(?:conflict|war|insurgency|uprising|rebellion|crisis|campaign|jihad)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)\b",
    re.IGNORECASE,
)


def is_period_total(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states a toll over a period rather than one event.

    Example:
        >>> s = "Fourteen U.S. service members were killed in hostile incidents in June."
        >>> is_period_total(s, 0, len(s))
        True
    """
    if not _PERIOD.search(text, start, end) and not _YEAR_THEN_COMMA.search(text, start, end):
        return False  # every clause tested below lies inside the span: no period word, no total
    deaths, injuries = find_mentions(text, start, end)
    counted = [(m.start, m.end) for m in deaths + injuries if m.count is not None and m.count >= 2]
    # A figure the mentions leave as background ("189 leaders killed across the country last year")
    # is still a total over the period.
    counted += [(m.start(), m.end()) for m in _COUNTED_DEATHS.finditer(text, start, end)
                if (parse_number(m.group("n")) or 0) >= 2]
    for at, until in counted:
        clause_end = min(end, _clause_end(text, until))
        clause_start = max(start, _clause_start(text, at))
        if _covers_period(text, clause_start, clause_end) or _year_total(text, at, clause_end):
            return True
    return False


# A year told after the toll, a comma after it: "More than 1,600 civilians were killed in Myanmar in 2023, most of
# them in air strikes". (A year opening the clause, "In 2019, gunmen killed five", may date one event: the search
# starts at the toll.)
_YEAR_THEN_COMMA = re.compile(r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\s*,", re.IGNORECASE)
# ... unless the clause names the day as well ("killed five in Kano on Monday, 3 May in 2019,"): one event's date.
_ONE_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|overnight|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)", re.IGNORECASE)


def _year_total(text: str, at: int, end: int) -> bool:
    """Whether a year follows the toll at ``at`` with a comma ("killed in Myanmar in 2023, most of them ...") and
    no day is told between them."""
    found = _YEAR_THEN_COMMA.search(text, at, end)
    return found is not None and not _ONE_DAY.search(text, at, found.start())


# "this month" / "last month" alone may be when one event happened ("shelled a market late last
# month, killing 24"; "clashes left seven dead last month"): a period's total only with words of one.
# Likewise a month named alone ("In June 2017, IS militants executed 12 civilians in Mayadin"): ACLED's
# notes date an event known only to its month so.
_MONTH_WORD = re.compile(
    r"(?:this|last|earlier\s+this)\s+month|in\s+(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)",
    re.IGNORECASE,
)
_TOTAL_CUE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|died|left|claimed|cost)\b"
    r"|\b(?:in|during)\s+(?:a\s+(?:series|wave|spate|string)\s+of\s+|recent\s+|separate\s+|several\s+|various\s+)?"
    r"(?:[\w-]+\s+)?(?:attacks|raids|killings|incidents|violence|operations|bombings)\b"
    r"|\b(?:so\s+far|in\s+total|altogether|combined|a\s+total\s+of|across)\b"
    r"|\b(?:in|throughout)\s+the\s+(?:region|country|area|province|state|county|district|city)\b",
    re.IGNORECASE,
)


def _covers_period(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a period its toll covers."""
    return any(
        not _MONTH_WORD.fullmatch(found.group(0)) or _TOTAL_CUE.search(text, start, end)
        for found in _PERIOD.finditer(text, start, end)
    )


_COUNTED_DEATHS = re.compile(
    rf"(?P<n>{NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,4}}?(?:killed|dead|died|deaths|lives)\b", re.IGNORECASE
)


def _clause_end(text: str, at: int) -> int:
    """End of the sentence holding offset ``at``."""
    found = re.compile(r"[.;!?](?:\s|$)").search(text, at)
    return found.start() if found else len(text)


def _clause_start(text: str, at: int) -> int:
    """Start of the sentence holding offset ``at``."""
    cut = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), text.rfind("\n", 0, at))
    return cut + 1 if cut >= 0 else 0
