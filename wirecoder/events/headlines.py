"""Headline grammar: "Gunmen attack police post" parsed as if it said "attacked".

Headlines and coders' notes report events in the historic present without
auxiliaries ("Pokot raiders attack and kill civilians", "Police battle cattle
raiders in Turkana"). The small English model reads such verbs as nouns
("battle" a compound of "raiders") and the sentence then has no subject or
object to take actors from. When a sentence's root is not a finite verb, the
present-tense event verbs in verb position are put in the past tense, the
words are parsed again, and the new parse is laid over the original words, so
text and offsets stay those of the article.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["overlaid", "reparse_headline", "reparse_headlines"]

# Present forms of event verbs -> a past form the model parses as a verb.
_PAST: dict[str, str] = {}
for _base, _past in (
    ("attack", "attacked"), ("kill", "killed"), ("clash", "clashed"), ("fight", "fought"),
    ("battle", "battled"), ("raid", "raided"), ("storm", "stormed"), ("shoot", "shot"),
    ("abduct", "abducted"), ("kidnap", "kidnapped"), ("lynch", "lynched"), ("ambush", "ambushed"),
    ("block", "blocked"), ("protest", "protested"), ("demonstrate", "demonstrated"),
    ("torch", "torched"), ("burn", "burned"), ("loot", "looted"), ("hack", "hacked"), ("stab", "stabbed"),
    ("behead", "beheaded"), ("seize", "seized"), ("capture", "captured"), ("overrun", "overran"),
    ("arrest", "arrested"), ("detain", "detained"), ("rape", "raped"), ("bomb", "bombed"),
    ("shell", "shelled"), ("hurl", "hurled"), ("march", "marched"), ("riot", "rioted"),
    ("invade", "invaded"), ("injure", "injured"), ("wound", "wounded"), ("murder", "murdered"),
    ("disperse", "dispersed"), ("assassinate", "assassinated"), ("destroy", "destroyed"),
    ("lob", "lobbed"), ("engage", "engaged"), ("repulse", "repulsed"), ("retake", "retook"),
    ("rescue", "rescued"), ("strike", "struck"), ("vandalise", "vandalised"), ("vandalize", "vandalized"),
    ("ransack", "ransacked"), ("execute", "executed"), ("massacre", "massacred"), ("target", "targeted"),
    ("detonate", "detonated"), ("spear", "speared"), ("die", "died"), ("disrupt", "disrupted"),
):
    _PAST[_base] = _past
    _PAST[_base + ("es" if _base.endswith(("sh", "ch")) else "s")] = _past

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_END = frozenset({"NOUN", "PROPN", "PRON"})
_CHAINS = frozenset({"and", ","})


def _candidates(doc: Doc) -> list[int]:
    """Indices of present-tense event verbs standing where a headline's verb stands."""
    found: list[int] = []
    for token in doc:
        if token.lower_ not in _PAST or token.i == 0:
            continue
        previous = doc[token.i - 1]
        if token.dep_ == "pobj" and any(c.dep_ == "det" for c in token.children):
            continue  # "convicted over the Garissa attack": a noun phrase a preposition governs, no headline's verb
        if previous.pos_ in _SUBJECT_END and previous.lower_ not in _PAST:
            found.append(token.i)  # "Gunmen attack", "Al-Shabab attacks"
        elif found and previous.lower_ in _CHAINS and found[-1] >= token.i - 4:
            found.append(token.i)  # "attack and kill", "storm polling stations and attack"
    return found


def _needs_reparse(doc: Doc, candidates: list[int]) -> bool:
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if not candidates or len(roots) != 1:
        return False
    root = roots[0]
    return root.i in candidates or root.tag_ not in _FINITE


def _reparsed_verb(token: Token) -> bool:
    return token.tag_ == "VBD" and token.dep_ in {"ROOT", "conj"}


def reparse_headline(doc: Doc, nlp: Language) -> Doc:
    """``doc`` with the parse of its past-tense rewording when it is headline-style, else ``doc``.

    Example:
        >>> doc = reparse_headline(nlp("Police battle cattle raiders in Turkana"), nlp)
        >>> doc[1].text, doc[1].dep_, doc[3].dep_
        ('battle', 'ROOT', 'dobj')
    """
    return reparse_headlines([doc], nlp)[0]


def reparse_headlines(docs: Sequence[Doc], nlp: Language, batch_size: int = 64) -> list[Doc]:
    """:func:`reparse_headline` over many parses, the rewordings parsed together in batches."""
    out = list(docs)
    jobs: list[tuple[int, list[int], Doc]] = []
    for index, doc in enumerate(docs):
        candidates = _candidates(doc)
        if _needs_reparse(doc, candidates):
            jobs.append((index, candidates, _reworded(doc, candidates, nlp)))
    reparsed = nlp.pipe((again for _, _, again in jobs), batch_size=batch_size)
    for (index, candidates, _), again in zip(jobs, reparsed):
        if any(_reparsed_verb(again[i]) for i in candidates):
            out[index] = overlaid(docs[index], again, nlp)
        # else the rewording did not help: the model's first reading stays
    return out


def _reworded(doc: Doc, candidates: list[int], nlp: Language) -> Doc:
    """An unparsed Doc of ``doc``'s words with the headline verbs in the past tense."""
    words = [token.text for token in doc]
    for i in candidates:
        past = _PAST[doc[i].lower_]
        words[i] = past.capitalize() if doc[i].text[0].isupper() else past
    return Doc(nlp.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])


def overlaid(doc: Doc, again: Doc, nlp: Language, kept: int = 0) -> Doc:
    """``doc``'s words and entities with the parse of ``again``, a rewording with the same tokens; the first
    ``kept`` tokens keep ``doc``'s own tags and lemmas (the words put in for them are a stand-in)."""
    # Lemmas of the rewritten words are their base forms in both readings ("attacked" -> "attack").
    tagged = [*doc[:kept], *again[kept:]]
    return Doc(
        nlp.vocab,
        words=[token.text for token in doc],
        spaces=[bool(token.whitespace_) for token in doc],
        tags=[token.tag_ for token in tagged],
        pos=[token.pos_ for token in tagged],
        morphs=[str(token.morph) for token in tagged],
        lemmas=[token.lemma_ for token in tagged],
        heads=[token.head.i for token in again],
        deps=[token.dep_ for token in again],
        ents=[f"{token.ent_iob_}-{token.ent_type_}" if token.ent_type_ else "O" for token in doc],
    )
