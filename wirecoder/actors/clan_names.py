"""Clans and tribes a note names by their own names, coded as that clan's or tribe's militia.

"a tribal fight between the Sikin and Kaekin clans", "Ambulin tribesmen attacked a village": no table
lists every clan of Papua New Guinea or sub-clan of Somalia, but the note names them, and ACLED codes
their fighters as "Sikin Clan Militia (Papua New Guinea)", not as an unidentified clan militia.

Example:
    >>> [c.name for c in named_clans("fighting between the Sikin and Kaekin clans near Wabag")]
    ['Sikin Clan Militia', 'Kaekin Clan Militia']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wirecoder.model import Actor

from .countries import country_by_word

__all__ = ["NamedClan", "named_clans", "name_clan_sides"]

_NAME = r"(?-i:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)"
# "the Sikin and Kaekin clans", "between Ambulin and Sakalin tribes": two groups sharing the noun
_PAIR = re.compile(
    rf"\b(?:the\s+)?(?P<a>{_NAME})\s+and\s+(?:the\s+)?(?P<b>{_NAME})\s+(?P<kind>(?:sub-?)?clans|tribes)\b", re.I
)
# "members of the Sikin clan", "Ambulin tribesmen", "the Yuri sub-clan militia"
_ONE = re.compile(rf"\b(?P<a>{_NAME})\s+(?P<kind>(?:sub-?)?clan|tribe|clansmen|tribesmen)\b", re.I)
# Capitalised words that head such phrases without naming a group ("Rival clans", "Two tribes").
_NOT_NAMES = frozenset(
    "the a an two three several many some both rival rivals neighbouring neighboring warring opposing local "
    "other armed major minority majority dominant different various hostile allied main big small highland "
    "coastal pastoralist pastoral nomadic members fighters militias militiamen men youths".split()
)
# ACLED's stand-ins for unnamed identity militias, which a named clan or tribe replaces.
_ETHNIC = "Unidentified Ethnic Militia"
_UNNAMED = ("Unidentified Clan Militia", "Unidentified Tribal Militia", _ETHNIC)


@dataclass(frozen=True, slots=True)
class NamedClan:
    """A clan or tribe a sentence names: ``name`` is ACLED's militia name without the country."""

    name: str
    word: str  # the clan's own word, as the sentence writes it


def _militia(word: str, kind: str) -> str:
    """"Sikin", "clans" -> "Sikin Clan Militia"; tribes are "Tribal Militia"."""
    return f"{word} {'Tribal' if kind.lower().startswith('tribe') else 'Clan'} Militia"


def _is_name(word: str) -> bool:
    return word.lower() not in _NOT_NAMES and country_by_word(word) is None


def named_clans(sentence: str) -> tuple[NamedClan, ...]:
    """The clans and tribes ``sentence`` names, in the order it names them (each once)."""
    found: list[tuple[int, NamedClan]] = []
    taken: list[tuple[int, int]] = []
    for match in _PAIR.finditer(sentence):
        for group in ("a", "b"):
            if _is_name(match[group]):
                found.append((match.start(group), NamedClan(_militia(match[group], match["kind"]), match[group])))
        taken.append(match.span())
    for match in _ONE.finditer(sentence):
        if _is_name(match["a"]) and not any(start <= match.start() < end for start, end in taken):
            found.append((match.start("a"), NamedClan(_militia(match["a"], match["kind"]), match["a"])))
    unique: dict[str, NamedClan] = {}
    for _, clan in sorted(found, key=lambda item: item[0]):
        unique.setdefault(clan.name, clan)
    return tuple(unique.values())


def _unnamed(actor: Actor | None) -> bool:
    return actor is not None and actor.name.startswith(_UNNAMED)


def name_clan_sides(
    agent: Actor | None, target: Actor | None, sentence: str, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """The sides with unidentified clan or tribal militias named after the clans ``sentence`` names.

    The clans are taken in the sentence's order: the first names the agent, the next the target.
    """
    if not (_unnamed(agent) or _unnamed(target)):
        return agent, target
    clans = named_clans(sentence)

    def named(actor: Actor, clan: NamedClan) -> Actor:
        label = f"{clan.name} ({country})" if country else clan.name
        return replace(actor, name=label, reason="a clan or tribe the sentence names")

    # the first clan named is the agent's, the next one the target's: "the Sikin and Kaekin clans",
    # "members of the Yuri clan attacked Kuman clansmen"; a clan a side's own name already holds is that
    # side's ("Garre clansmen attacked the Murule clan")
    held = " ".join(a.name for a in (agent, target) if a is not None and not _unnamed(a)).split()
    remaining = [clan for clan in clans if clan.word not in held]
    coded: list[Actor | None] = []
    for side in (agent, target):
        if side is not None and _unnamed(side) and remaining and _owns(side, remaining[0], sentence):
            side = named(side, remaining.pop(0))
        coded.append(side)
    return coded[0], coded[1]


def _owns(side: Actor, clan: NamedClan, sentence: str) -> bool:
    """Whether ``clan`` may name ``side``: an ethnic militia only when its own words name the clan
    ("Hewa tribesmen"), since the note may name a tribe only to compare ("similar to a raid by Kipsig
    tribesmen")."""
    if not side.name.startswith(_ETHNIC) or clan.word in side.text:
        return True
    return bool(side.text) and f"{clan.word} {side.text}" in sentence
