"""Deaths told by a second source or of an earlier incident: beside the event's own figure they add
nothing (ACLED keeps the lowest credible figure, and one event's toll).

Used by :mod:`wirecoder.casualties.phrases`, which marks such mentions ``alternative`` or ``aside``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirecoder.casualties.sides import side_of
from wirecoder.casualties.words import SENTENCE_END
from wirecoder.numbers import NUMBER_PATTERN, parse_number

if TYPE_CHECKING:  # the mentions are made in phrases, which imports this module
    from wirecoder.casualties.phrases import Mention

__all__ = ["earlier_incident", "later_incident", "other_account"]


# A speaker's figure governing the victims right after it: "but witnesses said as many as 11".
_SAID_FIGURE = re.compile(
    # "told reporters", "told local radio that", "told the state broadcaster that"
    r"\b(?:said|says|say|told\s+(?:\w+|(?:[\w'’-]+\s+){1,3}?[\w'’-]+(?=\s+that\b))|reported|estimated|claimed"
    r"|put\s+the\s+(?:toll|number|figure)\s+at)"
    # "the Red Cross said it had recovered 23 bodies": a source's own count of the dead.
    r"(?:\s+(?:that\s+)?(?:it|they|he|she|its\s+\w+|their\s+\w+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:recovered|counted|found|retrieved|received|collected|buried|registered|recorded))?"
    # "the police said the attack left three people dead": the figure of what the event did, in the speaker's words.
    r"(?:\s+(?:that\s+)?(?:the\s+\w+|it)\s+(?:had\s+|has\s+)?(?:left|killed|claimed))?"
    # "only three" and "just three" give a lower figure than the first: "but the army said only three died".
    rf"\s+(?:that\s+)?(?:(?:as\s+many\s+as|at\s*least|some|about|around|nearly|more\s+than|up\s+to|only|just"
    rf"|no\s+more\s+than)\s+)?"
    rf"(?:{NUMBER_PATTERN})\b[^,;:]{{0,30}}$",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r"\b(?:but|while|whereas|though|although|however)\b", re.IGNORECASE)
_ATTRIBUTED = re.compile(r"\b(?:said|says|according\s+to|told|reported|confirmed)\b", re.IGNORECASE)
_QUALIFIERS = frozenset({"atleast", "only", "just"})  # words of the figure, not of the victims
_GENERIC_VICTIMS = frozenset({"", "people", "person", "persons", "dead", "killed"})


def _head_noun(phrase: str) -> str:
    """The last word of a victim phrase, singular, or "" for a bare figure."""
    words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if parse_number(w) is None and w not in _QUALIFIERS]
    return words[-1].rstrip("s") if words else ""


def other_account(text: str, before: str, mention: Mention, deaths: list[Mention]) -> bool:
    """Whether ``mention`` is a second source's figure for the deaths already told: "Officials said
    four people were killed, but witnesses said as many as 11 died", "Police said four protesters
    were killed. Activists said 11 were killed." (ACLED keeps the lowest.)"""
    told = [m for m in deaths if m.count is not None and not m.alternative]
    if not told or not _SAID_FIGURE.search(before):
        return False
    previous = told[-1]
    if previous.sentence_end < mention.start:
        # A new sentence: the first figure must be a source's too, in the sentence just before.
        opening = text.rfind(".", 0, previous.start) + 1
        between = text[previous.sentence_end : mention.start]
        if not _ATTRIBUTED.search(text, opening, previous.sentence_end) or re.search(r"[.!?]\s", between):
            return False
    elif not _CONTRAST.search(before):
        return False
    first, second = _head_noun(previous.phrase), _head_noun(mention.phrase)
    # "The army said 25 militants were killed, while Al Shabaab said only two of its fighters died":
    # one side's dead in other words.
    side = side_of([previous])
    return first == second or first in _GENERIC_VICTIMS or second in _GENERIC_VICTIMS \
        or (side is not None and side_of([mention]) == side)


# A sentence or clause that opens on an earlier time tells an earlier incident: "A week earlier,
# five people were killed in the same village", "Last month, 20 people died in a similar attack".
_EARLIER_OPENING = re.compile(
    r"(?:^|[;:])\s*(?:(?:a|one|two|three|four|five|several|a\s+few|some)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:earlier|before|ago)|(?:last|earlier\s+(?:this|that|in\s+the))\s+(?:week|month|year)"
    r"|(?:the\s+)?previous\s+(?:week|month|year)|in\s+(?:19|20)\d\d|in\s+(?:a|an)\s+(?:similar|earlier|previous|separate)"
    r"\s+(?:attack|incident|raid|bombing|ambush|clash|shooting)|separately)\b[^;:]*$",
    re.IGNORECASE,
)
# ... or names it after the death word: "20 people died in a similar attack", "a bombing on Monday killed 10".
_EARLIER_AFTER_DEATH = re.compile(
    r"[^;:]{0,60}?\b(?:in|during)\s+(?:(?:a|an)\s+(?:similar|earlier|previous|separate)\s+"
    r"(?:attack|incident|raid|bombing|ambush|clash|shooting)|separate\s+(?:attacks|incidents|raids|clashes|shootings))\b",
    re.IGNORECASE,
)
_EARLIER_BEFORE_DEATH = re.compile(
    r"\b(?:second|third|fourth|latest)\s+(?:such\s+)?(?:attack|bombing|incident|raid|blast)\b[^.;:]{0,60}[;:]"
    r"[^;:]*$",
    re.IGNORECASE,
)


def earlier_incident(text: str, start: int, match: re.Match[str], sentence_end: int) -> bool:
    """Whether the death word's sentence tells an earlier incident than the event's (its deaths
    count only when nothing else is told: see ``Mention.aside``)."""
    opening = max([start, *(m.end() for m in SENTENCE_END.finditer(text, start, match.start()))])
    before = text[opening : match.start()]
    return bool(
        _EARLIER_OPENING.search(before)
        or _EARLIER_BEFORE_DEATH.search(text[max(start, opening - 120) : match.start()])
        or _EARLIER_AFTER_DEATH.match(text, match.end(), sentence_end)
    )


# A sentence or clause that opens on a later day tells another incident: "The next day, a police officer was
# burned to death by a crowd", "Two days later, gunmen killed a chief nearby".
_LATER_OPENING = re.compile(
    r"(?:^|[;:])\s*(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week)"
    r"|(?:on\s+)?the\s+day\s+after|(?:a|one|two|three|four|five|several|a\s+few)\s+(?:days?|weeks?)\s+later)"
    r"\s*,[^;:]*$",
    re.IGNORECASE,
)


def later_incident(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the death word's sentence opens on a later day than the event's: another incident, whose
    deaths count only when nothing else is told (the dead of the event itself, a revised toll or more
    bodies found, are told otherwise)."""
    opening = max([start, *(m.end() for m in SENTENCE_END.finditer(text, start, match.start()))])
    return opening > start and _LATER_OPENING.search(text[opening : match.start()]) is not None
