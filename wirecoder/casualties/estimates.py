"""Tolls told as several estimates at once, of which ACLED codes the lowest: a coder's remark listing
the figures reported ("FATALITIES: reported estimates include 12, 18 and 25", "Fatality estimates vary
(24, 31, 48)", "estimate:10/ confirmed: 6") and a report giving the spread of the figures ("Reports of soldiers killed range from 17
to 42", "estimates of the dead ranged between 30 and 50").

Used by :mod:`wirecoder.casualties.count`, which lets such a statement give the event's figure.
"""

from __future__ import annotations

import re

from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["lowest_estimate"]

_N = rf"(?:{NUMBER_PATTERN})"
# What the figures are of: the dead, named before the estimates or inside their phrase.
_DEAD = r"(?:fatalit(?:y|ies)|deaths?|(?:death\s+)?tolls?|dead|killed|casualt(?:y|ies)|lives\s+lost|bodies)"
_ESTIMATES = r"(?:estimates?|figures?|reports?|accounts?|counts?|numbers?|tolls?|tallies)"
# "reported estimates include 12, 18 and 25", "estimates vary (24, 31, 48)", "figures given: 7, 9 or 11".
_LISTED = re.compile(
    rf"\b{_DEAD}\b[^.;]{{0,40}}?\b(?:reported\s+|different\s+|conflicting\s+|varying\s+|various\s+)?{_ESTIMATES}"
    rf"\s+(?:(?:given|reported|cited)\s+)?(?:include[sd]?|including|vary|varied|varying|differ(?:ed|ing)?"
    rf"|are|were|of)?\s*[:(]?\s*(?P<list>{_N}(?:\s*(?:,|;|\bor\b|\band\b|,\s*and\b|,\s*or\b)\s*{_N})+"
    # a list cut short, as exports truncate notes: "FATALITIES: reported estimates include 12,"
    rf"|{_N}(?P<cut>\s*,?\s*$))",
    re.IGNORECASE,
)
# "Reports of soldiers killed range from 17 to 42", "the death toll ranged between 30 and 50".
_RANGE = re.compile(
    rf"\b(?:{_ESTIMATES}|{_DEAD})\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_DEAD})?\s+"
    rf"(?:(?:has|have|had)\s+)?(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+(?:from|between)\s+"
    rf"(?P<low>{_N})\s+(?:to|and|-|–)\s+(?P<high>{_N})\b",
    re.IGNORECASE,
)

# Figures a coder labels: "FATALITIES: estimate:10/ confirmed: 6", "(ESTIMATE: 48 deaths - recorded 31-12-2007)".
_LABELLED = re.compile(
    rf"\b(?:estimated?|estimates?|confirmed|reported)(?:\s+only)?\s*[:=]\s*(?P<n>{_N})(?![-/.]\d)", re.IGNORECASE
)
_OF_DEAD = re.compile(rf"\b{_DEAD}\b", re.IGNORECASE)


def lowest_estimate(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The lowest of the estimates ``text[start:end]`` lists for the dead, and the words that list them.

    Example:
        >>> s = "Gunmen raided Dogo. FATALITIES: reported estimates include 12, 18 and 25."
        >>> lowest_estimate(s, 0, len(s))
        (12, 'FATALITIES: reported estimates include 12, 18 and 25')
    """
    found = []
    for listed in _LISTED.finditer(text, start, end):
        figures = [parse_number(n) for n in re.findall(NUMBER_PATTERN, listed.group("list"), re.IGNORECASE)]
        known = [n for n in figures if n is not None]
        if len(known) >= 2 or (known and listed.group("cut")):
            found.append((min(known), listed.group(0)))
    labelled = [(parse_number(m.group("n")), m) for m in _LABELLED.finditer(text, start, end)
                if _OF_DEAD.search(text, max(start, m.start() - 60), min(end, m.end() + 20))]
    if labelled:
        low = min(labelled, key=lambda pair: pair[0] or 0)
        found.append((low[0] or 0, text[labelled[0][1].start() : labelled[-1][1].end()]))
    for spread in _RANGE.finditer(text, start, end):
        if not _OF_DEAD.search(spread.group(0) + text[spread.end() : min(end, spread.end() + 30)]):
            continue  # "Estimates range from 2,000 to 5,000 marchers": figures of something else
        low, high = parse_number(spread.group("low")), parse_number(spread.group("high"))
        if low is not None and high is not None and low <= high:
            found.append((low, spread.group(0)))
    return min(found) if found else None
