"""Telling reports of events from everything else that uses the same words.

An ACLED event is something that happened, at a place and time. A cue is
not an event when it is negated or denied, planned, threatened, feared or
hypothetical, part of a purpose ("to prevent attacks"), or a verbal act about
violence ("U.S. officials blame militias for the attacks"): ``token_reason``
reads the cue's place in the parse. Whole sentences that report no incident
(background, tallies, generic descriptions) are ``generic.py``'s. Each check
returns the reason it rejects a cue, so ``wirecoder extract --explain`` can say why.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from wirecoder.events.aside_filters import aside_reason
from wirecoder.events.causes import CROWD_FAMILIES
from wirecoder.events.phrase_filters import phrase_reason

__all__ = ["token_reason"]

_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "must", "'ll", "can"})
_IRREALIS_VERBS = frozenset(
    """plan threaten vow warn intend aim seek want prepare urge hope call plot pledge promise
    prevent avoid deter thwart foil curb expect risk consider propose
    demand ask deny refute dismiss reject""".split()
)
# Present-tense verbs that describe a state of affairs, not an incident ("attacks appear to be rising").
_STATIVE_VERBS = frozenset(
    "appear seem remain occur continue increase rise become be have blame fear cause affect plague "
    "fuel spark drive".split()
)
# Court and charge words: "on trial on charges of murder" reports a trial, not a killing.
# "found the defendants guilty of murder": a charge names what a court tries, not an event of the news.
_LEGAL = frozenset("charge trial convict sentence indict prosecute plead acquit testify guilty jail imprison".split())
# "were tried for the bombing", "is being tried over the massacre": a trial, not "tried to plant a bomb".
_TRIED_FOR = frozenset({"for", "over"})
# ... but forces that "charged batons" or "charged at the crowd" charged bodily (South Asian copy's baton charge).
_CHARGED_WITH = frozenset("baton batons lathi lathis truncheon truncheons cane canes".split())


def _legal(node: Token) -> bool:
    """Whether ``node`` is a court or charge word, not forces charging a crowd ("police charged batons")."""
    if node.lemma_ == "try":
        return any(c.dep_ == "prep" and c.lower_ in _TRIED_FOR for c in node.children)
    if node.lemma_ not in _LEGAL:
        return False
    return not (node.lemma_ == "charge" and any(
        (c.dep_ == "dobj" and c.lower_ in _CHARGED_WITH) or (c.dep_ == "prep" and c.lower_ in {"at", "into"})
        for c in node.children))
_VERBAL_VERBS = frozenset("blame accuse condemn criticise criticize denounce".split())
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})

def _clause_verbs(token: Token) -> list[Token]:
    """``token`` and its ancestors up to the sentence root."""
    chain = [token]
    while chain[-1].head is not chain[-1] and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


# "to prevent attacks", "to cut down on rocket fire": the purpose is that violence does not happen.
_PREVENTIVE = frozenset("prevent cut curb stop deter reduce counter combat tackle end avoid thwart".split())
_DISPERSAL = frozenset("disperse scatter quell contain break stop".split())
# "began to explode", "attempted to assassinate": it happened, or was attempted (an event for ACLED).
_ASPECTUAL = frozenset("begin start continue keep resume attempt try".split())
# Verbs whose infinitive happened: "forcing police to open fire", "prompting troops to return fire".
_IMPLICATIVE = frozenset("force compel prompt oblige cause".split())
# ... and "are due / set / scheduled / expected to resume talks": it is yet to happen.
_INTENTION_HEADS = frozenset("aim plan seek want intend hope vow threaten prepare use need due set scheduled "
                             "expected slated poised".split())


_DAY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|\d{1,2}/\d{1,2}(?:/\d{2,4})?)$", re.I
)


def _one_occasion(verb: Token, token: Token) -> bool:
    """Whether "clashes continue" is told of one occasion: a day ("near Moyale on Tuesday", "sparked
    protests on 02/03") or two named sides ("clashes continue between the Tugen and the Pokot")."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in (*token.children, *verb.children)):
        return True
    days = [c for c in verb.children if c.dep_ == "npadvmod"]
    days += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "since"} for g in c.children
             if c.lower_ == "on" and g.dep_ == "pobj"]
    return any(_DAY.match(day.text) for day in days)


def _is_purpose(node: Token, token: Token, family: str) -> bool:
    """Whether the infinitive ``node`` makes the cue at ``token`` a purpose rather than a fact."""
    if family in {"protest", "intervene"} and node.lemma_ in _DISPERSAL:
        return False  # "fired tear gas to disperse residents demonstrating": the dispersal happened
    if node.lemma_ in _PREVENTIVE or node.head.lemma_ in _INTENTION_HEADS:
        return True
    if node.lemma_ in {"put", "bring"} and any(c.lower_ == "end" for c in node.children):
        return True  # "a truce to put an end to raiding"
    if node.head.lemma_ in _IMPLICATIVE:
        return False  # "forcing police to open fire": they did
    if node.head.lemma_ in _ASPECTUAL:
        # "the bombs began to explode": it happened; but ground only tried for was not taken
        return family in {"overtake", "regain"} and node.head.lemma_ in {"attempt", "try"}
    # "gathered to protest" reports a protest; "weapons used to attack troops" no attack.
    if node is token:
        return family not in {"protest", "intervene"}
    # "ordered fighters to torture and kill residents": the infinitive's conjunct shares its "to"; what a
    # crowd went on to do ("gathered to march and block the road") stays the crowd's report.
    return token.dep_ == "conj" and token.head.i == node.i and token.tag_ == "VB" and family not in CROWD_FAMILIES


_PROTEST_SPEECH = frozenset("demand urge call ask".split())


def _called_off(verb: Token) -> bool:
    """Whether the verb is "call off" (cancelled, done), not "call for" or "call on" (asked for)."""
    return verb.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _across_semicolon(token: Token, node: Token) -> bool:
    """Whether a semicolon stands between the cue and a word that would govern it."""
    low, high = sorted((token.i, node.i))
    doc = token.doc
    # "shot dead - the attack was not linked to robbery", "motives unknown/ attack ...": a dash set off by
    # spaces or a lone slash ends a coder's clause as a semicolon does.
    return any(t.text == ";" or t.text == "/" or (t.text in {"-", "–", "—"} and bool(t.whitespace_)
                                                 and t.i > 0 and bool(doc[t.i - 1].whitespace_))
               for t in doc[low:high])


# "details not specified", "the motive is not known": what the report lacks, not what did not happen.
_UNREPORTED = frozenset("specify specified know known clear confirm confirmed identify identified disclose "
                        "disclosed establish established mention mentioned".split())


_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")


def _long_before(node: Token) -> bool:
    """Whether ``node`` is an event named by the year it happened ("the 2014 massacre") or told as months or
    years before the report ("a year after the bombing")."""
    if node.tag_ == "NN" and any(c.dep_ == "nummod" and _YEAR.match(c.text) for c in node.children):
        return any(c.dep_ in {"det", "poss"} for c in node.children)
    return node.dep_ == "prep" and node.lower_ in {"after", "since"} and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in {"month", "year"} for c in node.children)


# Weapons fired in numbers, and the words that count them ("dozens of rockets", "a salvo of missiles").
_FIRED = frozenset({"shelling", "air"})
_VOLLEY = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "barrage", "salvo", "salvoes", "volley",
                     "volleys", "wave", "swarm", "hail", "series"})
# A crowd told by its size ("thousands of protesters gathered", "dozens of rioters stormed"): one gathering,
# not the many of "many of the protesters"; the crowd's members, not its events ("dozens of protests").
_CROWD_SIZES = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions", "crowd", "crowds",
                          "group", "groups", "throng", "throngs"})
_CROWD_MEMBERS = re.compile(r"(?:protest[eo]rs|demonstrators|marchers|rioters|strikers|picketers)", re.I)


_POINTERS = frozenset({"this", "that", "it", "these", "those"})
# An operation launched to find those who did an event is a sequel of it, no development of its own.
_PURSUIT = frozenset("find hunt track catch arrest apprehend pursue search locate trace".split())


def _told_already(token: Token) -> bool:
    """Whether an event noun points back to an event told before it ("the attack", "this shelling")."""
    return any((c.dep_ == "det" and c.lower_ in _POINTERS | {"the"}) or c.dep_ == "poss" for c in token.children)


def token_reason(token: Token, family: str = "") -> str | None:
    """Why the event cue at ``token`` (of cue ``family``) reports no real event, or None.

    Example:
        >>> token_reason(nlp("Militants threatened an attack on the town.")[3])
        'planned, threatened or hypothetical (threaten)'
    """
    reason = phrase_reason(token, family) or aside_reason(token, family)
    if reason is not None:
        return reason
    verb = next((n for n in _clause_verbs(token) if n.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
    ):
        return f"a record told of those named (which {verb.text})"  # "the ADF, which has pledged allegiance to IS"
    coordinated = False  # reached through "and": the node is a sibling event, not one that governs the cue
    # "to disperse supporters who threw stones": a relative clause in the past tells what they did
    relative = False
    told_past = False  # the relative clause is told in the past: "which sparked violent protests"
    adverbial = False  # reached through an adverbial clause: the cue is not what the verb demands or plans
    for node in _clause_verbs(token):
        if _long_before(node):
            return f"an earlier event ({node.text})"  # "the 2014 massacre in which ...", "a year after the bombing"
        if node is not token and _across_semicolon(token, node):
            break  # "kidnapped by an armed group; motive may have been political": another clause
        if relative and (token.tag_ in {"VBD", "VBN"} or told_past) and node.pos_ in {"VERB", "AUX"}:
            # what the verbs above plan or deny is not what the people they name did before
            if _legal(node) and not coordinated:
                return f"legal proceedings about an earlier event ({node.lemma_})"
            break
        for child in node.children:
            if child.dep_ == "neg" and not (node is not token and node.lemma_.lower() in _UNREPORTED):
                return f"negated ({child.text} {node.text})"
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return f"modal or future ({child.text} {node.text})"
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                return f"conditional ({child.text})"
        if node is not token and _legal(node) and not coordinated:
            return f"legal proceedings about an earlier event ({node.lemma_})"
        if node is not token and node.lemma_ in _IRREALIS_VERBS and not coordinated and not adverbial and not (
            family == "protest" and node.lemma_ in _PROTEST_SPEECH and token.dep_ == "nsubj" and token.head.i == node.i
        ) and not _called_off(node):  # "Protesters demand ...": demanding is what they did
            return f"planned, threatened or hypothetical ({node.lemma_})"
        if node is not token and node.lemma_ in _VERBAL_VERBS and token.tag_ in {"NNS", "VBG"}:
            return f"verbal act about violence ({node.lemma_})"
        # "condemned the attack", "was blamed for the attack": what is said of an event told before
        if node is not token and node.lemma_ in _VERBAL_VERBS and _told_already(token) and (
                (token.dep_ == "dobj" and token.head.i == node.i)
                # ... but "blamed the ELN for the kidnapping of two workers near Tame" tells a new one
                or (token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i == node.i
                    and not any(c.dep_ == "prep" for c in token.children))):
            return f"verbal act about an event told ({node.lemma_} {token.text})"  # "condemned the attack"
        if node is not token and node.lemma_ == "describe" and token.dep_ == "dobj" and token.head.i == node.i \
                and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
            return "an event told already, described (described the attack as ...)"
        if node.tag_ == "VB" and any(c.tag_ == "TO" for c in node.children) and node.dep_ in {
            "advcl", "xcomp", "acl", "relcl", "ccomp", "attr", "csubj", "pcomp"
        } and _is_purpose(node, token, family):
            return f"purpose or intention (to {node.text})"
        if node.dep_ == "ROOT":
            break
        # "thwarted an attack and killed a fighter": the cue's own verb is a sibling of the next one.
        coordinated = node.i == token.i and node.dep_ == "conj"
        told_past = told_past or (node.dep_ == "relcl" and not relative and (node.tag_ == "VBD" or (
            node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in node.children))))
        relative = relative or node.dep_ == "relcl"
        # "was attacked at her home, the attackers demanded that she quit": a clause beside the demand
        # ... but "called on his supporters to protest" (an infinitive the parser hangs as a clause) is what is
        # called for; a dispersal told so ("called the police to disperse them") was done
        adverbial = adverbial or (node.dep_ == "advcl" and (node.lemma_ in _DISPERSAL or not any(
            c.tag_ == "TO" for c in node.children))) or (
            # "was attacked at her home, the attackers demanded ...": a clause told before the demand
            node.dep_ == "ccomp" and node.pos_ == "VERB" and node.i < node.head.i
            and any(t.text == "," for t in token.doc[node.i : node.head.i])
        )
    if family == "other_sd" and any(t.lemma_ in _PURSUIT and any(c.tag_ == "TO" for c in t.children)
                                    for t in token.subtree):
        return "a search for those who did an event told (an operation to find the perpetrators)"
    if token.dep_ == "attr" and token.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in _POINTERS for c in token.head.children
    ):
        return "an event told already, described (this was a cowardly attack)"
    if token.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in token.children):
        head = token.head
        # "many of the attacks" is generic; "two days of riots" is one event.
        # "Reports of protests in Mombasa on 11 Aug" is a report of one.
        days_of = head.lemma_ == "of" and head.head.lemma_.lower() in {"day", "night", "hour", "week", "report"}
        # "fired thousands of rockets at Israel", "launched a barrage of missiles": one volley, told by its size
        volley_of = head.lemma_ == "of" and family in _FIRED and head.head.lower_ in _VOLLEY \
            and head.head.dep_ in {"dobj", "nsubjpass"} and head.head.head.tag_ in {"VBD", "VBN"} \
            and not any(c.lower_ in {"has", "have", "had"} for c in head.head.head.children)  # a record, not a volley
        # "Thousands of protesters gathered in Beirut": the sized crowd is the subject of what it did
        crowd_of = head.lemma_ == "of" and family in {"protest", "riot"} and _CROWD_MEMBERS.fullmatch(token.text) \
            and head.head.lower_ in _CROWD_SIZES and head.head.dep_ in {"nsubj", "nsubjpass"} \
            and head.head.head.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
        if head.lemma_ in {"many", "some", "most", "all"} or (head.lemma_ == "of" and not (days_of or volley_of
                                                                                          or crowd_of)) or (
            head.lemma_ in _STATIVE_VERBS and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and (head.tag_ in {"VBP", "VBZ"} or any(c.lower_ in {"have", "has"} for c in head.children))
            and not _one_occasion(head, token)
        ) or (head.dep_ == "pcomp" or head.lemma_ in {"to", "of"}) and head.head.lemma_ in {"due", "because"}:
            return "generic plural (no specific event)"
    return None
