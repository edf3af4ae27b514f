"""Sentences of a story that refer back to an event told before, added to that event's evidence.

A story tells its event once and then names it again in passing: "No group claimed the bombing",
"Prosecutors will try him as an adult in the shooting", "The attack came days before the handover",
"Funerals for the dead were held under guard", "The protesters dispersed at dusk". Such a sentence
reports nothing new, so it gives no event, but it is a mention of the event it names: its sentence
belongs with that event's evidence, as the mentions merged into it do. No field of the event changes.

The event named is the one whose mention was told last before the sentence, among all the mentions
the article's sentences gave (those set aside as background included): "the bombing" after "In 2006,
bombs on Mumbai trains killed 187 people" names that old attack, which is no event of the story, and
is left alone. A phrase that sets the event apart in time ("the 2004 bombings", "a similar attack",
"last week's raid") names another one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.dates.background import told_as_history
from wirecoder.events.cues import find_cues
from wirecoder.model import Article, Event, Evidence, Sentence
from wirecoder.sentences import is_story

__all__ = ["REFERENCE_KINDS", "named_kind", "with_references"]

# The event types a kind of reference can name.
REFERENCE_KINDS: dict[str, frozenset[str]] = {
    "violence": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "crowd": frozenset({"Protests", "Riots"}),
    "arrest": frozenset({"Strategic developments"}),
}

# A definite phrase: "the", "this", "Tuesday's" ... and up to two modifiers ("the suicide bombing", "the
# Charlie Hebdo shooting"), none of which sets the event apart in time or in kind ("the 2004 bombings",
# "the previous attack", "the other blast").
_APART = (r"(?:similar|previous|earlier|other|past|next|last|such|recent|latest|first|second|third|former|"
          r"alleged|planned|failed|foiled|thwarted|(?:19|20)\d\d\w*|\w+-year-old|January|February|March|April|May|"
          r"June|July|August|September|October|November|December)")
_DEFINITE = (r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|"
             rf"[Yy]esterday's)\s+(?:(?!{_APART}\b)[\w'’-]+\s+){{0,2}}?")
_NOUNS = {
    "violence": r"(?:attacks?|assaults?|raids?|ambush|bombings?|blasts?|explosions?|shootings?|killings?|massacre|"
                r"siege|stabbings?|(?:air ?)?strikes?|shelling|rampage|gunfight|firefight|clash(?:es)?|"
                r"dead|wounded|injured|victims|casualties|injuries|deaths?(?!\s+(?:penalty|sentences?|row|threats?|squads?)))",
    "crowd": r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|vigils?|sit-ins?|riots?|rioters|"
             r"gatherings?|protesters|demonstrators|marchers)",
    "arrest": r"(?:arrests?|detentions?)",
}
_REFERENCE = {kind: re.compile(rf"{_DEFINITE}{nouns}\b") for kind, nouns in _NOUNS.items()}
# Someone told as held since an arrest: "The man was being questioned at Antrim police station", "remains in custody"
# (not "A vigil was held in the square": being held is said of people).
_REFERENCE["arrest"] = re.compile(
    rf"{_REFERENCE['arrest'].pattern}|\bbeing\s+(?:held|questioned|interrogated)\b|"
    r"\b(?:is|was|are|were)\s+(?:questioned|interrogated)\b|\bheld\s+without\s+(?:charge|bail)\b|"
    r"\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:held\s+)?in\s+(?:police\s+)?(?:custody|detention)\b")
# The cue families that tell an event of each kind.
_FAMILIES = {
    "violence": frozenset({"air", "suicide", "shelling", "ied", "grenade", "chemical", "fight", "kill", "abduct"}),
    "crowd": frozenset({"protest", "riot", "block", "mob", "intervene"}),
    "arrest": frozenset({"arrest"}),
}
# A reference to a blast names the last blast told, not the shooting told after it.
_BLAST = re.compile(r"\b(?:bombings?|blasts?|explosions?|(?:air ?)?strikes?|shelling)\b", re.I)
# An event dated by a year ("In 2006, ...", "the 1998 bombing") is an old one.
_YEAR = re.compile(r"\b(?:in|since|of|the)\s+(?:19|20)\d\d\b", re.I)
# Kinds tried in this order: a sentence naming the attack and the vigil after it is the attack's.
_ORDER = ("violence", "crowd", "arrest")


def named_kind(sentence: str) -> str | None:
    """The kind of event a sentence names with a definite phrase ("the bombing"), or None.

    Example:
        >>> named_kind("No group claimed the bombing.")
        'violence'
        >>> named_kind("A similar attack killed 33 people in Suruc.") is None
        True
    """
    if sentence.rstrip(" \"'”’").endswith("?"):
        return None  # a question names an event to ask about it
    for kind in _ORDER:
        if _REFERENCE[kind].search(sentence):
            return kind
    return None


def with_references(article: Article, mentions: Sequence[Event], events: Sequence[Event]) -> tuple[Event, ...]:
    """``events`` (merged, final) with the story's sentences that refer back to one of them added to its
    evidence; ``mentions`` are the events the sentences gave before merging, background included."""
    if not events or not is_story(article):
        return tuple(events)
    told = {e.start for event in events for e in event.evidence} | {e.evidence_start for e in events}
    added: dict[int, list[Evidence]] = {}
    for sentence in article.sentences:
        if sentence.start in told or _inside_evidence(sentence, events):
            continue
        kind = named_kind(sentence.text)
        if kind is None:
            continue
        target = _named_event(sentence, kind, mentions, events, article)
        if target is not None:
            added.setdefault(target, []).append(Evidence(sentence.start, sentence.end, sentence.text))
    return tuple(replace(e, evidence=e.evidence + tuple(added[i])) if i in added else e for i, e in enumerate(events))


def _inside_evidence(sentence: Sentence, events: Sequence[Event]) -> bool:
    """Whether the sentence overlaps a sentence already told as evidence (a clause split from it)."""
    return any(e.start < sentence.end and sentence.start < e.end for event in events for e in event.evidence)


def _named_event(sentence: Sentence, kind: str, mentions: Sequence[Event], events: Sequence[Event],
                 article: Article) -> int | None:
    """The index in ``events`` of the event the sentence names: the one holding the mention of its kind told
    last before it (of a blast, the last blast), when that mention was kept and no past event was told since."""
    before = [m for m in mentions if m.evidence_start < sentence.start and m.event_type in REFERENCE_KINDS[kind]]
    if kind == "arrest":
        before = [m for m in before if m.sub_event_type == "Arrests"]
    blasts = [m for m in before if m.event_type == "Explosions/Remote violence"]
    if blasts and _BLAST.search(sentence.text):
        before = blasts
    if not before:
        return None
    last = max(before, key=lambda m: m.evidence_start)
    if any(_recalls_past(s.text, kind) for s in article.sentences if last.evidence_end <= s.start < sentence.start):
        return None  # "In 2006, bombs on Mumbai trains killed 187 people. The bombings were ...": that old attack
    for i, event in enumerate(events):
        if any(e.start <= last.evidence_start < e.end for e in event.evidence):
            return i
    return None


def _recalls_past(sentence: str, kind: str) -> bool:
    """Whether a sentence tells an event of the kind as history (its mention, if any, was set aside)."""
    if not any(cue.family in _FAMILIES[kind] for cue in find_cues(sentence)):
        return False
    return told_as_history(sentence, development=False) or _YEAR.search(sentence) is not None
