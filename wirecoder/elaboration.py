"""Events escalated by what the next sentences of their paragraph tell ("Protesters marched in
Nakuru. Some of them burned tyres."): the cue families told there, unless denied, generic or
vague."""

from __future__ import annotations

import re

from wirecoder.events.classify import refine
from wirecoder.events.cues import find_cues
from wirecoder.events.generic import generic_reason
from wirecoder.folding import retype
from wirecoder.model import Article, Event

__all__ = ["elaborated"]


# "He was not throwing stones", "No reports of violence or clashes": a denied act adds nothing to the event.
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no|without|nor)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$|"
    r"\bno\s+(?:reports?|reported|sign|signs|indication|evidence|mention)\s+of\b[^.;]*$", re.I
)
# "closed due to student unrest": a word for trouble, not a report that the crowd turned violent.
_VAGUE_TROUBLE = re.compile(r"unrest\b", re.I)
# How many following sentences of a paragraph may elaborate on an event.
_ELABORATION = 3
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A sentence that opens a scene of its own tells another event, not more of this one: "Separately, ...",
# "In Kobo, a crowd ransacked ...", "On Monday, soldiers engaged the jihadists near Bankass".
_NEW_SCENE = re.compile(
    r"(?:(?i:separately|elsewhere|meanwhile|in (?:another|a separate|an unrelated|a similar) (?:[\w-]+ )?"
    r"(?:incident|attack|development|case|event|clash|raid)s?)\b"
    rf"|(?:In|At|Near) [A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,"
    rf"|(?:On|By|Early on|Late on|Later on) (?:{_DAYS}|\d{{1,2}} {_MONTHS}|{_MONTHS} \d{{1,2}})\b)"
)


def elaborated(article: Article, events: list[Event]) -> list[Event]:
    """Events whose type is escalated by what the next sentences of their paragraph say."""
    if not events:
        return events
    out = []
    told: dict[int, frozenset[str]] = {}  # what each sentence adds, read once: it follows up to three events
    for event in events:
        context: set[str] = set()
        following = [s for s in article.sentences if s.start >= event.evidence_end][:_ELABORATION]
        for sentence in following:
            if "\n\n" in article.text[event.evidence_end : sentence.start] or _NEW_SCENE.match(sentence.text):
                break
            if sentence.start not in told:
                told[sentence.start] = _families_told(sentence.text)
            context.update(told[sentence.start])
        sub = refine(event.sub_event_type, context)
        out.append(retype(event, sub) if sub != event.sub_event_type else event)
    return out


def _families_told(sentence: str) -> frozenset[str]:
    """The cue families a sentence tells of, unless it is generic, denied or vague trouble."""
    if generic_reason(sentence) is not None:
        return frozenset()
    return frozenset(c.family for c in find_cues(sentence)
                     if not _NEGATED_BEFORE.search(sentence, 0, c.start)
                     and not _VAGUE_TROUBLE.match(sentence, c.start))
