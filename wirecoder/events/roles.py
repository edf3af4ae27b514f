"""Who did it and to whom: agent and target phrases of an event cue, from the parse.

For a verb cue the agent is its subject (or the ``by`` phrase of a passive)
and the target its object (or the passive subject). For a noun cue ("a
rocket attack on a base", "clashes between X and Y") the agent is the
subject of the governing verb ("claimed", "carried out") or a possessor, and
the target the object of ``on``/``against``. Phrases are returned as token
spans so their character offsets are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirecoder.events.sides import is_armed

__all__ = ["Roles", "find_roles", "misread_clause", "phrase"]

_AGENT_VERBS = frozenset(
    "claim carry launch stage conduct mount execute perpetrate stage lead organise organize hold fire "
    "throw hurl lob plant detonate drop respond retaliate reply".split()  # "Israel retaliated with airstrikes"
)
_TARGET_PREPS = frozenset({"on", "against", "at", "upon", "targeting"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})


@dataclass(frozen=True, slots=True)
class Roles:
    """Agent and target token spans (either may be missing)."""

    agent: Span | None
    target: Span | None


def phrase(token: Token, conjuncts: bool = True, doer: bool = False) -> Span:
    """The noun phrase headed by ``token``, without relative clauses or trailing prepositions
    (and without its coordinated nouns when ``conjuncts`` is false); a ``doer``'s with whom it is said to be."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ == "acl" and child.lemma_ in _CARRYING and child.i == token.i + 1 \
                and is_armed(doc[child.i + 1 : child.right_edge.i + 1].text):
            # "a bus carrying CRPF personnel", "a convoy transporting soldiers": the forces in it were struck
            right = max(right, child.right_edge.i)
            continue
        if doer and child.dep_ == "acl" and child.lemma_ in _HEDGED and child.i == token.i + 1 \
                and _SAID_TO_BE.match(doc[child.i : child.right_edge.i + 1].text) \
                and is_armed(doc[child.i + 1 : child.right_edge.i + 1].text) and not is_armed(doc[left : right + 1].text):
            # "men believed to be Taliban", "individuals suspected to be ADF rebels": armed men, told by
            # whom they are said to be (those arrested as "people suspected to be terrorists" stay people)
            right = max(right, child.right_edge.i)
            continue
        if child.dep_ in {"relcl", "acl", "prep", "punct", "advcl", "appos"}:
            break
        if not conjuncts and child.dep_ in {"conj", "cc"}:
            break
        if child.dep_ in {"conj", "cc", "compound", "amod", "nummod", "poss", "nmod"}:
            right = max(right, child.right_edge.i)
    for child in token.children:
        if child.dep_ == "prep" and child.text.lower() == "of" and child.i > token.i:
            right = max(right, child.right_edge.i)  # "hundreds of protesters"
            break
    return doc[left : right + 1]


# Participles after a vehicle that say who rode in it.
_CARRYING = frozenset({"carry", "transport", "ferry"})
# Participles that say whom people are taken for: "men believed to be Taliban".
_HEDGED = frozenset({"believe", "suspect", "think", "say", "presume", "allege", "understand"})
_SAID_TO_BE = re.compile(r"\w+\s+to\s+(?:be|have\s+been)\s", re.I)


def _child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


_WHEN_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


# Objects of "on" that say how or when, not whom: "killed while on duty", "attacked on foot".
_CIRCUMSTANCES = frozenset("duty patrol foot board way spot scene record time night morning evening".split())
# What is fired or thrown, not at whom: "fired shots at police", "hurled a grenade into a bar".
_MEANS = frozenset(
    "fire shot shots gunfire bullet bullets round rounds volley volleys salvo teargas gas canister canisters "
    "stone stones rock rocks grenade grenades bomb bombs explosive explosives rocket rockets missile missiles "
    "mortar mortars shell shells arrow arrows petrol device devices ied ieds vbied vbieds vest vests charge charges".split()
)

_FIRING_VERBS = frozenset("fire open shoot hurl throw lob launch drop rain exchange pelt aim detonate plant set "
                          "trigger explode".split())
# Verbs whose object is always the device, whatever it is called: "detonated a truck laden with
# explosives", "planted a car near the market", "triggered a vehicle-borne device".
_DEVICE_VERBS = frozenset("detonate plant trigger".split())
# Verbs that drive a vehicle into what it strikes: "drove an explosives-laden vehicle into a military camp",
# "rammed a truck into a crowd": the object of "into" is the target, the vehicle only the means.
_RAMMING_VERBS = frozenset("drive ram crash steer".split())


def _prep_object(token: Token, preps: frozenset[str] | set[str]) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.text.lower() in preps:
            obj = _child(child, {"pobj"})
            # "a strike on Tuesday", "killed while on duty"
            if obj is not None and obj.ent_type_ not in _WHEN_LABELS and not (
                child.lower_ == "on" and obj.lower_ in _CIRCUMSTANCES
            ):
                return obj
    return None


# Transitive verbs that are never used without an object in the active voice.
_DONE_TO = frozenset(
    "kill injure wound shoot abduct kidnap arrest behead rape stab hack lynch murder detain slaughter "
    "burn beat stone hurt".split()
)


def _object(verb: Token) -> Token | None:
    """The one a verb acts on: its object, unless that is what was fired or thrown ("fired shots
    at police"), then the object of "at"/"on"; or the object of a coordinated verb ("shot and killed X")."""
    obj = _child(verb, {"dobj", "obj"})
    if obj is not None and (obj.lower_ in _MEANS and verb.lemma_ in _FIRING_VERBS or verb.lemma_ in _DEVICE_VERBS):
        # "set fire to 200 houses": what burned
        preps = _TARGET_PREPS | ({"into", "to"} if verb.lemma_ == "set" and obj.lower_ == "fire" else {"into"})
        return _prep_object(verb, preps) or _prep_object(obj, preps)
    if obj is not None and verb.lemma_ in _RAMMING_VERBS:
        return _prep_object(verb, {"into", "at"}) or obj
    if obj is None:
        # "clashed with the police" names the other side; "injured with arrows" how it was done
        obj = _prep_object(verb, _TARGET_PREPS if verb.lemma_ in _DONE_TO else _TARGET_PREPS | {"with"})
    if obj is None:
        obj = next((_child(c, {"dobj"}) for c in verb.children
                    if c.dep_ == "conj" and c.pos_ == "VERB" and _child(c, {"dobj"}) is not None), None)
    return obj


# Passive verbs whose subject is the one acting: "3,000 troops were deployed against militias".
_SELF_PASSIVES = frozenset({"mobilize", "mobilise", "deploy", "dispatch", "send", "station"})


# Intransitive verbs whose subject suffers the event.
_UNDERGOER_VERBS = frozenset({"die", "perish", "succumb", "drown", "disappear", "vanish"})


def _conj_agent(verb: Token) -> Token | None:
    """The "by" phrase of a participle joined to the verb ("attacked and wounded by gunmen"), or None."""
    return next((by for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                 and (by := _child(c, {"agent"})) is not None), None)


# Verbs that say what someone did or suffered: "were reported to have killed", "is believed to have been".
_SAYING = frozenset("report say believe think fear know understand presume suspect allege rumour appear seem".split())


def misread_clause(verb: Token) -> bool:
    """A past-tense verb the parser hung on its subject ("Gunmen on motorcycles killed 30 people ...,
    police said" read as "gunmen [who were] killed"): past tense, or a participle with an object, which no
    reduced passive has. The clause is the report, not a modifier."""
    return verb.dep_ == "acl" and verb.i > verb.head.i and verb.head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS \
        and (verb.tag_ == "VBD" or any(c.dep_ in {"dobj", "obj"} for c in verb.children)) \
        and not any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | {"mark", "auxpass"} for c in verb.children)


_UNDER = frozenset({"fire", "attack", "attacks", "assault", "shelling", "bombardment", "gunfire"})


def _under_fire_from(verb: Token) -> Token | None:
    """Who fired in "came under (heavy) fire/attack from X": X, the "from" object of the verb or of its "under"."""
    under = _prep_object(verb, {"under"}) if verb.lemma_ == "come" else None
    if under is None or under.lower_ not in _UNDER:
        return None
    source = _prep_object(verb, {"from"}) or _prep_object(under, {"from"})
    return source


def _verb_roles(verb: Token) -> Roles:
    agent_tok: Token | None = None
    target_tok: Token | None = None
    passive = _child(verb, _PASSIVE_SUBJECTS)
    if passive is not None and verb.lemma_ in _SELF_PASSIVES:
        agent_tok = passive
        target_tok = _prep_object(verb, _TARGET_PREPS)
    elif verb.lemma_ in _UNDERGOER_VERBS:
        target_tok = _child(verb, _SUBJECTS)  # "three people died": the subject is the victim
        if target_tok is None and verb.dep_ == "xcomp" and verb.head.lemma_ in _SAYING:
            # "Two people were reported to have died": the one said to have died
            target_tok = _child(verb.head, _SUBJECTS | _PASSIVE_SUBJECTS)
    elif (fired_from := _under_fire_from(verb)) is not None:
        # "troops came under fire from militants": those firing act, those under fire are their target
        agent_tok, target_tok = fired_from, _child(verb, _SUBJECTS)
    elif passive is not None:
        target_tok = passive
        by = _child(verb, {"agent"})
        if by is None:  # "was beaten to death and set on fire by residents"
            by = next((_child(c, {"agent"}) for c in verb.children if c.dep_ == "conj" and _child(c, {"agent"})), None)
        if by is not None:
            agent_tok = _child(by, {"pobj"})
            if agent_tok is not None and agent_tok.lower_ in _MEANS | {"gunshot", "gunshots"}:
                agent_tok = None  # "killed by gunshot", "hit by a stray bullet": how, not who
    else:
        agent_tok = _child(verb, _SUBJECTS)
        target_tok = _object(verb)
        shared_by = _conj_agent(verb) if target_tok is None else None
        if agent_tok is not None and shared_by is not None and _child(shared_by, {"pobj"}) is not None:
            # Headline style "Nurse attacked and wounded by gunmen": both participles are passive.
            agent_tok, target_tok = _child(shared_by, {"pobj"}), agent_tok
        elif (agent_tok is not None and target_tok is None and verb.lemma_ in _DONE_TO
                and not any(c.dep_ in {"aux", "prt", "dative"} for c in verb.children)
                and getattr(_prep_object(verb, {"in", "into"}), "lower_", "") != "air"):  # "shot in the air"
            # Headline style "Four security officers killed.": a reduced passive, the subject is the victim.
            agent_tok, target_tok = None, agent_tok
    shared = _conj_agent(verb) if target_tok is None and agent_tok is None and verb.dep_ == "acl" else None
    if target_tok is None and agent_tok is None and verb.dep_ == "acl" and (
            verb.lemma_ in _DONE_TO and verb.tag_ == "VBN" or shared is not None):
        target_tok = verb.head  # "Two soldiers killed in Mandera": the noun the participle describes
        by = _child(verb, {"agent"}) or shared  # "... killed by police", "... attacked and wounded by gunmen"
        agent_tok = _child(by, {"pobj"}) if by is not None else None
    if passive is None and verb.dep_ == "xcomp" and verb.head.lemma_ in _SAYING and any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        # "11 reported to have been killed", "he is believed to have been abducted by militants": the one
        # said to have suffered it is the subject of the verb that says so
        target_tok = target_tok or _child(verb.head, _SUBJECTS | _PASSIVE_SUBJECTS)
        by = _child(verb, {"agent"})
        agent_tok = _child(by, {"pobj"}) if by is not None else None
    elif agent_tok is None and misread_clause(verb):
        agent_tok = verb.head  # "Gunmen on motorcycles killed 30 people, police said": misread as a modifier
    elif agent_tok is None and verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ == "VERB":
        agent_tok = _child(verb.head, _SUBJECTS)  # "gunmen stormed the village and killed five"
        if agent_tok is None and verb.dep_ == "xcomp" and verb.head.lemma_ in _SAYING and any(
            c.lower_ == "to" for c in verb.children
        ) and verb.lemma_ not in _UNDERGOER_VERBS:
            agent_tok = _child(verb.head, _PASSIVE_SUBJECTS)  # "gunmen were reported to have killed five"
    if agent_tok is not None and agent_tok.tag_ in {"WDT", "WP"}:
        # "militants who attacked" names the antecedent; "an attack which killed" names the event.
        antecedent = verb.head if verb.dep_ == "relcl" else None
        agent_tok = antecedent if agent_tok.tag_ == "WP" else None
    return Roles(phrase(agent_tok, doer=True) if agent_tok is not None else None,
                 phrase(target_tok) if target_tok is not None else None)


def _noun_roles(noun: Token) -> Roles:
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and (fired_from := _under_fire_from(noun.head.head)):
        # "a patrol came under attack from militants": the attack's agent and target are the verb's
        came_under = _child(noun.head.head, _SUBJECTS)
        return Roles(phrase(fired_from), phrase(came_under) if came_under is not None else None)
    agent_tok: Token | None = None
    target_tok = _prep_object(noun, _TARGET_PREPS)
    between = _prep_object(noun, {"between", "with"})
    if between is not None:
        second = next((c for c in between.children if c.dep_ == "conj"), None)
        if second is not None:  # "fighting between government forces and the Houthis"
            return Roles(phrase(between, conjuncts=False), phrase(second))
        agent_tok = between
    possessor = _child(noun, {"poss"})
    if between is not None and between.head.lower_ == "with" and possessor is not None and target_tok is None:
        # "the TTP called off its ceasefire with the government": whose it is acts, the other side is "with"
        agent_tok, target_tok = possessor, between
    if agent_tok is None and possessor is not None:
        agent_tok = possessor
    if agent_tok is None:  # "an attack by gunmen", "shot dead by unknown gunmen"
        by = _child(noun, {"agent"}) or next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        agent_tok = _child(by, {"pobj"}) if by is not None else None
    head = noun.head
    if agent_tok is None:
        # Walk up "claimed responsibility for a rocket attack" to the verb that has the agent.
        node = noun
        for _ in range(4):
            if node.dep_ not in {"pobj", "dobj", "prep", "compound"} or node.i == node.head.i:
                break
            node = node.head
            if node.pos_ == "VERB":
                if node.lemma_ in _AGENT_VERBS:
                    agent_tok = _child(node, _SUBJECTS)
                    if agent_tok is None and node.dep_ == "conj":
                        agent_tok = _child(node.head, _SUBJECTS)  # "militants stormed the school and threw a grenade"
                    # "threw a grenade at a police patrol": the verb's "at" names the target
                    target_tok = target_tok or _prep_object(node, _TARGET_PREPS | {"into"})
                break
    if target_tok is None and noun.dep_ in _SUBJECTS and head.pos_ == "VERB":
        target_tok = _object(head)  # "gunmen threw a grenade at a patrol": the patrol
    return Roles(phrase(agent_tok) if agent_tok is not None else None,
                 phrase(target_tok) if target_tok is not None else None)


def find_roles(token: Token) -> Roles:
    """Agent and target of the event expressed by ``token`` (a verb or an event noun).

    Example:
        >>> doc = nlp("Gunmen killed three villagers.")
        >>> roles = find_roles(doc[1]); roles.agent.text, roles.target.text
        ('Gunmen', 'three villagers')
    """
    gerund_noun = token.tag_ == "VBG" and (token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} or (
        # "Fighting between the Houthis and government troops killed 30", parsed as a clause of its own
        any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    ))
    if (token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")) and not gerund_noun:
        return _verb_roles(token)  # "fighting between X and Y killed five" is a noun use
    return _noun_roles(token)
