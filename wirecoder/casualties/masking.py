"""The text a casualty reader sees: dates, times, ages, school years, asides and the upper bounds
of ranges blanked out (offsets kept), names with function words kept whole, and bracketed
corrections of a figure read back from the unmasked text. Used by :mod:`wirecoder.casualties.phrases`.
"""

from __future__ import annotations

import re

from wirecoder.casualties.triggers import TRIGGER
from wirecoder.casualties.words import NAME_PART, NOT_COUNTS, PARENTHETICAL, SCHOOL_YEAR
from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["corrected", "mask"]


def _unmark_name(match: re.Match[str]) -> str:
    """The name with its function-word part spelt so no stop list knows it ("W_re")."""
    at = match.start("w") - match.start()
    return match.group(0)[: at + 1] + "_" + match.group(0)[at + 2 :]


# An aside between dashes before the verb details the victims told before it: "Five people - three
# soldiers and two civilians - were killed". One that tells a death is kept ("The attack - which
# killed 12 - was claimed by ...").
_DASHED_ASIDE = re.compile(
    r"(?<=\w)\s+[-–—]\s+[^-–—.;:\n()]{1,80}?\s+[-–—]\s+(?=(?:were|was|are|is|have|had|has|died|killed)\b)",
    re.IGNORECASE,
)


# The upper bound of a range told as a second figure: "at least five and as many as nine people died",
# "killed 20, and possibly up to 30, civilians". ACLED takes the lowest figure, so the bound is blanked.
_UPPER_BOUND = re.compile(
    rf"\b(?P<low>{NUMBER_PATTERN})(?P<upper>,?\s+(?:and|but|or)\s+(?:perhaps\s+|possibly\s+|maybe\s+)?"
    rf"(?:as\s+many\s+as|up\s+to)\s+(?:{NUMBER_PATTERN})\b,?)",
    re.IGNORECASE,
)


def mask(text: str, start: int, end: int) -> str:
    """``text`` with dates, times, ages and asides blanked out in ``[start, end)``; offsets kept."""
    body = text[start:end]
    body = NOT_COUNTS.sub(lambda m: re.sub(r"\d", "#", m.group(0)), body)
    body = SCHOOL_YEAR.sub(lambda m: m.group(1) + "x" * len(m.group(2)), body)
    body = PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), body)
    body = _UPPER_BOUND.sub(lambda m: m.group("low") + " " * len(m.group("upper")), body)
    body = _DASHED_ASIDE.sub(lambda m: m.group(0) if TRIGGER.search(m.group(0)) else " " * len(m.group(0)), body)
    body = re.sub(r"[\[\]\"“”]", " ", body)
    # A capitalised function word after a name is part of it ("Melitus Were", "Hussein Said").
    body = NAME_PART.sub(_unmark_name, body)
    return text[:start] + body + text[end:]


# A correction in brackets replaces the figure it follows: "killed five (later determined to be
# seven) police officers". Masked with the other asides, it is read from the unmasked text.
_CORRECTION = re.compile(
    r"[(\[]\s*(?:later|since|subsequently|then)\s+(?:\w+\s+)?(?:determined|revised|confirmed|found|established"
    r"|reported|raised|updated|corrected|put|given|learned|learnt)\s+(?:to\s+be|to|at|as)\s+(?:at\s+least\s+)?"
    rf"(?P<n>{NUMBER_PATTERN})\s*[)\]]",
    re.IGNORECASE,
)


def corrected(text: str, masked: str, at: int, match: re.Match[str], stop: int) -> int | None:
    """The figure a bracketed correction gives the victims at ``at`` of the death word ``match``,
    told before the sentence's next death or injury word (``stop`` ends the sentence)."""
    following = TRIGGER.search(masked, match.end(), stop)
    found = _CORRECTION.search(text, min(at, match.start()), following.start() if following else stop)
    return parse_number(found.group("n")) if found else None
