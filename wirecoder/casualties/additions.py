"""Victims named after the first ones, to add to their count: "killed a guard in Liter and two others
in Endo", "died along with his driver", "was killed by gunmen with his wife and son".

Used by :mod:`wirecoder.casualties.phrases` once a death word's own victims are read.
"""

from __future__ import annotations

import re

from wirecoder.casualties.victims import looks_human, right_count
from wirecoder.casualties.words import ALONG_WITH
from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["along_with", "and_others"]


# Victims added after the object and a place: "killed a guard in Liter and two others in Endo".
_AND_OTHERS = re.compile(
    # Another verb in between takes its own "and two others" ("... and police shot dead one gunman
    # and one more attacker").
    rf"^(?:(?!\b(?:injur|wound|hurt|maim|abduct|kidnap|arrest|rescu|leav|left|took|steal|stole|seiz|burn"
    rf"|shot|shoot|kill|dead|died|lynch|stab|behead|murder|hack)\w*)"
    rf"[^.;:!?\n]){{0,60}}?\b(?:and|plus)\s+(?P<n>{NUMBER_PATTERN}|another)\s+(?:others?|more)\b"
    # ... unless the others were not killed: hurt, taken, or gone ("and two others surrendered", "fled").
    r"(?!\s+(?:were\s+|are\s+|was\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:injur|wound|hurt|missing|arrested|abducted"
    r"|rescued|surrender|captured|detained|held|taken|defect|fle[de]|escap|survived|got\s+away|ran\s+away"
    r"|gave\s+themselves|turned\s+themselves|laid\s+down|handed\s+themselves))",
    re.IGNORECASE,
)


def and_others(count: int | None, text: str, at: int, upper: int, phrase: str) -> int | None:
    """``count`` plus "and two others" told after the object ``phrase`` of the verb ending at ``at``."""
    if count is None or not phrase.strip():
        return count
    start = text.find(phrase, at, upper)
    others = _AND_OTHERS.match(text[start + len(phrase) : upper]) if start >= 0 else None
    if not others:
        return count
    return count + (1 if others.group("n").lower() == "another" else parse_number(others.group("n")) or 0)


def along_with(count: int | None, text: str, at: int, upper: int) -> int | None:
    """``count`` plus the victims named right after the verb at ``at`` ("died along with his driver")."""
    along = ALONG_WITH.match(text[at:upper])
    if not along:
        kin = _WITH_KIN.match(text[at:upper])
        if not kin:
            return count
        # "was killed by gunmen with his wife and son": a plain "with" adds only the victim's own people.
        more, _, phrase = right_count(text, at + kin.end() - len(kin.group("kin")), upper)
        return (count or 1) + more if more and looks_human(phrase) else count
    more = right_count(text, at + along.end(), upper)[0]
    return (count or 1) + more if more else count


_WITH_KIN = re.compile(
    r"^\s*(?:by\s+(?:[\w-]+\s+){1,4}?)?with\s+(?P<kin>(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:wife|husband|sons?|daughters?|child(?:ren)?|brothers?|sisters?|father|mother|parents|family"
    r"|driver|bodyguards?|guards?|escorts?|colleagues?|companions?|friends?|nephews?|nieces?|cousins?)\b)",
    re.IGNORECASE,
)
