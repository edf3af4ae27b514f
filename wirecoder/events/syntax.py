"""Where a cue sits in the parse: inside a relative clause, a modifier or a scene-setting clause,
a headline's toll, a weapon another weapon carried, events told back, and the order to take roles
in."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.roles import misread_clause

__all__ = ["back_reference", "carried", "embedded", "headline_toll", "parse_depth", "role_order"]


_MODIFIER_DEPS = frozenset({"relcl", "acl", "amod"})


# Subordinate clauses that set the scene ("as jihadists pressed attacks") rather than report the event.
_SCENE_MARKS = frozenset({"as", "while", "amid", "since", "because", "although", "though", "whereas"})


def headline_toll(token: Token) -> bool:
    """"Three killed in clashes", "11 killed by raiders - believed ...": a note's counted victims and the
    participle that tells what befell them are its main report, not a modifier."""
    head = token.head
    return (
        token.dep_ == "acl" and token.tag_ == "VBN" and head.dep_ in {"ROOT", "nsubj", "nsubjpass"}
        and (head.like_num or any(c.dep_ == "nummod" for c in head.children))
    )


def embedded(token: Token, scene: bool = True) -> bool:
    """Whether ``token`` sits inside a relative clause, a noun's modifier or (``scene``) a scene-setting clause."""
    node = token
    for _ in range(12):
        if node.dep_ in _MODIFIER_DEPS and not headline_toll(node) and not misread_clause(node):
            return True
        if scene and node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# "barrels containing chlorine gas", "a car packed with explosives": the clause says what the weapon was;
# "a truck bomb driven by a suicide bomber", "a vest worn by a suicide bomber": who took it to the target.
_CARRYING = frozenset("contain carry pack fill load lace rig stuff laden drive wear".split())


def carried(token: Token) -> bool:
    """Whether a weapon cue is what the thing used in the attack carried ("dropped barrels containing chlorine")."""
    for node in (token, *token.ancestors):
        if node.dep_ in _MODIFIER_DEPS:
            return node.lemma_.lower() in _CARRYING
    return False


def back_reference(token: Token) -> bool:
    """A plural event noun with "the"/"these" and no number: events told elsewhere."""
    return token.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in token.children) and any(
        c.lower_ in {"the", "these", "those", "such"} for c in token.children
    )


def role_order(tokens: list[Token]) -> list[Token]:
    """Cue tokens to take roles from: the main cue first, unless its subject is itself an event
    noun ("fighting between A and B killed five"), whose own roles name the sides."""
    cue_at = {token.i: token for token in tokens}
    subject = next((c for c in tokens[0].children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.i in cue_at and any(
        c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in subject.children
    ):
        first = cue_at[subject.i]
        return [first] + [token for token in tokens if token.i != first.i]
    # "ISWAP attacked a base; troops repelled the attack": who repelled it is the attack's target.
    replies = [token for token in tokens if _answers_event(token)]
    return [token for token in tokens if token not in replies] + replies if len(replies) < len(tokens) else tokens


_EVENT_OBJECTS = frozenset("attack attacks assault raid ambush offensive incursion advance onslaught".split())


# Verbs that answer an attack: who repels attackers told before ("troops repulsed them") was attacked.
_REPELLING = frozenset("repel repulse repell".split())


def _answers_event(token: Token) -> bool:
    """Whether the verb's object is an event told before it ("repelled the attack"), or the attackers told
    before it ("repulsed them")."""
    return any(c.dep_ == "dobj" and (
        c.lemma_.lower() in _EVENT_OBJECTS and any(d.lower_ in {"the", "this", "that", "their", "its"} for d in c.children)
        or token.lemma_.lower() in _REPELLING and c.lower_ in {"them", "it"}) for c in token.children)


def parse_depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:  # Token objects are views: compare indices
        token = token.head
        depth += 1
    return depth
