"""How the mentions one article tells are folded into events, before duplicates are merged.

A sentence that only adds to the event told just before it (its casualties, a claim of
responsibility, the forces' answer, what happened next at a demonstration) is folded into
that event rather than reported as one of its own:

    "JNIM militants attacked an army post, killing four soldiers. The army said ten assailants
    were killed."  -> one battle, with 14 dead

:func:`fold_told` takes an article's events in the order they are told.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.accounts import (
    ELSEWHERE,
    VIOLENT_TYPES,
    attribution,
    claimed,
    dead_together,
    in_speakers_words,
    quoted_on,
    retold_by_another_source,
)
from wirecoder.actors.attribution import is_back_reference
from wirecoder.casualties import count_casualties, tells_more_dead
from wirecoder.events.codebook import with_sub_event_type
from wirecoder.model import Event
from wirecoder.sequels import continues_demonstration, last_sentence, turns_violent
from wirecoder.retelling import PLACE_FIELDS, counts_several, dated_by_report, retold_at, tells_its_day, told_again

__all__ = ["dead_together", "event_id", "fold_told", "retold", "retype"]


def event_id(article_id: str, start: int, sub_event_type: str) -> str:
    """The id of the event of ``sub_event_type`` told at ``start`` of an article."""
    digest = hashlib.sha1(f"{article_id}|{start}|{sub_event_type}".encode()).hexdigest()[:10]
    return f"{article_id}-{digest}"


def retype(event: Event, sub_event_type: str) -> Event:
    """``event`` with a new sub-event type, its type, PLOVER codes and the id that names it."""
    return replace(
        with_sub_event_type(event, sub_event_type),
        event_id=event_id(event.article_id, event.evidence_start, sub_event_type),
    )


def fold_told(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` (of the article ``text``) with each mention that only adds to the event told before it
    folded into that event, in the order they are told."""
    out: list[Event] = []
    for event in sorted(events, key=lambda e: e.evidence_start):
        going_on = next((i for i in last_sentence(out) if continues_demonstration(out[i], event, text)), None)
        answered = bool(out) and _answers(out[-1], event, text)
        retold = retold_by_another_source(out, event)
        # a lede that sums up several events ("in three separate attacks") absorbs none of those told after it
        summed = bool(out) and counts_several(out[-1].notes)
        if retold is not None:
            # another source's toll is an alternative to one told already, not a toll of its own
            out[retold] = claimed(out[retold], replace(event, fatalities=0) if any(e.fatalities for e in out)
                                   else event, text)
        elif out and not summed and attribution(out[-1], event, text):
            out[-1] = claimed(out[-1], event, text)
        elif (quoted := quoted_on(out, event, text)) is not None:
            out[quoted] = claimed(out[quoted], event, text)
        elif going_on is not None:
            out[going_on] = _escalated(out[going_on], event, text)
        elif out and not summed and _folds_into(out[-1], event, text, answered):
            out[-1] = _fold(out[-1], event, text, answered)
        elif out and not summed and turns_violent(out[-1], event, text):
            out[-1] = _violent(out[-1], event, text)
        elif (again := retold_at(out, event, text)) is not None and not counts_several(out[again].notes):
            out[again] = _told_again(out[again], event, text)
        else:
            out.append(event)
    return out


# The attackers of the event just told, as the victims of the forces' response.
_THE_ATTACKERS = re.compile(
    r"\b(?:of )?(?:the|them|these|those)\b.{0,12}\b(?:attackers?|assailants?|assaillants|robbers|gunm[ae]n|raiders|"
    r"militants|bandits|suspects|thugs|perpetrators|gang members|them)\b|^(?:\w+ )?of them$", re.I
)


_VICTIM_AGAIN = re.compile(
    r"(?:He|She|The (?:deceased|victim|injured man|injured woman))\b[^.;]{0,40}?\b(?:died|succumbed|"
    r"was (?:killed|pronounced dead|declared dead))\b"
)
_SAID_OF = re.compile(r"[^,;]{0,60}\b(?:said|says|called|described|defended|justified|condemned)\s+$", re.I)
_THE_EVENT = re.compile(
    r"(?:(?:in|during|after|amid)\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|blasts?|explosions?|"
    r"shelling|bombardment|air ?strikes?|strikes?|"
    r"offensive|fighting|clash(?:es)?|battle|gun ?battle|gunfight|firefight|fire-fight|shootout|shoot-out|siege|"
    r"exchanges? of fire|crossfire|operation|encounter)\b(?!\s+(?:came|comes|follow\w*|was the latest))",
    re.I,
)


# "in the ensuing clash", "during the subsequent fighting": the event just told, named as what followed it.
_ENSUING = re.compile(r"(?:in|during|amid)\s+the\s+(?:ensuing|subsequent|resulting|following)\b", re.I)


_SECOND_BLAST = re.compile(r"(?:a|the)\s+(?:second|third)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|blasts?|explosions?|"
                           r"devices?|explosives?|(?:suicide\s+)?bombers?)\b", re.I)


def _folds_into(previous: Event, event: Event, text: str, answered: bool) -> bool:
    """Whether ``event`` only adds casualties to the event reported just before it, in the same paragraph.

    "JNIM militants attacked an army post, killing four soldiers. The army said ten assailants
    were killed." reports one battle, not two.
    """
    if event.agent_text is not None and _own_day(previous, event, text):
        return False  # someone doing something on a day of their own; a body found days later is the event's toll
    # "The attackers fired rockets at the post": a back reference continues the event, even in the next
    # paragraph (wire copy gives each sentence its own).
    back = _points_back(event.agent_text) and previous.event_type in VIOLENT_TYPES and (
        event.event_type in {previous.event_type, "Explosions/Remote violence"}  # the weapon they used
        # "The militants opened fire from orchards and then fled": how the attack went, no one new harmed
        or (event.sub_event_type in {"Attack", "Armed clash"}
            and not count_casualties(text, event.evidence_start, event.evidence_end).fatalities)
        # "The insurgents then set fire to a fuel store": the damage they did in the attack
        or event.sub_event_type == "Looting/property destruction"
    ) and not ELSEWHERE.search(text, event.evidence_start, event.evidence_end)  # "they also raided another village"
    # "The attack on the base began with a suicide car bomb": the attack just told, told further.
    # "Two soldiers were wounded in the hour-long firefight": so is a toll set in it.
    told = _THE_EVENT.search(text, event.evidence_start, event.evidence_end)
    # "Al-Masirah TV said the raids damaged several homes": the damage the event just told did
    damage = event.sub_event_type == "Looting/property destruction"
    back = back or ((event.event_type in VIOLENT_TYPES or damage) and told is not None and (
        (event.agent_text is None and (
            told.start() == event.evidence_start or told.group(0).lower().startswith(("in ", "during ", "amid "))))
        # "Ankara said the shelling was a response to ...": a speaker on the event just told
        or _SAID_OF.fullmatch(text, event.evidence_start, told.start()) is not None
        # "The clash broke out when AL men attacked them": the event just told opens the sentence, whoever it names
        or (told.start() == event.evidence_start and told.group(0)[:1].isupper()
            and (not event.place_in_sentence or event.location == previous.location))
        # "... were killed in the ensuing clash with security forces": the event just told, whoever it names
        or (_ENSUING.match(told.group(0)) is not None and not event.place_in_sentence)))
    # "A second car bomb detonated nearby moments later": the same bombing, one event a place and a day (ACLED)
    # (whatever the second blast's own sentence reads as: "... went off as police arrived, killing 2 officers")
    back = back or (previous.event_type == "Explosions/Remote violence" and event.event_type in VIOLENT_TYPES
                    and not event.place_in_sentence and event.event_date in {None, previous.event_date}
                    and _SECOND_BLAST.search(text, event.evidence_start, event.evidence_end) is not None)
    # "He died on the way to hospital": a victim of the event just told, told again
    back = back or (previous.event_type in VIOLENT_TYPES and event.agent_text is None
                    and _VICTIM_AGAIN.match(text, event.evidence_start, event.evidence_end) is not None)
    # Where the event's telling ends, sentences already folded into it included.
    told_to = max((e.end for e in previous.evidence if e.end <= event.evidence_start), default=previous.evidence_end)
    # "Police killed five gang members. The police ambushed them and seized weapons.": what the same
    # forces did in the same operation is part of it, not a development of its own.
    follow_up = (event.sub_event_type in {"Disrupted weapons use", "Arrests"} and event.actor1 is not None
                 and event.actor1 == previous.actor1 and event.event_date in {None, previous.event_date})
    # "Police and military reinforcements were deployed": the forces sent after the event just told, its sequel
    # (wire copy's next paragraph, nothing told between)
    sent = (event.sub_event_type == "Change to group/activity" and event.inter1 == 1
            and (not event.place_in_sentence or event.location == previous.location)
            and event.event_date in {None, previous.event_date}
            and not text[told_to : event.evidence_start].strip()
            and _DEPLOYED.search(text, event.evidence_start, event.evidence_end) is not None)
    # "About a dozen armed men opened fire on the bus as it slowed, said the driver", right after the report of
    # the bus's passengers abducted: how the event went, told by the next sentence with no place, day or dead
    # of its own (one of the same sub-event type is left to dedup's merge, which keeps the better-known sides)
    how = (event.sub_event_type in {"Attack", "Armed clash"} - {previous.sub_event_type}
           and not event.place_in_sentence
           and not event.fatalities and event.event_date in {None, previous.event_date}
           and event.confidence < previous.confidence  # a report as sure as the one before is no detail of it
           and not text[told_to : event.evidence_start].strip()
           and not ELSEWHERE.search(text, event.evidence_start, event.evidence_end))
    # "Indian and Pakistani forces exchanged fire along the LoC. A woman and her two children were killed by
    # shelling": the guns of the fighting just told, with no one, place or day of their own
    shelled = (previous.event_type == "Battles" and event.sub_event_type == "Shelling/artillery/missile attack"
               and event.agent_text is None and not event.place_in_sentence
               and event.event_date in {None, previous.event_date})
    # "Two more people were crushed to death as the crowd fled": more dead of the event just told, whatever it was
    if (tells_more_dead(text[event.evidence_start : event.evidence_end]) and not event.place_in_sentence
            and event.event_date in {None, previous.event_date} and 0 <= event.evidence_start - told_to < 400):
        return True
    # "Police arrested the governor in a raid on his homes. Officers recovered two grenades.": the weapons
    # the same forces found in the arrest they just told are the arrest's, not a development of their own.
    seized_in_arrest = (follow_up and previous.sub_event_type == "Arrests"
                        and event.sub_event_type == "Disrupted weapons use"
                        and 0 <= event.evidence_start - told_to < 400 and "\n\n" not in text[told_to : event.evidence_start])
    return seized_in_arrest or (
        # "Their vehicle was destroyed": damage told after an attack is the attack's, not a looting.
        (back or answered or follow_up or sent or how or shelled or (event.agent_text is None
                            and event.sub_event_type in {"Attack", "Armed clash", "Looting/property destruction"}
                            and not _another_town(previous, event, text[told_to - 1 : event.evidence_start])))
        and previous.event_type in VIOLENT_TYPES
        and 0 <= event.evidence_start - told_to < 400
        # "Soldiers fought back and killed 20 of the attackers", in the next paragraph: the forces' answer
        and (back or answered or how or sent or "\n\n" not in text[told_to : event.evidence_start]
             or _bare_toll(previous, event, text))
    )


def _another_town(previous: Event, event: Event, between: str) -> bool:
    """Whether two clauses of one sentence name different towns or provinces ("drones struck Nyala and fighting broke
    out around Babanusa"): the second, with no doer, is no part of the first (a sentence of its own still may be)."""
    return not re.search(r"[.!?]", between) and bool(
        previous.place_in_sentence and event.place_in_sentence and previous.location and event.location
        and previous.location != event.location
        and (previous.geo_precision == event.geo_precision == 1 or previous.admin1 != event.admin1))


_DEPLOYED = re.compile(r"\b(?:deployed|dispatched|rushed|reinforcements|sent (?:to|in)|drafted in)\b", re.I)


# "The bomber detonated his explosives as ...": the one who did the event just told, named again.
_THE_DOER = re.compile(r"^(?:the|this)\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman|shooter)$", re.I)


def _points_back(agent: str | None) -> bool:
    """Whether an event's agent only points back to those of the event told before it."""
    return is_back_reference(agent) or bool(_THE_DOER.match((agent or "").strip()))


# "Police responded, killing two": the forces' answer to what was just told.
_RESPONDED = re.compile(r"\W*(?:[\w'-]+\s+){0,4}?(?:respond\w*|retaliat\w*|returned fire|fought back|fired back|"
                        r"repuls\w*|repelled|counter-?attack\w*|pursued|gave chase)\b", re.I)


def _state_forces(event: Event) -> bool:
    """Whether actor1 is a state's forces, at home or abroad ("Soldiers returned fire" in the West Bank: Israel's)."""
    forces = (event.actor1 or "").startswith(("Military Forces", "Police Forces"))
    return event.inter1 == 1 or (event.inter1 == 8 and forces)


def _own_day(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event``'s sentence tells a day of its own, another than ``previous``'s ("On Sunday, the rebels
    raided Quissanga" after Saturday's raid near Macomia): another event, however it points back."""
    return bool(event.event_date and previous.event_date and event.event_date != previous.event_date
                and tells_its_day(text[event.evidence_start : event.evidence_end])
                # a lede with no day of its own, or only the day it was reported, takes the day told after it
                and tells_its_day(text[previous.evidence_start : previous.evidence_end]))


def _answers(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event`` is the state forces' answer to the attack just told: "Police arrived and shot
    six of the robbers dead", "Police respond, killing two". Forces that struck on a day of their own ("On Friday
    afternoon, soldiers intercepted the raiders near Nadunget, killing three") fought another fight."""
    if _own_day(previous, event, text):
        return False
    return _state_forces(event) and not _state_forces(previous) and (
        bool(_THE_ATTACKERS.search(event.target_text or ""))
        or bool(_RESPONDED.match(text, event.evidence_start, event.evidence_end))
    )


# Words that make a casualty report another incident than the one just told.
# ("later" and "another" only of another act: "A fourth soldier died later in hospital", "Another policeman
# later died of his wounds" are the event's wounded dying)
_ANOTHER = re.compile(r"\b(?:separate(?:ly)?|another(?!\s+[\w-]+\s+(?:later\s+)?(?:died|succumbed))|other attacks?|"
                      r"elsewhere|meanwhile|also|earlier|"
                      r"(?<!died\s)(?<!succumbed\s)later(?!\s+(?:died|succumbed|in\s+(?:the\s+)?hospital))|"
                      r"last (?:week|month|year)|(?:19|20)\d\d)\b", re.I)


def _bare_toll(previous: Event, event: Event, text: str) -> bool:
    """"The White Helmets said more than 70 people were wounded.": a toll with no one named as doing it,
    no place of its own and nothing to say it is another incident adds to the event just told, even in
    wire copy's next paragraph; so does one typed as that event is ("A fourth soldier died later in
    hospital" after a battle)."""
    return (
        event.agent_text is None
        and event.sub_event_type in {"Attack", previous.sub_event_type}
        and (not event.place_in_sentence or event.location == previous.location)
        and not _ANOTHER.search(text, event.evidence_start, event.evidence_end)
    )


def _violent(previous: Event, event: Event, text: str) -> Event:
    """The damage or arrests ``previous`` become the killing or attack ``event`` told as part of them, by
    those who did them: ACLED codes the gravest act of an event."""
    actor1 = previous.actor1 or event.actor1
    actor2, inter2 = (event.actor2, event.inter2) if event.actor2 else (previous.actor2, previous.inter2)
    if event.sub_event_type == "Armed clash" and not event.actor2 and event.actor1 not in (None, actor1):
        actor2, inter2 = event.actor1, event.inter1  # "Many militants were killed": the other side
    graver = replace(retype(previous, event.sub_event_type), actor1=actor1,
                     inter1=previous.inter1 if previous.actor1 else event.inter1, actor2=actor2, inter2=inter2,
                     civilian_targeting=event.civilian_targeting)
    return _fold(graver, event, text)


def _fold(previous: Event, event: Event, text: str, answered: bool = False) -> Event:
    """``previous`` with the casualties ``event`` adds, counted over the sentences of both.

    Counting the sentences together adds other victims ("four soldiers ... ten assailants")
    but not the same victims told again ("A driver was shot dead. He was killed at ...").
    An attack that killed no one and that the forces ``answered`` ("Police respond, killing two")
    became a clash with them.
    """
    if answered and previous.event_type == "Violence against civilians" and not previous.fatalities:
        previous = replace(retype(previous, "Armed clash"), actor2=event.actor1, inter2=event.inter1,
                           assoc_actor_2=None, civilian_targeting=None)
    injuries = max(previous.injuries or 0, event.injuries or 0) or previous.injuries or event.injuries
    fatalities = dead_together(previous, event, text)
    if previous.sub_event_type == "Abduction/forced disappearance" and event.sub_event_type == "Attack" \
            and fatalities > (previous.fatalities or 0):
        # "stormed the hotel and took 150 people hostage. At least 22 people were killed": people taken and
        # people killed in one assault is the graver attack (ACLED), as "abducted and killed" in one sentence
        previous = retype(previous, "Attack")
    return replace(previous, fatalities=fatalities, injuries=injuries, evidence=previous.evidence + event.evidence,
                   **_finer_place(previous, event, text), **_finer_day(previous, event, text))


def _finer_day(previous: Event, event: Event, text: str) -> dict[str, object]:
    """The day a sentence told after the event gives it, when the event had only a coarser date ("Bandits have
    killed 12 people in Zamfara. The attack happened on Sunday evening in Kucheri") or only the day it was
    reported ("killing four officers, police said Tuesday. The rebels detonated a mine late Monday"), else nothing."""
    if not (event.event_date and event.time_precision and tells_its_day(text[event.evidence_start : event.evidence_end])):
        return {}
    coarser = (previous.time_precision or 9) > event.time_precision
    reported = previous.event_date is not None and event.event_date < previous.event_date \
        and dated_by_report(text[previous.evidence_start : previous.evidence_end])
    if coarser or reported:
        return {"event_date": event.event_date, "time_precision": event.time_precision}
    return {}


def _finer_place(previous: Event, event: Event, text: str) -> dict[str, object]:
    """The place a sentence told after the event gives it, when finer than the event's own ("an attack
    on a base in central Mali ... The attack on the base in Mondoro"), else nothing."""
    if not (event.place_in_sentence and event.location) or previous.country not in (None, event.country) \
            or previous.admin1 not in (None, event.admin1):
        return {}  # a finer place lies inside the coarser one ("70 km west of Mogadishu" is no place in Lower Shabelle)
    if previous.place_in_sentence and (previous.geo_precision or 3) <= (event.geo_precision or 3):
        return {}
    if in_speakers_words(event, text):
        return {}  # '"... were shot," said the mayor of Bandiagara': the speaker's town, not the event's
    return {name: getattr(event, name) for name in PLACE_FIELDS}


def _told_again(previous: Event, event: Event, text: str) -> Event:
    """``previous`` told again by ``event``: its toll, and what :func:`~wirecoder.retelling.told_again` takes."""
    return told_again(previous, event, _fold(previous, event, text), text)


# How far a demonstration escalates, by sub-event type: the gravest report of the crowd's day wins.
_ESCALATION = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
               "Violent demonstration": 3}
_FORCES = frozenset({1, 2, 3, 8})  # inter codes of organised armed sides


def _escalated(previous: Event, event: Event, text: str) -> Event:
    """The demonstration ``previous`` with what ``event`` adds: its casualties, the forces facing it,
    and the graver sub-event type ("protesters attacked an official" makes it a violent demonstration)."""
    changes: dict[str, object] = {}
    if previous.actor2 is None or previous.inter2 not in _FORCES:
        if event.inter2 in _FORCES:
            changes.update(actor2=event.actor2, inter2=event.inter2)
        elif event.inter1 in _FORCES and not (
                event.agent_text is None and (event.actor1 or "").startswith("Unidentified")):
            # ... but "At least 10 people were killed" implies an unidentified killer, no side of the riot
            changes.update(actor2=event.actor1, inter2=event.inter1)
    if previous.sub_event_type == "Mob violence":
        # the forces' answer to a mob: still the mob's violence on its victims, with its toll
        return _fold(previous, event, text) if previous.actor2 else replace(_fold(previous, event, text), **changes)
    folded = replace(_fold(previous, event, text), **changes)
    if event.agent_text is None and event.inter1 != 1 and event.sub_event_type in {"Attack", "Armed clash"}:
        later = previous.sub_event_type  # a death at a riot, by no one named: the riot's toll
    elif event.sub_event_type in _ESCALATION:
        later = event.sub_event_type
    elif event.sub_event_type == "Arrests":
        later = "Protest with intervention"  # ACLED: arrests at a demonstration are an intervention
    elif event.event_type == "Violence against civilians" and event.inter1 == 1:
        later = "Excessive force against protesters"
    else:
        later = "Violent demonstration"
    if _ESCALATION.get(later, 0) <= _ESCALATION.get(previous.sub_event_type, 0):
        return folded
    changes = {}
    if later == "Violent demonstration" and folded.inter1 == 6 and folded.actor1:
        changes.update(actor1=folded.actor1.replace("Protesters", "Rioters", 1), inter1=5)
    return retype(replace(folded, **changes), later)


def retold(kept: Event, event: Event) -> bool:
    """Whether ``event`` is a weak, unattributed mention of violence at the place and on the day of a
    violent event told with more confidence ("The planes came twice ... to help the wounded," said a
    resident of Maarat Misrin): the same event told again, not one of its own."""
    return (
        kept is not event
        and event.confidence < _RETOLD_BELOW < kept.confidence
        and event.event_type in _HARM_TYPES and kept.event_type in _HARM_TYPES
        and (event.actor1 or "").startswith("Unidentified") and not event.fatalities
        and event.location is not None and (event.location, event.event_date) == (kept.location, kept.event_date)
    )


_RETOLD_BELOW = 0.6
_HARM_TYPES = VIOLENT_TYPES - {"Riots"}  # a crowd's trouble retold is left to the demonstration rules
