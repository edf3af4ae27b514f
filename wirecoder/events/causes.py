"""Cues inside what another event is about: a protest's grievance ("students protested the killing of a
student") and a development's cause ("arrested three men in connection with the killing")."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.cues import Cue

__all__ = ["ABOUT_PREPS", "BEFORE_PREPS", "CROWD_FAMILIES", "about", "grievance"]

# Prepositions whose object is what a development is about ("arrested in connection with the killing").
ABOUT_PREPS = frozenset({"with", "over", "for", "after", "following", "about", "behind", "of"})
_PROTEST_FAMILIES = frozenset({"protest"})
# Families that say what a crowd did, wherever in the sentence they are said.
CROWD_FAMILIES = frozenset({"protest", "intervene", "riot", "block", "loot", "fight", "mob"})


# Dependents of a protest verb that say what the protesters did, not what they protested.
_MANNER_DEPS = frozenset({"advcl", "conj", "xcomp", "nsubj", "nsubjpass", "npadvmod", "cc"})


def grievance(item: tuple[int, Cue, Token], anchored: list[tuple[int, Cue, Token]]) -> bool:
    """Whether a cue is what a protest is about ("students protested the killing of a student")."""
    _, cue, token = item
    if cue.family in _PROTEST_FAMILIES | {"riot", "block", "intervene"}:
        return False
    protesting = [t for _, c, t in anchored if c.family in _PROTEST_FAMILIES]
    # "held a demonstration after police shot a driver": the verb that holds the protest holds its cause too
    protest_tokens = {t.i for t in protesting}
    holders = {t.head.i for t in protesting if t.dep_ == "dobj"}
    node = token
    for ancestor in token.ancestors:
        if ancestor.i in holders and ancestor.i not in protest_tokens:
            # ... but "held a demonstration and police shot two" tells what happened at it
            return _states_cause(node)
        if ancestor.i in protest_tokens:
            # What was protested is the protest's object or cause ("protested after a man was killed");
            # "protested, burning tyres" is how.
            return cue.family not in CROWD_FAMILIES or node.dep_ not in _MANNER_DEPS or _states_cause(node)
        node = ancestor
    return False


def _states_cause(node: Token) -> bool:
    """Whether the clause or phrase at ``node`` gives a cause: "after a man was killed", "following the death"."""
    return any(c.dep_ == "mark" and c.lower_ not in {"as", "while"} for c in node.children) or (
        node.dep_ == "prep" and node.lower_ in {"after", "following", "over", "against"})


BEFORE_PREPS = frozenset({"after", "following"})


def about(token: Token, main: Token, preps: frozenset[str] = ABOUT_PREPS) -> bool:
    """Whether a cue is inside what a development is about ("arrested three men in connection with the
    killing", "arrested 12 people after a grenade attack on a restaurant wounded four")."""
    for node in (token, *token.ancestors):
        if node.i == main.i:
            return False
        if node.dep_ == "pobj" and node.pos_ in {"NOUN", "PROPN"} and node.head.dep_ == "prep" \
                and node.head.lower_ in preps:
            return True
        if node.dep_ == "advcl" and node.head.i == main.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in node.children
        ) and any(t.dep_ == "prep" and t.lower_ in BEFORE_PREPS and t.head.i == main.i for t in main.doc[main.i : node.i]):
            return True  # "... after a grenade attack on a restaurant wounded four": the parser lost the subject
    return False
