"""Event cues whose own phrase tells no event: a cue denied ("no injuries"), a weapon found rather than
used, a fight told in doubt, a name quoted, a damaged thing, an arrest sought, a planned protest, captives
freed, a visit to the wounded, an earlier event remembered.

:func:`phrase_reason` reads the cue's word and the words it governs or is governed by near it;
``filters.token_reason`` asks it first, then reads the clause the cue stands in.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from wirecoder.events.remote import MEANS_FAMILIES

__all__ = ["CAUSAL", "phrase_reason"]


_PLANNED = frozenset("planned scheduled proposed upcoming forthcoming intended expected announced "
                     "coming called banned".split())
# "attacked a convoy, no casualties": an attack that hurt no one still happened.
_TOLL_NOUN = re.compile(r"(?:casualt|causalit|fatalit|injur|deaths?$|damage|loss)")
# People and things a protest word qualifies without reporting a protest ("protest organisers said").
_PROTEST_QUALIFIED = frozenset("organiser organizer leader group movement camp site song sign banner placard letter "
                               "petition committee coalition spokesman spokesperson spokeswoman".split())
# What a reward is offered for: "information leading to their arrest", "any tip leading to the arrest of ...".
_TIPS = frozenset("information tip tips clue clues lead leads detail details".split())
_RESCUE_VERBS = frozenset("rescue free release reunite return save liberate recover".split())
# ... and the captives' own return: "the worshippers abducted last week regained their freedom", "escaped".
_FREED_VERBS = _RESCUE_VERBS | {"regain", "escape"}


_REPORT_NOUNS = frozenset("report sign indication evidence mention word".split())
# Verbs of stirring trouble up: "fomenting the unrest", "inciting violence" say whom someone blames.
_STIRRING = frozenset("foment incite stoke fuel instigate orchestrate sow fan whip".split())
# Weapons found or taken are no weapons used: "soldiers recovered rifles, anti-personnel mines and documents".
_FOUND_VERBS = frozenset("recover seize confiscate find discover impound unearth".split())


def _found(token: Token) -> bool:
    """Whether a weapon noun is what was found or seized (its verb's object, or a conjunct of it)."""
    node = token.head if token.dep_ == "compound" else token  # "rocket launchers"
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return token.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"dobj", "nsubjpass"} \
        and node.head.lemma_.lower() in _FOUND_VERBS


# Words that doubt the fight the forces claim: "a so-called gunfight", "a fake encounter", "the staged crossfire".
_DOUBTING = frozenset({"so-called", "called", "fake", "staged", "alleged", "purported"})


def _doubted(token: Token) -> bool:
    """Whether a fight word is set in quotes of its own ("killed in a 'gunfight' with RAB") or doubted."""
    text, start, end = token.doc.text, token.idx, token.idx + len(token.text)
    if 0 < start and end < len(text) and text[start - 1] in "'‘\"“" and text[end] in "'’\"”":
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    while before is not None and before.dep_ in {"compound", "amod"} and before.lower_ not in _DOUBTING:
        before = token.doc[before.i - 1] if before.i > 0 else None  # "a fake gun encounter"
    return before is not None and before.lower_ in _DOUBTING and (
        before.lower_ != "called" or (before.i > 1 and token.doc[before.i - 2].lower_ == "so"))


def _quoted(token: Token) -> bool:
    """Whether ``token`` stands inside a quoted term of its sentence ('conducting a "special military operation"')."""
    text = token.doc.text
    before, after = text[: token.idx], text[token.idx :]
    opened = before.count("“") > before.count("”") or (before.count('"') % 2 == 1)
    return opened and any(q in after for q in ('"', "”")) and len(before) - max(before.rfind('"'), before.rfind("“")) < 40


# Participles that describe a thing as damaged, not a report that someone damaged it.
_DAMAGED = re.compile(r"^(?:damaged|destroyed|burn(?:ed|t)(?:-out)?|vandali[sz]ed|razed|charred|gutted)$")
# The words that make what follows a cause: "due to the fighting", "because of the unrest".
CAUSAL = frozenset("due because owing".split())


def _denied_report(token: Token) -> bool:
    """Whether the cue is what "no reports of ..." denies ("No reports of violence or clashes")."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    return noun.lemma_.lower() in _REPORT_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# What a commemoration remembers is history: "the 25th anniversary of the massacre, in which forces killed 8,000".
_REMEMBERED = frozenset("anniversary commemorate commemoration memorial remembrance".split())


def _remembered_by(token: Token) -> Token | None:
    """The word of remembrance whose object holds ``token`` ("the anniversary of the massacre"), if any; the
    one remembering ("The march commemorated ...") is no part of what is remembered."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in _REMEMBERED and child.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            return ancestor
        child = ancestor
    return None


# Verbs of a visit to those an event hurt: "the governor visited the wounded", "visited victims of Saturday's
# bombing in hospital". The visit is the news; the event it follows is told, or to be told, on its own.
_VISITING = frozenset("visit tour comfort console condole greet".split())
# The links from a cue up to the verb whose object holds it: "the wounded [soldiers]", "victims of the bombing".
_HELD_IN = frozenset({"amod", "compound", "poss", "pobj", "prep", "dobj", "conj", "cc"})


def _visited(token: Token) -> Token | None:
    """The verb of visiting whose object holds the cue ("visited the wounded soldiers"), or None."""
    node = token
    for _ in range(6):
        if node.dep_ not in _HELD_IN or node.head is node:
            return None
        if node.dep_ == "dobj" and node.head.lemma_.lower() in _VISITING:
            return node.head
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return None
    return None


# Blasts whose place a demonstration can be: "the suicide bombing at a rally", "a grenade attack on a march".
# The gathering is where the bomb struck, no protest of its own (gunfire at a rally is the forces' answer to
# it, and stays one).
_STRUCK_AT = re.compile(
    r"\b(?:(?:suicide|bomb|grenade)\s+attacks?|bombings?|bombs?|blasts?|explosions?|grenades?)\s+"
    r"(?:at|on|during|targeting)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w'’-]+\s+){0,3}$", re.I
)


def _struck_at(token: Token) -> bool:
    """Whether a protest word names where a blast struck ("the suicide bombing at a rally")."""
    return token.pos_ in {"NOUN", "PROPN"} and bool(_STRUCK_AT.search(token.doc.text, 0, token.idx))


# An ultimatum's alternative: "leave within a week or face attack", "surrender or be killed", "pay or risk
# abduction". What is threatened has not happened.
_ULTIMATUM = re.compile(r"\bor\s+(?:else\s+)?(?:face|risk|be|get)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# What a boycott can leave empty without anyone taking to the street: a vote, a sitting, a round of talks.
_SITTINGS = frozenset("vote election poll ballot referendum runoff run-off talks session sitting parliament "
                      "assembly meeting dialogue negotiation census inauguration hearing summit count".split())


def _boycotted_sitting(token: Token) -> bool:
    """Whether a boycott word names a vote, sitting or talks stayed away from ("a vote boycotted by the
    opposition", "boycotted the election", "the boycott of the talks"): no gathering is told."""
    if token.lemma_.lower() != "boycott":
        return False
    named = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "compound"}]
    named += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if token.dep_ in {"acl", "amod", "compound"}:
        named.append(token.head)  # "a vote boycotted by ...", "the boycotted election", "election boycott"
    return any(n.lemma_.lower() in _SITTINGS or n.lower_ in _SITTINGS for n in named)


def phrase_reason(token: Token, family: str = "") -> str | None:
    """Why the event cue at ``token`` (of cue ``family``), read in its own phrase, reports no real event, or None.

    Example:
        >>> phrase_reason(nlp("No injuries were reported.")[1], "injure")
        'none reported (no ...)'
    """
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and not _TOLL_NOUN.match(child.lower_) and (
            child.lower_ in {"nobody", "none"} or any(g.lower_ == "no" for g in child.children)
            or (child.lower_ == "one" and any(g.lower_ == "no" for g in child.children))
        ):
            return f"no one affected ({child.text})"  # "no civilians were hurt"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (
        token.dep_ == "conj" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)
    ):
        return "none reported (no ...)"  # "No injuries reported", "no violence or clashes were reported"
    if _denied_report(token):
        return "none reported (no report of ...)"  # "No reports of violence or clashes with police."
    if token.lower_ == "unrest" and (token.head.lower_ in CAUSAL or token.head.head.lower_ in CAUSAL):
        return "a cause named vaguely (due to unrest)"  # "the university was closed due to student unrest"
    if token.lower_ in {"unrest", "violence"} and token.dep_ == "dobj" and token.head.lemma_.lower() in _STIRRING:
        return f"trouble someone is said to stir ({token.head.text} {token.text})"  # "accuses the groups of fomenting the unrest"
    if family in MEANS_FAMILIES and _found(token):
        return f"a weapon found, not used ({token.head.text} {token.text})"  # "recovered firearms and anti-personnel mines"
    if family == "fight" and _doubted(token):
        return "a fight told in doubt (a 'gunfight', a fake encounter): no fight, the killing stands"
    if family == "other_sd" and _quoted(token):
        return "a name quoted, no event (a \"special military operation\")"  # what a side calls its war
    if family == "loot" and token.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "amod" and _DAMAGED.match(c.lower_) and any(d.dep_ in {"det", "poss"} and d.i < c.i for d in token.children)
            for c in token.children):
        return "a damaged thing named, no damage done told (a damaged building)"  # "the flag over a damaged building"
    if family == "arrest" and token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "leading" \
            and token.head.head.head.lemma_.lower() in _TIPS:
        return "sought, not done (information leading to an arrest)"  # "a reward for information leading to their arrest"
    if token.head.dep_ == "prep" and token.head.lower_ == "without":
        return "absent (without ...)"  # "a night without shelling"
    if family == "protest" and token.pos_ in {"NOUN", "PROPN"} and (
        any(c.dep_ in {"amod", "compound"} and c.lower_ in _PLANNED for c in token.children)
        or (token.head.lower_ == "of" and token.head.head.lower_ == "ahead")
    ):
        return "planned (a planned or coming protest)"  # "arrested ahead of a planned rally"
    if _ULTIMATUM.search(token.doc.text, max(0, token.idx - 40), token.idx):
        return "threatened in an ultimatum (leave or face attack)"
    if family == "protest" and _boycotted_sitting(token):
        return f"a vote or sitting stayed away from ({token.text} {token.head.text})"
    if family == "protest" and _struck_at(token):
        return f"where a blast struck ({token.text})"  # "the toll from the suicide bombing at a rally rose to 40"
    if family == "protest" and token.dep_ == "amod" and token.head.dep_ in {"dobj", "pobj", "nsubjpass"}:
        return f"describes the victims ({token.text} {token.head.text})"  # "a gang attacked protesting students"
    if family == "protest" and token.dep_ == "compound" and token.head.lemma_.lower() in _PROTEST_QUALIFIED:
        return f"qualifies a noun ({token.text} {token.head.text})"  # "protest organisers said ..."
    if family == "kill" and token.lemma_ == "kill" and token.dep_ == "acl" and token.head.lower_ == "those" \
            and token.head.dep_ in {"nsubj", "nsubjpass"}:
        return "the victims of an event told elsewhere (those killed)"  # "those killed were militants"
    victims = token.head if token.dep_ == "amod" else token
    if family == "kill" and victims.dep_ in {"nsubj", "nsubjpass"} and victims.head.lemma_.lower() in {"identify", "name"}:
        return "the victims of an event told, named (the slain soldier was identified as)"
    if family == "abduct" and token.dep_ == "amod" and token.head.head.lemma_ in _RESCUE_VERBS:
        return f"rescue of people abducted before ({token.head.head.lemma_})"  # "rescued 12 kidnapped students"
    if family == "abduct" and token.dep_ == "acl" and token.head.dep_ in {"nsubj", "nsubjpass", "dobj"} \
            and token.head.head.lemma_.lower() in _FREED_VERBS:
        return f"release of people abducted before ({token.head.head.lemma_})"  # "17 worshippers abducted ... regained freedom"
    if family == "abduct" and token.dep_ in {"nsubjpass", "dobj"} and token.lower_.startswith("hostage") \
            and token.head.lemma_ in _RESCUE_VERBS:
        return f"rescue of people abducted before ({token.head.lemma_})"  # "the hostages were freed when police entered"
    visit = _visited(token)
    if visit is not None:
        return f"a visit to those an event hurt ({visit.text} {token.text})"  # "visited the wounded in hospital"
    remembered = _remembered_by(token)
    if remembered is not None:
        return f"an earlier event remembered ({remembered.text})"  # "the anniversary of the massacre, in which ..."
    return None
