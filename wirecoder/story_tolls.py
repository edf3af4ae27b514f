"""A story's toll revised in a sentence that tells no event of its own ("The death toll rose to 19 on Monday after
residents recovered seven more bodies", "Officials later raised the toll to 15"): the figure of the event told
last before it, when higher; a toll said to be of a place ("the toll in Mastung had risen to 57") is that of the
event told last there. The revision is read as :func:`wirecoder.casualties.revision_in` reads it for the
sentences right after an event.

Such a sentence is found by no event cue, so the story's folding (:mod:`wirecoder.story`) never sees it; read
here after folding, it revises the event it goes on telling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.accounts import VIOLENT_TYPES
from wirecoder.casualties import Revision, count_casualties, revision_in
from wirecoder.model import Article, Event

__all__ = ["revised_tolls", "toll_risen"]

# A sentence whose subject is the toll of the event told, revised ("The death toll rose to five", "By Tuesday, the
# number of people killed had risen to 19"); a toll of something else names it ("The death toll from the floods").
_TOLL_RISEN = re.compile(
    r"\W*(?:(?:On|By|Late|Early|As\s+of)\b[^,.;]{0,40},\s*)?(?:The|the|This|That)\s+(?:(?:death|final)\s+)?"
    r"(?:toll|number\s+of\s+(?:(?:people|persons)\s+)?(?:dead|killed|deaths))\s+"
    r"(?:(?:has|had)\s+)?(?:now\s+)?(?:rose|risen|climbed|increased|jumped|reached|went\s+up)\b")


def toll_risen(sentence: str) -> bool:
    """Whether the sentence revises the toll of the event it goes on telling."""
    return _TOLL_RISEN.match(sentence) is not None


def _told_last_before(event: Event, at: int) -> int:
    return max((e.start for e in event.evidence if e.start < at), default=-1)


def _owner(events: Sequence[Event], before: list[int], revision: Revision | None, at: int) -> int | None:
    """Which of the events told ``before`` the sentence at ``at`` revises the toll of: the one told last, or
    for a toll of a place, the one told last there; None for the toll of something else ("the floods")."""
    last = sorted(before, key=lambda i: _told_last_before(events[i], at), reverse=True)
    if revision is None or revision.of_violence:
        return last[0]
    named = (revision.of or "").lower()
    return next((i for i in last if events[i].location and events[i].location.lower() in named), None)


def revised_tolls(article: Article, events: Sequence[Event]) -> list[Event]:
    """``events`` with the tolls revised by sentences of the story that are no event's."""
    out = list(events)
    told = [(e.start, e.end) for event in events for e in event.evidence]
    for sentence in article.sentences:
        if any(start <= sentence.start < end for start, end in told):
            continue
        revision = revision_in(article.text, sentence.start, sentence.text)
        if revision is None and not toll_risen(sentence.text):
            continue
        before = [i for i, e in enumerate(out) if _told_last_before(e, sentence.start) >= 0]
        owner = _owner(out, before, revision, sentence.start) if before else None
        if owner is None or out[owner].event_type not in VIOLENT_TYPES:
            continue  # the toll of an arrest or a march told last is no figure of theirs
        figure = (revision.mention.count if revision is not None else None) \
            or count_casualties(article.text, sentence.start, sentence.end).fatalities
        if figure > (out[owner].fatalities or 0):
            out[owner] = replace(out[owner], fatalities=figure)
    return out
