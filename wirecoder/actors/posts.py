"""Who a place struck stands for: "shelled the rebel-held town of Rastan, killing 11 civilians".

A town described by who holds it ("the rebel-held town of Talbiseh") is a place, not its holders: when the
shelling killed civilians, they are the target (ACLED), not the group that holds the town.

Example:
    >>> held_place("the rebel-held town of Rastan"), civilians_killed("killing at least 11 civilians")
    (True, True)
"""

from __future__ import annotations

import re

__all__ = ["civilians_killed", "held_place"]

# "the rebel-held town of Rastan", "opposition-controlled Ariha", "a town held by the insurgents".
_HELD_PLACE = re.compile(
    r"\b[\w'-]+[- ](?:held|controlled|dominated|run)\s+(?:[\w'-]+\s+){0,2}?(?:towns?|villages?|cit(?:y|ies)|areas?|"
    r"districts?|neighbou?rhoods?|suburbs?|enclaves?|regions?|provinces?|territor(?:y|ies)|[A-Z][\w'-]+)\b"
    r"|\b(?:towns?|villages?|cit(?:y|ies)|areas?|districts?|neighbou?rhoods?)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:held|controlled)\s+by\b", re.I)
# The toll names unarmed people: "killing at least eight civilians", "killed 11 people, including children".
_CIVILIANS_KILLED = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|left)\s+(?:(?:at least|some|about|around|nearly|more than|over|up to)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:civilians|people|residents|children|women|villagers|passers-?by|worshippers|family)\b",
    re.I)


def held_place(phrase: str | None) -> bool:
    """Whether a target phrase is a place told by who holds it ("the rebel-held town of Talbiseh")."""
    return bool(phrase) and bool(_HELD_PLACE.search(phrase))


def civilians_killed(sentence: str) -> bool:
    """Whether the sentence's toll is of unarmed people ("killing at least eight civilians")."""
    return bool(_CIVILIANS_KILLED.search(sentence))
