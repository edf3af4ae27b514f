"""Cues a story tells in passing about events that are not its news: a cause named vaguely ("unable to reach Darfur
because of the fighting"), a campaign described ("The battle for Bakhmut has become one of the longest of the
war", "the ceasefire faces major challenges"), violence reduced or spared ("have reduced clashes", "has been spared major attacks"), a protest announced
for a coming day, the dead someone is introduced by ("whose sibling died in the attack", "Prosecutors say most
were shot"), a mourning or a commemoration ("the funeral of four soldiers killed near Bakhmut", "to mark one year
since the massacre"), a habit quoted ('"They come at night and shoot anyone they see," a resident said'), an event
recalled, what a court found or heard in a case ("Judges found that he ordered fighters to fire the mortar", "A
witness told the court that soldiers burned the village"). Each check reads the cue's own phrase and returns the reason it reports no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from wirecoder.events.phrase_filters import CAUSAL

__all__ = ["aside_reason"]

# Fighting named as a cause with nothing of its own (no place, no sides, no day): the setting of a hardship.
_VAGUE = frozenset("fighting violence unrest insecurity conflict war clashes hostilities".split())
# A campaign's name as the subject of a description: "the battle for Bakhmut has become ...", "the war remains".
_CAMPAIGNS = frozenset("battle fight siege war offensive conflict insurgency".split())
_DESCRIBING = frozenset("become remain be seem appear".split())
# Violence lessened or spared: "the buffer zones have reduced clashes", "Ghana has been spared major attacks".
_LESSENED = frozenset("reduce curb stem halt prevent lessen deter".split())
_SPARED = frozenset("spare spared spares sparing".split())  # the parser lemmatises "spared" as "spar"
# A practice given up or banned, no occasion of it: "the ELN suspended kidnappings for ransom".
_GIVEN_UP = frozenset("suspend stop end cease halt ban renounce abandon outlaw forbid prohibit".split())
# People who move without arms: refugees crossing a border are a humanitarian figure, not forces moving.
_UNARMED = frozenset("people person refugee civilian resident family household migrant villager child woman "
                     "asylum-seeker seeker displaced student".split())
# Documents whose findings tell a record, not news: "a UN report says the army has fought alongside the rebels".
_DOCUMENTS = frozenset("report study investigation inquiry probe finding findings survey assessment dossier review "
                       "audit".split())
_FINDING = frozenset("say find conclude document show allege state establish".split())
# A court and the parties to a case: what they find, hear or allege is the case tried, not the day's news (ACLED
# codes the event from its own reports, the trial not at all). "say" is left out: "state prosecutors said" gives
# the news of a killing where prosecutors report crimes.
_COURT = frozenset("judge court tribunal jury panel magistrate prosecutor prosecution indictment verdict ruling "
                   "judgment judgement witness defendant accused defence defense chamber".split())
_COURT_FINDING = frozenset("find rule hear allege argue conclude establish testify accuse charge convict "
                           "tell".split())
# A protest announced or called for a coming day is planned, not held.
_ANNOUNCING = frozenset({"announce"})  # "call" and "plan" are irrealis verbs already
# The dead a person is introduced by, in an event told already: "whose sibling died in the attack".
_DEATH_VERBS = frozenset("die kill".split())
_TOLD = frozenset("the this that".split())
# Quantifiers standing for victims told before: "Prosecutors say most were shot".
_QUANTIFIERS = frozenset("most many some all several few none".split())
# Mourning and commemoration: what they remember is history.
_MOURNING = frozenset("funeral funerals burial burials vigil wake requiem".split())
_COMMEMORATING = frozenset("mark commemorate remember honour honor observe".split())
_OF_REMEMBRANCE = frozenset("anniversary memory year years".split())


def _caused(token: Token) -> bool:
    """Whether the cue is the vague cause of something ("because of the fighting", "due to insecurity")."""
    head = token.head
    causal = head.lower_ in CAUSAL or (head.lower_ in {"of", "to"} and head.head.lower_ in CAUSAL)
    return causal and token.lower_ in _VAGUE and not any(c.dep_ in {"prep", "acl", "relcl"} for c in token.children)


def _campaign_described(token: Token) -> bool:
    """Whether a campaign's name is the subject of a description ("The battle for Bakhmut has become ...")."""
    head = token.head
    return (token.lemma_.lower() in _CAMPAIGNS and token.dep_ == "nsubj" and head.lemma_ in _DESCRIBING
            and (head.tag_ in {"VBZ", "VBP"} or any(c.lower_ in {"has", "have"} for c in head.children)))


def _introduced_by(token: Token) -> bool:
    """Whether a death is told of someone introduced by it, in an event told already ("whose sibling died in the
    attack"): a relative clause on a person, its event named with "the"."""
    if token.lemma_ not in _DEATH_VERBS or token.dep_ != "relcl":
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(
        g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in _TOLD for d in g.children) for g in c.children)
        for c in token.children) and not any(c.dep_ == "npadvmod" or c.lower_ == "on" for c in token.children)


def _quantified_victims(token: Token) -> bool:
    """Whether the victims are a bare quantifier standing for those told before ("most were shot")."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in _QUANTIFIERS and not any(c.children) for c in token.children)


def _commemorating(verb: Token) -> bool:
    """Whether ``verb`` marks a remembrance ("marked the ninth anniversary", "to mark one year since")."""
    return verb.lemma_.lower() in _COMMEMORATING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OF_REMEMBRANCE for c in verb.children)


def _mourned(token: Token) -> Token | None:
    """The funeral, vigil or commemoration whose dead the cue tells ("the funeral of four soldiers killed near
    Bakhmut", "to mark one year since the massacre"), or the commemoration the sentence is ("Families of the
    children killed in the attack marked the ninth anniversary"), if any."""
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in _MOURNING:
            return ancestor
        if ancestor.pos_ in {"VERB", "AUX"}:
            if _commemorating(ancestor):
                return ancestor
            break
    root = token.sent.root
    if _commemorating(root) and (token.pos_ in {"NOUN", "PROPN"} or token.dep_ in {"acl", "amod"}):
        return root
    return None


# Victims no one in particular: "Every one of us knows someone who was killed after receiving these papers".
_ANYONE = frozenset("someone somebody anyone anybody everyone everybody".split())
# Fighting told as the setting of the news ("..., as fighting for the city intensifies"), in the present: read in
# the words, as the parser often takes a standfirst's present verb for a noun.
_AS_SETTING = re.compile(
    r"\b(?:as|while) (?:the )?(?:fighting|violence|clashes|war|battle|insurgency|conflict)\b[^,.;]{0,60}?"
    r"\b(?:intensifies|intensify|escalates|escalate|rages|rage|continues|continue|grows|grow|spreads|spread|"
    r"mounts|mount|drags on)\b")


def _anyone(token: Token) -> bool:
    """Whether the victims are no one in particular ("someone who was killed", "anyone they see is shot")."""
    head = token.head if token.dep_ in {"relcl", "acl"} else None
    return (head is not None and head.lower_ in _ANYONE) or any(
        c.dep_ in {"nsubjpass", "dobj"} and c.lower_ in _ANYONE for c in token.children)


def _as_setting(token: Token) -> bool:
    """Whether the cue is fighting told as the present-tense setting of an 'as' clause ("as fighting for the city
    intensifies")."""
    sentence = token.sent
    at = token.idx - sentence.start_char
    return any(m.start() <= at < m.end() for m in _AS_SETTING.finditer(sentence.text))


def _quoted_habit(token: Token) -> bool:
    """Whether the cue is a verb in the simple present inside a quotation ('"These bandits attack our villages,
    kill our people," the governor said'): what someone says happens, not an incident."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "attack our villages, kill our people": the conjuncts share the first verb's tense
    if first.tag_ not in {"VBP", "VBZ"} or token.pos_ != "VERB" or token.tag_ not in {"VB", "VBP", "VBZ"}:
        return False
    before = token.doc.text[token.sent.start_char : token.idx]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _unarmed_movers(token: Token) -> bool:
    """Whether the ones a movement cue tells of are people without arms ("560,000 people have crossed into Chad",
    "thousands of refugees moved into camps")."""
    for subject in (c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}):
        counted = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]  # "thousands of refugees"
        if any(n.lemma_.lower() in _UNARMED or n.lower_ in _UNARMED for n in (subject, *counted)):
            return True
    return False


def _found_by_document(token: Token) -> bool:
    """Whether the cue's verb, in the perfect, is what a document found ("a UN report says Rwanda's army has fought
    alongside M23"): an inquiry's record of a period, which ACLED codes from the reports of each event."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children):
        return False
    head = verb.head
    return head.lemma_.lower() in _FINDING and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _DOCUMENTS for c in head.children)


def _found_by_court(token: Token) -> Token | None:
    """The verb of a court's finding or a party's case the cue is told in ("Judges found that he ordered fighters
    to fire", "A witness told the tribunal that militiamen burned ..."), or None."""
    node = token
    for _ in range(12):
        if node.head is node:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _COURT_FINDING:
            verb = node.head
            parties = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}
                       or (c.dep_ == "prep" and c.lower_ == "to")]
            parties += [g for c in parties if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(c.lemma_.lower() in _COURT or c.lower_ in _COURT for c in parties):
                return verb
        node = node.head
    return None


def aside_reason(token: Token, family: str = "") -> str | None:
    """Why the cue at ``token`` is told in passing, not as news, or None.

    Example:
        >>> aside_reason(nlp("Aid could not reach the town because of the fighting.")[8], "fight")
        'a cause named vaguely (because of the fighting)'
    """
    if _caused(token):
        return f"a cause named vaguely (because of the {token.text})"
    if _campaign_described(token):
        return f"a campaign described ({token.text} {token.head.text})"
    if token.dep_ == "dobj" and (token.head.lemma_.lower() in _LESSENED or token.head.lower_ in _SPARED) \
            and family not in {"protest", "intervene"}:
        return f"violence lessened or spared ({token.head.text} {token.text})"
    if token.dep_ == "dobj" and token.tag_ == "NNS" and token.head.lemma_.lower() in _GIVEN_UP \
            and family not in {"protest", "intervene"} and not any(c.dep_ == "nummod" for c in token.children):
        return f"a practice given up or banned ({token.head.text} {token.text})"
    if _found_by_document(token):
        return "a document's findings, a record (a report says the army has fought ...)"
    court = _found_by_court(token)
    if court is not None:
        return f"a case tried, not news ({court.text} that ...)"
    if family == "group_change" and token.dep_ in {"amod", "compound"} and token.tag_ in {"VBN", "JJ"}:
        return f"a group described ({token.text} {token.head.text})"  # "the now-disbanded AUC"
    if family == "group_change" and _unarmed_movers(token):
        return "people fleeing, no forces moving (refugees crossed into ...)"
    if family == "agree" and token.dep_ == "nsubj" and token.head.tag_ in {"VBZ", "VBP"}:
        return f"an agreement described ({token.text} {token.head.text})"  # "the ceasefire faces major challenges"
    if family == "protest" and token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" \
            and token.head.lemma_.lower() in _ANNOUNCING:
        return f"planned (a protest {token.head.text})"
    if family == "kill" and (_introduced_by(token) or (token.dep_ == "pobj" and _introduced_by(token.head.head))):
        return "the dead someone is introduced by, in an event told (whose brother died in the attack)"
    if family == "kill" and _quantified_victims(token):
        return "the victims of an event told (most were shot)"
    if family == "kill" and _anyone(token):
        return "victims no one in particular (someone who was killed)"
    if _as_setting(token):
        return f"the setting of the news (as {token.text} {token.head.text})"
    if _quoted_habit(token):
        return f"a habit described in a quote ({token.text})"
    if token.sent.root.lemma_.lower() == "recall" and token.i != token.sent.root.i:
        return "an earlier event recalled (... the minister recalled)"
    mourned = _mourned(token)
    if mourned is not None:
        return f"an earlier event mourned or commemorated ({mourned.text})"
    return None
