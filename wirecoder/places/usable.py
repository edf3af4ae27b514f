"""Which of an article's places may locate an event: not a country named only as the other side
of a border or where people went, nor (with a home country assumed) another country as a party or
a place abroad that a protest is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.model import Place
from wirecoder.places.cues import CUES, cue_before

__all__ = ["foreign_party", "usable_places"]


# Before a country: the event is on the other side of its border, or people moved to or from it.
_ELSEWHERE = re.compile(
    r"\b(?:border\s+with|borders?\s+of|(?:fled|fleeing|flee|escaped?|escaping|cross(?:ed|ing)?|retreat(?:ed|ing)?"
    r"|withdrew|withdrawing)\s+(?:back\s+)?(?:across\s+the\s+border\s+)?(?:in)?to|across\s+the\s+border\s+(?:in)?to"
    r"|from|based\s+in)\s+(?:neighbou?ring\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _elsewhere(text: str, place: Place) -> bool:
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


def usable_places(text: str, places: Sequence[Place], home: str | None = None) -> list[Place]:
    """The places that may locate an event of ``text``: not a country named only as the other
    side of a border or where people went, nor (with ``home``) another country as a party or
    a place abroad that a protest is about."""
    return [
        p for p in places
        if not _elsewhere(text, p) and not foreign_party(text, p, home) and not _protest_topic(text, p, home)
    ]
