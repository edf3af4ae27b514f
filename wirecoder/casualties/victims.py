"""How many victims a noun phrase names, and where the victims of a death or injury word are.

Used by :mod:`wirecoder.casualties.phrases`: :func:`left_count` reads the victims before a
passive or a noun ("two police officers were killed", "five bodies"), :func:`right_count`
the object after an active verb ("killing a trader and his son").
"""

from __future__ import annotations

import re

from wirecoder.casualties.words import (
    ADJECTIVAL,
    AGE_AFTER,
    APPOSITION,
    AT_LEAST,
    AUX_TAIL,
    BOUNDARY,
    COLLECTIVE,
    CONJ,
    DEFINITE,
    DETNUM,
    GROUP_WORDS,
    INTRO,
    LIMITER,
    MASKED_AGE,
    NOT_COUNT_AFTER,
    NOT_PERSON,
    NP_STOP,
    NUMBER,
    PARTITION,
    PERSON_HEAD,
    PLURAL_IRREGULAR,
    PRONOUN,
    RANGE,
    RELATIVE,
    RIGHT_STOP,
    SHARED_OBJECT,
    SINGULAR_AUX,
    SINGULAR_DET,
    SOURCES,
    SPEECH,
    TIME_WORDS,
    VAGUE,
)
from wirecoder.casualties.names import TITLED, is_person_name, role_and_name
from wirecoder.numbers import VAGUE_COUNTS, parse_number

__all__ = [
    "clause_before",
    "cut_at_verb",
    "left_count",
    "looks_human",
    "phrase_count",
    "right_count",
]


def conjunct_count(words: str, bare: bool = False) -> tuple[int | None, bool]:
    """Count of victims in one conjunct of a noun phrase, and whether it is definite."""
    words = re.sub(r"\s+of\s*$", "", words.strip(" ,\"'“”"))
    if " of " in words:  # "six of the guards" counts the first part, "the body of a man" the second
        head, _, rest = words.partition(" of ")
        if COLLECTIVE.match(head.strip()):
            return conjunct_count(rest)
        vague = VAGUE.search(head.strip().lower())
        if vague and vague.end() == len(head.strip()) and not NUMBER.search(head):
            # "an unknown number of people", "dozens of soldiers"
            tail = re.findall(r"[a-z']+", rest.lower())
            if tail and tail[-1].rstrip("s") not in NOT_PERSON:
                return VAGUE_COUNTS[vague.group(0)], False
        tail = re.findall(r"[a-z']+", rest.lower())
        quantity = re.search(rf"(?:{NUMBER.pattern}|{VAGUE.pattern})\s*$", head.strip(), re.I)
        if quantity and tail and (tail[-1] in NOT_PERSON or tail[-1].rstrip("s") in NOT_PERSON):
            return None, False  # "stole hundreds of cattle": a quantity of things
        value, definite = conjunct_count(head)
        if value is None:
            value, definite = conjunct_count(rest)
        if value is None and bare:
            value, definite = conjunct_count(head, bare)  # "kills member of a gang": a bare head
        return value, definite
    if not words:
        return None, False
    lowered = words.lower()
    definite = bool(DEFINITE.match(lowered))
    if PRONOUN.match(lowered):
        return 1, True
    last = re.findall(r"[a-z']+", lowered)
    if last and (last[-1] in NOT_PERSON or last[-1].rstrip("s") in NOT_PERSON) and not _LEADER.search(lowered):
        return None, definite  # "several houses", "two vehicles": not people
    values = []
    for match in NUMBER.finditer(words):
        tail = words[match.end() :]
        if NOT_COUNT_AFTER.match(tail) or AGE_AFTER.match(tail):
            continue
        value = parse_number(match.group(0))
        if value is not None:
            values.append(value)
    if values:
        # Alternatives inside one conjunct ("five or six", "20 (some reports 30)"): the lowest.
        return min(values), definite
    vague = VAGUE.search(words)
    if vague:
        return VAGUE_COUNTS[vague.group(0).lower()], False
    if re.match(r"^(?:both|a\s+(?:couple|pair)|twins?)\b", lowered) or re.search(r"\b(?:couple|twins)$", lowered):
        return 2, definite
    tokens = re.sub(r"[^a-z' -]", " ", lowered).split()
    if not tokens:
        return None, definite
    head = tokens[-1]
    plural = (
        head.endswith("s") and not head.endswith(("ss", "us", "'s", "is"))
    ) or head in PLURAL_IRREGULAR or (head.endswith("men") and head not in ("specimen", "abdomen", "omen"))
    if plural or (head in NOT_PERSON and not _LEADER.search(lowered)):
        return None, definite
    if TITLED.match(words):
        return 1, True  # "Mr. Ahmed": a named person, maybe told of before
    if SINGULAR_DET.match(lowered):
        return 1, definite
    # Headline style drops the article: "Mob kills man", "Police officer shot dead".
    original_head = re.findall(r"[A-Za-z']+", words)[-1] if re.search(r"[A-Za-z]", words) else ""
    if (
        bare
        and len(tokens) <= 5
        and (original_head.islower() or len(tokens) == 1)
        and PERSON_HEAD.search(original_head)
        and "#" not in MASKED_AGE.sub("", words)
        and not NP_STOP.search(words)
    ):
        return 1, False
    return None, definite


# "head" names a person after the body it leads ("a village head", "two clan heads").
_LEADER = re.compile(
    r"\b(?:village|clan|tribal|community|family|household|school|district|department|party|militia"
    r"|police|station|state|council|church|mosque|security|intelligence|local)\s+heads?$"
)


def phrase_count(phrase: str, left: bool = False, named: bool = False) -> tuple[int | None, bool]:
    """Count of victims in a (possibly coordinated) noun phrase, and whether all is definite;
    with ``named`` (an object), a conjunct that names a person counts one."""
    phrase = RANGE.sub(lambda m: m.group("low") or m.group("low2"), APPOSITION.sub("", phrase))
    bare = "," not in phrase  # only a plain phrase may drop its article
    counted: list[tuple[str, int, bool]] = []
    parts = [p for p in CONJ.split(phrase) if p and p.strip()]
    for index, part in enumerate(parts):
        # "16 of them" alone is the victims; after a count ("25 people, 19 of them women") a share.
        if PARTITION.search(part) and (index > 0 or not re.search(r"\bof\s+them\b", part, re.I)):
            share = NUMBER.match(part.strip())
            if left and share and index == len(parts) - 1 and not re.search(r"\bthem\b", part, re.I):
                # "13 were shot, 1 of whom was killed": the share is the count.
                return parse_number(share.group(0)), False
            continue  # "two, one of whom was a guard": part of a group already counted
        cut = cut_at_verb(part.strip())
        if left and cut != part.strip():
            # "several victims required hospitalization, four reported killed": the words
            # before a verb belong to another clause; only what follows it can be the victims.
            counted = []
            part = after_last_verb(part.strip())
            if not part:
                continue
        value, is_definite = conjunct_count(part, bare)
        if value is None and named and role_and_name(part):
            value = 1  # "killed district governor Abdul Wahid and his bodyguard"
        if value is not None:
            counted.append((part, value, is_definite))
    if not counted:
        return None, False
    first, rest = counted[0], counted[1:]
    if rest and first[1] > 1 and NUMBER.search(first[0]) and sum(v for _, v, _ in rest) <= first[1] \
            and any(is_person_name(p) or re.search(r"\s[A-Z][a-z]+\s+[A-Z][a-z]+", p) for p, _, _ in rest):
        # "two local leaders, MCA Kibet Cheretei and a Jubilee hopeful": the names detail the two.
        return first[1], first[2]
    return sum(v for _, v, _ in counted), all(d for _, _, d in counted)


def cut_at_verb(phrase: str) -> str:
    """``phrase`` up to the first word that reads as a verb (-ed/-ing after a noun)."""
    for match in re.finditer(r"[A-Za-z][\w'-]*", phrase):
        word = match.group(0).lower()
        if match.start() == 0 or not (word.endswith(("ed", "ing")) or word in ADJECTIVAL or word in _PARTICIPLES):
            continue
        if match.group(0)[0].isupper():
            continue  # a name ("Mohamed", "Ahmed"), not a verb
        previous = phrase[: match.start()].split()
        if not previous:
            continue
        before = previous[-1]
        final = not phrase[match.end() :].strip()
        if final and word.endswith("ed") and DETNUM.match(before):
            return phrase[: match.start()]  # "15 captured (and 1 killed)": a predicate, not an adjective
        if not before.endswith(",") and (
            DETNUM.match(before) or before.lower() in ADJECTIVAL or before.lower().endswith("ly")
        ):
            continue  # "two suspected robbers", "an allegedly armed man": describes the noun
        return phrase[: match.start()]
    return phrase


# Irregular participles that end a victim phrase: "Mob kills man caught stealing".
_PARTICIPLES = frozenset("caught found seen held taken known thought hit beaten stolen thrown driven brought".split())


def after_last_verb(phrase: str) -> str:
    """What follows the last verb-like word of ``phrase`` (see :func:`cut_at_verb`)."""
    rest = phrase
    while True:
        cut = cut_at_verb(rest)
        if cut == rest:
            return rest
        verb = re.match(r"[\w'-]+", rest[len(cut) :])
        rest = rest[len(cut) + (verb.end() if verb else 0) :].strip()


def clause_before(text: str, lower: int, at: int) -> str:
    """The clause that ends at ``at``: from the last sentence-level boundary."""
    window = text[max(lower, at - 200) : at]
    cuts = list(BOUNDARY.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


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
    near = AUX_TAIL.sub("", clause)
    share = re.search(rf"(?P<n>{NUMBER.pattern})\s+of\s+(?:whom|which|them|those)\s*$", near, re.I)
    if share:  # "13 were shot, 1 of whom was killed": the share is the count
        return parse_number(share.group("n")), False, share.group(0)
    stops = list(NP_STOP.finditer(near))
    phrase = near[stops[-1].end() :] if stops else near
    joined = re.split(r",\s*and\s", phrase)
    if not noun and len(joined) > 1 and (
        (stops and _ACTION.match(stops[-1].group(0))) or cut_at_verb(joined[0].strip()) != joined[0].strip()
        # "was shot with arrows, and his corpse beheaded": words naming no one before ", and" end
        # another clause (a list of victims, "a man, a woman, and a child", names someone first).
        or (phrase_count(joined[0])[0] is None and phrase_count(joined[-1])[0] is not None)
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
        phrase = CONJ.split(phrase)[-1]
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


def looks_human(phrase: str) -> bool:
    """Whether ``phrase`` plainly names people ("four robbery suspects", "him", "a thief", a name).

    Example:
        >>> looks_human("two suspected thieves"), looks_human("the chief's office")
        (True, False)
    """
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)
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
    window = LIMITER.sub(" ", window)
    stop = RIGHT_STOP.search(window)
    phrase = cut_at_verb(window[: stop.start()] if stop else window)
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
