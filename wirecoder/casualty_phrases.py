"""Death and injury mentions in news copy, each tied to the count of victims it governs.

Used by :mod:`wirecoder.casualties`; see there for the counting conventions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.numbers import NUMBER_PATTERN, VAGUE_COUNTS, parse_number

__all__ = ["Mention", "find_mentions"]

# Verbs whose victims follow them when active ("killed two") and precede them when
# passive ("two were killed").
_DEATH_VERB = (
    r"kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|lynch(?:ed|ing|es)?|behead(?:ed|ing|s)?"
    r"|execut(?:ed|ing|es)|assassinat(?:ed|ing|es)|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)?"
    r"|slain|shot\s+dead|shoot(?:s|ing)?\s+dead|shot\s+and\s+killed|gunned\s+down"
    r"|(?:hacked|stabbed|beaten|burnt|burned|stoned|macheted|clubbed|lynched|trampled|tortured)"
    r"\s+to\s+death|(?:hack|stab|beat|burn|stone|club)(?:s|ing)?\s+to\s+death"
)
_DEATH_INTRANS = r"died|dies|die|dead|perished|succumbed|lost\s+(?:their|his|her)\s+li(?:fe|ves)"
_DEATH_NOUN = r"deaths?|fatalit(?:y|ies)|bod(?:y|ies)|corpses?|death\s+toll|toll"
_INJURY_VERB = r"injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing|s)?|maim(?:ed|ing|s)?"
_INJURY_NOUN = r"injuries|casualties"

_TRIGGER = re.compile(
    rf"\b(?:(?P<dv>{_DEATH_VERB})|(?P<di>{_DEATH_INTRANS})|(?P<dn>{_DEATH_NOUN})"
    rf"|(?P<iv>{_INJURY_VERB})|(?P<in>{_INJURY_NOUN}))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(NUMBER_PATTERN, re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(k) for k in VAGUE_COUNTS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?|yr|months?)(?:-|\s+)old|^\s*-?\s*(?:year|month)s?\b", re.I)
_NOT_COUNT_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent|km|kilomet|miles?|metres|meters|am\b|pm\b|hours?|h\b|:|"
    r"(?:goats|cows|cattle|camels|sheep|livestock|houses|homes|vehicles|shillings|dollars|acres))",
    re.IGNORECASE,
)
_LIMITER = re.compile(
    r"\b(?:at\s+least|more\s+than|over|about|nearly|almost|some|up\s+to|around|approximately"
    r"|an\s+estimated|as\s+many\s+as|a\s+total\s+of|another|a\s+further|further)\s*$",
    re.IGNORECASE,
)
# Words that cannot sit inside a victim noun phrase: they end it.
_NP_STOP = re.compile(
    r"\b(?:said|says|say|told|reported|report|that|which|who|whom|when|after|while|where|as|because"
    r"|since|before|until|following|during|if|but|although|though|whereas|claimed|say"
    r"|was|were|is|are|been|being|have|has|had|be|not|by|in|at|on|from|with|near|into|of"
    r"|attacked|attack|attacks|raided|clashed|fought|fired|opened|left|leaving|leaves|leave"
    r"|killing|killed|kill|shot|injuring|injured|wounded|wounding|including|also|reportedly"
    r"|allegedly|then|later|and\s+then|total)\b",
    re.IGNORECASE,
)
_AUX_TAIL = re.compile(
    r"(?:\s*\b(?:were|was|are|is|been|being|have|has|had|be|get|got|getting|reportedly|allegedly"
    r"|also|later|all|subsequently|eventually|instantly|immediately|feared|confirmed|believed"
    r"|said|reported|thought|presumed|to|left|shot|stabbed|hacked|beaten|burned|burnt|and"
    r"|seriously|critically|fatally|badly|slightly|mortally|others?|people|persons)\b)+\s*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no(?:\s*-?\s*one)?|nobody|none|not|without|zero|nor|never|neither)"
    r"(?:\s+(?:\w+\s+){0,3}?)?\s*$|\bno\s+(?:reported\s+|reports?\s+of\s+)?$",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(?:threat(?:en(?:ed|ing|s)?)?|tr(?:y|ied|ying)|attempt(?:ed|ing|s)?|plot(?:ted|ting)?"
    r"|plan(?:ned|ning|s)?|vow(?:ed|ing|s)?|intend(?:ed|s)?|want(?:ed|s)?|accus(?:ed|ing)|suspected"
    r"|charged|convicted|arrested|jailed|sentenced|blamed|responsible|protest(?:ed|ing|s|ers)?"
    r"|over|against|revenge|retaliat\w*|avenge\w*|mourn\w*|condemn\w*|justice|demand\w*"
    r"|investigat\w*|probe|inquest|following|after|linked|connection|wake|anniversary"
    r"|commemorat\w*|because|due|memory|since)\b(?:\s+\S+){0,5}?\s+$"
    r"|\bhad\s+(?:\w+\s+)?$|\b(?:to|would|will|could|may|might)\s+$",
    re.IGNORECASE,
)
_SINGULAR_DET = re.compile(
    r"^(?:a|an|one|another|his|her|its|the|this|that|their|our|my|each)\b", re.IGNORECASE
)
_DEFINITE = re.compile(r"^(?:the|this|that|these|those|both|his|her|their|its)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|him|her|himself|herself)$", re.IGNORECASE)
_PLURAL_IRREGULAR = frozenset(
    "people men women children police personnel youths folk militia staff crew family".split()
)
_CONJ = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+|\bas\s+well\s+as\s+|\bplus\s+|&\s*)", re.I)
_BOUNDARY = re.compile(r"[.;:!?()\[\]\"“”\n]|\s[-–—]\s")
_RIGHT_STOP = re.compile(
    r"[.;:!?()\[\]\"“”\n]|\s[-–—]\s|\b(?:in|at|on|near|during|after|when|while|with|by|from"
    r"|inside|outside|before|following|as|who|whom|which|that|over|for|because|and\s+(?!his\b|her\b"
    r"|their\b|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b"
    r"|\d|another\b|several\b|the\b))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A death or injury word with the victims it governs; ``count`` None when unknown."""

    start: int
    end: int
    kind: str  # "death" or "injury"
    count: int | None
    definite: bool
    phrase: str

    def describe(self) -> str:
        """Short reason text: the victims and the count read from them."""
        return f"{self.count} ('{self.phrase}')"


def _conjunct_count(words: str) -> tuple[int | None, bool]:
    """Count of victims in one conjunct of a noun phrase, and whether it is definite."""
    words = words.strip(" ,")
    if not words:
        return None, False
    definite = bool(_DEFINITE.match(words))
    lowered = words.lower()
    if _PRONOUN.match(lowered):
        return 1, True
    values: list[int] = []
    for match in _NUMBER.finditer(words):
        tail = words[match.end() :]
        head = words[: match.start()]
        if _AGE_AFTER.match(tail) or re.search(r"\baged?\s*$", head, re.I):
            continue
        if _NOT_COUNT_AFTER.match(tail):
            continue
        value = parse_number(match.group(0))
        if value is not None:
            values.append(value)
    if values:
        # Alternatives within one conjunct ("five or six", "20 (some reports 30)"): the lowest.
        return min(values), definite and not re.match(r"^(?:his|her|their)\b", lowered)
    vague = _VAGUE.search(words)
    if vague:
        return VAGUE_COUNTS[vague.group(0).lower()], False
    if re.match(r"^(?:both|a\s+couple|twins?)\b", lowered):
        return 2, definite
    if _SINGULAR_DET.match(lowered):
        head = lowered.split()[-1]
        if head.endswith("s") and not head.endswith(("ss", "us", "'s")) or head in _PLURAL_IRREGULAR:
            return None, definite
        possessive_first = bool(re.match(r"^(?:his|her|their|its)\b", lowered))
        return 1, definite and not possessive_first
    return None, definite


def _phrase_count(phrase: str) -> tuple[int | None, bool]:
    """Count of victims in a (possibly coordinated) noun phrase."""
    parts = [p for p in _CONJ.split(phrase) if p and p.strip()]
    total: int | None = None
    definite = True
    for part in parts:
        value, is_definite = _conjunct_count(part)
        if value is None:
            continue
        total = (total or 0) + value
        definite = definite and is_definite
    return total, (definite if total is not None else False)


def _left_phrase(text: str, lower: int, at: int) -> str:
    """The victim noun phrase ending just before offset ``at`` (passive or noun use)."""
    window = text[max(lower, at - 140) : at]
    cuts = list(_BOUNDARY.finditer(window))
    if cuts:
        window = window[cuts[-1].end() :]
    window = _AUX_TAIL.sub("", window)
    stops = list(_NP_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    return window.strip()


def _right_phrase(text: str, at: int, upper: int) -> str:
    """The object noun phrase starting at ``at`` (active use)."""
    window = text[at : min(upper, at + 120)]
    window = re.sub(r"^\s*(?:at\s+least|more\s+than|over|about|nearly|almost|some|up\s+to"
                    r"|around|approximately|an\s+estimated|as\s+many\s+as|a\s+total\s+of)\s+",
                    " ", window, flags=re.I)  # fmt: skip
    stop = _RIGHT_STOP.search(window, 1)
    return (window[: stop.start()] if stop else window).strip()


def _negated(before: str) -> bool:
    """Whether the words just before a trigger deny it ("no one was killed", "no deaths")."""
    return bool(_NEGATED.search(before[-40:]))


def _mention(match: re.Match[str], text: str, lower: int, upper: int) -> Mention | None:
    """The mention for one trigger match, or None when it is background or not a toll."""
    kind = "death" if (match.group("dv") or match.group("di") or match.group("dn")) else "injury"
    word = match.group(0).lower()
    before = text[max(lower, match.start() - 60) : match.start()]
    after = text[match.end() : upper]
    if _BACKGROUND.search(_clause(before)):
        return None
    verb = match.group("dv") or match.group("iv")
    count: int | None = None
    definite = False
    phrase = ""
    if re.match(r"^\s*(?:to\s+death\b|him(?:self)?\b|her(?:self)?\b)", after, re.I) and not verb:
        return None
    active_form = verb is not None and not re.search(
        r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+\s+){0,2}$", before, re.I
    )
    if active_form and word.endswith("ing") or (active_form and not word.endswith(("ed", "dead"))):
        phrase = _right_phrase(text, match.end(), upper)
        count, definite = _phrase_count(phrase)
    elif active_form:
        # "killed two people" (active) vs "two people killed in" (headline passive).
        right = _right_phrase(text, match.end(), upper)
        r_count, r_definite = _phrase_count(right) if right else (None, False)
        if r_count is not None and not re.match(r"^\s*by\b", after, re.I):
            count, definite, phrase = r_count, r_definite, right
    if count is None and not (word.endswith("ing") and verb):
        if match.group("dn") or match.group("in"):
            noun_right = re.match(r"^\s*(?:of|:|at|rose\s+to|stands\s+at|to)\s+", after, re.I)
            if noun_right or "toll" in word:
                phrase = _right_phrase(text, match.end() + (noun_right.end() if noun_right else 0), upper)
                count, definite = _phrase_count(phrase)
        if count is None:
            if _negated(before):
                return Mention(match.start(), match.end(), kind, 0, False, match.group(0))
            phrase = _left_phrase(text, lower, match.start())
            count, definite = _phrase_count(phrase)
    if count is None and _negated(before):
        return Mention(match.start(), match.end(), kind, 0, False, match.group(0))
    if kind == "death" and "toll" in word and count is None:
        return None
    return Mention(match.start(), match.end(), kind, count, definite, phrase or match.group(0))


def _clause(before: str) -> str:
    """The part of ``before`` inside the current clause."""
    cuts = list(_BOUNDARY.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def find_mentions(text: str, start: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """Death and injury mentions in ``text[start:end]``, in reading order."""
    deaths: list[Mention] = []
    injuries: list[Mention] = []
    for match in _TRIGGER.finditer(text, start, end):
        mention = _mention(match, text, start, end)
        if mention is None:
            continue
        (deaths if mention.kind == "death" else injuries).append(mention)
    return deaths, injuries
