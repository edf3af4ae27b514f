"""Death and injury mentions in news copy, each tied to the count of victims it governs.

Used by :mod:`wirecoder.casualties`; see there for the counting conventions.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from wirecoder.casualty_words import (
    ACCIDENT,
    GROUP_WORDS,
    TIME_WORDS,
    ADJECTIVAL,
    AGE_AFTER,
    ALTERNATIVE,
    APPOSITION,
    ASIDE_AFTER,
    AT_LEAST,
    AUX_TAIL,
    BACKGROUND,
    BOUNDARY,
    CAUSE,
    COLLECTIVE,
    CONJ,
    CORPSE_CONTEXT,
    DEFINITE,
    DETNUM,
    EARLIER_AFTER,
    INTRO,
    LIMITER,
    NEGATED,
    NOT_BACKGROUND,
    NOT_COUNTS,
    NOT_COUNT_AFTER,
    NOT_PERSON,
    NP_STOP,
    NUMBER,
    PARENTHETICAL,
    PARTITION,
    PERSON_HEAD,
    PLURAL_IRREGULAR,
    PRONOUN,
    RANGE,
    RELATIVE,
    RIGHT_STOP,
    SENTENCE_END,
    SHARED_OBJECT,
    SINGULAR_AUX,
    SINGULAR_DET,
    TOLL_RAISED,
    TRIGGER,
    UNKNOWN_AFTER,
    VAGUE,
)
from wirecoder.numbers import VAGUE_COUNTS, parse_number

__all__ = ["Mention", "find_mentions"]

@dataclass(frozen=True, slots=True)
class Mention:
    """A death or injury word with the victims it governs; ``count`` None when unknown."""

    start: int
    end: int
    kind: str  # "death" or "injury"
    count: int | None
    definite: bool
    phrase: str
    toll: bool = False  # a stated toll ("3 fatalities", "no deaths") rather than a verb
    sentence_end: int = 0  # where the sentence holding the mention ends
    alternative: bool = False  # a claim or other report of the same toll ("Al Shabaab claims 15")

    def describe(self) -> str:
        """Short reason text: the victims and the count read from them."""
        return f"{self.count} ('{self.phrase.strip()}')"


def _conjunct_count(words: str, bare: bool = False) -> tuple[int | None, bool]:
    """Count of victims in one conjunct of a noun phrase, and whether it is definite."""
    words = re.sub(r"\s+of\s*$", "", words.strip(" ,\"'“”"))
    if " of " in words:  # "six of the guards" counts the first part, "the body of a man" the second
        head, _, rest = words.partition(" of ")
        if COLLECTIVE.match(head.strip()):
            return _conjunct_count(rest)
        vague = VAGUE.search(head.strip().lower())
        if vague and vague.end() == len(head.strip()) and not NUMBER.search(head):
            # "an unknown number of people", "dozens of soldiers"
            tail = re.findall(r"[a-z']+", rest.lower())
            if tail and tail[-1].rstrip("s") not in NOT_PERSON:
                return VAGUE_COUNTS[vague.group(0)], False
        value, definite = _conjunct_count(head)
        return (value, definite) if value is not None else _conjunct_count(rest)
    if not words:
        return None, False
    lowered = words.lower()
    definite = bool(DEFINITE.match(lowered))
    if PRONOUN.match(lowered):
        return 1, True
    last = re.findall(r"[a-z']+", lowered)
    if last and (last[-1] in NOT_PERSON or last[-1].rstrip("s") in NOT_PERSON):
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
    if re.match(r"^(?:both|a\s+couple|twins?)\b", lowered):
        return 2, definite
    tokens = re.sub(r"[^a-z' -]", " ", lowered).split()
    if not tokens:
        return None, definite
    head = tokens[-1]
    plural = (
        head.endswith("s") and not head.endswith(("ss", "us", "'s", "is"))
    ) or head in PLURAL_IRREGULAR
    if plural or head in NOT_PERSON:
        return None, definite
    if SINGULAR_DET.match(lowered):
        return 1, definite
    # Headline style drops the article: "Mob kills man", "Police officer shot dead".
    original_head = re.findall(r"[A-Za-z']+", words)[-1] if re.search(r"[A-Za-z]", words) else ""
    if (
        bare
        and len(tokens) <= 5
        and (original_head.islower() or len(tokens) == 1)
        and PERSON_HEAD.search(original_head)
        and "#" not in words
        and tokens[0] not in NOT_PERSON
        and not NP_STOP.search(words)
    ):
        return 1, False
    return None, definite


def _phrase_count(phrase: str, left: bool = False) -> tuple[int | None, bool]:
    """Count of victims in a (possibly coordinated) noun phrase, and whether all is definite."""
    phrase = RANGE.sub(lambda m: m.group("low") or m.group("low2"), APPOSITION.sub("", phrase))
    bare = "," not in phrase  # only a plain phrase may drop its article
    total: int | None = None
    definite = True
    for part in CONJ.split(phrase):
        if not part or not part.strip():
            continue
        if PARTITION.search(part):
            continue  # "two, one of whom was a guard": part of a group already counted
        cut = _cut_at_verb(part.strip())
        if left and cut != part.strip():
            # "several victims required hospitalization, four reported killed": the words
            # before a verb belong to another clause; only what follows it can be the victims.
            total, definite = None, True
            part = _after_last_verb(part.strip())
            if not part:
                continue
        value, is_definite = _conjunct_count(part, bare)
        if value is None:
            continue
        total = (total or 0) + value
        definite = definite and is_definite
    return total, (definite if total is not None else False)


def _cut_at_verb(phrase: str) -> str:
    """``phrase`` up to the first word that reads as a verb (-ed/-ing after a noun)."""
    for match in re.finditer(r"[A-Za-z][\w'-]*", phrase):
        word = match.group(0).lower()
        if match.start() == 0 or not (word.endswith(("ed", "ing")) or word in ADJECTIVAL):
            continue
        previous = phrase[: match.start()].split()
        if not previous:
            continue
        before = previous[-1]
        if not before.endswith(",") and (
            DETNUM.match(before) or before.lower() in ADJECTIVAL or before.lower().endswith("ly")
        ):
            continue  # "two suspected robbers", "an allegedly armed man": describes the noun
        return phrase[: match.start()]
    return phrase


def _after_last_verb(phrase: str) -> str:
    """What follows the last verb-like word of ``phrase`` (see :func:`_cut_at_verb`)."""
    rest = phrase
    while True:
        cut = _cut_at_verb(rest)
        if cut == rest:
            return rest
        verb = re.match(r"[\w'-]+", rest[len(cut) :])
        rest = rest[len(cut) + (verb.end() if verb else 0) :].strip()


def _clause_before(text: str, lower: int, at: int) -> str:
    """The clause that ends at ``at``: from the last sentence-level boundary."""
    window = text[max(lower, at - 200) : at]
    cuts = list(BOUNDARY.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _left_count(text: str, lower: int, at: int, noun: bool) -> tuple[int | None, bool, str]:
    """Victims named before offset ``at``: the phrase next to the word, else the clause subject."""
    # "at least" is a limiter here, not the preposition that would end the phrase.
    clause = AT_LEAST.sub("atleast ", _clause_before(text, lower, at))
    clause = TIME_WORDS.sub(lambda m: " " * len(m.group(0)), clause)  # "last week a boy was"
    near = AUX_TAIL.sub("", clause)
    stops = list(NP_STOP.finditer(near))
    phrase = near[stops[-1].end() :] if stops else near
    if not phrase.strip() and stops and RELATIVE.search(near):
        # "one gang member, who died": the antecedent before the relative pronoun.
        head = near[: stops[-1].start()].rstrip(" ,")
        head_stops = list(NP_STOP.finditer(head))
        phrase = head[head_stops[-1].end() :] if head_stops else head
    if noun:  # "five bodies", "two deaths": only the words right before the noun
        phrase = CONJ.split(phrase)[-1]
    if not phrase.rstrip().endswith(","):
        count, definite = _phrase_count(phrase, left=True)
        if count and count > 1 and SINGULAR_AUX.search(clause) and not NUMBER.search(phrase):
            count = 1  # "a cleric and party leader was shot": one person with two titles
        if count is not None or noun:
            return count, definite, phrase
    subject = INTRO.sub("", clause)
    stop = NP_STOP.search(subject)
    subject = _cut_at_verb(subject[: stop.start()] if stop else subject)
    count, definite = _phrase_count(subject)
    return count, definite, subject


def _right_count(text: str, at: int, upper: int) -> tuple[int | None, bool, str]:
    """Victims named as the object after offset ``at`` ("killing two herders and a child")."""
    window = text[at : min(upper, at + 120)]
    shared = SHARED_OBJECT.match(window)
    if shared:  # "lynched and burned three men": both verbs take the object
        window = window[shared.end() :]
    elif re.match(r"^\s*(?:,|and\b|or\b)", window, re.I):
        return None, False, ""
    window = LIMITER.sub(" ", window)
    stop = RIGHT_STOP.search(window)
    phrase = _cut_at_verb(window[: stop.start()] if stop else window)
    head, comma, rest = phrase.partition(",")
    if comma and not re.search(r"\band\b", rest):
        phrase = head  # "156 people, the agency said": a comma ends the object unless a list goes on
    if not phrase.strip():
        return None, False, ""
    count, definite = _phrase_count(phrase)
    if count is None and _is_person_name(phrase):
        count = 1  # "killed chief Ekal Lochamin", "shot dead Mwenda Itaeba"
    return count, definite, phrase


def _is_person_name(phrase: str) -> bool:
    """Whether ``phrase`` reads as one named person: capitalised words, no group name."""
    words = [w for w in re.findall(r"[A-Za-z][\w'.-]*", phrase) if "#" not in w]
    names = [w for w in words if w[0].isupper()]
    if not 2 <= len(names) <= 5 or len(words) > 6 or not words[-1][0].isupper():
        return False
    return not any(w.lower().strip(".") in GROUP_WORDS for w in words)


# Verb forms that, with nothing after them, are a headline passive ("Three killed.").
_PASSIVE_ENDINGS = ("ed", "dead", "down", "kia", "action", "death", "alive")


def _background(match: re.Match[str]) -> Mention:
    """A marker for a death or injury that is the background of the event, not part of it."""
    return Mention(match.start(), match.end(), "background", None, False, match.group(0))


def _mention(match: re.Match[str], text: str, lower: int, upper: int) -> Mention | None:
    """The mention for one trigger, or None when it is background or names no victims."""
    kind = "injury" if (match.group("iv") or match.group("in")) else "death"
    word = match.group(0).lower()
    clause = _clause_before(text, lower, match.start())
    if BACKGROUND.search(clause) and not NOT_BACKGROUND.search(clause):
        return _background(match)
    if CAUSE.search(clause.rsplit(",", 1)[-1]) or ACCIDENT.search(clause):
        return _background(match)  # "residents protest after a student was killed": the cause, not this event
    if word.endswith("ing") and re.search(r"\b(?:for|of|from|before|without)\s+(?:\w+ly\s+)?$", clause, re.I):
        return _background(match)  # "accused of killing", "arrested for killing"
    if re.search(r"\brecent(?:ly)?\s+(?:\w+\s+)?$", clause, re.I) or EARLIER_AFTER.match(
        text[match.end() : min(upper, match.end() + 80)]
    ):
        return _background(match)  # "the recent killing of", "killed a woman days earlier"
    if UNKNOWN_AFTER.match(text[match.end() : upper]):
        return None  # "the number of fatalities is not known"
    verbal = bool(match.group("dv") or match.group("iv") or match.group("do"))
    if (
        verbal
        and word.endswith("ed")
        and re.search(r",\s*(?:\w+ly\s+)?$", clause)
        and ASIDE_AFTER.match(text[match.end() : upper])
    ):
        return None  # "a student, allegedly killed by ...": an aside about an earlier death
    if re.search(r"\b(?:the|a|an|his|her|their|this|that|its)\s+$", clause, re.I) and not match.group("dn"):
        # A nominal use ("the killing of two soldiers"): victims only after "of".
        of = re.match(r"^\s*of\s+", text[match.end() : upper], re.I)
        if not of:
            return None
        count, definite, phrase = _right_count(text, match.end() + of.end(), upper)
        return Mention(match.start(), match.end(), kind, count, definite, phrase or word)
    make = lambda count, definite, phrase, toll=False: Mention(  # noqa: E731
        match.start(), match.end(), kind, count, definite, phrase or match.group(0), toll
    )
    if match.group("do"):
        count, definite = _phrase_count(match.group("obj"))
        return make(count, definite, match.group("obj"))
    if NEGATED.search(clause[-50:]):
        return make(0, False, match.group(0), True)
    verb = match.group("dv") or match.group("iv")
    after = text[match.end() : upper]
    if verb:
        passive = re.search(
            r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:[\w\[\]]+\s+){0,3}$", clause, re.I
        )
        if not passive and not re.match(r"^\s*by\b", after, re.I):
            count, definite, phrase = _right_count(text, match.end(), upper)
            if count is not None or phrase.strip() or not word.endswith(_PASSIVE_ENDINGS):
                return make(count, definite, phrase)
        count, definite, phrase = _left_count(text, lower, match.start(), noun=False)
        return make(count, definite, phrase)
    if match.group("dn"):
        toll = bool(re.match(r"^(?:deaths?|fatalit|death\s+(?:toll|total|count))", word))
        noun_of = re.match(r"^\s*(?:of|:|at|rose\s+to|stands\s+at|to|is|was|reached)\s+", after, re.I)
        raised = TOLL_RAISED.match(after)
        if raised:  # "the death toll rose from 1 to 4": the latest figure
            value = parse_number(raised.group("n"))
            return make(value, False, raised.group("n"), True)
        if noun_of or re.search(r"toll|total|count", word):
            offset = match.end() + (noun_of.end() if noun_of else 0)
            count, definite, phrase = _right_count(text, offset, upper)
            if count is not None:
                return make(count, definite, phrase, toll)
        if word == "lives":
            if not re.search(r"\blost\s+(?:their|his|her)\s*$", clause, re.I):
                return None
            count, definite, phrase = _left_count(text, lower, match.start() - 0, noun=False)
            return make(count, definite, phrase)
        count, definite, phrase = _left_count(text, lower, match.start(), noun=True)
        # "his body": the victim already named.
        definite = definite or bool(re.match(r"^\s*(?:his|her|their|the|this|that)\b", phrase, re.I))
        if count is None and word in ("body", "corpse") and CORPSE_CONTEXT.match(after):
            count = 1  # "a body was found", "his body was dumped": one death
        return make(count, definite, phrase, toll and count is not None)
    if word == "injuries":  # the bare noun counts only with a figure: "17 injuries"
        count, definite, phrase = _left_count(text, lower, match.start(), noun=True)
        if not (NUMBER.search(phrase) or VAGUE.search(phrase)):
            return None
        return make(count, definite, phrase)
    count, definite, phrase = _left_count(text, lower, match.start(), noun=False)
    return make(count, definite, phrase)


def _masked(text: str, start: int, end: int) -> str:
    """``text`` with dates, times, ages and asides blanked out in ``[start, end)``; offsets kept."""
    body = text[start:end]
    body = NOT_COUNTS.sub(lambda m: re.sub(r"\d", "#", m.group(0)), body)
    body = PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), body)
    body = re.sub(r"[\[\]\"“”]", " ", body)
    return text[:start] + body + text[end:]


def find_mentions(text: str, start: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """Death and injury mentions in ``text[start:end]``, in reading order."""
    if not TRIGGER.search(text, start, end):
        return [], []  # most sentences mention no death or injury: skip the masking
    masked = _masked(text, start, end)
    deaths: list[Mention] = []
    injuries: list[Mention] = []
    background_seen = False
    for match in TRIGGER.finditer(masked, start, end):
        mention = _mention(match, masked, start, end)
        if mention is None:
            continue
        if mention.kind == "background":
            background_seen = True
            continue
        if background_seen and mention.definite:
            continue  # "The student was lynched ...": the background victim again
        stop = SENTENCE_END.search(masked, match.end(), end)
        alternative = bool(ALTERNATIVE.search(_clause_before(masked, start, match.start())))
        mention = dataclasses.replace(
            mention, sentence_end=stop.end() if stop else end, alternative=alternative
        )
        (deaths if mention.kind == "death" else injuries).append(mention)
    return deaths, injuries
