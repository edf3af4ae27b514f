"""How the tokens of a matched date expression read: relative phrases as a count back from the
report ("last week", "over the weekend"), names and figures as numbers ("3RD", "Sept", "19",
"three"), and whether a text writes numeric dates month first.

Used by :mod:`wirecoder.dates.expressions` with the patterns of :mod:`wirecoder.dates.patterns`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirecoder.dates.patterns import MONTHS
from wirecoder.numbers import parse_number

__all__ = [
    "WORD_RULES",
    "ambiguous_month",
    "count_word",
    "day_number",
    "month_first",
    "month_number",
    "summary_heading",
    "word_rule",
    "year_number",
]


WORD_RULES: dict[str, tuple[str, int, int]] = {
    # phrase (spaces squeezed) -> (rule, count, precision)
    "yesterday": ("days", 1, 1),
    "the day before yesterday": ("days", 2, 1),
    "the night before last": ("days", 2, 1),
    "today": ("days", 0, 1),
    "tonight": ("days", 0, 1),
    "last night": ("days", 1, 1),
    # The night before the report, dated by the evening it began, as "last night" is; but
    # "an overnight attack ... on Wednesday" names its day, which wins (rule "night").
    "overnight": ("night", 1, 1),
    "earlier today": ("days", 0, 1),
    "this week": ("week", 0, 2),
    "earlier this week": ("week", 0, 2),
    "last week": ("week", 1, 2),
    "at the weekend": ("weekend", 0, 2),
    "over the weekend": ("weekend", 0, 2),
    "during the weekend": ("weekend", 0, 2),
    "last weekend": ("weekend", 0, 2),
    "this weekend": ("weekend", 0, 2),
    "last month": ("month", 1, 3),
    "this month": ("month", 0, 3),
    "earlier this month": ("month", 0, 3),
    # A few days back from the report: the middle of them, as for a rolling week.
    "in the past few days": ("days", 2, 2),
    "earlier this year": ("year", 0, 3),
}


def word_rule(phrase: str) -> tuple[str, int, int]:
    """(rule, count, precision) for a relative word phrase matched by the pattern."""
    key = " ".join(phrase.lower().split())
    if key in WORD_RULES:
        return WORD_RULES[key]
    if re.search(r"this (?:morning|afternoon|evening)$", key):
        return ("days", 0, 1)
    if re.search(r"the (?:past|last) (?:week|seven days)$", key):
        # A rolling week back from the report: its middle, as for a calendar week.
        return ("days", 3, 2)
    if key.endswith("weekend"):  # "on the weekend", "this past weekend"
        return ("weekend", 0, 2)
    if key == "earlier in the week":
        return ("week", 0, 2)
    edge = re.search(r"of (last|this|the) (week|month)$", key)
    if edge:  # "at the end of last month": still only the month (or week) is known
        back = 1 if edge.group(1) == "last" else 0
        return ("week", back, 2) if edge.group(2) == "week" else ("month", back, 3)
    if re.fullmatch(r"(?:over|in|during) the (?:past|last) (?:few|several|couple of|two|three) days", key):
        return WORD_RULES["in the past few days"]
    return WORD_RULES[re.sub(r"^(?:early|late|earlier) ", "", key)]


def month_number(token: str) -> int:
    """1-12 for a month name or abbreviation."""
    return MONTHS[token[:3].lower()]


def ambiguous_month(token: str) -> bool:
    """'may' and 'march' in lower case are usually the verb or noun, not the month."""
    return token.rstrip(".") in ("may", "march", "mar")


def day_number(token: str) -> int:
    """3 for "3", "3rd" or "3RD" (capitals in headlines and shouted notes)."""
    return int(token.lower().rstrip("stndrh"))


def year_number(value: str | None) -> int | None:
    """A four-digit year from a matched group, widening two-digit years to 20xx/19xx."""
    if not value:
        return None
    year = int(value)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def count_word(word: str) -> int | None:
    """How many days or weeks a counted phrase means: "3", "three", "a" ("a week ago")."""
    if word.isdigit():
        return int(word)
    return 1 if word.lower() in ("a", "an") else parse_number(word)


_SLASHED = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")
# "05/04/2013:", or "Unknown:" when the summary's day is not known (its dates are told further on).
_SUMMARY_HEADING = re.compile(r"\s*(?:[01]?\d/[0-3]?\d/(?:19|20)\d\d|Unknown)\s*:")


def summary_heading(text: str) -> bool:
    """Whether the text opens as an incident summary does: "05/04/2013:" or "Unknown:"."""
    return bool(_SUMMARY_HEADING.match(text))


@lru_cache(maxsize=64)
def month_first(text: str) -> bool:
    """Whether the text writes numeric dates month first ("12/19/2016"), as its unambiguous ones show.
    When none shows either way: month first if the text opens with a slashed date and a colon, the
    heading of incident summaries compiled in the United States ("05/04/2013: Assailants abducted ...",
    or "Unknown: ..." as the Global Terrorism Database writes them); day first otherwise, as ACLED's notes and most of
    the world's press write them."""
    for match in _SLASHED.finditer(text):
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            return False
        if second > 12 >= first:
            return True
    return summary_heading(text)
