"""Which of an article's places may locate an event: not a country named only as the other side
of a border or where people went, nor (with a home country assumed) another country as a party or
a place abroad that a protest is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.model import Place
from wirecoder.places.cues import CUES, cue_before

__all__ = ["foreign_party", "named_elsewhere", "usable_places"]


# Before a country: the event is on the other side of its border, or people moved to or from it.
_ELSEWHERE = re.compile(
    r"\b(?:border\s+with|borders?\s+of|(?:fled|fleeing|flee|escaped?|escaping|cross(?:ed|ing)?|retreat(?:ed|ing)?"
    r"|withdrew|withdrawing)\s+(?:back\s+)?(?:across\s+the\s+border\s+)?(?:in)?to|across\s+the\s+border\s+(?:in)?to"
    r"|from|based\s+in)\s+(?:neighbou?ring\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def named_elsewhere(text: str, place: Place) -> bool:
    """Whether a country is named only as where the event was not: "near the border with
    Somalia", "fled into Somalia", "bandits from Ethiopia"."""
    return (
        place.feature == "country"
        and place.start >= 0
        and bool(_ELSEWHERE.search(text[max(0, place.start - 40) : place.start]))
    )


# After a country: the event is at its border, on whichever side the article is about.
_AT_BORDER = re.compile(r"\W{0,2}\s*(?:border|frontier)\b", re.IGNORECASE)


def foreign_party(text: str, place: Place, home: str | None) -> bool:
    """Whether ``place`` names another country than ``home`` only as a party, not as where:
    its nationality ("Ethiopian raiders"), or the country without a locative cue ("attacks on
    Somalia", "the Somalia border")."""
    if home is None or place.country == home or place.feature not in {"country", "demonym"} or place.start < 0:
        return False
    if place.feature == "demonym":
        return True
    if _AT_BORDER.match(text, place.end):
        return True
    return CUES.get(cue_before(text, place.start), 1) < 2


# Before a place abroad: what a protest is about, not where it is ("protest against Israel's
# raids in Gaza", "demonstrated over the killing of a trader in Uganda").
_PROTEST_TOPIC = re.compile(
    r"\b(?:protest(?!ant)\w*|demonstrat\w*|march\w*|rall(?:y|ied|ies))\s+(?:against|over|about|in\s+solidarity\s+with)\b"
    r"[^.;:!?]{0,60}$",
    re.IGNORECASE,
)


def _protest_topic(text: str, place: Place, home: str | None) -> bool:
    """With ``home`` assumed, whether a place abroad is only what a protest is about."""
    return (
        home is not None
        and place.country != home
        and place.start >= 0
        and bool(_PROTEST_TOPIC.search(text, max(0, place.start - 100), place.start))
    )


# Before a place: where the wounded were taken or treated ("airlifted to Mogadishu", "rushed to a hospital in
# Eldoret", "died in hospital in Ouagadougou"), where the dead were buried, or where a statement was given ("told
# reporters in Bamako", "in a statement issued in Mogadishu", "a spokesman said in Bangui."): not where the event
# happened.
_TAKEN_TO = re.compile(
    r"\b(?:air-?lifted|evacuated|flown|rushed|taken|transferred|referred|ferried)\s+(?:\w+\s+){0,3}?to\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,5}?(?:(?:in|at)\s+)?$"
    r"|\b(?:died|dies|succumbed|treated|admitted|recovering|hospitali[sz]ed)\b[^.;:!?]{0,40}?\b(?:hospital|clinic|"
    r"infirmary|medical\s+cent(?:re|er)|health\s+cent(?:re|er))\s+(?:in|at)\s+$"
    # where the dead were buried ("were buried in their hometown of Bauchi", "laid to rest in Kano")
    r"|\b(?:buried|reburied|laid\s+to\s+rest|interred)\s+(?:\w+\s+){0,4}?(?:in|at)\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?$",
    re.IGNORECASE,
)
_SPOKEN_IN = re.compile(
    r"\b(?:told|telling|speaking\s+to|addressing|briefing|briefed)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+$"
    r"|\b(?:statement|communiqu[eé]|news\s+conference|press\s+conference|press\s+briefing)\s+"
    r"(?:(?:issued|released|read|given|held|published|posted)\s+)?(?:in|at|from)\s+$"
    r"|\bspeaking\s+(?:in|at|from)\s+$"
    # "a government spokesman said in Brazzaville.": checked for what follows the place in _spoken_after
    r"|\b(?P<said>said|says|stated|added|announced|declared|confirmed|claimed|insisted|condemned\s+\w+(?:\s+\w+)?)"
    r"\s+(?:on\s+\w+day\s+)?(?:in|from)\s+$",
    re.IGNORECASE,
)
# After a place said in: the sentence or clause ends, or only its time follows ("... said in Goma on Monday."),
# so the place is where the words were said, not a report's ("police said in Garissa two men were shot").
_SAID_END = re.compile(r"\s*(?:[.;,:!?)\"”]|$|(?:on|late|early|last|this)\s+\w+\s*[.;,]|(?:\w+day|yesterday|today)\s*[.;,])")


def _not_there(text: str, place: Place) -> bool:
    """Whether ``place`` is named only as where the wounded were taken or a statement was given."""
    if place.start < 0:
        return False
    before = text[max(0, place.start - 90) : place.start]
    if _TAKEN_TO.search(before):
        return True
    spoken = _SPOKEN_IN.search(before)
    return spoken is not None and (spoken.group("said") is None or _SAID_END.match(text, place.end) is not None)


def usable_places(text: str, places: Sequence[Place], home: str | None = None) -> list[Place]:
    """The places that may locate an event of ``text``: not a country named only as the other
    side of a border or where people went, nor (with ``home``) another country as a party or
    a place abroad that a protest is about; nor where the wounded were taken or a statement
    given, unless the text names no other town or province."""
    kept = [
        p for p in places
        if not named_elsewhere(text, p) and not foreign_party(text, p, home) and not _protest_topic(text, p, home)
    ]
    there = [p for p in kept if not _not_there(text, p)]
    # "was treated at St Mary's Hospital in Mumias", in a note naming no other known place: the nearest one known
    return there if any(p.feature not in {"country", "demonym"} for p in there) else kept
