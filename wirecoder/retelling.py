"""The main event of a story told again further down, recognised so that it stays one event.

Wire copy tells its main event in the lede and again in the body: "Gunmen killed 31 people on a bus
in central Mali ... The attack took place near the village of Songho", "... the toll from the Songho
attack was 31 dead", "A fighter jet dropped two bombs on Pazigyi village" after "An air strike
killed 17 people in a village of Kanbalu Township". :func:`retold_at` finds the event such a
sentence tells again; :mod:`wirecoder.folding` folds it in, so its place, perpetrator and toll
complete the event instead of making a second one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.accounts import ELSEWHERE, VIOLENT_TYPES
from wirecoder.dates.patterns import REPORT_BEFORE
from wirecoder.model import Event

__all__ = ["A_DAY", "PLACE_FIELDS", "counts_several", "dated_by_report", "names_its_place", "reported_after", "retold_at",
           "same_day_told", "sums_up", "told_again", "tells_its_day", "told_apart", "told_text", "toll_told_again"]

PLACE_FIELDS = ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                "geonameid", "place_in_sentence")

# "the toll from the Tripoli clashes", "the attack on Palma", "the raids on Maarat Misrin", "the Handwara
# encounter", "The Iskander missile hit a cafe": the event already told, named as known to the reader.
_TOLD_AS_KNOWN = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[\w'-]+\s+){0,3}?(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|"
    r"blasts?|explosions?|shelling|shells|bombardment|air ?strikes?|air ?raids?|strikes?|missiles?|rockets?|bombs?|"
    r"massacre|killings?|clash(?:es)?|fighting|battle|gun ?battle|gunfight|firefight|shoot-?out|encounter|"
    r"suicide (?:bomber|attack)|bomber|gunmen|assailants|attackers|militants|insurgents)\b",
    re.I,
)
# Words that set a sentence's event apart in time from the one told before it: "Earlier in the day, drones
# struck ...", "Later on Saturday, fighters attacked a base", "the next day".
_APART = re.compile(r"\b(?:earlier|later|previous(?:ly)?|next day|day before|day after|hours? (?:later|after|"
                    r"before|earlier)|(?:two|three|several) days|last (?:night|week|month|year))\b", re.I)
def told_apart(sentence: str) -> bool:
    """Whether a sentence says its event is another one, or happened at another time, than the one before."""
    return ELSEWHERE.search(sentence) is not None or _APART.search(sentence) is not None


# How far after the event's telling (its last folded sentence) a retelling may come: two or three
# paragraphs of wire copy.
_REACH = 900


def retold_at(events: Sequence[Event], event: Event, text: str) -> int | None:
    """The index of the event of ``events`` (told before, in order) that ``event`` tells again, else None.

    Only the violent event told last may be retold: a story that goes on to another event names it
    ("Separately, ...", "In another attack ...") and what follows is that event's. ``event`` retells
    it when it is of the same type, on no other day, adds no toll of its own that conflicts, names no
    other perpetrator, and either names the event as already known ("the attack on Palma") or, as the
    next report after the lede's, tells the same kind of event in the same province with no toll.
    """
    last = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES), None)
    if last is None or event.event_type != events[last].event_type or event.event_type not in VIOLENT_TYPES:
        return None
    previous = events[last]
    told_to = max((e.end for e in previous.evidence if e.end <= event.evidence_start), default=previous.evidence_end)
    sentence = text[event.evidence_start : event.evidence_end]
    if not 0 <= event.evidence_start - told_to < _REACH or told_apart(sentence):
        return None
    if not same_day_told(previous, event):
        return None
    if event.place_in_sentence and previous.place_in_sentence and event.location != previous.location \
            and event.geo_precision == previous.geo_precision == 1 and event.location not in told_text(previous, text) \
            and not names_its_place(previous, sentence):
        return None  # another town named: another event ("Gunmen also raided Kurya")
    if event.agent_text and not _unidentified(event.actor1) and event.actor1 not in (previous.actor1, None) \
            and not _unidentified(previous.actor1):
        return None  # another perpetrator, or the other side's answer (left to dedup's merge of a clash)
    known = _TOLD_AS_KNOWN.search(sentence)
    if known is not None and (not event.fatalities or toll_told_again(sentence)):
        return last if _same_province(previous, event) or names_its_place(previous, sentence) else None
    lede = last == 0 and len(previous.evidence) == 1  # the lede's event, nothing yet told of it
    return last if (
        lede and event.sub_event_type == previous.sub_event_type and not event.fatalities
        and _same_province(previous, event)
    ) else None


# "The Health Ministry said the toll from the Tripoli clashes had risen to 32": a toll of the event told again.
# "..., bringing the number of people killed in the raid to nine": the event's new total.
_TOLL_AGAIN = re.compile(r"\b(?:death\s+)?toll\b|\b(?:dead|killed|bodies)\b[^.]{0,40}\b(?:stood|rose|risen|climbed)"
                         r"|\b(?:bringing|raising|taking|brought|raised|took)\s+the\s+(?:number|total|tally|count)\s+of\s+"
                         r"(?:(?:people|persons)\s+)?(?:dead|killed|deaths)\b", re.I)


# A sentence that states a day ("on Tuesday", "in March", "yesterday", "overnight").
A_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                    r"May|June|July|August|September|October|November|December|yesterday|today|overnight|"
                    r"(?:last|previous) night|\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d)\b")


def tells_its_day(sentence: str) -> bool:
    """Whether the sentence tells a day of its own, not only when it was said or its toll counted ("police said
    on Monday", "the death toll rose to four on Wednesday")."""
    return any(REPORT_BEFORE.search(sentence, 0, day.start()) is None for day in A_DAY.finditer(sentence))


def dated_by_report(sentence: str) -> bool:
    """Whether the sentence's only days are when it was said or its toll counted ("killing four officers, police
    said Tuesday"): a later sentence that tells the day it happened ("detonated a mine late Monday") dates it."""
    return A_DAY.search(sentence) is not None and not tells_its_day(sentence)


# How many days before its report a lede dated only by the report ("... have been killed, officials said on Monday")
# may have told the event a later sentence dates ("... early on Sunday"): a wire story's week.
_REPORTED_WITHIN = 7


def reported_after(lede: Event, event: Event) -> bool:
    """Whether ``lede`` is dated only by when it was said and ``event`` happened in the days before, so may be the
    lede's event: "At least 38 people have been killed in an attack on a church, officials said on Monday" and
    "Fighters stormed the parish early on Sunday"."""
    days = (lede.event_date - event.event_date).days if lede.event_date and event.event_date else 0
    return 0 < days <= _REPORTED_WITHIN and dated_by_report(lede.notes)


def same_day_told(previous: Event, event: Event) -> bool:
    """Whether ``event`` may have happened on ``previous``'s day: the same day, either undated, or
    :func:`reported_after` ``previous``."""
    return not (event.event_date and previous.event_date) or event.event_date == previous.event_date \
        or reported_after(previous, event)


def toll_told_again(sentence: str) -> bool:
    return _TOLL_AGAIN.search(sentence) is not None


def told_text(previous: Event, text: str) -> str:
    """The sentences ``previous`` was told in, joined."""
    return " ".join(text[e.start : e.end] for e in previous.evidence)


def names_its_place(previous: Event, sentence: str) -> bool:
    """Whether the sentence names the place the event was placed at ("the attack on Palma")."""
    return bool(previous.location) and re.search(rf"\b{re.escape(previous.location or '')}\b", sentence) is not None


def _same_province(previous: Event, event: Event) -> bool:
    """Whether ``event``'s place, if its sentence names one, lies where ``previous`` is placed."""
    if not event.place_in_sentence:
        return True
    return event.country == previous.country and event.admin1 in (None, previous.admin1)


def _unidentified(actor: str | None) -> bool:
    return (actor or "").startswith("Unidentified")


def told_again(previous: Event, event: Event, folded: Event, text: str) -> Event:
    """``folded`` (``previous`` with ``event``'s toll and finer place) completed with what a retelling tells
    better: a day where ``previous`` had a coarser date, the village it names, the group it names where
    ``previous``'s perpetrator was unknown ("The attack on Songho ... local officials blamed Katiba Macina")."""
    sentence = text[event.evidence_start : event.evidence_end]
    # told again, the event is told more surely: it ranks as its surer telling
    changes: dict[str, object] = {"confidence": max(previous.confidence, event.confidence)}
    if event.time_precision and event.event_date and (previous.time_precision or 9) > event.time_precision:
        # "Gunmen have killed 23 people in Kurya, residents said. The attack took place on Saturday": the day told
        changes.update(event_date=event.event_date, time_precision=event.time_precision)
    if names_its_place(previous, sentence):
        # "the toll from the Songho attack ..., and the wounded were evacuated to Mopti": the event's own place
        changes.update({name: getattr(previous, name) for name in PLACE_FIELDS})
    elif _village(event, sentence) and not _village(previous, text[previous.evidence_start : previous.evidence_end]):
        # "in a village of Kanbalu Township ... A fighter jet dropped two bombs on Pazigyi village": the village
        changes.update({name: getattr(event, name) for name in PLACE_FIELDS})
    if _unidentified(previous.actor1) and event.inter1 in {2, 3, 4} and not _unidentified(event.actor1):
        changes.update(actor1=event.actor1, inter1=event.inter1, assoc_actor_1=event.assoc_actor_1)
    return replace(folded, **changes)


def _village(event: Event, sentence: str) -> bool:
    """Whether the sentence names the event's place as a village ("Pazigyi village", "the village of Songho")."""
    if not (event.place_in_sentence and event.location):
        return False
    name = re.escape(event.location)
    return re.search(rf"\b{name}\s+village\b|\bvillage\s+of\s+{name}\b", sentence, re.I) is not None


def sums_up(event: Event, events: Sequence[Event]) -> bool:
    """Whether ``event`` only sums up events the story tells one by one after it, at the places its sentence
    lists: "Six people were killed in clashes in Dhaka, Chattogram and Rangpur. In Dhaka, three ... In
    Rangpur, ... In Chattogram, ..." (a lede that names another town in passing tells its own event)."""
    if not event.place_in_sentence or not event.location:
        return False
    later = {e.location for e in events if e.evidence_start >= event.evidence_end and e.location
             and e.place_in_sentence}
    towns = "|".join(re.escape(place) for place in sorted(later, key=len, reverse=True))
    if not towns or event.location not in later:
        return False
    listed = re.search(rf"\b(?:{towns})(?:,\s+(?:{towns}))*,?\s+and\s+(?:{towns})\b", event.notes)
    return listed is not None and re.search(rf"\b{re.escape(event.location)}\b", listed.group(0)) is not None


# A lede that sums up several events ("killed 14 people in three separate attacks since Sunday", "Russian
# attacks killed seven people over the past day"): the events it counts are told after it, each its own.
_COUNTS_SEVERAL = re.compile(
    r"\b(?:in|during)\s+(?:a\s+(?:series|spate|wave|string|number)\s+of\s+|(?:two|three|four|five|six|several|multiple|"
    r"\d+)\s+(?:separate\s+|coordinated\s+|different\s+|simultaneous\s+)?)(?:air\s+|drone\s+|suicide\s+|"
    r"armed\s+)?(?:attacks|raids|strikes|air ?strikes|incidents|bombings|explosions|clashes|ambushes)\b|"
    # "Two separate bombings killed at least seven people in Iraq": the events counted as the sentence's subject
    r"\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:separate|different|unrelated)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|raids|strikes|air ?strikes|incidents|bombings|blasts|explosions|clashes|ambushes|shootings)\b|"
    # "fighting continued on several fronts": a war's day told whole
    r"\bon\s+(?:several|multiple|many|various|all)\s+fronts\b|"
    # "rebels attacked several villages over the weekend": a round-up of the raids told after it (not "raided three
    # villages in Myaung township", one raid on the villages it counts)
    r"\b(?:attack(?:ed|s)?|raid(?:ed|s)?|struck|stormed|overran|torched|burned|burnt)\s+(?:on\s+)?(?:several|multiple|"
    r"a\s+number\s+of|various)\s+(?:[\w-]+\s+)?(?:villages|towns|communities|localities|settlements|hamlets)\b|"
    r"^\W*(?:\w+\s+){0,2}(?:attacks|strikes|raids|shelling)\b[^.]{0,120}\b(?:over|in|during)\s+the\s+(?:past|last)\s+"
    r"(?:day|24 hours|two days|48 hours|week|weekend)\b|"
    # "neutralised 39 terrorists in air and ground operations in the southwest": an army's tally of its week
    r"\b(?:in|during)\s+(?:[\w-]+\s+){0,3}operations\s+(?:across|in\s+(?:the\s+)?(?:north|south|east|west|"
    r"central|several|various|parts))", re.I)


# "the latest in a string of attacks", "the third in a series of raids": the sentence's own event is one of
# those, and they are background; it sums up nothing.
_ONE_OF = re.compile(r"\b(?:latest|last|newest|most recent|first|second|third|fourth|fifth|deadliest|worst|bloodiest"
                     r"|one)\s*$", re.I)


def counts_several(sentence: str) -> bool:
    """Whether ``sentence`` sums up several events, each told after it ("in three separate attacks")."""
    return any(not _ONE_OF.search(sentence, 0, found.start()) for found in _COUNTS_SEVERAL.finditer(sentence))
