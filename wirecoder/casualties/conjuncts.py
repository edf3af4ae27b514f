"""How many victims a noun phrase names: each conjunct counted, a figure, a vague quantity, a
singular noun or a name ("two police officers and a trader", "John Smith, 34, and his wife").

Used by :mod:`wirecoder.casualties.victims`, which finds the phrase a death or injury word governs.
"""

from __future__ import annotations

import re

from wirecoder.casualties.names import TITLED, is_person_name, role_and_name
from wirecoder.casualties.words import (
    ADJECTIVAL,
    AGE_AFTER,
    APPOSITION,
    COLLECTIVE,
    CONJ,
    DEFINITE,
    DETNUM,
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
    SINGULAR_DET,
    VAGUE,
)
from wirecoder.numbers import VAGUE_COUNTS, parse_number

__all__ = ["after_last_verb", "conjunct_count", "cut_at_verb", "phrase_count"]


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


# An age after a name or a person, bracketed in South Asian copy ("Ramesh Kumar (18)") and
# between commas in wire copy ("John Smith, 34, and his wife Mary, 29,"): no victims of its own.
_AGES = re.compile(r"(?<=[A-Za-z])\s*(?:\(\d{1,2}\)|,\s*\d{1,2}(?=\s*,))")
# ... and at the end of an object after a name ("shot dead John Smith, 34"); before the verb
# that figure is the victims ("clashes in northern Kenya, 15 killed", "on patrol, 2 died").
_AGE_AT_END = re.compile(r"(?<=\b[A-Z][a-z])(?P<tail>[\w'-]*)\s*,\s*\d{1,2}\s*$")

# ... and after a person named in apposition before the verb: "One of the injured, Abdul Karim, 45, a trader, died"
# (a place before a figure is the scene: "In Mandera, 15 died").
_NAMED_AGE_BEFORE = re.compile(r"^\s*,\s*(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)\s*,\s*\d{1,2}\s*$")


# An ordinal with no noun ("and the second") names the thing of the clause (a blast, an attack),
# never a victim: it opens a clause of its own.
_ORDINAL_ALONE = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|latter|former|last)", re.IGNORECASE)


# One person told with two roles: "a social leader and member of the community action board", "a journalist and
# human rights defender". The second role has no article of its own; a second person has one ("a teacher and a
# student"), and "a man and woman" are two people, not roles.
_ONE_PERSON_ROLE = re.compile(r"\s*(?:a|an)\s+[a-z][a-z\s-]*", re.IGNORECASE)
_SECOND_ROLE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,3}?(?:member|leader|defender|activist|president|head|chair(?:man|woman|person)|founder|"
    r"coordinator|representative|secretary|treasurer|director|spokes(?:man|woman|person)|council(?:l)?or)"
    r"(?:\s+of\s+[\w\s'’-]+)?\s*"
)


def phrase_count(phrase: str, left: bool = False, named: bool = False) -> tuple[int | None, bool]:
    """Count of victims in a (possibly coordinated) noun phrase, and whether all is definite;
    with ``named`` (an object), a conjunct that names a person counts one."""
    phrase = _AGES.sub("", _AGE_AT_END.sub(r"\g<tail>", phrase) if named else phrase)
    aged = _NAMED_AGE_BEFORE.match(phrase) if left else None
    if aged and is_person_name(aged.group("name")):
        return 1, False  # the person named, whose age follows the name
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
        if index > 0 and _ORDINAL_ALONE.fullmatch(part.strip()):
            continue  # "the first blast killed three people and the second killed four": a new subject
        if index == 1 and _ONE_PERSON_ROLE.fullmatch(parts[0]) and _SECOND_ROLE.fullmatch(part):
            continue  # "a social leader and member of the community board": one person's second role
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
        elif value is None and len(parts) > 1 and _one_name(phrase, parts, index, counted):
            value = 1  # "John Smith and his wife Mary were shot dead": each name is one
        elif value is None and index == 0 and len(parts) > 1 and _SURNAME.fullmatch(part.strip()) \
                and _KIN_AFTER.match(parts[1]):
            value = 1  # "Franco and her driver were killed": a surname told before, and the one with her
        if value is not None:
            counted.append((part, value, is_definite))
    if not counted:
        return None, False
    first, rest = counted[0], counted[1:]
    if rest and first[1] > 1 and NUMBER.search(first[0]) and sum(v for _, v, _ in rest) <= first[1] \
            and any(is_person_name(p) or re.search(r"\s[A-Z][a-z]+\s+[A-Z][a-z]+", p) for p, _, _ in rest):
        # "two local leaders, MCA Kibet Cheretei and a Jubilee hopeful": the names detail the two.
        return first[1], first[2]
    if rest and first[1] > 1 and _GENERIC_GROUP.search(first[0]) and re.match(r"[^,]+,", phrase.strip()) \
            and sum(v for _, v, _ in rest) == first[1]:
        # "three people, a woman and her two children": the list after the comma details the three.
        return first[1], first[2]
    return sum(v for _, v, _ in counted), all(d for _, _, d in counted)


# A group named by a word that says nothing of who they were, which a list after a comma can detail;
# "two soldiers, a policeman and a guard" names three groups (gendered or role words are kept apart).
_GENERIC_GROUP = re.compile(
    r"\b(?:people|persons|individuals|members|villagers|residents|relatives|victims)"
    r"(?:\s+of\s+[\w\s'-]{1,30})?\s*$",
    re.I,
)


# A surname alone, as follow-up sentences name a victim already introduced ("Franco and her driver").
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_KIN_AFTER = re.compile(r"\s*(?:his|her)\s+[a-z]")


def _one_name(phrase: str, parts: list[str], index: int, counted: list[tuple[str, int, bool]]) -> bool:
    """Whether the conjunct ``parts[index]`` of a list is one person's name that counts one: first
    in the list or after another name counted ("John Smith and Mary Jones"); not beside a figure
    ("Igembe Central, 13 people": the place of the victims), nor after a person left unnamed
    ("a local official, Ali Hassan, and ...": the official's name), nor before a role that
    names the same person."""
    if any(NUMBER.search(p) for p in parts) or not _is_name(parts[index]):
        return False
    if re.search(re.escape(parts[index].strip()) + r"\s*,\s*(?:the|a|an)\s", phrase):
        return False  # "Mr. Moses ole Mpoe, the manager of the farm": the role after counts him
    return index == 0 or (bool(counted) and counted[-1][0] == parts[index - 1] and _is_name(parts[index - 1]))


def _is_name(part: str) -> bool:
    """Whether a conjunct is a person's name, capitalised from its first word."""
    part = part.strip()
    return part[:1].isupper() and is_person_name(part)


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
