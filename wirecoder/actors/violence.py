"""Who fought whom in a battle, a remote strike or an attack on civilians, once the role phrases are coded.

:func:`violent_sides` takes the sides as the role phrases named them and applies ACLED's conventions for
the three violent types: an unnamed attacker is an Unidentified Armed Group, or the group a claim names;
the victims of a blast told in the next sentence are its target; two armed, organised sides make an armed
clash, and armed men attacking unarmed people violence against civilians.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wirecoder.actors.attribution import attributed, disclaimed, following_text, victims_after
from wirecoder.actors.crowd_sides import Sides
from wirecoder.actors.countries import country_by_word
from wirecoder.actors.cues import ATTACKER_WORDS, hit_party, is_source
from wirecoder.actors.lexicon import LEXICON
from wirecoder.actors.kinds import (
    armed,
    community,
    first_other,
    generic,
    held_responsible,
    named_group,
    non_state,
    outside,
    party_names,
    state,
    state_forces,
)
from wirecoder.actors.phrases import (
    ARMED_POST,
    BARE_POST,
    BETWEEN,
    CLASH_SETTING,
    CLASH_WORDS,
    CROWD,
    FIGHTERS,
    FORCES_HIT,
    NAMED_CIVILIANS,
    NO_TOLL,
    OWN_SIDE,
    PEOPLE_HIT,
    TOLL_TOLD,
)
from wirecoder.actors.posts import civilians_killed, generic_toll, held_place, post_hit
from wirecoder.actors.sides import ARMED_INTERS, split_group
from wirecoder.actors.state import MILITARY_CONTEXT
from wirecoder.actors.story_groups import described, sides_after, story_group, unit_after
from wirecoder.casualties.notes import tally_after
from wirecoder.events.codebook import event_type_of
from wirecoder.model import Actor, Article, Event

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder

__all__ = ["ViolentSides", "violent_sides"]

_BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
# Members of an armed side, not those who attack ("gunmen", "assailants"): "two more fighters killed".
_COMBATANTS = re.compile(r"\b(?:fighters|militants|militiamen|combatants|insurgents|rebels|jihadists)\b", re.I)
_TWO_SIDES = re.compile(r"\band\b|&|,|\bwith\b|\bagainst\b|\brival|\bbetween\b|\bboth\b", re.I)
# A named group's own people: "12 Hezbollah members", "three al-Shabaab fighters".
_MEMBERS = re.compile(r"\b(?:members?|fighters?|militants?|militiam[ae]n|commanders?|operatives?|combatants?|rebels?|leaders?)\b", re.I)
# A passive's agent, when the parse lost it ("was on Wednesday morning shot dead by police"): the actor
# right after "by" that follows a verb of violence.
_DONE_BY = re.compile(
    r"\b(?:\w+ed|shot|slain|hit|struck|beaten|stabbed|gunned down|hacked to death|beaten to death|shot dead)"
    r"(?: dead| down)?(?: \w+ly)? by (?:the |a |an |two |three |some |suspected |alleged |unknown |unidentified |armed )*$",
    re.I,
)
_REPELLED = re.compile(r"\b(?:repell?(?:ed|s|ing)?|repuls\w*|fought off|beat back|thwart\w*|foiled)\b", re.I)
# "Vigilantes repelled an attack by Boko Haram fighters": the ones named after "by" attacked, the militia that
# repelled them defended (ACLED: the attacker is actor1). A state's forces that repel an attack stay actor1, as
# ACLED's notes code them ("Police repulse an attack by Al Shabaab on Mokowe GSU camp").
# ("repelled an Islamic State attack": the group named before the attack noun)
_REPELLED_BY = re.compile(
    rf"{_REPELLED.pattern}\s+(?:an?|the|their|its)\s+(?P<who>(?:[\w'-]+\s+){{0,5}}?)(?:attack|attacks|assault|attempt|"
    r"incursion|raid|offensive|infiltration|advance|push)\b(?P<by>\s+by\s+)?", re.I
)


def _repelled_state(sentence: str, agent: Actor, country: str | None) -> Actor | None:
    """The state whose demonym names the attack repelled ("repelled a Russian assault"), when not the agent's."""
    by = _REPELLED_BY.search(sentence)
    words = [w.strip(",.") for w in by["who"].split()] if by is not None and not by["by"] else []
    demonyms = [c for w in words if w[:1].isupper() and (c := country_by_word(w)) is not None]
    # only a state's attack: "a massive Russian assault", not "a Somali militia attack"
    others = [w for w in words if not w[:1].isupper()]
    if len(demonyms) != 1 or len(others) != len(words) - 1 or any(w.lower() in LEXICON for w in others):
        return None
    attacker = demonyms[0]
    forces = state("Military", attacker.name)
    if forces.name == agent.name:
        return None
    return replace(forces, inter=1 if country in (None, attacker.name) else 8, text=by["who"].strip())


# "killing two members of the Sinjar Resistance Units": the group's members, named after them.
_MEMBERS_OF = re.compile(rf"{_MEMBERS.pattern}\s+of\s+(?:the\s+)?$", re.I)


def _members_hit(found: list[tuple[int, int, Actor]], exclude: set[str], sentence: str) -> Actor | None:
    """The named group whose members the sentence tells of ("12 Hezbollah members", "members of the YBS")."""
    return first_other(
        [(s, e, a) for s, e, a in found if _MEMBERS.search(a.text) or _MEMBERS_OF.search(sentence, max(0, s - 40), s)],
        exclude, named_group,
    )


def _unset(sentence: str, event: Event) -> str:
    """The sentence without the violence an act is set in, when the act names who did it and to whom."""
    return CLASH_SETTING.sub("", sentence) if event.agent_text and event.target_text else sentence


@dataclass(frozen=True, slots=True)
class ViolentSides:
    """The two sides of a violent event, actor2's associates, and the sub-event type they settle."""

    agent: Actor
    target: Actor | None
    assoc2: tuple[str, ...]
    sub: str | None


def violent_sides(
    article: Article, event: Event, event_type: str | None, sub: str | None, sides: Sides,
    found: list[tuple[int, int, Actor]], taken: set[str], allies: tuple[str, ...] | list[str], coder: ActorCoder,
    country: str | None, memo: dict[str, Actor | None] | None, by_state: Actor | None,
) -> ViolentSides:
    """The sides of a battle, remote strike or attack on civilians (``event_type``, ``sub``), given the
    ``sides`` the role phrases named, the actors ``found`` in the evidence sentence, those ``taken``, the
    agent's ``allies`` and the state whose weapon struck (``by_state``)."""
    agent, target, assoc1, assoc2 = sides.agent, sides.target, sides.assoc1, sides.assoc2
    sentence = article.text[event.evidence_start : event.evidence_end]
    if by_state is not None and (agent is None or agent.name.startswith("Unidentified") or agent.inter == 7):
        agent = by_state
    if sub == "Air/drone strike" and (agent is None or agent.name.startswith("Unidentified")):
        # "US Africa Command said an air strike killed three militants": a state's command tells of its
        # own strikes; the only side with aircraft that speaks of them
        agent = next((a for start, end, a in coder.find(sentence, country)
                      if state_forces(a) and is_source(sentence, start, end)), agent)
    # The group whose people or place were hit ("near the house of a Taliban commander") is no attacker.
    # ... nor are the forces whose post was struck ("a suicide car bombing at a police compound")
    striking = [f for f in found if not hit_party(sentence, f[0]) and not post_hit(sentence, f[0], f[1])]
    if agent is None:
        done_by = [f for f in striking if _DONE_BY.search(sentence, 0, f[0])]
        agent = first_other(done_by, taken, armed) or first_other(striking, taken, armed)
        if agent is not None and target is None and sub in _BOMBS \
                and (state_forces(agent) or agent.inter == 8 or named_group(agent)):
            # "A bomb exploded near a police van. The TTP claimed responsibility.": the forces (or the group
            # manning the checkpoint) are the target of the group that claims it, and of an unnamed one when
            # "no group claimed responsibility". Unsaid, ACLED's notes name forces actor1 as often as actor2
            # ("A device exploded in front of the AP camp").
            claimed = attributed(article, event, coder, country, named_group)
            if claimed is not None and claimed.name != agent.name:
                target, agent = agent, claimed
            elif claimed is None and not named_group(agent) and disclaimed(article, event):
                target, agent = agent, None
        if agent is None or (target is not None and agent.name == target.name):
            agent = generic("Unidentified Armed Group", 3, country)
    if held_place(event.target_text) and civilians_killed(sentence) and agent.inter != 7:
        # "shelled the rebel-held town of Rastan, killing 11 civilians": the town's people, not its holders
        target = generic("Civilians", 7, country, event.target_text)
    posted = next((a for start, end, a in found if (state_forces(a) or held_responsible(a)) and a.name != agent.name
                   and post_hit(sentence, start, end)), None)
    if posted is not None and (target is None or target.inter in {5, 7} and generic_toll(event.target_text)):
        # "a bombing at a police compound killed seven people": the forces whose post was hit
        target = posted
    if target is None:  # "an attack on a base which killed six U.S. soldiers": the victims
        # ... but "plus the five attackers" are never their own attack's target (the forces may
        # fight gunmen)
        # (never a word of actor1's own phrase: "HTS-led opposition fighters seized Aleppo from regime forces")
        # (a phrase of two sides, "police and two gang members", names the target too)
        own_phrase = event.agent_text if agent.text and agent.text in (event.agent_text or "") \
            and not _TWO_SIDES.search(event.agent_text or "") else None
        target = first_other(outside(found, sentence, own_phrase), taken | {agent.name},
                              lambda a: agent.inter == 1 or not ATTACKER_WORDS.search(a.text))
        if target is not None and target.name.startswith("Government of") and not ARMED_POST.search(target.text or ""):
            # "a bomb detonated beneath the car of Prime Minister X": an official is a civilian to ACLED, the
            # government an associated actor (as for a target phrase naming one)
            assoc2 = (*assoc2, target.name)
            target = generic("Civilians", 7, country, target.text)
    if target is None and BARE_POST.match(event.target_text or ""):
        # "attacked a base": whoever holds it, as the next sentence's toll names them ("Four PMU members were
        # killed", "Two policemen were killed"), else the military
        held = victims_after(article, event, coder, country,
                             lambda a: armed(a) and not a.name.startswith("Unidentified") and a.name != agent.name)
        target = held if isinstance(held, Actor) else state("Military", country)
    if target is None and event_type == "Violence against civilians":
        target = generic("Civilians", 7, country)
    if target is None and event_type == "Explosions/Remote violence" and (
            PEOPLE_HIT.search(sentence) or (TOLL_TOLD.search(sentence) and not NO_TOLL.search(sentence))):
        # "a grenade attack injures three", "eight are killed in twin grenade attacks": no side named
        target = generic("Civilians", 7, country)  # "a truck bomb exploded at an intersection, killing 20 people"
    if agent.name.startswith("Unidentified") or agent.inter == 7:
        # "... Al Shabaab claimed responsibility.": the group the paragraph holds responsible, before
        # a group the sentence names, which may be the target ("a checkpoint manned by the PMF")
        agent = attributed(article, event, coder, country, held_responsible, blamed_state=True) or agent
    named = first_other(striking, taken, named_group)
    if agent.name.startswith("Unidentified") and named is not None:
        agent = named  # "an IED planted by the Taliban exploded": the group, not an unknown bomber
    # "killed in an encounter with security forces. ... a joint team of the District Reserve Guard ...": the unit
    agent = unit_after(article, event, agent, coder, country) or agent
    if agent.name.startswith("Unidentified"):
        # "On Sunday, the paramilitary force launched a fresh assault": the paramilitary the story named
        agent = described(article, event, event.agent_text, coder, country, armed) or agent
    agent = story_group(article, agent, coder, country, memo, event.admin1) or agent
    if target is not None and (group := story_group(article, target, coder, country, memo, event.admin1)) is not None \
            and group.name != agent.name and group.name not in allies:
        # "troops killed 17 insurgents" in a story about one group (not the agent's own ally: "soldiers and
        # VDP killed 20 jihadists")
        target = group
    if target is not None and target.inter == 5 and event_type != "Battles":
        target = generic("Civilians", 7, country, target.text)  # villagers killed are victims
    if target is not None and target.inter == 4 and target.text and not FIGHTERS.search(target.text) \
            and not BETWEEN.search(sentence):
        # "attacked Pokomo villages", "killed two members of the Garre clan": the community's
        # people are the victims; ACLED names their group as an associated actor.
        assoc2 = (*assoc2, community(target.name))
        # ... of the group's own country: "an Israeli settler" shot in the West Bank is Israel's
        home = target.name.rpartition(" (")[2].rstrip(")") if target.name.endswith(")") else country
        target = generic("Civilians", 7, home, target.text)
    if target is not None and sub == "Attack" and target.name in party_names(coder) \
            and not FIGHTERS.search(target.text or ""):
        # "attacked an ODM candidate": a party's members and candidates are civilians.
        assoc2 = (*assoc2, target.name)
        target = generic("Civilians", 7, country, target.text)
    if agent.inter == 7:  # "two men on a motorbike hurled a grenade": armed, unidentified
        agent = generic("Unidentified Armed Group", 3, country, agent.text)
    if target is not None and agent.inter in ARMED_INTERS and OWN_SIDE.search(target.text or "") \
            and sub == "Attack":
        # "An officer shot dead two of his colleagues": ACLED codes violence within a force as
        # a clash of the force with itself.
        target, sub = agent, "Armed clash"
    elif target is not None and agent.name == target.name and sub in {"Attack", "Armed clash"} \
            and event.agent_text is None \
            and target.inter in {2, 3, 4} and _COMBATANTS.search(event.target_text or ""):
        # "Two more fighters killed": armed men killed by no one named fell to another armed side
        sub = "Armed clash"
    elif target is not None and agent.name == target.name and sub == "Armed clash" \
            and (other := first_other(found, {agent.name, *allies},
                                      lambda a: armed(a) and not a.name.startswith("Unidentified"))
                 or (first_other(found, {agent.name, *allies}, armed) if split_group(sentence, found) is None
                     else None)) is not None:
        # "the military and the KNLA clashed; 6 soldiers were killed": the dead are one side's own,
        # the other side is the armed group the sentence also names, named or not ("Koglweogo members
        # fought armed bandits; one Koglweogo member died"); factions of one group ("Sinaloa Cartel factions
        # clashed, killing 5 gunmen") are that group on both sides, their gunmen its own
        target = other
    elif target is not None and agent.name == target.name and not (
        sub == "Armed clash" and (CLASH_WORDS.search(sentence) or BETWEEN.search(sentence))
    ):
        target = None  # "fighting between two rival clans" keeps both sides, even unnamed alike
    if target is None and event_type == "Explosions/Remote violence":
        # "... detonated a car bomb near a market. At least eleven civilians were killed.": the next sentence's dead
        hit = victims_after(article, event, coder, country, lambda a: state_forces(a) or a.inter == 8)
        target = generic("Civilians", 7, country) if hit == "civilians" else hit if hit is not None else target
        if target is None and (tally_after(article.text, event.evidence_end) or 0) > 0:
            # "a bomber blew himself up at a shrine in Sehwan (Sindh). 88 fatalities.": the note's tally
            # tells the dead, no side named
            target = generic("Civilians", 7, country)
    if event_type == "Explosions/Remote violence" and (target is None or target.inter == 7) and (
            members := _members_hit(found, {agent.name, *allies}, sentence)) is not None:
        # "Israeli warplanes struck villages, killing 12 Hezbollah members": the group whose members fell was hit
        target = members
    hit = FORCES_HIT.search(sentence) if event_type == "Violence against civilians" and sub == "Attack" \
        and agent.inter in {2, 3, 4} and (target is None or target.inter not in ARMED_INTERS) else None
    if hit is not None:
        # "raiders killed a police reservist", "attacked a police post", "police returned fire": an
        # attack on the security forces is a battle with them (ACLED), whoever else was hurt.
        kind = "Military" if re.search(r"soldier|troop|army|military|kdf", hit.group(0), re.I) else "Police"
        target = state(kind, country)
    both_armed = target is not None and agent.inter in ARMED_INTERS and target.inter in ARMED_INTERS
    if event_type == "Violence against civilians" and sub == "Attack" and both_armed:
        sub = "Armed clash"
    elif event_type == "Violence against civilians" and sub == "Attack" and agent.inter in ARMED_INTERS \
            and CLASH_WORDS.search(_unset(sentence, event)) and not (
                NAMED_CIVILIANS.search(event.target_text or "")
                and first_other(found, {agent.name, *allies}, armed) is None):
        # "Three people died in clashes between Pokot and Turkana raiders": the dead are the
        # toll of a fight between two armed sides, not its target.
        sub = "Armed clash"
        target = first_other(found, {agent.name, *allies}, armed) or target
    elif event_type == "Battles" and (target is None or target.inter == 7) and sub == "Armed clash":
        after = following_text(article, event)
        # (never the attackers themselves: "Five people and all three assailants were killed in the ensuing
        # clash with security forces" after a claim made them the group's)
        responders = [a for _, _, a in coder.find(after, country)
                      if armed(a) and a.name != agent.name and not ATTACKER_WORDS.search(a.text or "")] \
            if after and CLASH_WORDS.search(after) else []
        if responders:
            target = responders[0]  # "Police responded and exchanged fire with the bandits."
        elif _REPELLED.search(sentence) and agent.inter == 1 and not CROWD.search(sentence):
            # "Soldiers repelled an attack on their base": the attackers, unnamed, fought them; "repelled a
            # Russian assault": another state's forces
            target = _repelled_state(sentence, agent, country) or generic("Unidentified Armed Group", 3, country)
        elif not CLASH_WORDS.search(sentence):
            # No second armed side named and no fighting reported: an attack on whoever was there.
            sub = "Attack"
            target = target or generic("Civilians", 7, country)
    if sub == "Armed clash" and target is not None and target.inter == 7 and agent.inter in {2, 3, 4} \
            and (rival := first_other(found, {agent.name, *allies}, named_group)) is not None:
        target = rival  # "Los Choneros and Los Lobos clashed in the jail, killing 119 inmates": the dead are the toll
    if sub == "Armed clash" and target is not None and target.inter == 7 and CROWD.search(target.text or ""):
        target = generic("Rioters", 5, country, target.text)  # "police clashed with hawkers"
    if sub == "Armed clash" and target is not None and target.inter == 5 and agent.inter in {1, 3}:
        # "Police clashed with hawkers", "two groups of students clashed": a crowd is no armed
        # organisation, so the fight is mob violence, the rioters first.
        sub = "Mob violence"
        agent, target = target, (agent if agent.inter == 1 else target)
    if event_type_of(sub) == "Battles":
        # A battle has two organised armed sides: unnamed ones are armed groups, not civilians.
        if agent.inter == 7:
            agent = generic("Unidentified Armed Group", 3, country, agent.text)
        if target is None or target.inter == 7 or target.name.startswith(("Unidentified Armed", "Unidentified Gang")):
            # "retook the village, killing 15 Islamic State militants": the group named is the other side
            # ... or another state's forces ("recaptured Ternova, putting the city out of range of Russian
            # artillery")
            # (never actor1's own associates: "Mozambican and Rwandan forces clashed with insurgents")
            own = {agent.name, *allies, *assoc1}
            # ... or, for rebels, the state's forces they fought ("took Bwiza after fighting with the army"), never
            # those who only tell of it ("the army said")
            fought = found if state_forces(agent) else [f for f in found if not is_source(sentence, f[0], f[1])]
            named = first_other(found, own, named_group) or first_other(fought, own, state_forces)
            # "exchanged fire with members of the gang": the unnamed gang whose members they were, as the story names it
            members_of = [f for f in found if _MEMBERS_OF.search(sentence, max(0, f[0] - 40), f[0])]
            members = first_other(members_of, own, armed)
            members = story_group(article, members, coder, country, memo, event.admin1) or members
            target = named or members or (generic("Unidentified Armed Group", 3, country, target.text)
                                          if target is not None and target.inter == 7 else target)
    if event_type_of(sub) == "Battles" and agent.name.startswith("Unidentified") \
            and (target is None or target.name.startswith("Unidentified")) \
            and not any(armed(a) and not a.name.startswith("Unidentified") for _, _, a in found) \
            and (pair := sides_after(article, event, coder, country)) is not None:
        # "Heavy fighting broke out in Bentiu. The clashes pitted government soldiers against the SPLA-IO": the sides
        agent, target = pair
    if event_type_of(sub) == "Battles" and non_state(agent) and (by := _REPELLED_BY.search(sentence)) is not None:
        span = (by.end(), len(sentence)) if by["by"] else (by.start("who"), by.end("who"))
        attacker = next((a for start, _, a in found if span[0] <= start < span[1] and armed(a)
                         and a.name != agent.name and not a.name.startswith("Unidentified")), None)
        if attacker is not None and attacker.name not in {*allies, *assoc1} \
                and any(a.name == agent.name and end <= by.start() for _, end, a in found):
            agent, target = attacker, agent
    if agent.name.startswith("Government of") and MILITARY_CONTEXT.search(sentence):
        # "Government artillery pounded the village": the government's forces
        agent = replace(agent, name=agent.name.replace("Government of", "Military Forces of"))
    return ViolentSides(agent, target, assoc2, sub)
