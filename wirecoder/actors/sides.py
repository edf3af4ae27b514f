"""Who stands on which side when a sentence names several armed actors together.

"Wagner Group forces and FAMa raided Moura" names allies; "Hezbollah and the IDF exchanged fire" and
"clashes between the Pokot and the Turkana" name the two sides; "Boko Haram (JAS) militants" is one
group, not a group and an unidentified one; "BJP supporters clashed with TMC supporters" are two crowds,
both rioters; "rival factions of the Sinaloa Cartel clashed" is the group fighting itself. ``roles`` asks these questions of the evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecoder.model import Actor, Event

from .phrases import CLASH_WORDS, CROWD

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder

__all__ = ["ARMED_INTERS", "FOUGHT", "coordinated", "host_led", "rival_crowd", "split_group", "without_split_heads"]

# Inter codes of armed, organised actors: state forces, rebels, political and identity militias, external forces.
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})

# Two sides fighting each other: "clashed", "exchanged artillery fire", "traded shots", "gun battles".
FOUGHT = (r"(?:clash\w*|fought|fighting|skirmish\w*|battl\w*|(?:exchang|trad)\w* (?:of )?(?:[\w-]+ )?"
          r"(?:fire|gunfire|shots|blows)|fire ?fights?|gun ?battles?)")
# "Hezbollah and the IDF exchanged fire": the two named together fought each other.
_RECIPROCAL = re.compile(
    r"\s*(?:(?:forces|troops|soldiers|armies|militaries|fighters|militants) )?(?:have |had |reportedly |also )?"
    + FOUGHT, re.I
)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|among)\s+(?:the\s+)?$", re.I)  # "clashes between the Pokot and ..."


def without_split_heads(found: list[tuple[int, int, Actor]], sentence: str) -> list[tuple[int, int, Actor]]:
    """Mentions without the head noun a bracket split from its group: in "Boko Haram (JAS) militants
    attacked ...", "militants" are Boko Haram's, not an unidentified armed group of their own."""
    kept: list[tuple[int, int, Actor]] = []
    for mention in found:
        before = kept[-1] if kept else None
        if before is not None and mention[2].name.startswith("Unidentified") \
                and not before[2].name.startswith("Unidentified") and _SPLIT.fullmatch(sentence, before[1], mention[0]):
            continue
        kept.append(mention)
    return kept


_SPLIT = re.compile(r"[\s)]*\)[\s]*|\s*\([^()]{1,40}\)\s*")


# Who backs the agent, named right after it: "FACA soldiers supported by Wagner Group recaptured Bouar".
_BACKED_BY = re.compile(
    r"\s*,?\s*(?:(?:who (?:were|was) )?(?:supported|backed|assisted|aided|reinforced|accompanied) by|"
    r"with the (?:support|backing|help) of|alongside) (?:the )?", re.I
)


def coordinated(
    event: Event, sentence: str, agent: Actor | None, coder: ActorCoder, country: str | None
) -> tuple[tuple[str, ...], Actor | None]:
    """The armed actors named with the agent ("Wagner forces and FAMa raided Moura") or as backing it ("FACA
    soldiers supported by Wagner Group"): its allies, or, when they fought each other, the other side."""
    text = event.agent_text or ""
    if agent is not None and text and (backers := _backers(sentence, text, agent, coder, country)):
        return backers, None
    if agent is None or not re.search(r"\band\b", text):
        return (), None
    others = [a for _, _, a in coder.find(text, country) if a.inter in ARMED_INTERS and a.name != agent.name]
    at = sentence.find(text)
    if at >= 0 and (_RECIPROCAL.match(sentence, at + len(text)) or _BETWEEN_BEFORE.search(sentence, 0, at)):
        return (), (others[0] if others else None)
    return tuple(dict.fromkeys(a.name for a in others)), None


def _backers(sentence: str, text: str, agent: Actor, coder: ActorCoder, country: str | None) -> tuple[str, ...]:
    """The armed actors named as backing the agent right after its phrase ("supported by", "alongside")."""
    at = sentence.find(text)
    backed = _BACKED_BY.match(sentence, at + len(text)) if at >= 0 else None
    if backed is None:
        return ()
    found = coder.find(sentence[backed.end():], country)
    return tuple(a.name for start, _, a in found[:1] if start == 0 and a.inter in ARMED_INTERS and a.name != agent.name)


# One phrase telling two crowds: "supporters of two factions", "rival groups of students", "both camps".
_TWO_CROWDS = re.compile(
    r"\b(?:two|rival|opposing|both)\s+(?:[\w-]+\s+)?(?:factions?|groups|camps|sides|supporters|communities)\b", re.I
)


def rival_crowd(
    event: Event, sentence: str, side: tuple[Actor | None, tuple[str, ...]], coder: ActorCoder, country: str | None
) -> tuple[Actor, tuple[str, ...]] | None:
    """The second crowd of a brawl between two, as rioters (ACLED codes both sides of mob violence
    between crowds as Rioters), with its associated actors; None when no two crowds fought.

    "BJP supporters clashed with TMC supporters": the target's crowd; "APC and PDP supporters clashed":
    the second crowd of the agent phrase.
    """
    if not CLASH_WORDS.search(sentence):
        return None
    target, assoc = side  # the target as coded and its associated actors
    rioters = Actor(f"Rioters ({country})" if country else "Rioters", 5, "", "a crowd fighting another")
    if target is None and (two := _TWO_CROWDS.search(event.agent_text or "")):
        return replace(rioters, text=two.group(0)), ()  # "supporters of two factions of the party clashed"
    if target is not None and target.inter in {5, 6, 7} and CROWD.search(event.target_text or ""):
        return replace(rioters, text=target.text), assoc
    _, joined, second = (event.agent_text or "").partition(" and ")
    if not joined or not CROWD.search(second) or (target is not None and target.inter != 7):
        return None
    other, assoc = coder.code_with_assoc(second, country, role="actor2")
    if other is None or other.inter not in {5, 6, 7}:
        return None
    return replace(rioters, text=second), assoc


# "rival factions of the Sinaloa Cartel", "two factions within HTS"; "HTS factions"
_FACTIONS_OF = re.compile(r"\b(?:factions?|splinter groups?)\s+(?:of|within)\s+(?:the\s+)?$", re.I)
_FACTIONS_AFTER = re.compile(r"\s+factions\b", re.I)


def split_group(sentence: str, found: list[tuple[int, int, Actor]]) -> Actor | None:
    """The named armed group whose factions fought each other, or None: ACLED codes the group on both
    sides of the clash ("gunmen from rival factions of the Sinaloa Cartel clashed in Culiacan")."""
    if not CLASH_WORDS.search(sentence):
        return None
    return next((actor for start, end, actor in found
                 if actor.inter in {2, 3, 4} and not actor.name.startswith("Unidentified")
                 and (_FACTIONS_OF.search(sentence, 0, start) or _FACTIONS_AFTER.match(sentence, end))), None)


# Two forces named as one side: "Chadian troops and the Nigerian army", "Rwandan, Mozambican forces".
_JOINED = re.compile(r"\s*(?:,\s*|,?\s*(?:and|together with|alongside)\s+)(?:the\s+)?", re.I)


def host_led(agent: Actor | None, found: list[tuple[int, int, Actor]], sentence: str) -> tuple[Actor, Actor] | None:
    """(host, foreign) when the acting side is foreign state forces named together with the host state's
    own ("Rwandan troops and Mozambican forces recaptured ..."): ACLED puts the host first, the foreign
    troops associated. None when the agent is someone else or the two fought each other."""
    for (_, end1, first), (start2, end2, second) in zip(found, found[1:]):
        pair = {first.inter, second.inter}
        if pair != {1, 8} or not all(a.name.startswith(("Military Forces", "Police Forces")) for a in (first, second)):
            continue
        if not _JOINED.fullmatch(sentence, end1, start2) or _RECIPROCAL.match(sentence, end2) \
                or _BETWEEN_BEFORE.search(sentence, 0, found[0][0]):
            continue
        host, foreign = (first, second) if first.inter == 1 else (second, first)
        if agent is None or agent.name == foreign.name:
            return host, foreign
    return None
