"""A demonstration the forces fired on, settled once its toll is counted.

ACLED codes a demonstration met with lethal violence as "Excessive force against protesters"; a
"Protest with intervention" or a "Peaceful protest" has no dead. A coder's note often gives the
deaths in a tally of its own ("police fired on protesters in Juliaca (Puno). 17 fatalities."), so
the sentence read alone looks like an intervention: the toll decides.
"""

from __future__ import annotations

import re

from wirecoder.folding import retype
from wirecoder.model import Event

__all__ = ["lethal_force"]

# The forces firing on the crowd ("police opened fire on", "Israeli forces fired live ammunition at",
# "soldiers shot"); a death told in passing ("a man allegedly shot by a police officer") is not it.
_FORCES_FIRED = re.compile(
    r"\b(?:forces|police(?:men)?|officers|soldiers|troops|army|gendarmes|guards(?:men)?|military)\s+"
    r"(?:\w+\s+){0,2}?(?:fired|opened\s+fire|shot|used\s+live)\b",
    re.IGNORECASE,
)
_UNARMED = frozenset({"Peaceful protest", "Protest with intervention"})
_STATE = frozenset({1, 8})  # the country's forces, or a foreign state's


def lethal_force(event: Event, sentence: str) -> Event:
    """``event`` as excessive force when it is a demonstration with dead that state forces fired on."""
    if event.event_type != "Protests" or event.sub_event_type not in _UNARMED or not event.fatalities:
        return event
    if event.inter2 not in _STATE or not _FORCES_FIRED.search(sentence):
        return event
    return retype(event, "Excessive force against protesters")
