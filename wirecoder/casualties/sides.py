"""Whose dead a victim phrase names (state forces, armed men, civilians), and when a stated figure
replaces a vague count of the same dead. Used by :mod:`wirecoder.casualties.count`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirecoder.casualties.words import NUMBER, VAGUE

if TYPE_CHECKING:  # the mentions are made in phrases, whose accounts module reads sides
    from wirecoder.casualties.phrases import Mention

__all__ = ["new_side", "other_side", "side_of", "stated_over_vague", "vague_only"]


# The side a victim phrase names: state forces, armed groups, or civilians named as such.
_SIDES = (
    ("forces", re.compile(
        r"\b(?:soldiers?|troops?|police(?:m[ae]n|wom[ae]n)?|(?:police|security|army)\s+officers?|officers?"
        r"|security\s+forces|army|military|gendarmes?|paramilitar(?:y|ies)|marines?|peacekeepers?|reservists?"
        r"|servicem[ae]n|personnel|guardsm[ae]n|constables?|sergeants?|corporals?)\b", re.IGNORECASE)),
    ("armed", re.compile(
        r"\b(?:militants?|fighters?|insurgents?|rebels?|attackers?|gunm[ae]n|raiders?|bandits?|assailants?"
        r"|terrorists?|jihadists?|bombers?|militiam[ae]n|militias?|extremists?|separatists?|kidnappers?"
        r"|al[\s-]+shaba+b|shabab|boko\s+haram|taliban|isis|daesh|(?-i:IS))\b", re.IGNORECASE)),
    ("civilians", re.compile(r"\b(?:civilians?|villagers?|passengers?|worshippers?|bystanders?)\b", re.IGNORECASE)),
)


def side_of(mentions: list[Mention]) -> str | None:
    """The one side all ``mentions`` name, or None when they name none or several."""
    sides = set()
    for mention in mentions:
        named = {side for side, words in _SIDES if words.search(mention.phrase)}
        if len(named) != 1:
            return None
        sides |= named
    return sides.pop() if len(sides) == 1 else None


def new_side(mention: Mention, counted: list[Mention]) -> bool:
    """Whether a definite ``mention`` names fighters of a side no earlier victim belongs to, so it
    refers back to the attackers or the forces, not to the dead: "A man was killed ... The attacker
    was then hacked to death by the crowd"."""
    side = side_of([mention])
    if side not in ("armed", "forces"):
        return False
    return not any(side_of([m]) == side for m in counted if m.start < mention.start)


def other_side(head: list[Mention], rest: list[Mention]) -> bool:
    """Whether the later victims are of a side none of the first ones names (so no detail of them):
    "killing a soldier and a civilian. Two of the attackers were killed" tells more dead."""
    named = {side for mention in head for side, words in _SIDES if words.search(mention.phrase)}
    later = side_of(rest)
    return bool(named) and later is not None and later not in named


def vague_only(mention: Mention) -> bool:
    """Whether the victims are counted by a vague word alone ("dozens of villagers")."""
    return mention.count is not None and VAGUE.search(mention.phrase) is not None and not NUMBER.search(mention.phrase)


def stated_over_vague(mentions: list[Mention]) -> list[Mention]:
    """The mentions without those a later stated figure makes precise: "killed dozens of villagers.
    Officials later put the toll at 49" is 49, not 12 + 49 nor the lower 12. ACLED's vague
    conventions ("dozens" 12) stand in for a figure only where the report gives none; a later
    figure at least as high, of the same side, not told as more victims, is that figure. A count only
    partly vague ("14 soldiers and dozens of assailants were killed; the toll was reported as 48") yields
    to a stated toll alike."""
    kept = []
    for mention in mentions:
        stated = [
            m for m in mentions
            if m.start > mention.end and not vague_only(m) and not m.more and not m.aside
            and (m.count or 0) >= (mention.count or 0) and not other_side([mention], [m])
        ]
        partly_vague = mention.count is not None and VAGUE.search(mention.phrase) is not None
        if not ((vague_only(mention) and stated) or (partly_vague and any(m.toll for m in stated))):
            kept.append(mention)
    return kept
