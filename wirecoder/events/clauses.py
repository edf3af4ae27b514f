"""Clauses of a sentence that tell an event apart from the sentence's own report.

"..., a day after a suicide bomber killed 88 people at a shrine" tells an earlier event in passing;
"..., while in Bogota thousands marched peacefully" tells another event beside the report. Detection
gives each its own mention, evidenced by the clause alone, and keeps the clause out of the report's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

__all__ = ["Apart", "apart", "char_span", "joined_after", "joined_spans", "rest"]


@dataclass(frozen=True, slots=True)
class Apart:
    """A clause told apart (token indices): where it starts ("a day after", "while"), where its own words
    start, where it ends, and whether it is told in passing (at a distance in time) rather than beside
    the report (in another place)."""

    told_at: int
    start: int
    end: int
    in_passing: bool
    # months or years before ("a year after the bombing"): reported in its own time, not with this one
    long_ago: bool = False
    # a clause joined after the report's own, with its own subject and place ("... in Quetta and a grenade
    # attack hit a market in Peshawar"): the report is what comes before it
    joined: bool = False


# Time nouns that set a clause apart from the report: "a day after", "hours before", "two weeks after".
_TIME_APART = frozenset({"hour", "day", "night", "week", "month", "year"})
_LONG_AGO = frozenset({"month", "year"})
_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})


def apart(doc: Doc) -> Apart | None:
    """The clause of the sentence that tells an event apart from its report, or None.

    Example:
        >>> found = apart(nlp("Police arrested five men on Monday, a day after gunmen killed two traders in Garissa."))
        >>> found.in_passing
        True
    """
    for token in doc:
        if _coordinated_elsewhere(doc, token):
            # "A bomb tore through a van in Quetta and a grenade attack hit a market in Peshawar": two
            # clauses, each with its own subject and place, tell two events
            opening = token.left_edge.i
            told_at = opening - 1 if opening > 0 and doc[opening - 1].lower_ in _JOINERS else opening
            return Apart(told_at, opening, _end(doc, token), False, joined=True)
        # The parser makes such a clause the root at times ("..., the army said, a day after X killed Y")
        if token.dep_ not in {"advcl", "ROOT"}:
            continue
        marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        # the distance told before the mark: "a day after", not "after clashes lasted two days"
        distance = [c for c in token.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_APART
                    and marks and c.i < marks[-1].i]
        if marks and distance and distance[-1].lemma_.lower() == "hour" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _PRONOUNS for c in token.children
        ):
            continue  # "fought for several hours before they were repelled": the same fight, hours on
        if marks and distance:
            told_at = min(distance[-1].left_edge.i, marks[-1].i)
            # The clause's own words, without "a day after": what it tells, not when it was told from
            return Apart(told_at, max(marks[-1].i, distance[-1].right_edge.i) + 1, _end(doc, token), True,
                         distance[-1].lemma_.lower() in _LONG_AGO and marks[-1].lower_ == "after")
        if marks and token.dep_ == "advcl" and _own_day(token) and not _only_a_toll(token.head):
            # "police arrested 12 people after a grenade attack on a restaurant on Sunday wounded four": the
            # clause tells an event of another day, with its own date
            return Apart(marks[-1].i, marks[-1].i + 1, _end(doc, token), True)
        beside = [c for c in token.children if c.dep_ == "mark" and c.lower_ in {"while", "whereas"}]
        # ... a clause of its own, with its own subject ("while running from tear gas" tells how one died)
        if token.dep_ == "advcl" and beside and _elsewhere(doc, token) and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        ):
            return Apart(beside[0].i, beside[0].i + 1, _end(doc, token), False)
    return None


_WEEKDAY = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)$", re.I)


def _own_day(clause: Token) -> bool:
    """Whether a clause names the day its own event happened ("... on Sunday wounded four")."""
    return any(_WEEKDAY.match(t.text) and t.ent_type_ == "DATE" for t in clause.subtree)  # not "Bloody Sunday"


# A clause that only counts the dead or wounded, with no doer of its own: "Four soldiers died", "Nine people were
# killed", "Six people are (now confirmed) dead", "Eleven passengers were injured".
_DIED = frozenset({"die", "perish"})
_HARMED = frozenset({"kill", "injure", "wound"})
_DEAD = frozenset({"dead", "killed", "injured", "wounded"})


def _only_a_toll(head: Token) -> bool:
    """Whether the clause ``head`` governs only counts casualties ("were killed after a missile struck ... on
    Tuesday"): what it came after is the event it counts, not another one."""
    deps = {c.dep_ for c in head.children}
    if "agent" in deps:
        return False  # "were killed by soldiers after ...": a doer of its own
    passive = "nsubjpass" in deps or "auxpass" in deps
    return (head.lemma_.lower() in _DIED or (passive and head.lemma_.lower() in _HARMED)
            or any(c.dep_ in {"acomp", "oprd", "attr"} and c.lower_ in _DEAD for c in head.children)
            or (head.lower_ in _DEAD and "nsubj" not in deps))


_JOINERS = frozenset({"and", "while", "as", ",", ";"})


def joined_after(doc: Doc, clause: Apart) -> list[Apart]:
    """The clauses joined inside a joined ``clause``, each with its own subject and place, in order: a round-up
    of three attacks in one sentence ("gunmen killed six in Dogon Dawa, bandits abducted 15 in Maru, and herders
    killed four in Agatu") tells three events, not two."""
    found: list[Apart] = []
    for token in doc[clause.start : clause.end]:
        if token.left_edge.i <= clause.start or not _coordinated_elsewhere(doc, token):
            continue
        opening = token.left_edge.i
        if found and opening < found[-1].end and opening <= found[-1].start:
            continue
        told_at = opening - 1 if doc[opening - 1].lower_ in _JOINERS else opening
        found.append(Apart(told_at, opening, _end(doc, token), False, joined=True))
    return found


def _coordinated_elsewhere(doc: Doc, token: Token) -> bool:
    """Whether ``token`` heads a clause joined to the one before it, with its own subject and its own place
    ("..., and bandits abducted 12 travellers in Zamfara")."""
    if token.dep_ != "conj" or token.pos_ not in {"VERB", "AUX"} or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or token.left_edge.i <= token.head.i:
        return False
    if _only_a_toll(token) or _only_a_toll(token.head):
        return False  # "A policeman was killed in Mandera and three others injured when ...": one event's toll
    return _elsewhere(doc, token)


def joined_spans(doc: Doc, first: Apart, more: list[Apart]) -> list[tuple[int, int]]:
    """The token spans of a joined clause and of the clauses :func:`joined_after` it, each up to the next."""
    spans = []
    for part, after in zip([first, *more], [*more, None]):
        end = _before_speakers(doc, part.start, after.told_at if after is not None else part.end)
        while end - 1 > part.start and doc[end - 1].is_punct:
            end -= 1  # "..., and herders killed four": the comma before the next clause is no clause's
        if end > part.start:
            spans.append((part.start, end))
    return spans


_SAYING = frozenset("say tell report add confirm announce claim".split())


def _before_speakers(doc: Doc, start: int, end: int) -> int:
    """``end``, or the last comma before it where only the speakers of the sentence's report follow ("... around
    Babanusa in West Kordofan, activists and residents said"): they said it, they are no side of the clause."""
    root = doc[start].sent.root
    if root.i < end or root.lemma_.lower() not in _SAYING:
        return end
    commas = [t.i for t in doc[start:end] if t.text == ","]
    if commas and not any(t.pos_ in {"VERB", "AUX"} for t in doc[commas[-1] + 1 : root.i]):
        return commas[-1]
    return end


def _end(doc: Doc, token: Token) -> int:
    end = token.right_edge.i + 1
    while end - 1 > token.i and doc[end - 1].is_punct:
        end -= 1
    return end


# Prepositions a place follows ("in Damboa", "near Gao"), and the entity labels a name there cannot be a place of.
_AT_PLACE = frozenset("in near outside at around inside".split())
_NOT_PLACES = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())


def _places(doc: Doc, start: int, end: int, inside: bool) -> set[str]:
    """The place names in (``inside``) or out of tokens ``start`` to ``end``: the parser's places, and proper
    nouns after "in", "near" ... that it took for something else or missed ("near Gao", "in Damboa")."""
    def held(i: int) -> bool:
        return (start <= i < end) is inside
    names = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"} and held(e.start) and held(e.end - 1)}
    names |= {t.text for t in doc if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _AT_PLACE
              and t.ent_type_ not in _NOT_PLACES and held(t.i)}
    names |= {t.text for t in doc if held(t.i) and _fronted_place(doc, t)}
    return names


def _fronted_place(doc: Doc, token: Token) -> bool:
    """Whether ``token`` is a place right after "in", "near" ... that the parser joined to the noun after it
    ("while in Quetta security forces killed ...": "Quetta" read as a modifier of "forces"), not a name inside
    the preposition's own object ("in Al Shabaab attacks")."""
    if token.i == 0 or token.pos_ != "PROPN" or token.dep_ != "compound" or token.ent_type_ in _NOT_PLACES:
        return False
    prep = doc[token.i - 1]
    return prep.lower_ in _AT_PLACE and prep.dep_ == "prep" and token.head.dep_ != "pobj" \
        and token.head.head.i != prep.i


def _elsewhere(doc: Doc, clause: Token) -> bool:
    """Whether the clause and the rest of the sentence each name a place, not the same one."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    inside, outside = _places(doc, start, end, True), _places(doc, start, end, False)
    return bool(inside) and bool(outside) and not inside & outside


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character offsets of tokens ``start`` to ``end``."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def rest(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence without a clause at its start or end; the whole sentence for one in its middle."""
    if not text[end:].strip(" .;,\"'”’"):
        return 0, len(text[:start].rstrip(" ,;-—–"))
    if not text[:start].strip(" ,;-—–"):
        rest = len(text) - len(text[end:].lstrip(" ,;-—–"))
        return rest, len(text)
    return 0, len(text)
