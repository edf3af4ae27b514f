"""An event's sides as its role phrases and sentence name them, before its type settles them.

The agent and target phrases are coded, then corrected by what the sentence says about them: an event
noun is no actor, a back reference is whoever the previous sentence named, the victims of a mine are its
target, the group that laid a bomb or is blamed for an attack is the attacker, officials are civilians,
a police truck is the police, and two states named together are one side each or allies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wirecoder.actors.attribution import antecedent, is_back_reference, speaker
from wirecoder.actors.crowd_sides import Sides
from wirecoder.actors.cues import armed_few, blamed, planted_by, ran_into
from wirecoder.actors.kinds import armed, generic, non_state, same_actor, state, state_forces
from wirecoder.actors.phrases import (
    ARMED_POST,
    CIVILIAN_PLACE,
    CLASH_WORDS,
    EVENT_NOUN,
    FORCES_PLACE,
    IRREGULARS,
    KILLED_ARMED,
    NOT_ON_DUTY,
    PRISON,
    TWO_NATIONS,
)
from wirecoder.actors.sides import ARMED_INTERS, FOUGHT, coordinated
from wirecoder.actors.state import (
    MILITARY_CONTEXT,
    abroad,
    home_country,
    state_named_by_country,
    weapon_owner,
)
from wirecoder.events.codebook import with_sub_event_type
from wirecoder.model import Actor, Article, Event

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder
    from wirecoder.places import Geoparser

__all__ = ["PhraseSides", "VIOLENT", "phrase_sides", "sides_country"]

VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


# Two states' forces named together fight each other only when the sentence says so.
_MUTUAL = re.compile(rf"\b{FOUGHT}\b", re.I)


# "attacked the prison and clashed with SDF fighters": the side fought is named
_FOUGHT_WITH = re.compile(r"\b(?:clash\w*|fought|battl\w*|exchang\w* (?:[\w-]+ )?fire) with\b", re.I)


_DEFUSING = re.compile(r"\b(?:defus\w*|dismantl\w*|disarm\w*|neutrali[sz]\w*|controlled explosion|seiz\w*|"
                       r"recover\w*|found|discover\w*|intercept\w*)\b", re.I)


@dataclass(frozen=True, slots=True)
class PhraseSides:
    """The sides the phrases name, the event as read (its agent phrase may be dropped) and what they imply.

    ``allies`` are the armed actors named with the agent, ``off_duty`` the force or group of a person
    attacked off duty (no side of the attack), ``by_state`` the state whose weapon struck.
    """

    event: Event
    sides: Sides
    country: str | None
    allies: tuple[str, ...]
    off_duty: frozenset[str]
    by_state: Actor | None


def sides_country(agent: Actor | None, target: Actor | None, coder: ActorCoder, geoparser: Geoparser) -> str | None:
    """The country of the first side that has one (a state's forces, a group of one country)."""
    return next((c for a in (agent, target) if a is not None and (c := home_country(a, coder, geoparser))), None)


def phrase_sides(
    article: Article, event: Event, sentence: str, country: str | None, coder: ActorCoder, geoparser: Geoparser
) -> PhraseSides:
    """The sides of ``event`` as its role phrases and its evidence ``sentence`` name them."""
    if event.agent_text and EVENT_NOUN.search(event.agent_text):
        event = replace(event, agent_text=None)  # "an air strike killed three": the strike is no actor
    # "a Russian airstrike", "Saudi-led coalition jets": the country whose weapon struck
    by_state = weapon_owner(sentence, coder, country, geoparser) \
        if event.event_type == "Explosions/Remote violence" else None
    event, sides = _attacker(article, event, sentence, coder, country)
    allies, opponent = coordinated(event, sentence, sides.agent, coder, country)
    sides = _attacked(event, sentence, sides, opponent, coder, country)
    sides = replace(sides, assoc1=(*sides.assoc1, *(name for name in allies if name not in sides.assoc1)))
    event, sides = _mine_victims(event, sentence, sides, coder, country)
    sides = _bomb_layer(event, sentence, sides, coder, country)
    sides = _blamed(event, sentence, sides, coder, country)
    sides = _officials(event, sides, country)
    sides, off_duty = _off_duty(event, sides, country)
    sides = _target_place(event, sentence, sides, off_duty, coder, country, geoparser)
    if country is None:
        country = sides_country(sides.agent, sides.target, coder, geoparser)
    sides = _states_named(event, sentence, sides, geoparser)
    sides = _two_nations(event, sentence, sides, country, geoparser)
    return PhraseSides(event, sides, country, allies, off_duty, by_state)


def _attacker(
    article: Article, event: Event, sentence: str, coder: ActorCoder, country: str | None
) -> tuple[Event, Sides]:
    """The agent phrase coded, with its associates; the event's sub-event type when armed men are no mob."""
    agent, assoc1 = coder.code_with_assoc(event.agent_text, country, role="actor1", context=sentence) \
        if event.agent_text else (None, ())
    if agent is None or agent.name.startswith("Unidentified"):
        # "The group said it fired a rocket": the speaker; "They burned forty homes": whoever the
        # previous sentence introduced.
        agent = speaker(sentence, event.agent_text, coder, country, armed) or (
            antecedent(article, event, coder, country, non_state if IRREGULARS.search(event.agent_text or "") else armed)
            if is_back_reference(event.agent_text) else None
        ) or agent
    if agent is not None and agent.inter in {5, 7} and event.event_type in VIOLENT | {"Riots"} \
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
    return event, Sides(agent, None, assoc1)


# "killing 13 civilians and the bomber", "two policemen as well as the three attackers": the attackers a
# toll counts besides their victims are not the attack's target.
_ATTACKERS_TOO = re.compile(
    r",?\s+(?:and|plus|as well as|besides)\s+(?:the\s+|all\s+|both\s+|\w+\s+)?(?:suicide\s+|female\s+|male\s+)?"
    r"(?:attackers?|assailants?|bombers?|gunm[ae]n|perpetrators?)$", re.I
)


def _attacked(
    event: Event, sentence: str, sides: Sides, opponent: Actor | None, coder: ActorCoder, country: str | None
) -> Sides:
    """The target phrase coded (else the ``opponent`` the agent fought), with its associates."""
    agent = sides.agent
    victims = _ATTACKERS_TOO.sub("", event.target_text or "") or event.target_text
    target, assoc2 = coder.code_with_assoc(victims, country, role="actor2", context=sentence) \
        if victims else (opponent, ())
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
    return Sides(agent, target, sides.assoc1, assoc2)


def _mine_victims(
    event: Event, sentence: str, sides: Sides, coder: ActorCoder, country: str | None
) -> tuple[Event, Sides]:
    """Whoever ran into a mine or an IED as the target, and whoever else armed the sentence names as its layer."""
    agent, target, assoc1, assoc2 = sides.agent, sides.target, sides.assoc1, sides.assoc2
    victims = ran_into(sentence) if event.event_type == "Explosions/Remote violence" else None
    hit, hit_assoc = coder.code_with_assoc(victims, country, role="actor2", context=sentence) if victims else (None, ())
    if hit is not None and hit.inter not in {2, 3, 4} and (agent is None or agent.name == hit.name):
        # "a convoy of peacekeepers hit an IED", "a soldier stepped on a landmine": the victims
        hit_names = {hit.name} | ({target.name} if target is not None else set())
        if target is None or target.inter != 7:
            target, assoc2 = hit, hit_assoc
        # whoever else armed the sentence names ("a mine left by Russian troops"), else unidentified
        agent = next((a for _, _, a in coder.find(sentence, country) if armed(a) and a.name not in hit_names
                      and not same_actor(a.name, hit.name)), None) or generic("Unidentified Armed Group", 3, country)
        assoc1 = ()
        event = replace(event, agent_text=None)
    return event, Sides(agent, target, assoc1, assoc2)


def _bomb_layer(event: Event, sentence: str, sides: Sides, coder: ActorCoder, country: str | None) -> Sides:
    """The group that planted a bomb as its user, or as the target of the forces that defused it."""
    defused = event.sub_event_type == "Disrupted weapons use"
    layer = planted_by(sentence) if event.event_type == "Explosions/Remote violence" or defused else None
    laid = coder.code(layer, country, context=sentence) if layer else None
    agent = sides.agent
    if laid is not None and laid.inter in ARMED_INTERS and defused and agent is not None and state_forces(agent) \
            and laid.name != agent.name and _DEFUSING.search(sentence):
        # "soldiers defused an IED planted by the ELN": the group whose weapon it was
        return replace(sides, target=laid, assoc2=())
    if laid is not None and laid.inter in ARMED_INTERS and (agent is None or agent.name.startswith("Unidentified")):
        # "an IED planted by suspected Al Shabaab militants exploded near a convoy"
        return replace(sides, agent=laid, assoc1=())
    return sides


def _blamed(event: Event, sentence: str, sides: Sides, coder: ActorCoder, country: str | None) -> Sides:
    """The armed group blamed for a violent event as its unnamed attacker."""
    accused = blamed(sentence) if event.event_type in VIOLENT else None
    culprit = coder.code(accused, country, context=sentence) if accused else None
    agent = sides.agent
    if culprit is not None and culprit.inter in ARMED_INTERS and (agent is None or agent.name.startswith("Unidentified")):
        # "The army blamed the ELN for the kidnapping": the one blamed, not the one blaming
        if sides.target is not None and sides.target.name == culprit.name:
            sides = replace(sides, target=None, assoc2=())
        return replace(sides, agent=culprit, assoc1=())
    return sides


def _officials(event: Event, sides: Sides, country: str | None) -> Sides:
    """A government attacked as its forces (an armed post) or as civilians (its officials)."""
    target = sides.target
    if target is None or not target.name.startswith("Government of") or event.event_type not in VIOLENT:
        return sides
    if ARMED_POST.search(event.target_text or ""):
        # "shelled Syrian regime positions", "government troops": the government's forces
        return replace(sides, target=replace(target, name=target.name.replace("Government of", "Military Forces of", 1)))
    # "attacked the fisheries minister", "ambushed two government officials": officials are
    # civilians to ACLED, their government an associated actor.
    return replace(sides, target=generic("Civilians", 7, country, target.text), assoc2=(*sides.assoc2, target.name))


def _off_duty(event: Event, sides: Sides, country: str | None) -> tuple[Sides, frozenset[str]]:
    """A member of a force or group attacked or arrested off duty as a civilian, and the force he is no side of."""
    target = sides.target
    arrested = event.sub_event_type == "Arrests"
    if target is not None and target.inter in {1, 2, 3} and (event.event_type in VIOLENT or arrested) \
            and NOT_ON_DUTY.search(event.target_text or ""):
        # "an off-duty intelligence officer", "a cleric and al Shabaab critic", "arrested three former
        # soldiers": an unarmed person
        assoc2 = (*sides.assoc2, target.name) if target.inter == 1 else sides.assoc2
        return replace(sides, target=generic("Civilians", 7, country, target.text), assoc2=assoc2), \
            frozenset({target.name})
    return sides, frozenset()


def _target_place(
    event: Event, sentence: str, sides: Sides, off_duty: frozenset[str], coder: ActorCoder, country: str | None,
    geoparser: Geoparser,
) -> Sides:
    """The side a place or thing attacked stands for: a country's base, a police truck, a prison, a village."""
    agent, target = sides.agent, sides.target
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
            and non_state(agent) and event.event_type in VIOLENT and not _FOUGHT_WITH.search(sentence):
        # "gangs attacked the National Penitentiary": the prison's guards hold it (ACLED: a clash with them),
        # unless the sentence names whom the attackers fought ("... and clashed with SDF fighters")
        target = coder.code("prison guards", country) or target
    elif target is None and event.target_text and CIVILIAN_PLACE.search(event.target_text):
        target = generic("Civilians", 7, country, event.target_text)  # "raided a village", "a bus"
    return replace(sides, target=target)


def _states_named(event: Event, sentence: str, sides: Sides, geoparser: Geoparser) -> Sides:
    """States named as the agent ("Iraq launched a crackdown"), and a second one as the target."""
    agent, target = sides.agent, sides.target
    if event.agent_text and (agent is None or agent.name.startswith("Unidentified") or agent.inter == 7):
        # "Iraq launched a crackdown", "Ukraine and Russia exchanged prisoners": the states
        first, _, second = event.agent_text.partition(" and ")
        agent = state_named_by_country(first if second else event.agent_text, sentence, geoparser) or agent
        other = state_named_by_country(second, sentence, geoparser) if second and target is None else None
        target = other if other is not None and other.name != agent.name else target
    return replace(sides, agent=agent, target=target)


def _two_nations(event: Event, sentence: str, sides: Sides, country: str | None, geoparser: Geoparser) -> Sides:
    """Two nations' forces named together: one on each side when they fought, else the host's lead and its ally."""
    pair = TWO_NATIONS.search(event.agent_text or sentence)
    agent, target = sides.agent, sides.target
    if not pair or not (agent is None or agent.inter in {1, 3, 8}):
        return sides
    # "Armenian and Azerbaijani forces exchanged fire": both states' forces, one on each side;
    # "Ethiopian and Eritrean troops attacked Tigrayan forces": the first leads, the second is its ally.
    two = [state_named_by_country(f"{pair[i]} {pair[3]}", sentence, geoparser) for i in (1, 2)]
    if two[0] is None or two[1] is None or two[0].name == two[1].name:
        return sides
    if (target is None or target.name in {s.name for s in two}) and _MUTUAL.search(sentence):
        return replace(sides, agent=two[0], target=two[1])
    # allies ("Somali and Ethiopian forces retook Wabho from al-Shabaab"): the host state's own lead
    lead, ally = two if abroad(two[1], country).inter == 8 or abroad(two[0], country).inter == 1 else two[::-1]
    target = None if target is not None and target.name in {s.name for s in two} else target
    return Sides(lead, target, (*sides.assoc1, ally.name), sides.assoc2)
