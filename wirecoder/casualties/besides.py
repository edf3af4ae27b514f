"""Deaths told beside the counted toll: attackers set apart from it ("141 were killed, in
addition to the seven assailants") and a rival account after it ("State media put the death
toll at 62"). ACLED counts the attackers with their victims and, between accounts, the lowest.
"""

from __future__ import annotations

import re

from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["attackers_besides", "attackers_dead", "lower_account"]

# "in addition to the seven assailants", "excluding the two bombers", "not counting the gunman":
# attackers who died, left out of the toll they follow.
_BESIDES = re.compile(
    r"\b(?:in\s+addition\s+to|besides|excluding|not\s+(?:including|counting)|apart\s+from)\s+"
    rf"(?:the\s+)?(?:(?P<n>{NUMBER_PATTERN})\s+)?(?:suicide\s+)?"
    r"(?P<who>(?:attacker|assailant|bomber|perpetrator)s?|gunm[ae]n|militants|hijackers?)\b",
    re.IGNORECASE,
)
_DEATH_BEFORE = re.compile(r"\b(?:killed|killing|dead|died|deaths?|lives)\b", re.IGNORECASE)
# An aside between the toll's figure and its verb, as incident summaries write it: "At least 114
# people, not including the assailant, were killed".
_DEATH_AFTER = re.compile(r"[^.;()]{0,15}?,\s*(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|dead)\b", re.IGNORECASE)
# How many of them the text counted before: "two suicide bombers detonated ..." for "the bombers".
_STATED = r"(?P<n>{n})\s+(?:[\w-]+\s+){{0,2}}?(?:suicide\s+)?{who}\b"

# "State media put the death toll at 62", "Residents gave a toll of 30": another account of the
# same deaths, in a later sentence.
_RIVAL = re.compile(
    r"\b(?:put|puts|putting|gave|gives|giving|placed|places|estimated|estimates)\s+"
    r"(?:the\s+(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed))\s+at"
    r"|a\s+(?:death\s+)?toll\s+of)\s+"
    rf"(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?(?P<n>{NUMBER_PATTERN})\b(?!\s*(?:%|per\s*cent))",
    re.IGNORECASE,
)
# A later sentence on a period's total or on another event is no rival account.
_NOT_RIVAL = re.compile(
    r"\b(?:since|so\s+far|this\s+year|last\s+(?:week|month|year)|in\s+recent|elsewhere|separately"
    r"|meanwhile|another|wounded|injured"
    # ... nor an earlier figure the toll replaced: "Earlier reports had put the toll at 14".
    r"|earlier|previously|initial(?:ly)?|first\s+reports?)\b",
    re.IGNORECASE,
)


def attackers_besides(text: str, start: int, end: int, counted: list[str]) -> tuple[int, str]:
    """Attackers whose deaths ``text[start:end]`` tells apart from its toll, and the words saying
    so (0, "" without); ``counted`` holds the victims' phrases already counted."""
    for found in _BESIDES.finditer(text, start, end):
        if not _DEATH_BEFORE.search(text, start, found.start()) and not _DEATH_AFTER.match(text, found.end(), end):
            continue  # "besides the gunmen, police arrested two ...": no toll beside it
        if any(found.group("who").lower() in phrase.lower() for phrase in counted):
            continue  # read as victims already ("five soldiers died, in addition to three attackers who ...")
        if found.group("n"):
            count = parse_number(found.group("n"))
        elif found.group("who").lower().endswith(("s", "men")):
            # A bare plural ("in addition to the bombers") is as many as the text counted.
            who = re.escape(found.group("who"))
            stated = re.search(_STATED.format(n=NUMBER_PATTERN, who=who), text[start : found.start()], re.IGNORECASE)
            count = parse_number(stated.group("n")) if stated else None
        else:  # a bare singular ("excluding the bomber") is one
            count = 1
        if count:
            return count, found.group(0)
    return 0, ""


# The attackers told again as dead, without a figure: "The bombers were also killed", "the gunmen were shot dead".
_THE_ATTACKERS = re.compile(
    r"^\s*(?:the|both|all)\s+(?:(?:three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+)?(?:suicide\s+)?"
    r"(?P<who>(?:attacker|assailant|bomber|perpetrator|hijacker|raider)s|gunmen)\s*$",
    re.IGNORECASE,
)


def attackers_dead(text: str, at: int, phrase: str) -> int | None:
    """How many attackers a figureless ``phrase`` before a death word at ``at`` stands for, from the figure its
    paragraph gave them before it ("Two female suicide bombers detonated ... The bombers were also killed": 2);
    None when the phrase names no attackers or no figure was given."""
    found = _THE_ATTACKERS.match(phrase)
    if found is None:
        return None
    who = re.escape(found.group("who"))
    opening = max(0, at - 600, text.rfind("\n\n", 0, at))
    stated = re.findall(_STATED.format(n=NUMBER_PATTERN, who=who), text[opening:at], re.IGNORECASE)
    return parse_number(stated[-1]) if stated else None


def lower_account(sentences: list[str], fatalities: int) -> tuple[int, str]:
    """The lowest rival toll below ``fatalities`` in the following ``sentences``, and its words."""
    best, words = fatalities, ""
    for sentence in sentences:
        if _NOT_RIVAL.search(sentence):
            continue
        for found in _RIVAL.finditer(sentence):
            count = parse_number(found.group("n"))
            if count is not None and 0 < count < best:
                best, words = count, found.group(0)
    return best, words
