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

__all__ = ["VERBAL_PREFILTER", "Verbal", "detect_verbal"]

# PLOVER event -> verb lemmas that express it.
_LEMMAS: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset("accuse blame condemn denounce criticise criticize allege charge".split()),
    "THREATEN": frozenset("threaten warn".split()),
    "REQUEST": frozenset("urge demand appeal request ask".split()),
    # PLOVER's AGREE includes offering, promising or committing to cooperate
    "AGREE": frozenset("agree sign offer promise pledge commit accept".split()),
    "CONSULT": frozenset("meet visit negotiate discuss host".split()),
    "REJECT": frozenset("reject refuse deny dismiss veto".split()),
    "SUPPORT": frozenset("praise support endorse welcome back".split()),
    "CONCEDE": frozenset("apologise apologize concede release free lift ease".split()),
    "SANCTION": frozenset("sanction expel ban suspend boycott embargo".split()),
    "AID": frozenset("donate aid".split()),
    "COOPERATE": frozenset("cooperate collaborate".split()),
    "RETREAT": frozenset("withdraw retreat".split()),
    "MOBILIZE": frozenset("mobilize mobilise deploy".split()),
}
_BY_LEMMA = {lemma: event for event, lemmas in _LEMMAS.items() for lemma in lemmas}
# "complicit", "called for": verbal events said without their usual verb.
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ACCUSE", re.compile(r"\bcomplicit\b", re.I)),
    ("REQUEST", re.compile(r"\bcall(?:ed|s|ing)? (?:on|for)\b", re.I)),
    ("SANCTION", re.compile(r"\bimpos\w* (?:\w+ )?sanctions\b", re.I)),
    # "reached a consensus", "is willing / ready / prepared to": a commitment to cooperate
    ("AGREE", re.compile(r"\breach\w* (?:an? |the )?(?:\w+ )?(?:consensus|agreement|deal|accord)\b|"
                        r"\b(?:is|are|was|were) (?:\w+ )?(?:willing|ready|prepared) to\b", re.I)),
    ("CONSULT", re.compile(r"\bh[eo]ld\w* (?:\w+ ){0,3}?(?:talks|meeting|meetings|consultations)\b", re.I)),
    # sharing know-how, not a border: "has been sharing expertise with the Tigers"
    ("COOPERATE", re.compile(r"\bshar\w* (?:\w+ )?(?:intelligence|information|expertise|data|technology|experience|"
                            r"know-how)\b", re.I)),
)
# Future or offered help is a commitment to cooperate (PLOVER AGREE): "Finland will give Tanzania a grant".
_HELPING = frozenset("support provide give help send allow return evacuate release withdraw".split())
# Sourcing formulas, not events: "an official who asked not to be named".
_BOILERPLATE = re.compile(r"^\w+ not to be (?:named|identified)|^\w+ anonymity", re.I)
VERBAL_PREFILTER: re.Pattern[str] = re.compile(
    r"\b(?:accus|blam|condemn|denounc|critici|alleg|charg|threat|warn|urg|demand|appeal|request|ask|agree|"
    r"sign|met\b|meet|visit|negotiat|discuss|host|reject|refus|deni|deny|dismiss|veto|prais|support|endors|"
    r"welcom|back|apologi|conced|releas|free|sanction|expel|ban|suspend|boycott|embargo|donat|aid|cooperat|"
    r"collaborat|withdr|retreat|mobili|deploy|complicit|call|offer|promis|pledg|commit|accept|lift|eas|shar|"
    r"consensus|willing|ready|prepared|talks|meeting|will|would)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Verbal:
    """A verbal or cooperative event: PLOVER type, the source and target phrases, the cue."""

    plover_event: str
    source_text: str | None
    target_text: str | None
    cue: str


def _roles(verb: Token) -> tuple[str | None, str | None]:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    target = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
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


def detect_verbal(doc: Doc) -> tuple[Verbal, ...]:
    """The verbal events of one parsed sentence.

    Example:
        >>> [v.plover_event for v in detect_verbal(nlp("Gates said Iran was complicit in the attacks."))]
        ['ACCUSE']
    """
    found: list[Verbal] = []
    for token in doc:
        lemma = token.lemma_.lower()
        event = _BY_LEMMA.get(lemma) if token.pos_ == "VERB" else None
        if token.pos_ == "VERB" and lemma in _HELPING and _promised(token):
            event = "AGREE"  # "Portugal will support Turkey's bid", "Iraq said it would allow the inspectors"
        elif event is None or token.dep_ in {"amod", "acl"} or token_reason(token, "verbal") is not None:
            continue  # "Iranian-backed militias" describes, it does not report
        if _BOILERPLATE.search(doc.text[token.idx : token.idx + 40]):
            continue
        source, target = _roles(token)
        found.append(Verbal(event, source, target, token.text))
    for event, pattern in _PHRASES:
        match = pattern.search(doc.text)
        if match and not any(v.plover_event == event for v in found):
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
            cue = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            # "Gates said Iran was complicit": the one said to be complicit is the target.
            clause = cue.root.head if cue is not None else None
            accused = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            if accused is not None and subject is not None and accused.i == subject.i:
                accused = None
            found.append(Verbal(event, phrase(subject).text if subject is not None else None,
                                phrase(accused).text if accused is not None else None, match.group(0)))
    return tuple(found)
