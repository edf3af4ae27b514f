"""The sides of a protest or a riot: who demonstrates or riots, and whom they face.

A protest's actor is always its Protesters and a riot's its Rioters, whoever the parse made the agent
("police dispersed protesters": the police are the second side); the crowd the sentence names keeps its
associated actors (students, a party). A protest met by force faces the state's forces; a brawl between
two crowds has Rioters on both sides; a mob's victims are Civilians.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wirecoder.model import Actor, Event

from .kinds import first_other, generic, state, state_forces
from .phrases import FOLLOWERS
from .sides import ARMED_INTERS, rival_crowd

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder

__all__ = ["Sides", "crowd_assoc", "demonstrators_violence", "forces_fought", "protest_sides", "riot_sides"]


@dataclass(frozen=True, slots=True)
class Sides:
    """An event's two actors and their associated actors, as far as they are coded."""

    agent: Actor | None
    target: Actor | None
    assoc1: tuple[str, ...] = ()
    assoc2: tuple[str, ...] = ()


def crowd_assoc(
    found: list[tuple[int, int, Actor]], sentence: str, coder: ActorCoder, country: str | None
) -> tuple[str, ...]:
    """The associated actors of the first crowd the sentence names, for a crowd that stands in for the
    agent ("farmers marching to Delhi clashed with police; police fired tear gas": Farmers)."""
    crowd = next((a for _, _, a in found if a.inter in {5, 6} and a.text), None)
    return coder.code_with_assoc(crowd.text, country, context=sentence)[1] if crowd is not None else ()


# Those who back an armed group without fighting for it: "Houthi supporters", "supporters of the CNSP junta".
_BACKERS = re.compile(r"\bsupporters?\b", re.I)
_SUPPORTERS_OF = re.compile(r"\bsupporters? of (?:the )?(?:(?!(?:and|or|with)\b)[\w'’-]+ ){0,2}$", re.I)
# What a crowd demonstrates against is its grievance, not a side: "members of a sect demonstrating against MONUSCO".
_AGAINST = re.compile(r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ied|ying)|chant\w*)\s+"
                      r"(?:against|over|outside|in front of)\s+(?:the\s+)?$", re.I)


def _backed(agent: Actor, sentence: str) -> bool:
    """Whether the armed actor a crowd's phrase names is only the one it backs."""
    at = sentence.find(agent.text) if agent.text else -1
    return bool(_BACKERS.search(agent.text or "")) or (at >= 0 and _SUPPORTERS_OF.search(sentence, 0, at) is not None)


def _grievance(actor: Actor | None, sentence: str) -> bool:
    """Whether ``actor`` is named as what the crowd demonstrated against."""
    at = sentence.find(actor.text) if actor is not None and actor.text else -1
    return at >= 0 and _AGAINST.search(sentence, 0, at) is not None


def protest_sides(
    sub: str | None, sides: Sides, found: list[tuple[int, int, Actor]], taken: set[str], sentence: str,
    coder: ActorCoder, country: str | None,
) -> Sides:
    """The sides of a protest of sub-event type ``sub``."""
    agent, target, assoc1, assoc2 = sides.agent, sides.target, sides.assoc1, sides.assoc2
    if target is not None and (target.reason.startswith("implied by") or (
            target.inter in ARMED_INTERS and agent is not None and agent.inter in ARMED_INTERS
            and _grievance(target, sentence))):
        # "protested against the explosion at the port", "soldiers fired on a sect demonstrating against
        # MONUSCO": what they protest, no side
        target = None
    # The forces are a side of the demonstration only when they acted on it ("soldiers fired at marchers");
    # forces the crowd protests against or at ("protested against police harassment") are its grievance.
    forces_acted = agent is not None and agent.inter in ARMED_INTERS
    if agent is not None and agent.inter in ARMED_INTERS and _backed(agent, sentence):
        # "Houthi supporters rallied in Sanaa": a crowd that backs the group (its associated actor), not its forces
        agent, assoc1 = generic("Protesters", 6, country, agent.text), (*assoc1, agent.name)
    if agent is not None and agent.inter == 5:
        agent = replace(agent, name=agent.name.replace("Rioters", "Protesters"), inter=6)  # a protest's crowd
    elif agent is None or agent.inter != 6:
        if agent is not None and agent.inter in ARMED_INTERS and (target is None or (
                target.inter in {5, 6, 7} and not _SECURITY.search(agent.text or ""))):
            # "security forces shot dead three protesters": the police ACLED codes by default, below
            if target is not None:  # "soldiers opened fire on protesters": the crowd the parse made the target
                assoc1, assoc2 = assoc2, ()  # is the agent now, with its associated actors
            target = agent  # "police dispersed protesters": the police are the second side
        agent, assoc1 = generic("Protesters", 6, country), assoc1 or crowd_assoc(found, sentence, coder, country)
    if sub != "Peaceful protest" and (target is None or target.inter not in ARMED_INTERS
                                       or target.name.startswith("Government")):
        target = first_other(found, taken, state_forces) or state("Police", country)
    elif sub == "Peaceful protest" and target is not None and (
            target.inter not in ARMED_INTERS or target.name.startswith("Government") or not forces_acted):
        target = None
    return Sides(agent, target, assoc1, assoc2)


def riot_sides(
    event: Event, sub: str | None, sides: Sides, found: list[tuple[int, int, Actor]], taken: set[str],
    sentence: str, coder: ActorCoder, country: str | None,
) -> Sides:
    """The sides of a riot of sub-event type ``sub``."""
    agent, target, assoc1, assoc2 = sides.agent, sides.target, sides.assoc1, sides.assoc2
    if agent is not None and agent.inter in ARMED_INTERS and _backed(agent, sentence):
        # "supporters of the CNSP junta set fire to a party's door": the crowd backs the junta, no soldier rioted
        agent, assoc1 = generic("Rioters", 5, country, agent.text), (*assoc1, agent.name)
    if agent is not None and agent.inter == 6:
        agent = replace(agent, name=agent.name.replace("Protesters", "Rioters"), inter=5)  # turned violent
    elif agent is None or agent.inter != 5:
        if agent is not None and agent.inter in ARMED_INTERS:
            target = agent  # "police fired tear gas to disperse traders who threw stones": they face the riot
        agent, assoc1 = generic("Rioters", 5, country), assoc1 or crowd_assoc(found, sentence, coder, country)
    if target is not None and target.inter in {5, 6} and _PREMISES.search(event.target_text or ""):
        target, assoc2 = None, ()  # "set fire to the Awami League office": a crowd's premises, no crowd there
    if sub == "Mob violence" and (rival := rival_crowd(event, sentence, (target, assoc2), coder, country)):
        target, assoc2 = rival  # the second crowd's party is its own, not the first's
        assoc1 = tuple(a for a in assoc1 if a not in assoc2)
    if sub == "Mob violence" and target is not None and target.name.startswith("Government of"):
        # "a mob torched the residence of a minister": officials are civilians to ACLED, their government
        # an associated actor
        target, assoc2 = generic("Civilians", 7, country, target.text), (*assoc2, target.name)
    if sub == "Mob violence" and target is None:
        target = generic("Civilians", 7, country)
    elif sub == "Violent demonstration" and target is None:
        # "... and are dispersed by police"; "stormed and set fire to the MONUSCO base": peacekeepers and
        # foreign troops the crowd turns on are its target too
        target = first_other(found, taken, lambda a: state_forces(a) or (
            a.inter == 8 and not a.name.startswith("Government of")))  # a foreign government is no force there
    return Sides(agent, target, assoc1, assoc2)


_SECURITY = re.compile(r"\bsecurity\b", re.I)
# Buildings a party or a crowd owns: burning them fights no one.
_PREMISES = re.compile(r"\b(?:office|offices|headquarters|residence|house|building|premises)\b", re.I)
# A party's or a leader's crowd: people rallying for a cause, not a mob gathered on the spot.
_STORMED = re.compile(r"\b(?:storm(?:ed|ing)|stormed into|broke into|forced (?:their|its) way into|set fire to|"
                      r"set ablaze|torched|ransacked|vandali[sz]ed)\b", re.I)


# The forces a crowd fought, named as the other side of the fight: "clashed with police", "battled riot police".
_FOUGHT_FORCES = re.compile(
    r"\b(?:clash(?:ed|es|ing)?|fought|battled|exchanged (?:stones|blows))\s+with\s+(?:the\s+)?(?:riot\s+)?"
    r"(?:(?P<police>police(?:men)?|security forces|security personnel)|soldiers|troops|the army|army|the military)\b",
    re.I,
)


def forces_fought(sentence: str, country: str | None) -> Actor | None:
    """The state's forces a crowd fought, when the sentence names them so ("clashed with police"), else None."""
    fought = _FOUGHT_FORCES.search(sentence)
    return state("Police" if fought["police"] else "Military", country) if fought else None


def demonstrators_violence(agent_text: str | None, target: Actor | None, sentence: str) -> bool:
    """Whether a riot coded as mob violence is a demonstration turned violent (ACLED): a party's supporters
    fighting the police ("BNP supporters clashed with police in Dhaka", also when the sentence's toll is what the
    parse took for the target: "clashed with police ...; 2 people were killed") or storming or burning a building
    ("PTI supporters stormed the Corps Commander House", "set fire to a military building"). Rival crowds brawling,
    or a mob lynching a thief, stay mob violence."""
    if not FOLLOWERS.search(agent_text or ""):
        return False
    return (target is not None and target.inter == 1) or (
        (_STORMED.search(sentence) is not None or _FOUGHT_FORCES.search(sentence) is not None)
        and (target is None or target.inter == 7))
