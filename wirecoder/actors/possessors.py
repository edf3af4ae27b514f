"""Whose forces "Russia's army", "Kyiv's troops" or "Russian occupation forces" are: the state named before them.

A story placed in Ukraine that says "Moscow's forces shelled Kherson" or "Russia's army advanced" names
Russia's military; read alone, "forces" or "army" would be the forces of the event's country. The owner is a
country ("Ukraine's drones"), a demonym-free country name, or a capital or seat of government standing for
its state ("Kyiv", "the Kremlin", "Ankara": ``capitals``), written with "'s" right before the force noun (up to two
words may stand between: "Moscow's elite troops"), or a demonym one or two plain words before the force noun
("Russian occupation forces"). Abroad, those forces are external forces (inter 8).

Example:
    >>> owner_country("Kremlin").name
    'Russia'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.accents import strip_accents

from .capitals import CAPITALS
from .countries import Country, country_by_word
from .kinds import state
from .names import Mention

__all__ = ["CAPITALS", "owner_country", "possessors_own"]

# "<Owner>'s [up to two words] <mention>": the owner's words, capitalised, right before the possessive.
_OWNED = re.compile(
    r"(?:^|[^\w'’-])(?:[Tt]he\s+)?(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s\s+"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)


# "<Demonym> <one or two qualifiers> <mention>": "Russian occupation forces", "Israeli occupying troops"; only
# words that qualify forces, so "Ethiopian raiders kill Kenyan police" names no Ethiopian police, nor
# "Turkish-backed forces" Turkey's.
_QUALIFIED = re.compile(r"(?:^|[^\w'’-])(?P<owner>[A-Z][\w.]*)\s+(?P<between>(?:[a-z][a-z-]*\s+){1,2})$")
_QUALIFIERS = frozenset(
    "occupation occupying invading invasion elite special regular ground government federal national armed "
    "security border naval air coalition counter-terrorism counterterrorism anti-terror anti-terrorism "
    "peacekeeping paramilitary riot military army navy police defence defense intelligence frontier reserve "
    "retreating advancing deployed rapid reaction marine airborne mechanised mechanized armoured armored "
    "infantry artillery tank commando assault strike combat expeditionary".split()
)


def _owner(text: str, mention: Mention) -> tuple[str, Country] | None:
    """The owner's words and country in "<owner>'s ... <mention>" or "<demonym> <words> <mention>"."""
    owned = _OWNED.search(text, max(0, mention.start - 60), mention.start)
    if owned is not None and (country := owner_country(owned["owner"])) is not None:
        return owned["owner"], country
    qualified = _QUALIFIED.search(text, max(0, mention.start - 60), mention.start)
    if qualified is not None and set(qualified["between"].split()) <= _QUALIFIERS:
        if (country := country_by_word(qualified["owner"])) is not None:
            return qualified["owner"], country
    return None


def owner_country(words: str) -> Country | None:
    """The country a possessor's words name: a country or demonym ("Russia"), or a capital ("Kyiv")."""
    return CAPITALS.get(strip_accents(words).casefold()) or country_by_word(words)


def possessors_own(text: str, mentions: Sequence[Mention], event: Country | None) -> list[Mention]:
    """``mentions`` with a state's forces told as "<country or capital>'s <forces>" coded as that state's."""
    out: list[Mention] = []
    for mention in mentions:
        owner = _owner(text, mention) if mention.kind == "state" else None
        kind = mention.actor.name.split(" ", 1)[0]
        if owner is not None and kind in ("Military", "Police") and mention.actor.name.startswith(kind + " Forces"):
            words, country = owner
            forces = state(kind, country.name)
            if forces.name != mention.actor.name:
                inter = 8 if event is not None and country.iso3 != event.iso3 else 1
                mention = replace(mention, actor=replace(
                    mention.actor, name=forces.name, inter=inter, reason=f"the forces of {words}"))
        out.append(mention)
    return out
