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

from wirecoder.events.classify import MEANS_FAMILIES

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
_LEGAL = frozenset("charge trial convict sentence indict prosecute plead acquit testify guilty".split())
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
# "began to explode", "attempted to assassinate": it happened, or was attempted (an event for ACLED).
_DISPERSAL = frozenset("disperse scatter quell contain break stop".split())
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
    return node is token and family not in {"protest", "intervene"}


_PROTEST_SPEECH = frozenset("demand urge call ask".split())


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
_CAUSAL = frozenset("due because owing".split())


def _denied_report(token: Token) -> bool:
    """Whether the cue is what "no reports of ..." denies ("No reports of violence or clashes")."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    return noun.lemma_.lower() in _REPORT_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


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
# What a commemoration remembers is history: "the 25th anniversary of the massacre, in which forces killed 8,000".
_REMEMBERED = frozenset("anniversary commemorate commemoration memorial remembrance".split())
_PURSUIT = frozenset("find hunt track catch arrest apprehend pursue search locate trace".split())


def _told_already(token: Token) -> bool:
    """Whether an event noun points back to an event told before it ("the attack", "this shelling")."""
    return any((c.dep_ == "det" and c.lower_ in _POINTERS | {"the"}) or c.dep_ == "poss" for c in token.children)


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


def token_reason(token: Token, family: str = "") -> str | None:
    """Why the event cue at ``token`` (of cue ``family``) reports no real event, or None.

    Example:
        >>> token_reason(nlp("Militants threatened an attack on the town.")[3])
        'planned, threatened or hypothetical (threaten)'
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
    if token.lower_ == "unrest" and (token.head.lower_ in _CAUSAL or token.head.head.lower_ in _CAUSAL):
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
            if node.lemma_ in _LEGAL and not coordinated:
                return f"legal proceedings about an earlier event ({node.lemma_})"
            break
        for child in node.children:
            if child.dep_ == "neg" and not (node is not token and node.lemma_.lower() in _UNREPORTED):
                return f"negated ({child.text} {node.text})"
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return f"modal or future ({child.text} {node.text})"
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                return f"conditional ({child.text})"
        if node is not token and node.lemma_ in _LEGAL and not coordinated:
            return f"legal proceedings about an earlier event ({node.lemma_})"
        if node is not token and node.lemma_ in _IRREALIS_VERBS and not coordinated and not adverbial and not (
            family == "protest" and node.lemma_ in _PROTEST_SPEECH and token.dep_ == "nsubj" and token.head.i == node.i
        ):  # "Protesters demand ...": demanding is what they did
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
        adverbial = adverbial or node.dep_ == "advcl" or (
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
