"""Turning an event's role phrases into ACLED actors, and settling the types that depend on them.

The parse gives phrases ("suspected Al Shabaab militants", "two soldiers");
the actor coder names them in ACLED's style. Where the text names no one,
ACLED's conventions fill the gap: an unnamed attacker is an Unidentified
Armed Group of the country, demonstrators are Protesters, a crowd is
Rioters, the victims of violence against civilians are Civilians. Then the
type is checked against the actors: violence between two armed, organised
sides is a Battle; violence by one of them against unarmed people is
Violence against civilians.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecoder.actors.attribution import arrested_group, attributed, next_sentence
from wirecoder.actors.clan_names import name_clan_sides
from wirecoder.actors.crowd_sides import Sides, demonstrators_violence, forces_fought, protest_sides, riot_sides
from wirecoder.actors.cues import cattle_raid, communal_militia, is_source, stormed_to_demand
from wirecoder.actors.kinds import (
    communal,
    crowd,
    generic,
    held_responsible,
    named_group,
    party,
    with_country,
)
from wirecoder.actors.phrase_sides import VIOLENT, PhraseSides, phrase_sides, sides_country
from wirecoder.actors.phrases import (
    CLASH_WORDS,
    EVENT_NOUN,
    KIN_GROUP,
    LYNCHING,
    OPPONENTS,
    RIOT_OR_CLASH,
    RIOTS_NAMED,
)
from wirecoder.actors.sides import (
    ARMED_INTERS,
    host_led,
    rival_crowd,
    split_group,
    without_split_heads,
)
from wirecoder.actors.state import abroad, state_named_by_country, verbal_actors
from wirecoder.actors.strategic import strategic_sides
from wirecoder.actors.violence import violent_sides
from wirecoder.events.codebook import civilian_targeting, with_sub_event_type
from wirecoder.events.prefixes import prefixed_sub_event_type
from wirecoder.model import Actor, Article, Event
from wirecoder.places.usable import named_elsewhere

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder
    from wirecoder.places import Geoparser

__all__ = ["article_country", "code_actors"]


def article_country(article: Article, nationalities: bool = True) -> str | None:
    """The country most of the article's places are in (ties: the first mentioned); with
    ``nationalities=False`` "Ethiopian raiders" count for no country, as they say who, not where. A country
    named as the other side of a border or where people came from or fled ("near the border with Niger")
    counts for none either."""
    counts: dict[str, int] = {}
    for place in article.places:
        if place.country and (nationalities or place.feature != "demonym") and not named_elsewhere(article.text, place):
            counts[place.country] = counts.get(place.country, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


_OPPONENT_AFTER = re.compile(rf"\s*{OPPONENTS}\b", re.I)
_OPPONENT_BEFORE = re.compile(rf"\b(?:{OPPONENTS}|foes?) of (?:the )?$", re.I)


def _opposed(sentence: str, start: int, end: int) -> bool:
    """Whether a group is named only to describe someone ("an al Shabaab critic", "a critic of the Taliban")."""
    return bool(_OPPONENT_AFTER.match(sentence, end) or _OPPONENT_BEFORE.search(sentence[:start]))


# People who fight as a community: herders against farmers, one village's residents against another's.
_COMMUNITY = re.compile(r"\b(?:pastoralists|herders|herdsmen|farmers|villagers|residents|communities|"
                        r"tribesmen|clansmen)\b", re.I)
# A crowd named as rioting or demonstrating stays one, whatever feud it is part of.
RIOTERS = re.compile(r"\b(?:riot\w*|mobs?|protest(?!ant)\w*|demonstrat\w*|rampag\w*)\b", re.I)
# Victims a crowd punishes rather than a community it fights: "two suspected cattle rustlers".
_CULPRITS = re.compile(r"\b(?:suspect\w*|alleged|accused|thie(?:f|ves)|rustlers?|raiders?|robbers?)\b", re.I)


_DEMONSTRATORS = re.compile(r"\b(?:protest[eo]rs?|demonstrators?|marchers|strikers|sit-in)\b", re.I)


def code_actors(
    article: Article, event: Event, coder: ActorCoder, geoparser: Geoparser, memo: dict[str, Actor | None] | None = None
) -> Event:
    """``event`` with actor1/actor2, their associates and inter codes, and a settled type.

    ``memo``, one dict per article shared by its events, keeps what is read from the whole article.

    Example:
        >>> code_actors(article, event, ActorCoder.load(), Geoparser.load()).actor1
        'Military Forces of Iraq'
    """
    country = event.country or article_country(article) or article.country_hint
    sentence = article.text[event.evidence_start : event.evidence_end]
    if not event.event_type:
        return verbal_actors(event, country, sentence, coder, geoparser)
    read = phrase_sides(article, event, sentence, country, coder, geoparser)
    event, country = read.event, read.country
    found = _found(sentence, coder, country)
    event_type, sub, sides = _split_group(event, sentence, read.sides, found)
    sides = _communal_attacker(event, event_type, sides, sentence, country)
    # the target's associates are the target's ("a drone attack targeted the Prime Minister's residence":
    # the government whose official was aimed at never struck), and the agent's allies are no second side
    # ("Mozambican and Rwandan troops recaptured Mocimboa da Praia from IS insurgents")
    taken = {a.name for a in (sides.agent, sides.target) if a is not None} | read.off_duty | set(read.allies) \
        | set(sides.assoc1) | set(sides.assoc2)
    if event_type in VIOLENT and (joint := host_led(sides.agent, found, sentence)) is not None:
        sides = _joint_operation(sides, joint)
        taken |= {joint[0].name, joint[1].name}
    event_type, sub, sides = _crowd_acts(event, event_type, sub, sides, sentence, country)
    sub, sides = _sides_by_type(article, event, event_type, sub, sides, found, taken, read, sentence, coder, geoparser,
                                memo)
    if country is None:  # sides settled only now ("Government forces retake Ras Kamboni from Al Shabaab")
        country = sides_country(sides.agent, sides.target, coder, geoparser)
    sides = _placed(article, event, sides, sentence, country)
    sub, sides = _punished(event, sub, sides, sentence, country)
    return _coded(event, _territory(sub, sides), sides, country, geoparser)


def _found(sentence: str, coder: ActorCoder, country: str | None) -> list[tuple[int, int, Actor]]:
    """The actors the sentence names that may take a side, with their spans."""
    # An event noun names no actor ("the attacks"), unless the coder reads one into it ("ethnic clashes");
    # nor does a source ("a Taliban spokesman said", "police found the bodies").
    found = [f for f in coder.find(sentence, country)
             if (not EVENT_NOUN.search(f[2].text or "") or f[2].reason.startswith("implied by"))
             and (f[2].reason.startswith(("implied", "mob justice", "owners")) or not is_source(sentence, f[0], f[1]))
             and not _opposed(sentence, f[0], f[1])]
    return without_split_heads(found, sentence)


def _split_group(
    event: Event, sentence: str, sides: Sides, found: list[tuple[int, int, Actor]]
) -> tuple[str | None, str | None, Sides]:
    """The event's type, sub-event type and sides; one group on both sides when its factions fought."""
    event_type, sub = event.event_type, event.sub_event_type
    if event_type in {"Battles", "Riots", "Violence against civilians"} and (group := split_group(sentence, found)):
        # "rival factions of the Sinaloa Cartel clashed": the group on both sides of an armed clash
        return "Battles", "Armed clash", Sides(group, group)
    return event_type, sub, sides


def _communal_attacker(
    event: Event, event_type: str | None, sides: Sides, sentence: str, country: str | None
) -> Sides:
    """A clan or a community that attacks or fights as its communal militia, not as a mob."""
    agent, target = sides.agent, sides.target
    if agent is not None and agent.inter in {5, 6, 7} and event_type in {"Violence against civilians", "Battles"} \
            and (KIN_GROUP.search(event.agent_text or "") or (
                communal_militia(sentence, country) and not RIOTERS.search(event.agent_text or "")
                and not (target is not None and target.inter in ARMED_INTERS)
                and not _CULPRITS.search(event.target_text or ""))):
        # "members of the Garre clan attacked a village", "Meru residents stabbed three Isiolo residents in
        # the border conflict": a communal militia, not a mob
        militia = generic(communal_militia(sentence, country) or "Unidentified Ethnic Militia", 4, country, agent.text)
        return replace(sides, agent=militia)
    return sides


def _joint_operation(sides: Sides, joint: tuple[Actor, Actor]) -> Sides:
    """The host state's forces leading a joint operation (``joint``: host, foreign), the foreign troops associated."""
    # "Rwandan troops and Mozambican forces recaptured Mocimboa da Praia": the host state's forces lead a
    # joint operation on their own ground, the foreign troops are associated (ACLED)
    host, foreign = joint
    assoc1 = (*(a for a in sides.assoc1 if a != host.name), foreign.name)
    if sides.target is not None and sides.target.name in {host.name, foreign.name}:
        return Sides(host, None, assoc1, ())
    return Sides(host, sides.target, assoc1, sides.assoc2)


def _crowd_acts(
    event: Event, event_type: str | None, sub: str | None, sides: Sides, sentence: str, country: str | None
) -> tuple[str | None, str | None, Sides]:
    """What a crowd's act is: an abduction is an armed group's, storming an office to press a demand a protest."""
    agent = sides.agent
    if sub == "Abduction/forced disappearance" and crowd(agent, event) and agent.inter in {5, 7} \
            and not RIOTERS.search(event.agent_text or ""):
        # "men in plain clothes seized three activists": an abduction is an organised act, by an armed
        # group left unnamed, not a crowd's (a mob that drags a man away stays a mob)
        agent = generic("Unidentified Armed Group", 3, country, agent.text)
        sides = replace(sides, agent=agent)
    if event_type != "Protests" and crowd(agent, event) and (pressing := stormed_to_demand(sentence)):
        event_type, sub = "Protests", pressing  # a crowd storming an office to press a demand
    return event_type, sub, sides


def _sides_by_type(
    article: Article, event: Event, event_type: str | None, sub: str | None, sides: Sides,
    found: list[tuple[int, int, Actor]], taken: set[str], read: PhraseSides, sentence: str, coder: ActorCoder,
    geoparser: Geoparser, memo: dict[str, Actor | None] | None,
) -> tuple[str | None, Sides]:
    """The sides by ACLED's conventions for the event's type, and the sub-event type they settle."""
    agent, target, country = sides.agent, sides.target, read.country
    if event_type == "Protests":
        return sub, protest_sides(sub, sides, found, taken, sentence, coder, country)
    if event_type == "Riots" and agent is not None and named_group(agent) and target is not None \
            and target.inter in {5, 6} and _DEMONSTRATORS.search(event.target_text or ""):
        # "colectivos attacked protesters": a named armed group's attack on a demonstration is violence
        # against the protesters (ACLED), not a riot
        return "Attack", replace(sides, target=generic("Protesters", 6, country, target.text))
    if event_type == "Riots":
        return sub, riot_sides(event, sub, sides, found, taken, sentence, coder, country)
    # A crowd's looting is mob violence, unless the coder's prefix types the note ("Property destruction: ...").
    if event_type == "Strategic developments" and (
        not (sub == "Looting/property destruction" and crowd(agent, event)) or prefixed_sub_event_type(sentence) == sub
    ):
        if sub == "Looting/property destruction" and crowd(agent, event):
            # "Property destruction: ODM supporters damaged a truck": the party, else rioters
            agent = party(agent, sides.assoc1, coder) or generic("Rioters", 5, country, agent.text)
        agent, target = strategic_sides(event, sub, (agent, target), found, taken, sentence, coder, country,
                                        lambda part: state_named_by_country(part, sentence, geoparser))
        if sub == "Looting/property destruction" and agent is not None and agent.name.startswith("Unidentified"):
            # "Assailants set fire to a telecommunications tower. The TTP claimed responsibility."
            agent = attributed(article, event, coder, country, held_responsible) or agent
        if sub == "Change to group/activity" and target is not None and target.inter in {5, 7}:
            target = None  # "Recruitment: the group is recruiting youth": no crowd or civilian side
        if sub == "Arrests" and target is not None and (target.name.startswith("Unidentified") or target.inter == 7):
            # "Rangers arrested three suspected militants. ... the suspects were members of the banned BLA"
            target = arrested_group(article, event, coder, country, named_group) or target
        return sub, replace(sides, agent=agent, target=target)
    if sub == "Attack" and (militia := party(agent, sides.assoc1, coder)) is not None \
            and not RIOT_OR_CLASH.search(sentence):
        # "PNU supporters attacked a rival candidate": ACLED codes a party's supporters who attack
        # someone as the party's militia; a brawl between rival supporters stays mob violence.
        return sub, Sides(militia, target or generic("Civilians", 7, country), (), sides.assoc2)
    if event_type in {"Violence against civilians", "Battles"} and CLASH_WORDS.search(sentence) \
            and _COMMUNITY.search(event.agent_text or "") and _COMMUNITY.search(event.target_text or ""):
        # "Pastoralists clashed with Laikipia residents": two communities fighting are their militias
        militia = generic("Unidentified Communal Militia", 4, country)
        return "Armed clash", replace(sides, agent=militia, target=militia)
    if event_type in {"Violence against civilians", "Battles", "Strategic developments"} and crowd(agent, event):
        # Violence or destruction by an unorganised crowd (a mob, rioting youths, rival supporters)
        # is Mob violence.
        return "Mob violence", _mob(event, sides, sentence, coder, country)
    # Battles, Explosions/Remote violence, Violence against civilians
    violent = violent_sides(article, event, event_type, sub, sides, found, taken, read.allies, coder, country, memo,
                            read.by_state)
    return violent.sub, replace(sides, agent=violent.agent, target=violent.target, assoc2=violent.assoc2)


def _mob(event: Event, sides: Sides, sentence: str, coder: ActorCoder, country: str | None) -> Sides:
    """The sides of mob violence: rioters, and the rival crowd they fought or else civilians."""
    agent, target, assoc1, assoc2 = sides.agent, sides.target, sides.assoc1, sides.assoc2
    if agent.inter != 5:
        agent = generic("Rioters", 5, country, agent.text)
    if rival := rival_crowd(event, sentence, (target, assoc2), coder, country):
        target, assoc2 = rival  # the second crowd's party is its own, not the first's
        assoc1 = tuple(a for a in assoc1 if a not in assoc2)
    elif target is None or target.inter == 5 and target.name == agent.name:
        target = generic("Civilians", 7, country)
    return Sides(agent, target, assoc1, assoc2)


def _placed(article: Article, event: Event, sides: Sides, sentence: str, country: str | None) -> Sides:
    """The sides named for the country they act in: communal militias of a feud, abroad or at home."""
    # "5 killed during a raid by bandits. 300 animals stolen.": the raid is told in the next sentence
    raid = next_sentence(article, event) if event.event_type in VIOLENT else ""
    setting = f"{sentence} {raid}" if raid and cattle_raid(raid) else sentence
    agent, target = communal(sides.agent, setting, country), communal(sides.target, setting, country)
    agent, target = name_clan_sides(agent, target, setting, country)
    agent, target = with_country(agent, country), with_country(target, country)
    agent, target = abroad(agent, country), abroad(target, country)
    return replace(sides, agent=agent, target=target)


def _punished(event: Event, sub: str | None, sides: Sides, sentence: str, country: str | None) -> tuple[str | None, Sides]:
    """Mob violence's victims (suspects a crowd punishes are civilians), or a riot as a violent demonstration."""
    target = sides.target
    if sub == "Mob violence" and target is not None and target.name.startswith("Unidentified Armed") \
            and _CULPRITS.search(event.target_text or ""):
        # "a mob lynched two suspected kidnappers": whom a crowd punishes are civilians, as its suspected
        # robbers are (ACLED), not the armed group the word names when they act
        target = generic("Civilians", 7, country, target.text)
    if sub == "Mob violence" and (RIOTS_NAMED.search(sentence) or demonstrators_violence(
            event.agent_text, target, sentence)) and not LYNCHING.search(sentence):
        sub = "Violent demonstration"  # "riots broke out", "running battles": a demonstration turned violent
        if target is not None and target.inter == 7 and not target.text:
            target = None  # the victims a mob implies; a riot names none
    if sub == "Violent demonstration" and target is not None and target.inter == 7 \
            and (fought := forces_fought(sentence, country)) is not None:
        # the dead of the sentence's toll are no side ("clashed with police after a rally; 3 people were killed"):
        # the forces the crowd fought are
        target = fought
    return sub, replace(sides, target=target)


def _territory(sub: str | None, sides: Sides) -> str | None:
    """Who took the ground decides whether it is regained by the government or overtaken."""
    agent, target = sides.agent, sides.target
    if agent is not None and sub in _TERRITORY:
        # Who took the ground decides: state forces regain territory, anyone else overtakes it; foreign
        # forces retaking ground from a non-state group do so as the government's allies (ACLED: "government
        # forces or their affiliates"), while taking it from the host state's forces is an overtaking.
        ally = agent.inter == 8 and sub == "Government regains territory" and not (
            target is not None and target.inter == 1)
        sub = "Government regains territory" if agent.inter == 1 or ally else "Non-state actor overtakes territory"
    return sub


def _coded(event: Event, sub: str | None, sides: Sides, country: str | None, geoparser: Geoparser) -> Event:
    """``event`` with the sides, their associates and inter codes, its country and sub-event type."""
    agent, target = sides.agent, sides.target
    changes: dict[str, object] = {
        "actor1": agent.name if agent else None,
        "inter1": agent.inter if agent else None,
        "actor2": target.name if target else None,
        "inter2": target.inter if target else None,
        # a side is never its own associate ("the Ethiopian government and the TPLF signed ...")
        "assoc_actor_1": "; ".join(a for a in dict.fromkeys(sides.assoc1) if agent is None or a != agent.name) or None,
        "assoc_actor_2": "; ".join(a for a in dict.fromkeys(sides.assoc2) if target is None or a != target.name)
        or None,
        "country": event.country or country,
    }
    if event.country is None and country:
        resolved = geoparser.country(country)
        if resolved:
            changes["country"], changes["iso3"] = resolved
    coded = replace(event, **changes)
    coded = with_sub_event_type(coded, sub) if sub != event.sub_event_type else coded
    return replace(coded, civilian_targeting=civilian_targeting(coded))
