"""Accounts of an event told before them: claims of responsibility, quotes, witnesses, a second source.

"Al Shabaab claimed the attack", '"They came at night," a resident said' and "Other sources put the toll at
15" tell no event of their own; :mod:`wirecoder.folding` folds them into the event they speak of, and
``dead_together`` counts the dead of the two as ACLED would (the lowest credible figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.actors.attribution import NO_CLAIM, is_back_reference
from wirecoder.casualties import count_casualties
from wirecoder.model import Event, Evidence
from wirecoder.numbers import NUMBER_PATTERN
from wirecoder.sentences import in_quotation
from wirecoder.speech import first_tag

__all__ = ["ELSEWHERE", "VIOLENT_TYPES", "attribution", "claimed", "dead_together", "in_speakers_words",
           "quoted_on", "retold_by_another_source"]

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
# Words that make an attack another incident than the one just told ("later" is left out: "were later found
# dead"; so are "separate reports", another source's).
ELSEWHERE = re.compile(r"\b(?:separate(?:ly)?(?!\s+(?:reports?|sources?|accounts?))|another|other attacks?|elsewhere|"
                        r"meanwhile|last (?:week|month|year)|(?:19|20)\d\d)\b", re.I)


# Events a death can be the grievance of.
_CROWD_TYPES = frozenset({"Protests", "Riots"})


def _told(evidence: Sequence[Evidence]) -> str:
    """The sentences of ``evidence`` in the order they are told, each once."""
    return " ".join(e.text for e in sorted(set(evidence), key=lambda e: e.start))


def dead_together(first: Event, then: Event, text: str) -> int:
    """The dead of ``first`` with those ``then`` adds, counted over the sentences of both (of the article
    ``text``); ``first``'s toll stands where the sentences read together give none.

    Read together, a toll that rests on a group's claim or a second report, told after a first
    report of the wounded alone ("Four policemen were wounded ... Al Shabaab claims 7 dead"), counts
    none: the first report is the lowest credible figure.
    """
    if not (first.fatalities or then.fatalities) and first.sub_event_type == "Abduction/forced disappearance":
        # "Assailants abducted 15 men. The hostages were executed": the dead are the captives, whom only the
        # two sentences read together count
        return _count(_told((*first.evidence, *then.evidence)))
    if not then.fatalities or not (first.fatalities or first.injuries):
        if then.fatalities and first.event_type in _CROWD_TYPES \
                and _count(_told((*first.evidence, *then.evidence))) == 0:
            # "Students protested over the death of a classmate. The student was found dead in his room":
            # read after the first sentence, the dead are the death the crowd rose over, told again (a
            # killing police investigate is no grievance: its victim stays the event's)
            return 0
        return first.fatalities or then.fatalities
    if first.fatalities and unverified(text, then.evidence_start, then.evidence_end):
        return first.fatalities  # "... had risen to 53. Reporters could not verify the figure": no firm toll
    evidence = (*first.evidence, *then.evidence)
    together = _count(_told(evidence))
    if first.fatalities:
        return together or first.fatalities
    if not _count(_told(then.evidence)):
        # its toll was read from the sentences after its own: read them too, to the paragraph's end
        end = text.find("\n\n", then.evidence_end)
        start = min((e.start for e in evidence), default=first.evidence_start)
        together = count_casualties(text, start, len(text) if end < 0 else end).fatalities
    # read alone, ``then``'s toll may be the more complete ("the toll was later raised to 4")
    return then.fatalities if together else 0


# "Reuters could not independently verify the toll", "a figure that could not be confirmed": a toll no firm figure.
_UNVERIFIED = re.compile(r"\b(?:could|can|was|were)\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*", re.I)


def unverified(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` or the one after it says its toll could not be verified."""
    return _UNVERIFIED.search(text, start, end) is not None or _UNVERIFIED.search(_next_sentence(text, end)) is not None


def _next_sentence(text: str, end: int) -> str:
    """The sentence after the one ending at ``end``."""
    following = text[end : end + 300].lstrip()
    stop = re.search(r"[.!?]([\"”']|\s|$)", following)
    return following[: stop.end()] if stop else following


def _count(told: str) -> int:
    return count_casualties(told, 0, len(told)).fatalities


def in_speakers_words(event: Event, text: str) -> bool:
    """Whether the event's place is named only after the words that name its source, in the sentence."""
    sentence = text[event.evidence_start : event.evidence_end]
    at = sentence.find(event.location or "")
    # Where the sentence names its source after what it says: '..., said Moulaye Guindo, the mayor of
    # Bandiagara', '..., a spokesman told reporters in Maputo' (not "Police said gunmen raided Mondoro").
    source = first_tag(sentence)
    return at >= 0 and source is not None and source.start < at


def _place_of_its_own(event: Event, text: str) -> bool:
    """Whether the sentence names a place for its event, not only the speaker's ('... a protester said at
    Dhaka Medical College Hospital')."""
    return event.place_in_sentence and not in_speakers_words(event, text)


# "Al Shabaab claimed responsibility for the blast", "No one claimed the attack", "The Taliban claimed to have
# killed 20", "Al Shabaab claims 7 dead": about an event told before ("The blast claimed 12 lives" is no claim).
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|responsibility)\b[^.]{0,40}\b(?:the|this|that|its|[A-Z]\w+'s)\s+(?:\w+\s+)?"
    r"(?:attack|blast|bombing|killing|explosion|strike|ambush|assault|kidnapping|abduction|raid|shooting)s?\b"
    r"|\bclaim(?:ed|s|ing)?\s+responsibility\b(?!\s+for\b)"  # "claimed responsibility on Twitter"
    r"|\bclaim(?:ed|s|ing)?\s+(?:to\s+have\s+killed|killing|(?:that\s+)?(?:it|they|its\s+\w+)\s+(?:had\s+)?killed|"
    r"(?:(?:at\s+least|more\s+than|over|up\s+to)\s+)?(?:\d+|[a-z]+)\s+(?:\w+\s+)?(?:dead|deaths|killed)\b)"
    # "The Pakistani Taliban said it had carried out the attack", "The attack was claimed by ISSP"
    r"|\b(?:said|says)\s+(?:it|they|its\s+\w+)\s+(?:had\s+|has\s+|have\s+)?carried\s+out\s+(?:the|this|that|Sunday's|"
    r"Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\b"
    r"|\b(?:attack|blast|bombing|killing|explosion|strike|ambush|assault|kidnapping|abduction|raid|shooting)s?\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+claimed\s+by\b"
)
_QUOTE_OPENERS = ('"', "“", "‘", "'")
# "A second report indicates ...", "Other sources put the toll at 15": another source's account of the event
# just told ("another report" is left out: wire copy opens another incident with it).
_SECOND_SOURCE = re.compile(
    r"(?:(?:a|the)\s+(?:second|conflicting|later|different)\s+|other\s+|some\s+|conflicting\s+|later\s+|"
    r"another\s+(?=sources?|accounts?))(?:reports?|sources?|accounts?)\b", re.I
)


# "Witnesses said the gunmen arrived on motorcycles", "Residents claim two blasts were heard": those who saw
# the event just told, telling it.
_WITNESSED = re.compile(
    r"(?:(?:(?:a|an|one|several|other)\s+)?(?:eye-?)?witness(?:es)?|residents|survivors|villagers|locals)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:said|say|says|claim\w*|reported|told|described|recounted|saw)\b",
    re.I,
)


def retold_by_another_source(events: Sequence[Event], event: Event) -> int | None:
    """The index of the last violent event of ``events`` when ``event`` is another source's account of
    it ("Militants raided a police post ... They also cut a phone mast. A second report says they
    killed three officers"), else ``None``."""
    if not _SECOND_SOURCE.match(event.notes):
        return None
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES), None)


# "The health ministry reported 32 dead and 159 injured", "Police said 11 people were killed": a source giving the
# toll of the event just told, whose words read as an event of its own.
_SOURCE_TOLL = re.compile(
    rf"^(?:[\w.'’-]+\s+){{1,6}}?(?:reported|said|says|confirmed|announced|recorded|counted|gave\s+a\s+(?:death\s+)?toll\s+of"
    rf"|put\s+the\s+(?:death\s+)?toll\s+at)\s+(?:that\s+)?(?:(?:at\s+least|some|about|around|nearly|over|more\s+than)\s+)?"
    rf"(?:{NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,2}}?(?:dead|deaths|killed|fatalities|bodies|(?:were|had\s+been)\s+killed"
    rf"|(?:had\s+)?died)\b",
    re.I,
)


def attribution(previous: Event, event: Event, text: str) -> bool:
    """A claim of responsibility, a source's toll, a witness's or a quoted account of the event reported before it
    (also the later sentences of a quote, which open with no quotation mark of their own)."""
    if previous.event_type in VIOLENT_TYPES and _CLAIM.search(event.notes):
        return True
    # (only for an event told with no toll: beside one, "The army said 10 assailants were killed" adds the other side's)
    if previous.event_type in VIOLENT_TYPES and not previous.fatalities and _SOURCE_TOLL.match(event.notes) \
            and not _place_of_its_own(event, text):
        return ELSEWHERE.search(event.notes) is None
    if previous.event_type in VIOLENT_TYPES and _WITNESSED.match(event.notes) and not _place_of_its_own(event, text):
        return ELSEWHERE.search(event.notes) is None  # "Residents said gunmen also raided another village"
    if event.notes.startswith(_QUOTE_OPENERS):
        return previous.event_type in VIOLENT_TYPES and not _place_of_its_own(event, text)
    # A later sentence of a quote right after the report, in its paragraph, retells that event.
    return (
        in_quotation(text, event.evidence_start)
        and (previous.event_type in VIOLENT_TYPES or previous.event_type == "Protests")
        and "\n\n" not in text[previous.evidence_end : event.evidence_start]
        and not _place_of_its_own(event, text)
    )


# How far back a quote may look for the violent event it speaks of (a paragraph or two of wire copy).
_QUOTE_REACH = 700


def quoted_on(events: Sequence[Event], event: Event, text: str) -> int | None:
    """The index of the violent event (or demonstration) told last before ``event`` when ``event`` is told in a
    quote ("Our men fought gallantly and neutralised many of the terrorists," an officer said) or claims an
    event ("claimed responsibility on Twitter") and names no place of its own: someone's words on that event,
    though another report came between them, else ``None``."""
    claim = _CLAIM.search(event.notes) is not None
    if _place_of_its_own(event, text) or not (claim or event.notes.startswith(_QUOTE_OPENERS)
                                       or in_quotation(text, event.evidence_start)):
        return None
    spoken_of = VIOLENT_TYPES if claim else VIOLENT_TYPES | {"Protests"}
    for i in range(len(events) - 1, -1, -1):
        told_to = max(e.end for e in events[i].evidence if e.end <= event.evidence_start) \
            if any(e.end <= event.evidence_start for e in events[i].evidence) else events[i].evidence_end
        if event.evidence_start - told_to > _QUOTE_REACH:
            return None
        if events[i].event_type in spoken_of:
            return i
    return None


def claimed(previous: Event, claim: Event, text: str) -> Event:
    """``previous`` with the claim's evidence, and its named claimant when the perpetrator was unknown."""
    changes: dict[str, object] = {"evidence": previous.evidence + claim.evidence}
    # '"Insurgents remotely detonated the bomb," the police chief said': an account naming who did it
    names_doer = bool(claim.agent_text) and not is_back_reference(claim.agent_text)
    if (previous.actor1 or "").startswith("Unidentified") and claim.inter1 in {2, 3, 4} \
            and not (claim.actor1 or "").startswith("Unidentified") and (_CLAIM.search(claim.notes) or names_doer) \
            and not NO_CLAIM.search(claim.notes):  # "No group claimed the attack, but ..."
        changes.update(actor1=claim.actor1, inter1=claim.inter1)
    if not previous.fatalities and claim.fatalities:
        changes["fatalities"] = dead_together(previous, claim, text)
    if previous.injuries is None and claim.injuries is not None:
        changes["injuries"] = claim.injuries  # "The ministry reported 32 dead and 159 injured"
    return replace(previous, **changes)
