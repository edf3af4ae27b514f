"""PLOVER's verbal and cooperative events, which ACLED does not code (``--ontology plover``).

ACCUSE, THREATEN, REQUEST, AGREE, CONSULT, REJECT, SUPPORT, CONCEDE, SANCTION,
AID, COOPERATE, RETREAT and MOBILIZE are found by their verbs; the source is the
verb's subject and the target its object (or the object of "against", "on",
"with"). Material conflict (ASSAULT, COERCE, PROTEST) comes from the ACLED
event types, which carry their PLOVER codes already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wirecoder.events.filters import token_reason
from wirecoder.events.roles import phrase
from wirecoder.events.verbal_lexicon import (
    ARMS,
    BY_LEMMA,
    BY_OBJECT,
    EVENT_NOUNS,
    GROUND,
    LIGHT_VERBS,
    NOT_ACTS,
    PARTICLES,
    PHRASES,
    PREFILTER,
    PROPERTY,
    THREATS,
    VIOLENT_AIMS,
)

__all__ = ["VERBAL_PREFILTER", "Verbal", "detect_verbal"]

VERBAL_PREFILTER = PREFILTER
# Future or offered help is a commitment to cooperate (PLOVER AGREE): "Finland will give Tanzania a grant".
_HELPING = frozenset("support provide give help send allow return evacuate release withdraw grant lend donate "
                     "supply deliver fund finance".split())
# Sourcing formulas, not events: "an official who asked not to be named", "declined to comment".
_BOILERPLATE = re.compile(r"^\w+ not to be (?:named|identified)|^\w+ anonymity|"
                          r"^\w+ (?:to )?(?:any |further |immediate )?(?:comment|elaborate|give details)", re.I)
# What is withdrawn (or withdrawn from) when withdrawing reduces relations (SANCTION) rather than yields.
_LEFT_RELATIONS = frozenset("talks negotiations dialogue agreement deal treaty accord pact court mission ambassador "
                            "ambassadors envoy envoys diplomat diplomats observers monitors".split())
# A main verb that only times another: "began releasing prisoners" releases them.
_ASPECTUAL = frozenset("begin start continue resume complete finish".split())
# A main verb that only reports another: "Israel said it rejected the proposal" reports a rejection.
_REPORTING = frozenset("say announce state tell report add confirm declare insist".split())


@dataclass(frozen=True, slots=True)
class Verbal:
    """A verbal or cooperative event: PLOVER type, the source and target phrases, the cue, and whether
    it is the sentence's main act (the acts it speaks of, "blamed the rebels for the shelling", are not)."""

    plover_event: str
    source_text: str | None
    target_text: str | None
    cue: str
    main: bool = False


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a verb the parser hung on the sentence's noun ("Sudan's army chief negotiated
    with ...", read as a reduced relative) has that noun."""
    found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if found is None and _misread_main(verb):
        return verb.head
    if found is None and verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)  # "agreed to release", "met and discussed": the first verb's subject
    if found is not None and found.pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING:
        # "Hungary said it will support the resolution": the one who said it
        teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return teller if teller is not None and teller.pos_ != "PRON" else found
    return found


def _misread_main(verb: Token) -> bool:
    """Whether the parser read the main verb as a clause describing the sentence's only noun root."""
    head = verb.head
    return (verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i
            and verb.tag_ in {"VBD", "VBN"})


def _roles(verb: Token) -> tuple[str | None, str | None]:
    subject = _subject(verb)
    target = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        # "hostages were released by Hamas": the "by" phrase acts, the passive subject undergoes
        by = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subject, target = by, target or subject
    if target is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"against", "on", "with", "to", "for"}:
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is not None:
                    break
    return (phrase(subject).text if subject is not None else None,
            phrase(target).text if target is not None else None)


def _promised(verb: Token) -> bool:
    """Whether the verb is told as a commitment ("will support", "would allow"); after "offered to" or
    "promised to" the verb that commits is the event already."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children)


def _object_words(verb: Token, prepositional: bool = True) -> set[str]:
    """The words of the verb's object (its head, modifiers, coordinated heads and "of" phrase): "cut
    diplomatic ties", "massed thousands of troops"; with ``prepositional`` those of "to", "from" ... too."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}
             or (c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ in {"NOUN", "PROPN"})]  # "allowed convoys into"
    if prepositional:
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "on", "into", "to", "of"}
                  for g in c.children if g.dep_ == "pobj"]
    heads += [g for h in list(heads) for g in h.conjuncts]
    heads += [g for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    words: set[str] = set()
    for head in heads:
        for token in (head, *head.children):
            if token is head or token.dep_ in {"compound", "amod", "nmod", "nummod", "quantmod"}:
                words.update({token.lower_, token.lemma_.lower()})
    return words


def _by_object(verb: Token, lemma: str) -> str | None:
    """The type the verb's direct object tells, else the one its prepositional objects tell."""
    for words in (_object_words(verb, prepositional=False), _object_words(verb)):
        for nouns, event in BY_OBJECT[lemma]:
            if nouns is None or words & nouns:
                if event == "MOBILIZE" and _joint(verb, words):
                    return "COOPERATE"  # joint exercises are cooperation, one army's are mobilising
                return event
    return None


def _joint(verb: Token, words: set[str]) -> bool:
    """Whether two parties act together: "joint drills", "Indian and French navies held exercises"."""
    subject = _subject(verb)
    return "joint" in words or (subject is not None and bool(subject.conjuncts or any(
        c.dep_ == "amod" and c.conjuncts for c in subject.children)))


def _lemma(verb: Token) -> str:
    """The verb's lemma; a past form the lemmatiser garbles ("staged" -> "stag") is read off its ending."""
    lemma = verb.lemma_.lower()
    if lemma not in _KNOWN and verb.lower_.endswith("ed"):
        for cut in (1, 2):
            if verb.lower_[:-cut] in _KNOWN:
                return verb.lower_[:-cut]
    return lemma


_KNOWN = frozenset(BY_LEMMA) | frozenset(BY_OBJECT) | {lemma for lemma, _ in PARTICLES} | _HELPING | {"vow", "swear"}


def _event_of(verb: Token) -> str | None:
    """The PLOVER type a verb reports, from its lemma, its particle, its object or its aim."""
    lemma = _lemma(verb)
    if lemma in _HELPING and _promised(verb):
        return "AGREE"  # "Portugal will support Turkey's bid", "Iraq said it would allow the inspectors"
    # "pulled out of Bunia", "stepped down": the parser often reads the particle as a preposition or adverb
    particle = next((c.lower_ for c in verb.children if (lemma, c.lower_) in PARTICLES
                     and (c.dep_ == "prt" or (c.dep_ in {"prep", "advmod"} and c.i == verb.i + 1))), None)
    if particle is not None:
        if lemma in {"hand", "lay"} and _object_words(verb) & (ARMS | PROPERTY | GROUND):
            return "RETREAT"  # handed-over weapons disarm, bodies are returned, ground ceded
        return PARTICLES[(lemma, particle)]
    if lemma in {"vow", "swear"}:
        aim = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        return "THREATEN" if aim is not None and aim.lemma_.lower() in VIOLENT_AIMS else "AGREE"
    if lemma == "withdraw" and _object_words(verb) & _LEFT_RELATIONS:
        return "SANCTION"  # leaving talks or recalling envoys reduces relations; leaving ground is RETREAT
    if lemma in NOT_ACTS and _object_words(verb, prepositional=False) & NOT_ACTS[lemma]:
        return None  # "released a video"
    if lemma == "warn" and not _threatening(verb):
        return None  # "warned of famine": a forecast
    if lemma in BY_LEMMA:
        return BY_LEMMA[lemma]
    if lemma in LIGHT_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in EVENT_NOUNS:
            return EVENT_NOUNS[obj.lower_]  # "made an urgent appeal", "paid a visit"
    return _by_object(verb, lemma) if lemma in BY_OBJECT else None


def _threatening(warn: Token) -> bool:
    """Whether a warning threatens: it warns someone ("warned Sweden"), warns them to act, or speaks of
    force or retaliation ("warned of consequences", "warned that the army would crush ...")."""
    spoken = [c for c in warn.children if c.dep_ == "ccomp"]
    about = [g for c in warn.children if c.dep_ == "prep" and c.lower_ in {"of", "about", "against"}
             for g in c.children if g.dep_ == "pobj"]
    if not spoken and not about:
        return True
    words = {t.lemma_.lower() for clause in spoken for t in clause.subtree}
    words |= {t.lower_ for head in about for t in head.subtree}
    # "warned that police will no longer tolerate rallies" announces an act; "could displace" forecasts
    announced = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "must", "shall"}
                    for clause in spoken for c in clause.children)
    return announced or bool(words & (THREATS | VIOLENT_AIMS)) or any(
        c.dep_ in {"dobj", "xcomp"} for c in warn.children)


def _circumstance(verb: Token) -> bool:
    """A participle clause without a subject sets the scene: "Asked about the attack, the governor said"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _is_main(token: Token) -> bool:
    """Whether ``token`` is the sentence's main act, or the act its main reporting verb reports."""
    if token.dep_ == "ROOT" or _misread_main(token):
        return True
    return token.dep_ in {"ccomp", "xcomp"} and token.head.dep_ == "ROOT" and (
        token.head.lemma_.lower() in _REPORTING or token.head.lemma_.lower() in _ASPECTUAL)


def detect_verbal(doc: Doc) -> tuple[Verbal, ...]:
    """The verbal events of one parsed sentence.

    Example:
        >>> [v.plover_event for v in detect_verbal(nlp("Gates said Iran was complicit in the attacks."))]
        ['ACCUSE']
    """
    found: list[Verbal] = []
    for token in doc:
        if token.pos_ != "VERB":
            continue
        event = _event_of(token)
        promised = event == "AGREE" and _promised(token)  # a commitment is no hypothetical to drop
        if event is None or (token.dep_ in {"amod", "acl"} and not _misread_main(token)) or _circumstance(token) \
                or (not promised and token_reason(token, "verbal") is not None):
            continue  # "Iranian-backed militias" describes, it does not report
        if _BOILERPLATE.search(doc.text[token.idx : token.idx + 40]):
            continue
        source, target = _roles(token)
        found.append(Verbal(event, source, target, token.text, _is_main(token)))
    for event, pattern in PHRASES:
        match = pattern.search(doc.text)
        if match and not any(v.plover_event == event for v in found):
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            subject = _subject(root) if root is not None else None
            cue = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            # "Gates said Iran was complicit": the one said to be complicit is the target.
            clause = cue.root.head if cue is not None else None
            accused = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            if accused is not None and subject is not None and accused.i == subject.i:
                accused = None
            # the verb of the phrase, or the one whose object or complement it is ("launched joint patrols")
            main = cue is not None and _is_main(cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head)
            found.append(Verbal(event, phrase(subject).text if subject is not None else None,
                                phrase(accused).text if accused is not None else None, match.group(0), main))
    return tuple(found)
