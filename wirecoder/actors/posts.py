"""Who a place struck stands for: "a bombing at a police compound", "shelled the rebel-held town of Rastan".

A force word that only qualifies the place an attack hit ("at a police compound", "into an army barracks",
"outside a military base") names the side that holds the place, the attack's target (ACLED codes a blast at a
base as an attack on its forces), never the one who struck. A town described by who holds it ("the rebel-held
town of Talbiseh") is a place, not its holders: when the shelling killed civilians, they are the target (ACLED),
not the group that holds the town.

Example:
    >>> s = "A suicide car bombing at a police compound killed seven people."
    >>> post_hit(s, s.index("police"), s.index("police") + 6), generic_toll("seven people")
    (True, True)
    >>> held_place("the rebel-held town of Rastan"), civilians_killed("killing at least 11 civilians")
    (True, True)
"""

from __future__ import annotations

import re

__all__ = ["civilians_killed", "generic_toll", "held_place", "post_hit"]

# The place nouns only forces hold or use, after the force word: "police compound", "army barracks",
# "military base", "security checkpoint".
_POST_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+)?(?:compound|station|post|checkpoint|check-point|camp|base|barracks|headquarters|outpost|"
    r"garrison|academy|training (?:centre|center|school)|convoy|patrol|vehicle|truck)s?\b", re.I)
# ... reached by the attack: "at", "into", "outside", "targeting" a place, or the verb that hit it.
_HIT_BEFORE = re.compile(
    r"\b(?:at|on|into|inside|near|outside|against|targeting|targeted|struck|hit|hits|rammed|stormed|attacked|"
    r"bombed|shelled|overran)\s+(?:(?:an?|the|its|their|one|two|three|several)\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)


# ... unless the attack failed: "a foiled dawn attack at a police station" hit no post; its forces acted.
_FOILED = re.compile(r"\b(?:foil\w*|thwart\w*|repell?\w*|repuls\w*|attempted|failed|averted)\b[^.;,]{0,40}$", re.I)


def post_hit(sentence: str, start: int, end: int) -> bool:
    """Whether the force mention ``sentence[start:end]`` qualifies a post the event hit ("at a police compound")."""
    before = max(0, start - 60)
    return bool(_POST_AFTER.match(sentence, end) and _HIT_BEFORE.search(sentence, before, start)
                and not _FOILED.search(sentence, before, start))


# A toll that says only how many died ("killed at least seven people"): no side of its own.
_GENERIC_PEOPLE = re.compile(r"^(?:(?:at least|some|about|around|nearly|more than|over|up to|an?)\s+)*"
                             r"(?:\d+|[a-z]+)?\s*(?:people|persons|others)$", re.I)


def generic_toll(phrase: str | None) -> bool:
    """Whether a target phrase only counts the dead or hurt ("at least seven people", "two people")."""
    return bool(phrase) and bool(_GENERIC_PEOPLE.match(phrase.strip()))

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
