"""What a coder's note or an event's sentence says about the place beyond naming it.

A note may name the place coded ("(coded as Kutu, Kirinyaga County)", "(coded to Al-Baghdadi)") and the
precision used; a sentence may name, after where the event happened, a place only what it was about
("stormed the embassy in Baghdad, protesting a Quran burning in Stockholm").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.model import Place
from wirecoder.places.cues import CUES, cue_before

__all__ = ["CODED", "HINT_WORDS", "coded_precision", "in_cause"]

# A coder's note of the place coded. Not "LOCATION:", which lists the village first, then
# the units holding it, for the event's own sentence to choose from.
CODED = frozenset({"coded as", "coded at", "coded in", "coded to", "coordinates for", "coordinates of"})
HINT_WORDS = re.compile(r"coded|coordinates", re.IGNORECASE)


# A precision the note states: "(at geoprec2)", "at prec 3", "with GP2".
_STATED_PRECISION = re.compile(r"\b(?:geo[ -]?prec(?:ision)?|prec(?:ision)?|GP)\s*(?:of\s*)?\(?([123])\b", re.IGNORECASE)


def coded_precision(text: str, place: Place) -> int | None:
    """The geo-precision of a place a coder's note names: the one the note states, else 2 for a
    town or district whose coordinates stand in for an unfound place nearby ("coordinates for Ol
    Moran used", "coordinates for Kuria East, Migori, used")."""
    stated = _STATED_PRECISION.search(text)
    if stated:
        return int(stated.group(1))
    if place.feature in ("city", "admin2") and cue_before(text, place.start).startswith("coordinates"):
        return 2
    return place.geo_precision


# What an event was about, told after where it happened: "stormed the embassy in Baghdad, protesting a Quran
# burning in Stockholm", "clashed with police in Karachi in protest at killings in Quetta".
_CAUSE = re.compile(
    r"\b(?:protesting|in\s+protest\s+(?:at|against|over)|condemning|denouncing|demanding|in\s+response\s+to|"
    r"in\s+retaliation\s+for|in\s+solidarity\s+with)\b",
    re.IGNORECASE,
)


def in_cause(text: str, place: Place, located: Sequence[Place]) -> bool:
    """Whether ``place`` is named in what the event was about, after another place it may have happened in."""
    return place.start >= 0 and any(
        0 <= other.end <= place.start and place.start - other.end <= 200 and other.feature != "country"
        and CUES.get(cue_before(text, other.start), 0) >= 2  # "in Baghdad", not "(likely to be Samburu)"
        and _CAUSE.search(text, other.end, place.start) is not None
        for other in located
    )
