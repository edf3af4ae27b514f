"""Coders' type prefixes: "Movement of forces: ...", "Arrests: ...", "Defusal: ...".

ACLED's coders open the notes of strategic developments with the kind of development, and
other event datasets and analysts' logs copy the habit. The prefix says what the sentence
reports more reliably than its words do: "Movement of forces: troops were deployed to the
border" is a change to the group's activity, and "Detonation: police blew up a bomb" a
disrupted weapons use, not an explosion.
"""

from __future__ import annotations

import re

from wirecoder.places.focus import dateline_end

__all__ = ["for_parser", "prefixed_sub_event_type", "without_prefix"]

_PREFIXES: dict[str, str] = {
    "movement of forces": "Change to group/activity",
    "security measures": "Change to group/activity",
    "recruitment": "Change to group/activity",
    "change to group/activity": "Change to group/activity",
    "property destruction": "Looting/property destruction",
    "destruction of property": "Looting/property destruction",
    "looting": "Looting/property destruction",
    "looting/property destruction": "Looting/property destruction",
    "arrests": "Arrests",
    "arrest": "Arrests",
    "defusal": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "seizure": "Disrupted weapons use",
    "detonation": "Disrupted weapons use",
    "disrupted weapons use": "Disrupted weapons use",
    "agreement": "Agreement",
    "peace agreement": "Agreement",
    "ceasefire": "Agreement",
    "non-violent activity": "Other",
    "headquarters or base established": "Headquarters or base established",
    "base established": "Headquarters or base established",
    "non-violent transfer of territory": "Non-violent transfer of territory",
    # each kind's other names: a coder's or an analyst's word for the same development
    "troop movement": "Change to group/activity",
    "troop movements": "Change to group/activity",
    "movement of troops": "Change to group/activity",
    "deployment": "Change to group/activity",
    "defection": "Change to group/activity",
    "surrender": "Change to group/activity",
    "arson": "Looting/property destruction",
    "vandalism": "Looting/property destruction",
    "demolition": "Looting/property destruction",
    "detention": "Arrests",
    "detentions": "Arrests",
    "interception": "Disrupted weapons use",
    "demining": "Disrupted weapons use",
    "mine clearance": "Disrupted weapons use",
    "weapons cache": "Disrupted weapons use",
    "truce": "Agreement",
    "prisoner exchange": "Agreement",
    "exchange of prisoners": "Agreement",
    "handover": "Non-violent transfer of territory",
    "handover of territory": "Non-violent transfer of territory",
}
_PREFIX = re.compile(r"\s*(?:\d{1,2}\s+\w+\.?\s*[:.-]?\s*)?([A-Za-z][A-Za-z /-]{3,40}?)\s*:(?=\s+\S)")


def prefixed_sub_event_type(sentence: str) -> str | None:
    """The sub-event type a coder's prefix gives the sentence, or None.

    Example:
        >>> prefixed_sub_event_type("Movement of forces: troops were deployed to the border.")
        'Change to group/activity'
        >>> prefixed_sub_event_type("Police said: three men were arrested.") is None
        True
    """
    match = _PREFIX.match(sentence)
    return _PREFIXES.get(match.group(1).lower()) if match else None


def without_prefix(sentence: str) -> str:
    """``sentence`` with a coder's prefix blanked out, offsets kept, for the parser to read the rest.

    "Arrests: SDF arrested 5 persons" parses with "Arrests" as the root and loses who arrested whom.

    Example:
        >>> without_prefix("Arrests: SDF arrested 5 persons.")
        '         SDF arrested 5 persons.'
    """
    match = _PREFIX.match(sentence)
    if match is None or match.group(1).lower() not in _PREFIXES:
        return sentence
    return sentence[: match.start(1)] + " " * (match.end() - match.start(1)) + sentence[match.end() :]


def for_parser(sentence: str, prefixed: bool, opening: bool = True) -> str:
    """``sentence`` as the parser should read it, offsets kept: without a coder's prefix, or without the wire
    dateline a text pasted whole still carries ("KHARTOUM, Jan 17 (Reuters) - Security forces shot dead seven
    protesters", where the parse made the city the one who shot). A word in capitals with a colon is a
    dateline only where the text opens ("PESHAWAR: Two policemen were killed"); further on it heads a part
    of a note ("FATALITIES: 2 killed").

    Example:
        >>> for_parser("BAMAKO (Reuters) - Jihadists killed 14 civilians.", False)
        '                   Jihadists killed 14 civilians.'
    """
    if prefixed:
        return without_prefix(sentence)
    head = dateline_end(sentence)
    if not head or (not opening and sentence[:head].rstrip().endswith(":")):
        return sentence
    return " " * head + sentence[head:]
