"""Where the victims of a death or injury word are, and how many (counted by
:mod:`wirecoder.casualties.conjuncts`).

Used by :mod:`wirecoder.casualties.phrases`: :func:`left_count` reads the victims before a
passive or a noun ("two police officers were killed", "five bodies"), :func:`right_count`
the object after an active verb ("killing a trader and his son").
"""

from __future__ import annotations

import re

from wirecoder.casualties.conjuncts import (
    after_last_verb,
    conjunct_count,
    cut_at_verb,
    phrase_count,
)
from wirecoder.casualties.names import is_person_name, role_and_name
from wirecoder.casualties.triggers import TRIGGER
from wirecoder.casualties.words import (
    AT_LEAST,
    AUX_TAIL,
    BOUNDARY,
    CONJ,
    GROUP_WORDS,
    INTRO,
    LIMITER,
    NOT_PERSON,
    NP_STOP,
    NUMBER,
    PERSON_HEAD,
    PLURAL_IRREGULAR,
    RELATIVE,
    RIGHT_STOP,
    SHARED_OBJECT,
    SINGULAR_AUX,
    SOURCES,
    SPEECH,
    TIME_WORDS,
)
from wirecoder.numbers import parse_number

__all__ = [
    "clause_before",
    "left_count",
    "looks_human",
    "right_count",
]



def clause_before(text: str, lower: int, at: int) -> str:
    """The clause that ends at ``at``: from the last sentence-level boundary."""
    window = text[max(lower, at - 200) : at]
    cuts = list(BOUNDARY.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


# Whose dead they were, after the count: "leaving 5 fighters from both sides dead".
_SIDES_TAIL = re.compile(r"\s+(?:on|from|of)\s+(?:both|either|all|each|the two)\s+sides?\s*$", re.I)


def left_count(
    text: str, lower: int, at: int, noun: bool, adjacent: bool = False
) -> tuple[int | None, bool, str]:
    """Victims named before offset ``at``: the phrase next to the word, else (unless
    ``adjacent``) the clause subject."""
    # "at least" is a limiter here, not the preposition that would end the phrase.
    # "After raiders killed four, one bandit was shot": the opening clause is not the subject.
    clause = INTRO.sub("", AT_LEAST.sub("atleast ", clause_before(text, lower, at)))
    clause = TIME_WORDS.sub(lambda m: " " * len(m.group(0)), clause)  # "last week a boy was"
    speech = list(_SPEECH.finditer(clause))
    if speech and clause[speech[-1].end() :].strip():
        # "The Syrian Observatory said 23 fighters on both sides were killed": what is said has its own subject.
        clause = clause[speech[-1].end() :]
    near = _SIDES_TAIL.sub("", AUX_TAIL.sub("", clause))
    share = re.search(
        rf"(?:(?P<n>{NUMBER.pattern})\s+of\s+(?:whom|which|them|those)"
        # "12 casualties, including four dead": the dead among all the casualties (but in "3
        # civilians killed, including 2 beheaded" the two are among the dead, counted already).
        rf"|,\s*(?:including|among\s+(?:them|whom|those|which))\s+(?:atleast\s+)?(?P<m>{NUMBER.pattern}))\s*$",
        near, re.I,
    )
    if share and share.group("m") and TRIGGER.search(near, 0, share.start()):
        share = None
    if share:  # "13 were shot, 1 of whom was killed": the share is the count
        return parse_number(share.group("n") or share.group("m")), False, share.group(0)
    stops = list(NP_STOP.finditer(near))
    phrase = near[stops[-1].end() :] if stops else near
    while not noun and len(stops) > 0 and _PLACE_PREP.fullmatch(stops[-1].group(0)) and not looks_human(phrase):
        # "one peacekeeper from Rwanda died", "two soldiers with the UN mission": the people before a
        # place or a body they come from
        head_stops = list(NP_STOP.finditer(near, 0, stops[-1].start()))
        head = near[head_stops[-1].end() if head_stops else 0 : stops[-1].start()]
        if not looks_human(head) or (phrase_count(phrase, left=True)[0] is not None
                                     and (phrase_count(head, left=True)[0] or 0) < 2):
            break  # "A student at the institution was found dead": one person either way, read as before
        phrase, stops = head, head_stops
    joined = re.split(r",\s*and\s", phrase)
    if not noun and len(joined) > 1 and (
        (stops and _ACTION.match(stops[-1].group(0))) or cut_at_verb(joined[0].strip()) != joined[0].strip()
        # "was shot with arrows, and his corpse beheaded": words naming no one before ", and" end
        # another clause (a list of victims, "a man, a woman, and a child", names someone first).
        or (phrase_count(joined[0])[0] is None and phrase_count(joined[-1])[0] is not None)
        # "Police fired tear gas at the crowd, and 3 were killed": a thing told before ", and" names no one.
        or (not looks_human(joined[0]) and phrase_count(joined[0], left=True)[1] and phrase_count(joined[-1])[0] is not None)
    ):
        # "Troops killed six militants, and two soldiers were killed", "Police arrested two men,
        # and a woman was shot": the object ends at ", and"; the subject of its own clause follows.
        phrase = joined[-1]
    if not phrase.strip() and stops and RELATIVE.search(near):
        # "one gang member, who died": the antecedent before the relative pronoun.
        head = near[: stops[-1].start()].rstrip(" ,")
        head_stops = list(NP_STOP.finditer(head))
        phrase = head[head_stops[-1].end() :] if head_stops else head
    imputed = _IMPUTED_GERUND.search(near, 0, stops[-1].end()) if stops and not noun else None
    if imputed:
        # "Three men suspected of killing a herder were lynched": the men, not the herder.
        head = near[: imputed.start()]
        head_stops = list(NP_STOP.finditer(head))
        phrase = head[head_stops[-1].end() :] if head_stops else head
    if noun:  # "five bodies", "two deaths": only the words right before the noun
        # ... after any verb ("police in the state of Zacatecas found 10 bodies").
        phrase = after_last_verb(CONJ.split(phrase)[-1])
    if not phrase.rstrip().endswith(","):
        count, definite = phrase_count(phrase, left=True)
        if count and count > 1 and SINGULAR_AUX.search(clause) and not NUMBER.search(phrase) \
                and not re.search(r"\b(?:couple|twins)\s*$", phrase, re.I):  # "an elderly couple was"
            count = 1  # "a cleric and party leader was shot": one person with two titles
        name = re.search(r"(?:[A-Z][\w'.-]*\s+){1,3}[A-Z][\w'.-]*\s*$", phrase)
        one_named = name is not None and is_person_name(name.group(0))
        if count is None and not noun and one_named and SINGULAR_AUX.search(clause):
            count, definite = _one_person(name.group(0))  # "ODM legislator Melitus Were was shot dead"
        singular = not noun and _singular_verb(clause[len(near) :])
        if count is None and singular:
            count, definite = _one_person(phrase)
        if count == 1 and not noun and not NUMBER.search(phrase) and _plural_verb(clause[len(near) :]):
            # "An inspector with the police and a corporal with the wildlife service were shot"
            count = _persons_with_qualifiers(near) or count
        if count is not None or noun or adjacent:
            return count, definite, phrase
    elif not noun and not adjacent:
        # "Peter Otieno, a trader, was shot dead": the victim is named before the apposition.
        named = re.sub(r",[^,]{1,60},\s*$", "", near)
        stops = list(NP_STOP.finditer(named))
        head = named[stops[-1].end() :] if stops else named
        if named != near and head.strip():
            count, definite = phrase_count(head, left=True)
            singular = _singular_verb(clause[len(near) :])
            if count is None and singular:
                count, definite = _one_person(head)
            elif count is not None and count > 1 and singular and not NUMBER.search(head):
                count = 1  # "a conservationist and ivory investigator, Jane Doe, was found dead"
            if count is not None:
                possessive = re.match(r"\s*(?:his|her|their)\b", head, re.I) is not None
                return count, definite or possessive, head
    if adjacent:
        return None, False, phrase
    subject = INTRO.sub("", clause)
    stop = NP_STOP.search(subject)
    if stop and _AGENT_VERB.fullmatch(stop.group(0)) and not noun:
        # "The statement claimed that the attacks executed by ...": the subject acts in a clause
        # of its own; it is not the victim of the death word.
        return None, False, phrase
    subject = cut_at_verb(subject[: stop.start()] if stop else subject)
    count, definite = phrase_count(subject)
    if count is None and not noun and _singular_verb(clause[len(near) :]):
        count, definite = _one_person(subject)  # "Jane Doe (a trader), was shot dead"
    if count == 1 and not noun and _plural_verb(clause[len(near) :]):
        count = _persons_with_qualifiers(near) or count  # "a soldier from X and a trader from Y were"
    return count, definite, subject


_PLACE_PREP = re.compile(r"in|at|from|with|near|on|inside|outside|along", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told (?:\w+ ){0,2}?|stated|added|confirmed|announced)\s+(?:that\s+)?", re.I)
# Verbs after which the sentence's subject is an agent or a speaker, not the victims of a later passive.
_AGENT_VERB = re.compile(
    # Finite forms only: "attacks" is as often a noun, "saying" a participle of the subject
    # ("a police officer saying that ... was found killed").
    r"said|says|told|reported|attacked|raided|clashed|fought|opened|claimed|caused",
    re.IGNORECASE,
)
_IMPUTED_GERUND = re.compile(
    r"\s\b(?:suspected|accused|convicted|wanted|charged|arrested|jailed)\s+(?:of|for|with|over)\s+"
    r"(?:\w+ly\s+)?\w+ing\s*$",
    re.IGNORECASE,
)


def _plural_verb(tail: str) -> bool:
    """Whether the auxiliaries before a death word are plural ("were", "have been")."""
    return re.search(r"\b(?:were|are|have)\b", tail, re.I) is not None


def _persons_with_qualifiers(subject: str) -> int | None:
    """People in a coordinated subject whose conjuncts each carry a qualifier ("a corporal
    with the KWS and an inspector from the ASTU"), or None when a conjunct names no one."""
    total = 0
    parts = [p for p in CONJ.split(INTRO.sub("", subject)) if p.strip()]
    for part in parts:
        stop = NP_STOP.search(part)
        value, _ = conjunct_count(part[: stop.start()] if stop else part)
        if value is None:
            return None
        total += value
    return total if len(parts) > 1 else None


def _singular_verb(tail: str) -> bool:
    """Whether the auxiliaries before a death word are singular ("was", "is attacked and")."""
    return bool(re.search(r"\b(?:was|is|has)\b", tail, re.I)) and not re.search(
        r"\b(?:were|are|have)\b", tail, re.I
    )


def _one_person(phrase: str) -> tuple[int | None, bool]:
    """(1, definite) when ``phrase``, the subject of a singular verb, names a person.

    Whatever its words ("Suspected al Shabaab was shot dead", "the perpetrator of a fatal
    stabbing was beaten to death"), a singular subject of a death verb is one victim; not
    when it is a thing, a plural or a negation ("no passenger was hurt").
    """
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)
    if not words or words[0].lower() in _NO_ONE:
        return None, False
    surname = re.fullmatch(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'-]+)[\s,]*", phrase)
    word = surname.group(1).lower() if surname else ""
    if surname and not _group_or_thing(word) and word not in GROUP_WORDS:
        return 1, True  # a surname alone ("Wakaba was killed") names someone told of before
    if is_person_name(phrase.strip(" ,")):
        return 1, False
    last = words[-1].lower()
    if last in ("he", "she"):
        return 1, True  # "after he was released, he was attacked and killed"
    plural = last.endswith("s") and not last.endswith(("ss", "us", "'s", "is"))
    if plural or _group_or_thing(last):
        return None, False
    return 1, bool(re.match(r"(?:the|this|that|his|her|their|its)\b", words[0], re.I))


# Words a victim phrase cut before the next verb may end on.
_DANGLING = frozenset({"and", "or", "but", "while", "as", "then", "before", "after"})


def looks_human(phrase: str) -> bool:
    """Whether ``phrase`` plainly names people ("four robbery suspects", "him", "a thief", a name).

    Example:
        >>> looks_human("two suspected thieves"), looks_human("the chief's office")
        (True, False)
    """
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)
    while words and words[-1].lower() in _DANGLING:
        words.pop()  # "neutralising five of them and recovering three rifles": the phrase stops at "and"
    if not words:
        return False
    last = words[-1].lower()
    if last.endswith("men") or last in ("him", "her", "them", "people", "children"):
        return True
    stem = last[:-3]  # "thieves", "wives", "ladies"
    forms = {last, last.rstrip("s"), stem + "f", stem + "fe", stem + "y"} if last.endswith("ies") or \
        last.endswith("ves") else {last, last.rstrip("s")}
    person = any(PERSON_HEAD.search(form) and not _group_or_thing(form) for form in forms)
    return person or is_person_name(phrase)


def _group_or_thing(word: str) -> bool:
    """Whether the lower-case ``word`` names a group, a thing or nobody in particular."""
    return (
        word in PLURAL_IRREGULAR or word in NOT_PERSON or word.rstrip("s") in NOT_PERSON
        or word in _NOT_SUBJECT
    )


_NO_ONE = frozenset("no none nobody neither nor not nothing".split())
_NOT_SUBJECT = frozenset("it this that which what who whom everyone everybody anyone all".split())


def right_count(text: str, at: int, upper: int) -> tuple[int | None, bool, str]:
    """Victims named as the object after offset ``at`` ("killing two herders and a child")."""
    window = text[at : min(upper, at + 120)]
    shared = SHARED_OBJECT.match(window)
    if shared:  # "lynched and burned three men": both verbs take the object
        window = window[shared.end() :]
    elif re.match(r"^\s*(?:,|and\b|or\b)", window, re.I):
        return None, False, ""
    alone = _ANOTHER_ALONE.match(window)
    if alone:  # "shot dead one person and injured another in Mandera"
        return 1, False, alone.group(0)
    window = LIMITER.sub(" ", window)
    stop = RIGHT_STOP.search(window)
    phrase = cut_at_verb(window[: stop.start()] if stop else window)
    timed = TIME_WORDS.search(phrase) or _AGO.search(phrase)
    if timed:  # "killed a herder last week", "... a few days ago": the time ends the object
        phrase = phrase[: timed.start()]
    # A thousands separator ("1,200 people") is no comma between phrases.
    head, comma, rest = re.sub(r",(?=\s?\d{3}\b)", "\x00", phrase).partition(",")
    head, rest = head.replace("\x00", ","), rest.replace("\x00", ",")
    named = bool(comma) and is_person_name(" ".join(rest.split()[:4]).rstrip(","))
    if comma and not re.search(r"\band\b", rest):
        phrase = head  # "156 people, the agency said": a comma ends the object unless a list goes on
    elif comma and stop and SPEECH.match(window[stop.start() :]):
        phrase = _without_sources(phrase)  # "six soldiers, local officials and a source said"
    elif (
        comma and stop and phrase == window[: stop.start()] and _NEW_SUBJECT.match(window[stop.start() :])
        and not re.search(r"\bof\s*$", text[max(0, at - 4) : at], re.I)  # "the bodies of X, and Y were"
    ):
        # "lynching him, and another man was killed": the last conjunct opens a clause of its own.
        phrase = phrase[: max(m.start() for m in re.finditer(r",", phrase))]
    if not phrase.strip():
        return None, False, ""
    if _NO_ONE_OBJECT.match(phrase):
        return 0, False, phrase  # "killing no one else", "but killed nobody"
    count, definite = phrase_count(phrase, named=True)
    if count is None and (is_person_name(phrase) or role_and_name(phrase) or named and len(phrase.split()) <= 5):
        # "killed chief Ekal Lochamin", "shot dead Mwenda Itaeba", "killed county executive, Jane Doe"
        count = 1
    return count, definite, phrase


_AGO = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|several|a\s+few|some|\d+)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"\s+(?:ago|earlier|before|later)\b",
    re.IGNORECASE,
)
_ANOTHER_ALONE = re.compile(
    r"^\s*(?:another|one\s+other)(?=\s*(?:$|[,.;)]|\s(?:in|at|on|near|from|with|by|during|when|after|as|and|while)\b))",
    re.IGNORECASE,
)
_NO_ONE_OBJECT = re.compile(r"^\s*(?:no[\s-]?one|nobody|none)\b", re.IGNORECASE)
_ACTION = re.compile(r"(?:attack|raid|clash|fought|fire|shoot|left|leav|kill|shot|injur|wound|murder)", re.I)
_NEW_SUBJECT = re.compile(r"^\s*(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)


def _without_sources(phrase: str) -> str:
    """``phrase`` without the trailing conjuncts that name who said it ("officials", "a source")."""
    cuts = [m.start() for m in CONJ.finditer(phrase)]
    end = len(phrase)
    for cut in reversed(cuts):
        words = re.findall(r"[a-z]+", phrase[cut:end].lower())
        if not words or words[-1] not in SOURCES:
            break
        end = cut
    return phrase[:end] if end > 0 else phrase
