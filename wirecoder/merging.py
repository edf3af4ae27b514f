"""Mentions of one event in an article merged into one event.

``same_event`` says whether two mentions may be one event (nothing they tell conflicts);
``merge`` completes the kept mention with what the other knows better. The dedup stage
(``wirecoder.stages.dedup``) applies them to the mentions ranked by confidence.
"""

from __future__ import annotations

from dataclasses import replace

from wirecoder.accounts import dead_together
from wirecoder.events.codebook import with_sub_event_type
from wirecoder.events.remote import bare_blast
from wirecoder.model import Event
from wirecoder.retelling import reported_after, told_apart

__all__ = ["dates_overlap", "merge", "same_event"]


def same_event(a: Event, b: Event) -> bool:
    """Whether two mentions in one article may tell the same event: same type and sub-type, no
    conflicting actor, place, day or toll."""
    if a.event_type != b.event_type:
        return False
    if not a.event_type:  # PLOVER-only events merge only when they are the same act by the same parties
        return (a.plover_event, a.actor1, a.actor2) == (b.plover_event, b.actor1, b.actor2)
    if a.sub_event_type != b.sub_event_type and not (
        a.event_type == "Strategic developments" and "Other" in {a.sub_event_type, b.sub_event_type}
    ) and not _blast_of(a, b) and not _blast_of(b, a):
        # a development told vaguely ("Other") may be the one told precisely elsewhere; so may a blast told
        # with no device ("It exploded on the road") be the grenade another sentence names
        return False
    swapped = bool(a.actor1 and a.actor2) and (a.actor1, a.actor2) == (b.actor2, b.actor1)
    # "Nine people were killed in a fight in Tana River. The clashes between Wardei herders and farmers
    # ...": an unidentified perpetrator is no other party than the one another sentence names.
    unknown = _unidentified(a.actor1) or _unidentified(b.actor1)
    if a.actor1 and b.actor1 and a.actor1 != b.actor1 and not swapped and not unknown:
        return False  # "Soldiers returned fire on the attackers" tells the same clash from the other side
    if a.place_in_sentence and b.place_in_sentence:
        if a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return False
        if a.location and b.location and a.location != b.location and (
                a.geo_precision == b.geo_precision == 1 or told_apart(a.notes) or told_apart(b.notes)):
            return False  # "Separately, gunmen attacked a bus near Bandiagara": another place, another event
    elif a.country and b.country and a.country != b.country:
        return False
    if a.event_date and b.event_date and not dates_overlap(a, b) and not reported_after(a, b) \
            and not reported_after(b, a):
        return False
    if a.fatalities and b.fatalities and a.fatalities != b.fatalities:
        return False
    return True


def _blast_of(vague: Event, named: Event) -> bool:
    """Whether ``vague`` is a blast told with no device and ``named`` the same kind of event with its means."""
    return bare_blast(vague.event_type, vague.sub_event_type, vague.notes) and vague.event_type == named.event_type


def dates_overlap(a: Event, b: Event) -> bool:
    """Whether two events' dates may be the same day: equal days, a day within the other's week or
    range (precision 2, within six days), or within its month (precision 3)."""
    coarse = max(a.time_precision or 1, b.time_precision or 1)
    if coarse == 1:
        return a.event_date == b.event_date
    if coarse == 2:
        return abs((a.event_date - b.event_date).days) <= 6  # type: ignore[operator]
    return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)  # type: ignore[union-attr]


def _better(value_a: object, value_b: object) -> object:
    return value_a if value_a not in (None, "") else value_b


def _unidentified(actor: str | None) -> bool:
    """Whether ``actor`` says only that the perpetrator is unknown ("Unidentified Armed Group (Iraq)")."""
    return (actor or "").startswith("Unidentified")


def merge(keep: Event, other: Event, text: str) -> Event:
    """``keep`` completed with what ``other`` (of the article ``text``) knows better (a finer date or place)."""
    changes: dict[str, object] = {}
    if other.time_precision and (keep.time_precision is None or other.time_precision < keep.time_precision
                                 or reported_after(keep, other)):
        # a finer date, or the day it happened where ``keep`` tells only the day it was said
        changes.update(event_date=other.event_date, time_precision=other.time_precision)
    finer = other.geo_precision and (keep.geo_precision is None or other.geo_precision < keep.geo_precision)
    # A place named in the sentence beats a finer one taken from the dateline or article context.
    if (other.place_in_sentence and not keep.place_in_sentence) or (
        finer and other.place_in_sentence == keep.place_in_sentence
    ):
        for field in ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
                      "geo_precision", "geonameid", "place_in_sentence"):
            changes[field] = getattr(other, field)
    if _unidentified(keep.actor1) and other.actor1 and not _unidentified(other.actor1):
        # the perpetrator another telling names, as a finer place
        changes.update(actor1=other.actor1, inter1=other.inter1, assoc_actor_1=other.assoc_actor_1)
    for field in ("actor1", "inter1", "actor2", "inter2", "assoc_actor_1", "assoc_actor_2"):
        changes.setdefault(field, _better(getattr(keep, field), getattr(other, field)))
    if other.fatalities and not keep.fatalities:
        changes["fatalities"] = dead_together(keep, other, text)
    elif keep.fatalities and not other.fatalities and other.injuries:
        changes["fatalities"] = dead_together(other, keep, text)  # the wounded told elsewhere may overrule a claim
    changes["confidence"] = round(min(0.99, max(keep.confidence, other.confidence) + 0.05), 3)
    changes["evidence"] = keep.evidence + other.evidence
    merged = replace(keep, **changes)
    if keep.event_type == "Strategic developments" and keep.sub_event_type == "Other" \
            and other.sub_event_type != "Other":
        merged = with_sub_event_type(merged, other.sub_event_type)
    if _blast_of(keep, other):
        merged = with_sub_event_type(merged, other.sub_event_type)  # "It exploded ..." after "threw a grenade"
    return merged
