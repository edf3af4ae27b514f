"""A coder's notes on a toll, as ACLED's notes write them: this record's own figure, its share
of a toll split over several records, and deaths coded in another record.

Used by :mod:`wirecoder.casualties` once the deaths told in the text are counted.
"""

from __future__ import annotations

import re

from wirecoder.casualties.phrases import Mention
from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["CODED_HERE", "coded_apart", "share", "split_total", "tally_after"]

# A coder's note giving the figure for this very record ("10 killed (coded as 8 here and 2
# for a clash in Jaldesa)", "1 recorded here"), as ACLED's notes write when they split a toll.
CODED_HERE = re.compile(
    rf"\b(?:coded|recorded)\s+as\s+(?P<a>{NUMBER_PATTERN})\s+(?:fatalit\w+\s+|deaths?\s+)?here\b"
    rf"|\b(?P<b>{NUMBER_PATTERN})\s+(?:fatalit\w+\s+|deaths?\s+)?(?:is\s+|are\s+)?"
    r"(?:coded|recorded)\s+here\b"
    # "Fatalities unknown, coded as 10", "fatalities are unclear (coded at low estimate of 3)".
    r"|\b(?:fatal\w*|deaths?|toll)\b[^.;]{0,40}?\bcoded\s+(?:as|at)\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:low(?:est)?|conservative|minimum)\s+)?(?:estimate\s+(?:of\s+)?)?(?P<c>{NUMBER_PATTERN})\b"
    r"(?!\s*(?:separate|different|events|records))"
    # "Fatalities for this event: 40", "deaths in this record - 3".
    rf"|\b(?:fatalit\w+|deaths?)\s+(?:for|in)\s+this\s+(?:event|record)\s*[:=-]?\s*(?P<d>{NUMBER_PATTERN})\b",
    re.IGNORECASE,
)
# A coder's tally closing a note, as ACLED's notes give the record's total in a sentence of its own
# ("... in Sehwan (Sindh). 88 fatalities."): the figure the coder coded, the attackers included. It
# follows the sentence it counts for, in the same paragraph, and is all its sentence says.
_TALLY = re.compile(
    rf"[ \t]*\n?[ \t]*(?P<n>{NUMBER_PATTERN})\s+(?:reported\s+|confirmed\s+)?fatalit(?:y|ies)"
    r"(?:\s+(?:reported|confirmed))?\s*(?:[.;](?=\s|$)|$)",
    re.IGNORECASE,
)


def tally_after(text: str, end: int) -> int | None:
    """The total of a coder's tally sentence right after ``text[:end]`` ("88 fatalities."), or None."""
    tally = _TALLY.match(text, end)
    return parse_number(tally.group("n")) if tally else None


# A coder's note that splits the toll evenly over several records ("6 deaths (coded across 6
# events)", "the deaths have been split over two events") or gives each its share.
_SPLIT = re.compile(
    rf"\b(?:coded|split|divided|spread|distributed|shared)\s+(?:across|between|over|into|in|among)\s+(?P<n>{NUMBER_PATTERN})\s+"
    r"(?:separate\s+|different\s+)?(?:events|records|locations)\b",
    re.IGNORECASE,
)
_EACH = re.compile(
    rf"\bwith\s+(?P<n>{NUMBER_PATTERN})\s+(?:fatalit(?:y|ies)|deaths?)\s+each\b", re.IGNORECASE
)


def share(span: str, fatalities: int, reasons: list[str]) -> int:
    """This record's share of a toll a coder's note splits over several records."""
    each = _EACH.search(span)
    split = _SPLIT.search(span)
    parts = parse_number(split.group("n")) if split else None
    if each and (share := parse_number(each.group("n"))) is not None:
        reasons.append(f"the note's share per record: '{each.group(0)}'")
        return share
    if parts and parts > 1 and fatalities >= parts:
        reasons.append(f"split evenly: '{split.group(0) if split else ''}'")
        return fatalities // parts
    return fatalities


# Deaths a note says are coded in another record: "2 killed (coded seperately)", "beheaded four
# men (coded in other event)", "police intervened killing 4 - coded separately".
_APART = re.compile(
    r"^[^.;()\[\]]{0,80}?[(\[-]\s*(?:(?:and|plus)\s+[^()\[\]]{0,40}?)?(?P<n>"
    + NUMBER_PATTERN
    + r")?\s*(?:other\s+)?(?:fatalit\w+|deaths?|killed|dead)?\s*(?:were\s+|was\s+|is\s+|are\s+)?[-–]?\s*"
    r"coded\s+(?:as\s+|for\s+)?(?:sep[ae]r[ae]te(?:ly)?\b|elsewhere\b|in\s+(?:an?\s+)?(?:other|another|separate)\s+events?\b)",
    re.IGNORECASE,
)


_LAST_CONJUNCT = re.compile(rf"(?:\+|\band\b|\bplus\b)\s*(?:{NUMBER_PATTERN})", re.IGNORECASE)


def coded_apart(text: str, deaths: list[Mention], used: list[Mention], total: int) -> tuple[int, list[str]]:
    """``total`` without the deaths a note says are coded in another record, and the notes read.

    A note right after a counted mention takes its victims off; one after a detail of a first
    figure ("nine were killed ... At Jima, four were beheaded (coded in other event)") takes the
    detail off that figure; one that names its own number ("(one fatality coded elsewhere)")
    takes that number off.
    """
    notes = []
    for index, mention in enumerate(deaths):
        if mention.count is None:
            continue
        stop = min([mention.sentence_end or len(text)] + [m.start for m in deaths[index + 1 :]])
        note = _APART.match(text[mention.end : max(mention.end, stop)])
        if not note:
            continue
        own = parse_number(note.group("n")) if note.group("n") else None
        apart = own if own is not None and "(" in note.group(0) and own < mention.count else mention.count
        last = [m for m in _LAST_CONJUNCT.finditer(note.group(0))]
        if own is None and last:
            # "2 police killed (and 3 civilians - coded seperately)", "2 rioters + 2 civilians (coded
            # seperately)": the note is about the others named last, not the counted victims; when
            # the count took them in, they come off it.
            others = last[-1].group(0)
            figure = parse_number(re.sub(r"^(?:\+|and|plus)\s*", "", others, flags=re.I))
            if figure and others in mention.phrase and mention in used and figure < total:
                total -= figure
                notes.append(note.group(0).strip())
            continue
        if mention in used or (used and mention.start > used[0].start and total > apart):
            total = max(0, total - apart)
            notes.append(note.group(0).strip())
    return total, notes


# A coder's total for several days or records, with its figure: "(total coded for 2 days = 22)", "fatalities
# over 3 days: 12". Each record has its even share.
_TOTAL_OVER = re.compile(
    rf"\b(?:total|fatalit\w+|deaths?)\s+(?:coded\s+|recorded\s+)?(?:for|over|across)\s+(?P<parts>{NUMBER_PATTERN})\s+"
    rf"(?:days|events|records)\s*[=:]\s*(?P<n>{NUMBER_PATTERN})\b",
    re.IGNORECASE,
)


def split_total(text: str, start: int, end: int) -> tuple[int, str] | None:
    """This record's even share of a total a coder's note gives for several days or records, and the note."""
    found = _TOTAL_OVER.search(text, start, end)
    parts = parse_number(found.group("parts")) if found else None
    total = parse_number(found.group("n")) if found else None
    if found is None or not parts or total is None:
        return None
    return total // parts, found.group(0)
