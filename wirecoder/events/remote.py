"""Remote violence: the means that make an event Explosions/Remote violence, and which sub-event type they give.

ACLED codes an event carried out from afar (an air or drone strike, shelling, a bomb left behind, a grenade,
a suicide bomb, a chemical weapon) as Explosions/Remote violence whoever its target; a ground assault that
also used heavy arms is the assault's.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["MEANS_FAMILIES", "bare_blast", "combined_arms", "remote_type"]

# Cue families of remote violence: the means an event is carried out by.
MEANS_FAMILIES = frozenset("air suicide shelling ied grenade chemical".split())

_SPECIFIC_IED = re.compile(
    r"\b(?:ieds?|vbieds?|improvised explosive|explosive devices?|roadside bombs?|land ?mines?|"
    r"(?:car|truck|motorcycle|bicycle|parcel|pipe) bombs?|booby|(?:anti-tank|anti-personnel|anti-vehicle) mines?|"
    r"struck a mine|hit a mine)", re.I
)
# Any device or means a sentence may name for its blast: such a blast is told with its means.
_NAMED_MEANS = re.compile(
    r"\b(?:bombs?|bomber|grenades?|mines?|shells?|missiles?|rockets?|mortars?|drones?|air ?strikes?|explosives?|"
    r"devices?|vests?|belts?|artillery|projectiles?)\b", re.I
)
# What flies: the words that make a strike an air or drone strike when a missile or shell is named too.
_AERIAL = re.compile(
    r"\b(?:air ?strikes?|air[- ]raids?|(?:war)?planes?|(?:fighter )?jets?|aircraft|helicopters?|drones?|uavs?|aerial|"
    r"air ?force|barrel bombs?|glide bombs?|bombed|bombers?)\b", re.I
)
# A missile or shell fired, not hit: "struck Houthi missile launchers" names a target.
_FIRED = re.compile(
    r"\b(?:missiles?|rockets?|shell(?:s|ed|ing)|artillery|mortars?|bombard\w*|howitzers?|projectiles?)\b"
    r"(?! (?:launch\w*|sites?|positions?|depots?|batter(?:y|ies)|bases?|factor(?:y|ies)|storage|stores?|units?)\b)", re.I
)
# A ground assault that also used heavy or explosive means: "attacked the base with mortars and gunfire",
# "using car bombs and gunfire", "with explosives and firearms". ACLED codes the assault (a clash, or an
# attack on civilians), not a remote strike: the attackers were there.
_SMALL_ARMS = r"(?:gunfire|guns|firearms|small arms|rifles|assault rifles|machine ?guns|heavy weapons)"
_HEAVY_ARMS = r"(?:mortars?|explosives?|(?:car |truck )?bombs?|rockets?|rpgs?|grenades?|ieds?|vbieds?|shells?)"
_COMBINED_ARMS = re.compile(
    rf"\b(?:{_HEAVY_ARMS}\s+(?:and|as well as)\s+(?:[\w-]+\s+)?{_SMALL_ARMS}|"
    rf"{_SMALL_ARMS}\s+(?:and|as well as)\s+(?:[\w-]+\s+)?{_HEAVY_ARMS})\b", re.I
)


def remote_type(families: Collection[str], sentence: str) -> str | None:
    """The remote-violence sub-event type of a sentence's cue families, or None when no remote means is told.

    Example:
        >>> remote_type({"ied", "kill"}, "A roadside bomb killed two soldiers.")
        'Remote explosive/landmine/IED'
    """
    if "chemical" in families:
        return "Chemical weapon"
    if "suicide" in families:
        return "Suicide bomb"
    missile_only = "shelling" in families and _FIRED.search(sentence) and not _AERIAL.search(sentence)
    if "air" in families and not missile_only:
        # "missiles struck energy facilities", "a missile strike on a building": a strike with no aircraft
        # or drone told is the missile's
        return "Air/drone strike"
    if "grenade" in families:
        return "Grenade"
    if "ied" in families and _SPECIFIC_IED.search(sentence):
        return "Remote explosive/landmine/IED"
    if "shelling" in families:
        return "Shelling/artillery/missile attack"
    if "ied" in families:
        return "Remote explosive/landmine/IED"
    return None


def bare_blast(event_type: str | None, sub_event_type: str | None, notes: str | None) -> bool:
    """Whether an event is a blast told with no device of its own ("It exploded on the road, wounding two",
    "The explosion damaged a shop"): coded a remote explosive only for want of a means, it may be the grenade,
    suicide bomb or strike another sentence names."""
    return (event_type == "Explosions/Remote violence" and sub_event_type == "Remote explosive/landmine/IED"
            and not _SPECIFIC_IED.search(notes or "") and not _NAMED_MEANS.search(notes or ""))


def combined_arms(sentence: str) -> bool:
    """Whether the sentence tells heavy or explosive arms used together with small arms (a ground assault)."""
    return bool(_COMBINED_ARMS.search(sentence))
