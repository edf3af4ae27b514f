"""Whether a sentence tells what came of the event told just before it: the demonstration's next
act (the police's answer, the crowd's violence, a death at it) or the killing that damage or
arrests turned into."""

from __future__ import annotations

import re

from wirecoder.accounts import ELSEWHERE, VIOLENT_TYPES
from wirecoder.actors.attribution import is_back_reference
from wirecoder.model import Event

__all__ = ["continues_demonstration", "last_sentence", "turns_violent"]


# What damage and arrests may turn into: a killing or an attack told as part of them.
_TURNED = frozenset({"Looting/property destruction", "Arrests"})
# "Three of those arrested were later found dead", "Two others were shot while trying to escape", "An infant died
# during the raid": people or acts of the damage or arrests just told.
_DURING_THE = (r"\b(?:during|in|after)\s+the\s+(?:[\w-]+\s+)?(?:raids?|operations?|crackdown|arrests?|search|swoop|"
               r"sweep|incident|attack|torching|burning)\b")
_PART_OF = re.compile(
    _DURING_THE + r"|\bwhile\s+(?:trying|attempting)\s+to\s+(?:escape|flee|resist)\b|"
    r"\bin\s+(?:police\s+|military\s+)?custody\b|\b(?:those|the\s+men|the\s+suspects?|the\s+detainees?)\s+"
    r"(?:arrested|detained|held|seized|abducted)\b|^(?:\w+\s+)?others\b|\bthe\s+other\s+(?:\w+\s+)?(?:were|was|died)\b",
    re.I,
)
_DURING = re.compile(_DURING_THE, re.I)
# "The houses were torched in a retaliatory attack": what was just told of, named again.
_TOLD_AGAIN = re.compile(r"(?:the|these|those)\s+(?:[\w-]+\s+)?[\w-]+s", re.I)


# "Afghan forces conducted clearing operations in Achin. 14 IS-K fighters were killed.": the fighters killed are
# the operation's; the forces' operation told as a development becomes the clash.
_OPERATION = re.compile(r"\b(?:operations?|offensives?|clearing|sweeps?|crackdown)\b", re.I)


def _operation_toll(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event`` is a clash with no one named as doing it, told right after state forces' operation."""
    return (previous.sub_event_type == "Other" and previous.inter1 == 1 and event.sub_event_type == "Armed clash"
            and _OPERATION.search(text, previous.evidence_start, previous.evidence_end) is not None)


def turns_violent(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event``, a killing or an attack by no one named, is part of the damage or arrests told just
    before it: "Police arrested four men in Elram. The other three were found dead the next day", "Troops
    destroyed six militant camps. Many militants were killed during the operation"."""
    told_to = max((e.end for e in previous.evidence if e.end <= event.evidence_start), default=previous.evidence_end)
    operation = _operation_toll(previous, event, text)
    return (
        (previous.sub_event_type in _TURNED or operation)
        and event.agent_text is None
        and event.sub_event_type in {"Attack", "Armed clash"}
        and 0 <= event.evidence_start - told_to < 400
        # "A 17-year-old was shot during the raid", in wire copy's next paragraph: named as part of it
        and ("\n\n" not in text[told_to : event.evidence_start]
             or _DURING.search(text, event.evidence_start, event.evidence_end) is not None)
        and (not event.place_in_sentence or event.location == previous.location)
        and not ELSEWHERE.search(text, event.evidence_start, event.evidence_end)
        and (operation or _PART_OF.search(text, event.evidence_start, event.evidence_end) is not None
             or _TOLD_AGAIN.fullmatch((event.target_text or "").strip()) is not None)
    )


# What a sentence after a demonstration adds to it: the police's answer, or the crowd's violence.
_CROWD_SEQUELS = frozenset({"Protest with intervention", "Excessive force against protesters",
                            "Violent demonstration", "Mob violence"})


def _forces_answer(event: Event) -> bool:
    """Whether ``event`` is the state forces turning on people ("Police shot one dead")."""
    return event.event_type == "Violence against civilians" and event.inter1 == 1


def continues_demonstration(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event`` tells what happened next at the demonstration reported just before it.

    "Students protested in Eldoret. Police intervened." and "Riots broke out after the verdict.
    Police fired tear gas." are one event each; a sentence that names a place of its own
    ("In Kisumu, police fired tear gas") reports another.
    """
    # where the demonstration's telling ends, sentences already folded into it included
    told_to = max((e.end for e in previous.evidence if e.end <= event.evidence_start), default=previous.evidence_end)
    return (
        previous.event_type in {"Protests", "Riots"}
        # A mob's attack goes on only with the forces' answer ("Police fired at them, killing one").
        and (previous.sub_event_type != "Mob violence" or _forces_answer(event))
        and (event.sub_event_type in _CROWD_SEQUELS
             # "Some of them attacked a county officer": the demonstrators' own violence
             or (is_back_reference(event.agent_text) and event.event_type in VIOLENT_TYPES)
             # "Police shot one dead": the forces' answer to the crowd
             or _forces_answer(event)
             # "A student was killed by gunshot in the clashes", "One protester was shot dead": a death
             # at the demonstration, by no one named
             or (event.agent_text is None and event.sub_event_type in {"Attack", "Armed clash"})
             # "Several people were arrested": the forces' arrests at the demonstration
             or (event.sub_event_type == "Arrests" and (event.agent_text is None or event.inter1 == 1)))
        and 0 <= event.evidence_start - told_to < 400
        and (
            # "In Kano, protesters set fire to ...", after "protests in Lagos, Abuja and Kano": that place's
            (event.place_in_sentence and event.location is not None and event.location == previous.location)
            or (not event.place_in_sentence and "\n\n" not in text[told_to : event.evidence_start])
            # "Doctors said dozens of protesters were injured.", the next paragraph: the crowd just told, harmed;
            # "Police detained 45 people, the ministry said.": the forces' arrests at it
            or (not event.place_in_sentence and not text[told_to : event.evidence_start].strip()
                and event.event_date in {None, previous.event_date}
                and (_CROWD.search(event.target_text or "") is not None or event.sub_event_type == "Arrests"))
        )
    )


# The crowd of a demonstration named again as the victims of what follows it.
_CROWD = re.compile(r"\b(?:protesters|demonstrators|marchers|protestors|the crowds?)\b", re.I)


def last_sentence(events: list[Event]) -> list[int]:
    """Indices of the events told in the last sentence, last first: one sentence may hold several
    demonstrations, one a town, and the next sentence may go on with any of them."""
    indices: list[int] = []
    for i in range(len(events) - 1, -1, -1):
        if events[i].evidence_start != events[-1].evidence_start:
            break
        indices.append(i)
    return indices
