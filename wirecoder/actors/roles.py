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

from wirecoder.actors.attribution import (
    antecedent,
    attributed,
    is_back_reference,
    next_sentence,
    speaker,
)
from wirecoder.actors.crowd_sides import Sides, demonstrators_violence, protest_sides, riot_sides
from wirecoder.actors.cues import (
    armed_few,
    blamed,
    cattle_raid,
    communal_militia,
    is_source,
    planted_by,
    ran_into,
    stormed_to_demand,
)
from wirecoder.actors.kinds import (
    armed,
    communal,
    crowd,
    generic,
    held_responsible,
    named_group,
    non_state,
    party,
    same_actor,
    state,
    state_forces,
    with_country,
)
from wirecoder.actors.phrases import (
    ARMED_POST,
    CIVILIAN_PLACE,
    CLASH_WORDS,
    EVENT_NOUN,
    FORCES_PLACE,
    IRREGULARS,
    KILLED_ARMED,
    KIN_GROUP,
    LYNCHING,
    NOT_ON_DUTY,
    OPPONENTS,
    PRISON,
    RIOT_OR_CLASH,
    RIOTS_NAMED,
    TWO_NATIONS,
)
from wirecoder.actors.sides import (
    ARMED_INTERS,
    FOUGHT,
    coordinated,
    host_led,
    rival_crowd,
    split_group,
    without_split_heads,
)
from wirecoder.actors.state import (
    MILITARY_CONTEXT,
    abroad,
    home_country,
    state_named_by_country,
    verbal_actors,
    weapon_owner,
)
from wirecoder.actors.strategic import strategic_sides
from wirecoder.actors.violence import violent_sides
from wirecoder.events.codebook import civilian_targeting, with_sub_event_type
from wirecoder.model import Actor, Article, Event

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder
    from wirecoder.places import Geoparser

__all__ = ["article_country", "code_actors"]

def article_country(article: Article, nationalities: bool = True) -> str | None:
    """The country most of the article's places are in (ties: the first mentioned); with
    ``nationalities=False`` "Ethiopian raiders" count for no country, as they say who, not where."""
    counts: dict[str, int] = {}
    for place in article.places:
        if place.country and (nationalities or place.feature != "demonym"):
            counts[place.country] = counts.get(place.country, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


# Two states' forces named together fight each other only when the sentence says so.
_MUTUAL = re.compile(rf"\b{FOUGHT}\b", re.I)
_OPPONENT_AFTER = re.compile(rf"\s*{OPPONENTS}\b", re.I)
_OPPONENT_BEFORE = re.compile(rf"\b(?:{OPPONENTS}|foes?) of (?:the )?$", re.I)


# "attacked the prison and clashed with SDF fighters": the side fought is named
_FOUGHT_WITH = re.compile(r"\b(?:clash\w*|fought|battl\w*|exchang\w* (?:[\w-]+ )?fire) with\b", re.I)

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


_DEFUSING = re.compile(r"\b(?:defus\w*|dismantl\w*|disarm\w*|neutrali[sz]\w*|controlled explosion|seiz\w*|"
                       r"recover\w*|found|discover\w*|intercept\w*)\b", re.I)
_DEMONSTRATORS = re.compile(r"\b(?:protest[eo]rs?|demonstrators?|marchers|strikers|sit-in)\b", re.I)


def _home(agent: Actor | None, target: Actor | None, coder: ActorCoder, geoparser: Geoparser) -> str | None:
    """The country of the first side that has one (a state's forces, a group of one country)."""
    return next((c for a in (agent, target) if a is not None and (c := home_country(a, coder, geoparser))), None)


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
    if event.agent_text and EVENT_NOUN.search(event.agent_text):
        event = replace(event, agent_text=None)  # "an air strike killed three": the strike is no actor
    # "a Russian airstrike", "Saudi-led coalition jets": the country whose weapon struck
    by_state = weapon_owner(sentence, coder, country, geoparser) \
        if event.event_type == "Explosions/Remote violence" else None
    agent, assoc1 = coder.code_with_assoc(event.agent_text, country, role="actor1", context=sentence) \
        if event.agent_text else (None, ())
    if agent is None or agent.name.startswith("Unidentified"):
        # "The group said it fired a rocket": the speaker; "They burned forty homes": whoever the
        # previous sentence introduced.
        agent = speaker(sentence, event.agent_text, coder, country, armed) or (
            antecedent(article, event, coder, country, non_state if IRREGULARS.search(event.agent_text or "") else armed)
            if is_back_reference(event.agent_text) else None
        ) or agent
    if agent is not None and agent.inter in {5, 7} and event.event_type in _VIOLENT | {"Riots"} \
            and armed_few(event.agent_text or "", sentence):
        # "Two men on a motorbike shot a trader", "youths armed with guns": an armed group, not a mob
        agent = generic("Unidentified Armed Group", 3, country, agent.text)
        if event.sub_event_type in {"Mob violence", "Violent demonstration"}:
            event = with_sub_event_type(event, "Attack")
    if agent is not None and event.target_text and re.search(r"\band\b", event.agent_text or "") \
            and not state_forces(agent):
        # "Burkinabe soldiers and VDP militiamen repelled the attack": the state forces act, their
        # allies are associated (ACLED).
        force = next((a for _, _, a in coder.find(event.agent_text or "", country) if state_forces(a)), None)
        if force is not None and agent.inter in {2, 3, 4, 8}:
            agent, assoc1 = force, (*assoc1, agent.name)
    allies, opponent = coordinated(event, sentence, agent, coder, country)
    target, assoc2 = coder.code_with_assoc(event.target_text, country, role="actor2", context=sentence) \
        if event.target_text else (opponent, ())
    if target is not None and event.event_type == "Explosions/Remote violence" \
            and target.reason.endswith("with no perpetrator named"):
        # "detonated an explosives-laden truck": the weapon's user, not its target (a bomb defused
        # still names the side whose bomb it was)
        target, assoc2 = opponent, ()
    if target is not None and re.search(r"\band\b", event.target_text or "") and not state_forces(target) \
            and target.inter in {2, 3, 4, 8}:
        # "ambushed a convoy of Malian soldiers and Wagner mercenaries": the state forces are the side,
        # their allies associated, as for the attackers above
        force = next((a for _, _, a in coder.find(event.target_text or "", country) if state_forces(a)), None)
        if force is not None and agent is None and opponent is None and target.inter in {2, 3, 4} \
                and event.event_type == "Battles" and CLASH_WORDS.search(sentence):
            # "A soldier and three NPA rebels were killed in a clash": the toll names both sides of the fight,
            # the state's forces first (ACLED)
            agent, target = force, target
        elif force is not None:
            target, assoc2 = force, (*assoc2, target.name)
    assoc1 = (*assoc1, *(name for name in allies if name not in assoc1))
    victims = ran_into(sentence) if event.event_type == "Explosions/Remote violence" else None
    hit, hit_assoc = coder.code_with_assoc(victims, country, role="actor2", context=sentence) if victims else (None, ())
    if hit is not None and hit.inter not in {2, 3, 4} and (agent is None or agent.name == hit.name):
        # "a convoy of peacekeepers hit an IED", "a soldier stepped on a landmine": the victims
        victims = {hit.name} | ({target.name} if target is not None else set())
        if target is None or target.inter != 7:
            target, assoc2 = hit, hit_assoc
        # whoever else armed the sentence names ("a mine left by Russian troops"), else unidentified
        agent = next((a for _, _, a in coder.find(sentence, country) if armed(a) and a.name not in victims
                      and not same_actor(a.name, hit.name)), None) or generic("Unidentified Armed Group", 3, country)
        assoc1 = ()
        event = replace(event, agent_text=None)
    defused = event.sub_event_type == "Disrupted weapons use"
    layer = planted_by(sentence) if event.event_type == "Explosions/Remote violence" or defused else None
    laid = coder.code(layer, country, context=sentence) if layer else None
    if laid is not None and laid.inter in ARMED_INTERS and defused and agent is not None and state_forces(agent) \
            and laid.name != agent.name and _DEFUSING.search(sentence):
        target, assoc2 = laid, ()  # "soldiers defused an IED planted by the ELN": the group whose weapon it was
    elif laid is not None and laid.inter in ARMED_INTERS and (agent is None or agent.name.startswith("Unidentified")):
        agent, assoc1 = laid, ()  # "an IED planted by suspected Al Shabaab militants exploded near a convoy"
    accused = blamed(sentence) if event.event_type in _VIOLENT else None
    culprit = coder.code(accused, country, context=sentence) if accused else None
    if culprit is not None and culprit.inter in ARMED_INTERS and (agent is None or agent.name.startswith("Unidentified")):
        # "The army blamed the ELN for the kidnapping": the one blamed, not the one blaming
        if target is not None and target.name == culprit.name:
            target, assoc2 = None, ()
        agent, assoc1 = culprit, ()
    if target is not None and target.name.startswith("Government of") and event.event_type in _VIOLENT:
        if ARMED_POST.search(event.target_text or ""):
            # "shelled Syrian regime positions", "government troops": the government's forces
            target = replace(target, name=target.name.replace("Government of", "Military Forces of", 1))
        else:
            # "attacked the fisheries minister", "ambushed two government officials": officials are
            # civilians to ACLED, their government an associated actor.
            assoc2 = (*assoc2, target.name)
            target = generic("Civilians", 7, country, target.text)
    off_duty: set[str] = set()  # the force or group of a person attacked off duty: no side of the attack
    arrested = event.sub_event_type == "Arrests"
    if target is not None and target.inter in {1, 2, 3} and (event.event_type in _VIOLENT or arrested) \
            and NOT_ON_DUTY.search(event.target_text or ""):
        # "an off-duty intelligence officer", "a cleric and al Shabaab critic", "arrested three former
        # soldiers": an unarmed person
        assoc2, off_duty = ((*assoc2, target.name) if target.inter == 1 else assoc2), {target.name}
        target = generic("Civilians", 7, country, target.text)
    if event.target_text and (target is None or target.name.startswith("Unidentified") or target.inter == 7) \
            and MILITARY_CONTEXT.search(event.target_text) and not off_duty:
        # "an Indian fighter plane", "a Turkish army base": that country's forces
        target = state_named_by_country(event.target_text, event.target_text, geoparser) or target
    killed = KILLED_ARMED.search(sentence) if agent is not None and state_forces(agent) else None
    if killed and (target is None or target.inter == 7) and CIVILIAN_PLACE.search(event.target_text or ""):
        # "Security forces raided the hotel, killing the three assailants": the armed men, not the hotel's people
        armed_men = coder.code(killed["who"], country, context=sentence)
        target = armed_men if armed_men is not None and armed_men.inter in ARMED_INTERS \
            else generic("Unidentified Armed Group", 3, country, killed["who"])
    forces = FORCES_PLACE.search(event.target_text or "")
    if forces and (target is None or target.inter == 7):
        # "a police pickup truck", "a security checkpoint": the forces using it are the target
        target = state("Police" if forces.group(1).lower() == "police" else "Military", country)
    elif (target is None or target.inter == 7) and PRISON.search(event.target_text or "") and agent is not None \
            and non_state(agent) and event.event_type in _VIOLENT and not _FOUGHT_WITH.search(sentence):
        # "gangs attacked the National Penitentiary": the prison's guards hold it (ACLED: a clash with them),
        # unless the sentence names whom the attackers fought ("... and clashed with SDF fighters")
        target = coder.code("prison guards", country) or target
    elif target is None and event.target_text and CIVILIAN_PLACE.search(event.target_text):
        target = generic("Civilians", 7, country, event.target_text)  # "raided a village", "a bus"
    if country is None:
        country = _home(agent, target, coder, geoparser)
    if event.agent_text and (agent is None or agent.name.startswith("Unidentified") or agent.inter == 7):
        # "Iraq launched a crackdown", "Ukraine and Russia exchanged prisoners": the states
        first, _, second = event.agent_text.partition(" and ")
        agent = state_named_by_country(first if second else event.agent_text, sentence, geoparser) or agent
        other = state_named_by_country(second, sentence, geoparser) if second and target is None else None
        target = other if other is not None and other.name != agent.name else target
    pair = TWO_NATIONS.search(event.agent_text or sentence)
    if pair and (agent is None or agent.inter in {1, 3, 8}):
        # "Armenian and Azerbaijani forces exchanged fire": both states' forces, one on each side;
        # "Ethiopian and Eritrean troops attacked Tigrayan forces": the first leads, the second is its ally.
        sides = [state_named_by_country(f"{pair[i]} {pair[3]}", sentence, geoparser) for i in (1, 2)]
        if sides[0] is not None and sides[1] is not None and sides[0].name != sides[1].name:
            if (target is None or target.name in {s.name for s in sides}) and _MUTUAL.search(sentence):
                agent, target = sides
            else:
                # allies ("Somali and Ethiopian forces retook Wabho from al-Shabaab"): the host state's own lead
                lead, ally = sides if abroad(sides[1], country).inter == 8 or abroad(sides[0], country).inter == 1 \
                    else sides[::-1]
                agent, assoc1 = lead, (*assoc1, ally.name)
                target = None if target is not None and target.name in {s.name for s in sides} else target
    # An event noun names no actor ("the attacks"), unless the coder reads one into it ("ethnic clashes");
    # nor does a source ("a Taliban spokesman said", "police found the bodies").
    found = [f for f in coder.find(sentence, country)
             if (not EVENT_NOUN.search(f[2].text or "") or f[2].reason.startswith("implied by"))
             and (f[2].reason.startswith(("implied", "mob justice", "owners")) or not is_source(sentence, f[0], f[1]))
             and not _opposed(sentence, f[0], f[1])]
    found = without_split_heads(found, sentence)
    event_type, sub = event.event_type, event.sub_event_type
    if event_type in {"Battles", "Riots", "Violence against civilians"} and (group := split_group(sentence, found)):
        # "rival factions of the Sinaloa Cartel clashed": the group on both sides of an armed clash
        event_type, sub, agent, target, assoc1, assoc2 = "Battles", "Armed clash", group, group, (), ()
    if agent is not None and agent.inter in {5, 6, 7} and event_type in {"Violence against civilians", "Battles"} \
            and (KIN_GROUP.search(event.agent_text or "") or (
                communal_militia(sentence, country) and not RIOTERS.search(event.agent_text or "")
                and not (target is not None and target.inter in ARMED_INTERS)
                and not _CULPRITS.search(event.target_text or ""))):
        # "members of the Garre clan attacked a village", "Meru residents stabbed three Isiolo residents in
        # the border conflict": a communal militia, not a mob
        agent = generic(communal_militia(sentence, country) or "Unidentified Ethnic Militia", 4, country, agent.text)
    # the target's associates are the target's ("a drone attack targeted the Prime Minister's residence":
    # the government whose official was aimed at never struck)
    taken = {a.name for a in (agent, target) if a is not None} | off_duty | set(allies) | set(assoc2)

    if event_type in _VIOLENT and (joint := host_led(agent, found, sentence)) is not None:
        # "Rwandan troops and Mozambican forces recaptured Mocimboa da Praia": the host state's forces lead a
        # joint operation on their own ground, the foreign troops are associated (ACLED)
        host, foreign = joint
        agent, assoc1 = host, (*(a for a in assoc1 if a != host.name), foreign.name)
        if target is not None and target.name in {host.name, foreign.name}:
            target, assoc2 = None, ()
        taken |= {host.name, foreign.name}
    if sub == "Abduction/forced disappearance" and crowd(agent, event) and agent.inter in {5, 7} \
            and not RIOTERS.search(event.agent_text or ""):
        # "men in plain clothes seized three activists": an abduction is an organised act, by an armed
        # group left unnamed, not a crowd's (a mob that drags a man away stays a mob)
        agent = generic("Unidentified Armed Group", 3, country, agent.text)
    if event_type != "Protests" and crowd(agent, event) and (pressing := stormed_to_demand(sentence)):
        event_type, sub = "Protests", pressing  # a crowd storming an office to press a demand
    if event_type == "Protests":
        crowd_side = protest_sides(sub, Sides(agent, target, assoc1, assoc2), found, taken, sentence, coder, country)
        agent, target, assoc1, assoc2 = crowd_side.agent, crowd_side.target, crowd_side.assoc1, crowd_side.assoc2
    elif event_type == "Riots" and agent is not None and named_group(agent) and target is not None \
            and target.inter in {5, 6} and _DEMONSTRATORS.search(event.target_text or ""):
        # "colectivos attacked protesters": a named armed group's attack on a demonstration is violence
        # against the protesters (ACLED), not a riot
        event_type, sub = "Violence against civilians", "Attack"
        target = generic("Protesters", 6, country, target.text)
    elif event_type == "Riots":
        crowd_side = riot_sides(event, sub, Sides(agent, target, assoc1, assoc2), found, taken, sentence, coder,
                                country)
        agent, target, assoc1, assoc2 = crowd_side.agent, crowd_side.target, crowd_side.assoc1, crowd_side.assoc2
    elif event_type == "Strategic developments" and not (sub == "Looting/property destruction" and crowd(agent, event)):
        agent, target = strategic_sides(event, sub, (agent, target), found, taken, sentence, coder, country,
                                        lambda part: state_named_by_country(part, sentence, geoparser))
        if sub == "Looting/property destruction" and agent is not None and agent.name.startswith("Unidentified"):
            # "Assailants set fire to a telecommunications tower. The TTP claimed responsibility."
            agent = attributed(article, event, coder, country, held_responsible) or agent
    elif sub == "Attack" and (militia := party(agent, assoc1, coder)) is not None \
            and not RIOT_OR_CLASH.search(sentence):
        # "PNU supporters attacked a rival candidate": ACLED codes a party's supporters who attack
        # someone as the party's militia; a brawl between rival supporters stays mob violence.
        agent, assoc1 = militia, ()
        target = target or generic("Civilians", 7, country)
    elif event_type in {"Violence against civilians", "Battles"} and CLASH_WORDS.search(sentence) \
            and _COMMUNITY.search(event.agent_text or "") and _COMMUNITY.search(event.target_text or ""):
        # "Pastoralists clashed with Laikipia residents": two communities fighting are their militias
        sub, event_type = "Armed clash", "Battles"
        agent = target = generic("Unidentified Communal Militia", 4, country)
    elif event_type in {"Violence against civilians", "Battles", "Strategic developments"} and crowd(agent, event):
        # Violence or destruction by an unorganised crowd (a mob, rioting youths, rival supporters)
        # is Mob violence.
        sub, event_type = "Mob violence", "Riots"
        if agent.inter != 5:
            agent = generic("Rioters", 5, country, agent.text)
        if rival := rival_crowd(event, sentence, (target, assoc2), coder, country):
            target, assoc2 = rival  # the second crowd's party is its own, not the first's
            assoc1 = tuple(a for a in assoc1 if a not in assoc2)
        elif target is None or target.inter == 5 and target.name == agent.name:
            target = generic("Civilians", 7, country)
    else:  # Battles, Explosions/Remote violence, Violence against civilians
        violent = violent_sides(article, event, event_type, sub, Sides(agent, target, assoc1, assoc2), found, taken,
                                allies, coder, country, memo, by_state)
        agent, target, assoc2, sub = violent.agent, violent.target, violent.assoc2, violent.sub
    if country is None:  # sides settled only now ("Government forces retake Ras Kamboni from Al Shabaab")
        country = _home(agent, target, coder, geoparser)
    # "5 killed during a raid by bandits. 300 animals stolen.": the raid is told in the next sentence
    raid = next_sentence(article, event) if event.event_type in _VIOLENT else ""
    setting = f"{sentence} {raid}" if raid and cattle_raid(raid) else sentence
    agent, target = communal(agent, setting, country), communal(target, setting, country)
    agent, target = with_country(agent, country), with_country(target, country)
    agent, target = abroad(agent, country), abroad(target, country)
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
    if agent is not None and sub in _TERRITORY:
        # Who took the ground decides: state forces regain territory, anyone else overtakes it; foreign
        # forces retaking ground from a non-state group do so as the government's allies (ACLED: "government
        # forces or their affiliates"), while taking it from the host state's forces is an overtaking.
        ally = agent.inter == 8 and sub == "Government regains territory" and not (
            target is not None and target.inter == 1)
        sub = "Government regains territory" if agent.inter == 1 or ally else "Non-state actor overtakes territory"
    changes: dict[str, object] = {
        "actor1": agent.name if agent else None,
        "inter1": agent.inter if agent else None,
        "actor2": target.name if target else None,
        "inter2": target.inter if target else None,
        # a side is never its own associate ("the Ethiopian government and the TPLF signed ...")
        "assoc_actor_1": "; ".join(a for a in dict.fromkeys(assoc1) if agent is None or a != agent.name) or None,
        "assoc_actor_2": "; ".join(a for a in dict.fromkeys(assoc2) if target is None or a != target.name) or None,
        "country": event.country or country,
    }
    if event.country is None and country:
        resolved = geoparser.country(country)
        if resolved:
            changes["country"], changes["iso3"] = resolved
    coded = replace(event, **changes)
    coded = with_sub_event_type(coded, sub) if sub != event.sub_event_type else coded
    return replace(coded, civilian_targeting=civilian_targeting(coded))
