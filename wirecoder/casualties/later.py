"""What the sentences after an event add to its toll: a revised toll ("the death toll rose to
six"), a figure that makes a vague count precise, read in the two sentences after the span, and the
other side's dead told in a sentence of their own ("Three of the assailants were neutralised")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.casualties.mentions import find_mentions
from wirecoder.casualties.phrases import Mention
from wirecoder.casualties.sides import other_side, vague_only

__all__ = ["REVISED_DOWN", "Revision", "next_sentences", "other_side_after", "raised_after", "revision_in", "stated_after",
           "tells_more_dead"]


# A later sentence revising the toll ("In the following days the death toll rose to six"),
# unless it turns to another event.
_REVISED = re.compile(
    r"\b(?:toll|total|count)\b[^.;]{0,120}?"
    r"\b(?:rose|risen|raised|climbed|increased|jumped|went\s+up|reached|rises|climbs|increases|jumps|reaches"
    r"|down(?:wards?)?\s+to|lowered)\b"
    r"|\b(?:revised|lowered|raised|updated)\s+(?:the|its|their)\s+(?:death\s+)?toll\b",
    re.IGNORECASE,
)
# A toll revised downwards ("the government later revised the toll down to 157"): it stands too.
REVISED_DOWN = re.compile(
    r"\b(?:revised|lowered|cut|reduced)\b[^.;]{0,40}?\bto\b|\bdown(?:wards?)?\s+to\b", re.IGNORECASE
)
_OTHER_EVENT = re.compile(
    r"\b(?:elsewhere|separately|meanwhile|earlier|previous|last\s+(?:week|month|year)"
    r"|another\s+(?:attack|incident|blast))\b",
    re.IGNORECASE,
)


# What a toll is of ("the death toll from Monday's bombing"), and the words that make it violence.
_TOLL_OF = re.compile(
    r"\btoll\s+(?:from|in|of)\s+(?P<what>[^.;]{0,80}?)\s+(?:had\s+|has\s+)?"
    r"(?:rose|risen|raised|climbed|increased|jumped|went\s+up|reached|rises|climbs|increases|jumps|reaches)\b",
    re.IGNORECASE,
)
_VIOLENT = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|raids?|strikes?|clash(?:es)?|fighting|ambush|shootings?"
    r"|assault|massacre|violence|unrest|shelling|battle|offensive)\b",
    re.IGNORECASE,
)


def next_sentences(text: str, end: int, next_paragraph: bool = False) -> list[tuple[int, str]]:
    """The (offset, text) of the two sentences after ``end``, in the same paragraph; with
    ``next_paragraph``, those of the next paragraph when ``end`` closes its own (wire copy
    gives each sentence a paragraph)."""
    ahead, _, rest = text[end : end + 400].partition("\n\n")
    if next_paragraph and not ahead.strip():
        ahead = rest.split("\n\n", 1)[0]
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])", ahead.strip(), maxsplit=2)[:2]:
        at = text.find(sentence, end) if sentence else -1
        if at >= 0:
            found.append((at, sentence))
    return found


@dataclass(frozen=True)
class Revision:
    """A sentence's revised toll: the mention giving the new figure, and what the toll is said to be of
    ("Mastung" in "the toll in Mastung had risen to 57", "the floods"), None when it does not say."""

    mention: Mention
    of: str | None

    @property
    def of_violence(self) -> bool:
        """Whether the toll is of no named thing, or of violence ("the toll from the attack")."""
        return self.of is None or _VIOLENT.search(self.of) is not None


def revision_in(text: str, at: int, sentence: str) -> Revision | None:
    """The toll ``sentence`` (at ``at`` in ``text``) revises, unless it turns to another event: "The death toll
    rose to six", "Officials later raised the toll to 15", "By late evening, the toll in Mastung had risen to 57".

    The one reading of a revised toll for the sentences right after an event (:func:`raised_after`) and for
    those of a story that tell no event (:mod:`wirecoder.story_tolls`).
    """
    if not _REVISED.search(sentence) or _OTHER_EVENT.search(sentence):
        return None
    updates = [m for m in find_mentions(text, at, at + len(sentence))[0] if m.update]
    if not updates:
        return None
    of = _TOLL_OF.search(sentence)
    return Revision(updates[-1], of.group("what") if of else None)


def raised_after(text: str, end: int) -> Mention | None:
    """A revised toll in the two sentences after ``end``, in its paragraph or the next one."""
    same = {at for at, _ in next_sentences(text, end)}
    for at, sentence in next_sentences(text, end, next_paragraph=True):
        revision = revision_in(text, at, sentence)
        if revision is None or (at not in same and not revision.of_violence):
            continue  # a new paragraph on "the death toll from the floods": another story
        return revision.mention
    return None


def stated_after(text: str, end: int, fatalities: int) -> Mention | None:
    """A figure in the next two sentences (of the paragraph, or of the next one when the span ends
    its own, as wire copy writes) that makes a vague count precise ("killing dozens of civilians.
    The government later confirmed 55 deaths."), unless it turns to another event or is lower (a
    part of the dead, not their number)."""
    for at, sentence in next_sentences(text, end, next_paragraph=True):
        if _OTHER_EVENT.search(sentence):
            continue
        deaths = find_mentions(text, at, at + len(sentence))[0]
        figures = [m for m in deaths if m.count is not None and not vague_only(m) and not m.more]
        if len(figures) == 1 and (figures[0].count or 0) >= fatalities:
            return figures[0]
    return None


def other_side_after(text: str, start: int, end: int, upper: int) -> int | None:
    """Where the first sentence between ``end`` and ``upper`` that tells the dead of a side the
    event's own dead (in ``text[start:end]``) do not name ends, or None: "killing two gendarmes.
    Three of the assailants were neutralised" tells more dead, whom ACLED counts with the event's."""
    head = [m for m in find_mentions(text, start, end)[0] if m.count]
    if not head or upper <= end:
        return None
    # read from the event's start, so that a sentence opening on a later day reads as another incident
    later = [m for m in find_mentions(text, start, upper)[0]
             if m.start >= end and m.count and not m.aside and not m.update]
    # ... and so do dead told as more of them ("Two more people were crushed to death as the crowd fled"),
    # unless their sentence turns to another event
    found = next((m for m in later if other_side(head, [m]) or (m.more and tells_more_dead(
        text[max(end, text.rfind(". ", 0, m.start) + 1) : m.sentence_end or m.end]))), None)
    return found.sentence_end if found is not None and found.sentence_end else None


# A sentence telling more dead than those told before it: "Two more people were crushed to death ...".
_MORE_DEAD = re.compile(
    r"^\W*(?:[\w-]+\s+){1,2}?(?:more|other|additional|further)\s+(?:(?!who|that|whose)[\w-]+\s+){0,2}?"
    r"(?:were|was|have|had|also)\s+(?:also\s+)?(?:\w+ly\s+)?(?:killed|shot|crushed|trampled|burn(?:ed|t)|hacked|beaten"
    r"|stabbed|lynched|found\s+dead|confirmed\s+dead|died|succumbed)\b"
    r"|^\W*another\s+(?:(?!who|that|whose)[\w-]+\s+){0,2}?(?:(?:were|was|had|have)\s+(?:also\s+)?(?:killed|shot"
    r"|crushed|trampled|burn(?:ed|t)|hacked|beaten|stabbed|lynched)|died|succumbed)\b",
    re.IGNORECASE,
)
# Dead feared, not confirmed: "7 other deaths are feared but unconfirmed" (ACLED waits for confirmation).
_FEARED = re.compile(r"\b(?:feared|unconfirmed|presumed|missing|believed)\b", re.IGNORECASE)


def tells_more_dead(sentence: str) -> bool:
    """Whether ``sentence`` opens on more dead than told before ("Two more people were crushed to death"): the
    event's own, in wire copy's next paragraph, unless it turns to another event."""
    return _MORE_DEAD.match(sentence) is not None and _OTHER_EVENT.search(sentence) is None \
        and _FEARED.search(sentence) is None and bool(
        find_mentions(sentence, 0, len(sentence))[0])
