"""Crowds and event nouns: protesters, rioters or civilians, as the sentence has it.

Example:
    >>> from wirecoder.actors import ActorCoder
    >>> [m.actor.name for m in ActorCoder.load().mentions("Riots broke out in Kisumu.", "Kenya")]
    ['Rioters (Kenya)']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.events.cues import ARMED_VIGILANTES
from wirecoder.model import Actor

from .context import crowd_role, is_vigilante, protester_role, protests_next
from .countries import Country, same_region
from .lexicon import Noun
from .names import GENERIC_NAMES, Mention, Scene, with_country

__all__ = ["IMPLIED", "crowd_mention", "implied_mention"]

# Event noun category -> the generic actor it implies.
IMPLIED = {
    "IMPL_UAG": "UAG",
    "IMPL_RIOT": "RIOT",
    "IMPL_VIG": "RIOT",
    "IMPL_PROT": "PROT",
    "IMPL_ETHNIC": "ETHNIC",
    "IMPL_CLAN": "CLAN",
    "IMPL_COMMUNAL": "COMMUNAL",
}
# What a crowd owns, before it: "the homes of Fulani herders", "shops belonging to Igbo traders".
_OWNERS_BEFORE = re.compile(
    r"\b(?:houses?|homes?|huts?|shops?|stores?|propert(?:y|ies)|businesses|farms?|farmlands?|crops|livestock|"
    r"cattle|vehicles?|cars?|churche?s?|mosques?|temples?|settlements?|compounds?)\s+"
    r"(?:of|belonging to|owned by)\s+(?:the\s+|some\s+|local\s+)?$",
    re.IGNORECASE,
)
_PARTISAN = re.compile(r"(?i)\b(?:supporters|members|youths?|rivals?|groups|factions)\b")


def crowd_mention(
    start: int,
    end: int,
    phrase: str,
    crowd: Sequence[Noun],
    mods: set[str],
    scene: Scene,
    stop: int,
    country: Country | None,
    *,
    extra: tuple[str, ...] = (),
    demonym: Country | None = None,
    lone_party: bool = False,
) -> Mention:
    """Protesters, rioters or civilians, as the sentence has it, with associated actors."""
    cats = {n.cat for n in crowd}
    rel_start, rel_end = start - scene.sentence_start, end - scene.sentence_start
    rel_stop = stop - scene.sentence_start
    sentence = scene.sentence
    if _OWNERS_BEFORE.search(sentence, 0, rel_start):
        role = "CIV"  # "set fire to houses of Kuki residents": the people whose property was harmed
    elif "RIOT" in cats or "MOD_RIOT" in mods:
        role = "RIOT"
    elif "PROT" in cats or "MOD_PROT" in mods:
        role = protester_role(sentence, rel_end, rel_stop, scene.cues)
    elif lone_party:
        role = "RIOT" if scene.cues.strong_riot else "PROT"
    elif (cats and cats <= {"CIV", "FOREIGN"} and not (mods & {"MOD_ACTIVE"})
          and not protests_next(sentence, rel_end, rel_stop)):  # fmt: skip
        role = "CIV"
    else:
        active = bool(mods & {"MOD_ACTIVE"})
        partisan = bool(extra) or bool(_PARTISAN.search(phrase))
        role = crowd_role(sentence, rel_start, rel_end, rel_stop, active=active,
                          partisan=partisan, cues=scene.cues)  # fmt: skip
    labels = [n.label for n in crowd if n.label]
    if role == "RIOT" and {"Pastoralists", "Farmers"} & set(labels) and not scene.cues.protest:
        # Herders and farmers fighting over land and water: ACLED's communal militias.
        name, inter = GENERIC_NAMES["COMMUNAL"]
        actor = Actor(with_country(name, country), inter, phrase, "herders or farmers fighting")
        return Mention(start, end, actor, extra, "generic")
    if "Vigilante Group" in labels and ARMED_VIGILANTES.search(sentence):
        # vigilantes fighting armed men are a community militia (ACLED), not a crowd
        actor = Actor(with_country("Vigilante Group", country), 4, phrase, "vigilantes fighting armed men")
        return Mention(start, end, actor, (), "generic")
    event = scene.country
    foreign = demonym is not None and event is not None and demonym.iso3 != event.iso3
    if role == "CIV" and (
        ("FOREIGN" in cats and demonym is None)
        or (foreign and demonym is not None and event is not None
            and not same_region(demonym, event))
    ):  # fmt: skip
        # ACLED names neighbours' nationals by country, visitors from further away as one group.
        country_name = "Civilians (International)"
    else:
        country_name = with_country(GENERIC_NAMES[role][0], country)
    assoc = [with_country(label, country) for label in dict.fromkeys(labels)]
    assoc.extend(extra)
    if role == "RIOT" and is_vigilante(sentence):
        assoc.append(with_country("Vigilante Group", country))
    actor = Actor(country_name, GENERIC_NAMES[role][1], phrase, f"crowd coded {role}")
    return Mention(start, end, actor, tuple(dict.fromkeys(a for a in assoc if a)), "generic")


def implied_mention(
    start: int, end: int, phrase: str, cat: str, scene: Scene, stop: int, country: Country | None
) -> Mention:
    """The actor an event noun implies: "riots" -> rioters, "ethnic clashes" -> ethnic militia."""
    role = IMPLIED[cat]
    if role == "PROT":
        role = "RIOT" if scene.cues.strong_riot else "PROT"
    name, inter = GENERIC_NAMES[role]
    assoc: tuple[str, ...] = ()
    if role == "RIOT" and (cat == "IMPL_VIG" or is_vigilante(scene.sentence)):
        assoc = (with_country("Vigilante Group", country),)
    actor = Actor(with_country(name, country), inter, phrase, f"implied by {phrase!r}")
    return Mention(start, end, actor, assoc, "implied")
