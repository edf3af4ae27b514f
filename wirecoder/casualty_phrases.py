"""Death and injury mentions in news copy, each tied to the count of victims it governs.

Used by :mod:`wirecoder.casualties`; see there for the counting conventions.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from wirecoder.numbers import NUMBER_PATTERN, VAGUE_COUNTS, parse_number

__all__ = ["Mention", "find_mentions"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
# Numbers that are dates, times or ages, masked before counting so they never count.
_NOT_COUNTS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}[/:.]\d{{1,2}}(?:[/.]\d{{2,4}})?\b"
    r"|\b\d+\s*-?\s*(?:years?|yrs?|months?)(?:\s*-?\s*old)?\b|\baged?\s+\d+\b"
    r"|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|km|kilomet\w*|miles?|metres|meters|am|pm|hrs?|h)\b",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\((?!\s*\d+\s*\))[^()]{0,120}\)|\[(?!\s*\d+\s*\])[^\[\]]{0,120}\]")

_DEATH_VERB = (
    r"kill(?:ed|ing|s)?|murder(?:ed|ing|s)?(?!\s+(?:suspects?|victims?|cases?|charges?|trial))"
    r"|lynch(?:ed|ing|es)?|behead(?:ed|ing|s)?|execut(?:ed|ing|es)|assassinat(?:ed|ing|es)"
    r"|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)?|slain|gun(?:s|ned)?\s+down"
    r"|shot\s+dead|shoot(?:s|ing)?\s+dead|shot\s+and\s+killed"
    r"|(?:hack(?:ed|s)?|stab(?:bed|s)?|beat(?:en|s)?|burnt|burn(?:ed|s)?|ston(?:ed|es)|macheted|club(?:bed|s)?"
    r"|trampled|tortured|battered|crushed|strangled|choked)\s+to\s+death|KIA|killed\s+in\s+action"
    r"|burn(?:t|ed|s)?\s+alive"
)
# A verb, its object, then "dead" / "to death": "shot six of the robbers dead".
_OBJECT_DEATH = (
    r"(?:shot|shoots?|shooting|stone[sd]?|stoning|hack(?:s|ed|ing)?|beat(?:s|ing|en)?(?:\s+up)?"
    r"|burn(?:s|ed|t|ing)?|club(?:s|bed|bing)?|stab(?:s|bed|bing)?|gun(?:s|ned)?)"
    r"\s+(?P<obj>(?:(?!dead\b|to\s+death\b|ablaze\b|alight\b|on\s+fire\b)[^.;:,\n]){1,60}?)"
    r"\s+(?:dead|to\s+death|alive)"
)
_DEATH_INTRANS = r"died|dies|die|dead(?!\s+(?:bod|man|woman|soldier|person|people))|perished"
_DEATH_NOUN = r"deaths?|fatalit(?:y|ies)|bod(?:y|ies)|corpses?|death\s+(?:toll|total|count)|lives"
_INJURY_VERB = r"injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing|s)?|maim(?:ed|ing|s)?"
_INJURY_NOUN = (
    r"(?:sustained|suffered|sustaining|suffering)\s+(?:\w+\s+){0,2}?(?:injuries|wounds)|injuries"
)

_TRIGGER = re.compile(
    rf"\b(?:(?P<do>{_OBJECT_DEATH})|(?P<dv>{_DEATH_VERB})|(?P<di>{_DEATH_INTRANS})"
    rf"|(?P<dn>{_DEATH_NOUN})|(?P<in>{_INJURY_NOUN})|(?P<iv>{_INJURY_VERB}))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(NUMBER_PATTERN, re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(k) for k in VAGUE_COUNTS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?|yrs?|months?)\b", re.IGNORECASE)
_NOT_COUNT_AFTER = re.compile(
    r"^\s*(?:goats|cows|cattle|camels|sheep|donkeys|livestock|animals|houses|homes|vehicles"
    r"|cars|shillings|dollars|acres|times|rounds|shots|bullets|days|weeks|hours|minutes)\b",
    re.IGNORECASE,
)
_STOP_WORDS = (
    r"said|says|say|told|reported|report|that|which|who|whom|whose|when|after|while|where|as"
    r"|because|since|before|until|following|during|if|whether|but|although|though|whereas"
    r"|was|were|is|are|been|being|have|has|had|be|not|by|in|at|on|from|with|near|into|inside"
    r"|outside|along|against|over|under|for|attacked|attack|attacks|raided|clashed|fought|fired"
    r"|opened|left|leaving|leaves|leave|killing|killed|kill|kills|shot|injuring|injured|wounded"
    r"|wounding|claimed|claims|then|later|caused|causing|resulting|total|reportedly|allegedly"
)
_NP_STOP = re.compile(rf"\b(?:{_STOP_WORDS})\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|that)\s*$", re.IGNORECASE)
_AUX_TAIL = re.compile(
    r"(?:\s*\b(?:were|was|are|is|been|being|have|has|had|be|get|got|getting|reportedly|allegedly"
    r"|also|later|then|all|subsequently|eventually|instantly|immediately|feared|confirmed"
    r"|believed|said|reported|thought|presumed|known|understood|to|left|found|discovered|and"
    r"|seriously|critically"
    r"|fatally|badly|slightly|mortally|on|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|morning|afternoon|evening|night|today|yesterday|overnight|\w+ed)\b)+\s*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no(?:\s*-?\s*one)?|nobody|none|not|without|zero|nor|never|neither)\s+"
    r"(?:(?:was|were|is|are|been|being|has|had|have|reported|reports?|of|further|other|any"
    r"|immediate|confirmed|known|serious|major)\s+)*$"
    r"|\bno\s+(?:\w+\s+){0,4}(?:or|and|nor)\s+$",
    re.IGNORECASE,
)
_FUNCTION = r"(?:\s+(?:of|the|a|an|his|her|their|its|over|against|for|in|to|with|into|about|on|up)\b)*\s*$"
_BACKGROUND = re.compile(
    r"\b(?:threat(?:en(?:ed|ing|s)?)?|tr(?:y|ies|ied|ying)|attempt(?:ed|ing|s)?|plot(?:ted|ting|s)?"
    r"|plan(?:ned|ning|s)?|vow(?:ed|ing|s)?|intend(?:ed|s)?|want(?:ed|s)?|accus(?:ed|ing|ations?)"
    r"|suspected|charged|convicted|arrested|detained|held|jailed|sentenced|blamed|blaming"
    r"|responsible|protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?)|over|against|revenge|retaliation"
    r"|avenge|mourn(?:ed|ing)?|condemn(?:ed|ing|s)?|justice|demand(?:ed|ing|s)?|investigat\w*|probe"
    r"|inquest|following|after|linked|connection|wake|anniversary|funeral|burial|memory|behind"
    r"|because|whether|if|unclear|dismissed|denied|deny|denies|rumou?rs?|accident|collapsed"
    r"|drowned)" + _FUNCTION + r"|\bhad\s+(?:\w+\s+)?$|\b(?:to|would|will|could|may|might)\s+$",
    re.IGNORECASE,
)
# A death that caused the reported event ("residents protest after a student was killed",
# "in revenge for the killing of") belongs to an earlier event.
_CAUSE = re.compile(
    r"\S.*\b(?:after|following|in\s+(?:retal+iation|revenge|response)\s+(?:for|to)"
    r"|to\s+(?:protest|condemn|mourn|decry)|protest(?:ing|ed|s)?|demanding|justice\s+for"
    r"|(?:precipitated|sparked|triggered|spurred|prompted|caused)\s+by"
    r"|over\s+the\s+(?:\w+\s+)?(?:death|killing|murder)s?)\b",
    re.IGNORECASE,
)
_ACCIDENT = re.compile(
    r"\b(?:accident|crash(?:ed)?|collided|collision|drown\w*|electrocut\w*|stampede"
    r"|hit\s+and\s+kill\w*)\b|\b(?:nearly|almost|narrowly|escap\w*|survived?)\s+$",
    re.IGNORECASE,
)
_UNKNOWN_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:known|clear|confirmed)|unknown|unclear|unconfirmed)",
    re.IGNORECASE,
)
_NOT_BACKGROUND = re.compile(r"\bclaim(?:s|ed)?\s+to\s+(?:have\s+)?$", re.IGNORECASE)
_INTRO = re.compile(
    r"^\s*(?:(?:on|in|at|during|around|between|from|after|following|according|meanwhile|also"
    r"|however|later|earlier|overnight|yesterday|last|early|late|by|near)\b[^,]{0,80},\s*)+",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r",?\s*\b(?:including|among(?:\s+(?:them|whom|which))?|mostly|mainly)\b.*$", re.I)
_SINGULAR_DET = re.compile(r"^(?:a|an|one|another|his|her|its|the|this|that|their|each)\s+\S", re.I)
_DEFINITE = re.compile(r"^(?:the|this|that|these|those|both|its)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|him|her)$", re.IGNORECASE)
_PLURAL_IRREGULAR = frozenset(
    "people men women children police personnel youths folk militia staff crew family others".split()
)
_NOT_PERSON = frozenset(
    """violence fighting attack attacks clash clashes incident raid operation explosion blast
    livestock cattle property goods money time area road town village house home vehicle
    road way day night week month year hospital station camp fire it this that what all
    total number group unknown each side morning afternoon evening night today
    car bus truck lorry shop kiosk office church mosque school building market tyre tent hut
    granary store tank post camp base bridge farm crop field forest bush plot premises
    yesterday overnight monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Nouns for people, for headline phrases without an article ("Mob kills man").
_PERSON_HEAD = re.compile(
    r"^(?:man|woman|boy|girl|child|baby|infant|person|youth|civilian|victim|chief|suspect|thief"
    r"|guard|pastor|priest|imam|cleric|elder|mother|father|son|daughter|wife|husband|brother"
    r"|sister|mp|mca|policeman|policewoman|herdsman|fisherman|businessman|gunman|kenyan)$"
    r"|(?:er|or|ist|ian|ant|ent|ee|man|ier)$",
    re.IGNORECASE,
)
_COLLECTIVE = re.compile(r"^(?:a|the)\s+(?:group|total|family|gang|band|crowd|number|couple|team|unit)$", re.I)
# Participles that describe a victim ("two suspected robbers") rather than end the phrase.
_ADJECTIVAL = frozenset(
    """suspected alleged armed unarmed unidentified wanted masked uniformed retired elderly
    aged unnamed injured wounded displaced detained abducted kidnapped unknown named
    wounded reported estimated further unspecified undisclosed""".split()
)
_DETNUM = re.compile(r"^(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight"
                     r"|nine|ten|several|many|some|\d+|one|both|other|another|those|these)$", re.I)
_CONJ = re.compile(r"\s*(?:,(?!\s?\d{3}\b)\s*(?:and\s+)?|\band\s+|\bas\s+well\s+as\s+|\bplus\s+|&\s*)", re.I)
# A full stop ends a sentence only before a capital or the end ("U.S. soldiers" goes on).
_BOUNDARY = re.compile(r"[.!?](?=\s+[A-Z0-9\"“']|\s*$)|[;:\n]|\s[-–—]\s")
_RIGHT_STOP = re.compile(
    rf"[.;:!?()\[\]\n]|\s[-–—]\s|,\s*(?:including|among|(?:and\s+)?(?:injur|wound|abduct|kidnap|steal"
    rf"|stole|loot|burn|torch|arrest|seiz|fle|escap|make|made|destroy|rap|set|took|take|drove|driv))|\b(?:{_STOP_WORDS}|including|among|and\s+(?:\w+ly\s+)?(?:injur|wound|abduct|steal"
    rf"|loot|burn|torch|arrest|seiz|fle|escap|destroy|rap|set)\w*)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"“']|\s*$)|;|\n")
# "between 10 and 15", "10 to 15", "5-6": ACLED takes the lowest figure.
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<low>{NUMBER_PATTERN})\s+and\s+(?:{NUMBER_PATTERN})"
    rf"|(?P<low2>{NUMBER_PATTERN})\s*(?:to|-|–|or)\s*(?:{NUMBER_PATTERN}))",
    re.IGNORECASE,
)
_ASIDE_AFTER = re.compile(r"^\s*(?:(?:by|in|on|at|during|when|after|while|last|earlier|near)\b|,)", re.I)
# What follows "body" when it is a dead person's ("a body of water" or "the governing body" is not).
_CORPSE_CONTEXT = re.compile(
    r"^\s*(?:of\s+(?!water|evidence|work|knowledge|law)|was|were|is|has|had|found|discovered"
    r"|dumped|lying|lay|recovered|washed|bearing|with\s+(?:\w+\s+)?(?:wounds|injuries|marks))\b",
    re.IGNORECASE,
)
_TOLL_RAISED = re.compile(
    rf"^\s*(?:\w+\s+){{0,2}}?(?:rose|risen|raised|climbed|increased|jumped|went\s+up|reached)"
    rf"(?:\s+from\s+(?:{NUMBER_PATTERN}))?\s+to\s+(?:at\s+least\s+)?(?P<n>{NUMBER_PATTERN})",
    re.IGNORECASE,
)
# A figure from a claim or a second source: an alternative to the main figure, not an addition.
_ALTERNATIVE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|another\s+source|other\s+(?:reports|sources)|some\s+reports"
    r"|unconfirmed\s+reports|(?:a|one|another|the\s+second)\s+(?:source|report)\s+"
    r"(?:indicates?|says?|said|suggests?|claims?|reported|puts?))\b",
    re.IGNORECASE,
)
_EARLIER_AFTER = re.compile(
    r"^[^.;:!?\n]{0,50}?\b(?:(?:several|two|three|a\s+few|some|four|five)\s+(?:days|weeks|months)"
    r"\s+(?:earlier|before|ago|prior)|(?:a|one)\s+(?:day|week|month)\s+(?:earlier|before|ago|prior)"
    r"|the\s+(?:day|night|week)\s+before|the\s+previous\s+(?:day|night|week)"
    r"|earlier\s+(?:in\s+the|that|this)\s+(?:week|month))\b",
    re.IGNORECASE,
)
_PARTITION = re.compile(r"\bof\s+(?:whom|which)\b", re.IGNORECASE)
_SINGULAR_AUX = re.compile(r"\b(?:was|is|has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AT_LEAST = re.compile(r"\bat\s+(?:least|most)\s+", re.IGNORECASE)
_SHARED_OBJECT = re.compile(
    r"^\s*and\s+(?!injur|wound|hurt|maim)(?:\w+ly\s+)?\w+(?:ed|t)\s+(?=\S)", re.IGNORECASE
)
_LIMITER = re.compile(
    r"^\s*(?:at\s+least|more\s+than|over|about|nearly|almost|some|up\s+to|around|approximately"
    r"|an\s+estimated|as\s+many\s+as|a\s+total\s+of|another)\s+",
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
        if _COLLECTIVE.match(head.strip()):
            return _conjunct_count(rest)
        value, definite = _conjunct_count(head)
        return (value, definite) if value is not None else _conjunct_count(rest)
    if not words:
        return None, False
    lowered = words.lower()
    definite = bool(_DEFINITE.match(lowered))
    if _PRONOUN.match(lowered):
        return 1, True
    last = re.findall(r"[a-z']+", lowered)
    if last and (last[-1] in _NOT_PERSON or last[-1].rstrip("s") in _NOT_PERSON):
        return None, definite  # "several houses", "two vehicles": not people
    values = []
    for match in _NUMBER.finditer(words):
        tail = words[match.end() :]
        if _NOT_COUNT_AFTER.match(tail) or _AGE_AFTER.match(tail):
            continue
        value = parse_number(match.group(0))
        if value is not None:
            values.append(value)
    if values:
        # Alternatives inside one conjunct ("five or six", "20 (some reports 30)"): the lowest.
        return min(values), definite
    vague = _VAGUE.search(words)
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
    ) or head in _PLURAL_IRREGULAR
    if plural or head in _NOT_PERSON:
        return None, definite
    if _SINGULAR_DET.match(lowered):
        return 1, definite
    # Headline style drops the article: "Mob kills man", "Police officer shot dead".
    original_head = re.findall(r"[A-Za-z']+", words)[-1] if re.search(r"[A-Za-z]", words) else ""
    if (
        bare
        and len(tokens) <= 3
        and (original_head.islower() or len(tokens) == 1)
        and _PERSON_HEAD.search(original_head)
        and "#" not in words
        and tokens[0] not in _NOT_PERSON
        and not _NP_STOP.search(words)
    ):
        return 1, False
    return None, definite


def _phrase_count(phrase: str, left: bool = False) -> tuple[int | None, bool]:
    """Count of victims in a (possibly coordinated) noun phrase, and whether all is definite."""
    phrase = _RANGE.sub(lambda m: m.group("low") or m.group("low2"), _APPOSITION.sub("", phrase))
    bare = "," not in phrase  # only a plain phrase may drop its article
    total: int | None = None
    definite = True
    for part in _CONJ.split(phrase):
        if not part or not part.strip():
            continue
        if _PARTITION.search(part):
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
        if match.start() == 0 or not (word.endswith(("ed", "ing")) or word in _ADJECTIVAL):
            continue
        previous = phrase[: match.start()].split()
        if not previous:
            continue
        before = previous[-1]
        if not before.endswith(",") and (
            _DETNUM.match(before) or before.lower() in _ADJECTIVAL or before.lower().endswith("ly")
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
    cuts = list(_BOUNDARY.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _left_count(text: str, lower: int, at: int, noun: bool) -> tuple[int | None, bool, str]:
    """Victims named before offset ``at``: the phrase next to the word, else the clause subject."""
    # "at least" is a limiter here, not the preposition that would end the phrase.
    clause = _AT_LEAST.sub("atleast ", _clause_before(text, lower, at))
    near = _AUX_TAIL.sub("", clause)
    stops = list(_NP_STOP.finditer(near))
    phrase = near[stops[-1].end() :] if stops else near
    if not phrase.strip() and stops and _RELATIVE.search(near):
        # "one gang member, who died": the antecedent before the relative pronoun.
        head = near[: stops[-1].start()].rstrip(" ,")
        head_stops = list(_NP_STOP.finditer(head))
        phrase = head[head_stops[-1].end() :] if head_stops else head
    if noun:  # "five bodies", "two deaths": only the words right before the noun
        phrase = _CONJ.split(phrase)[-1]
    if not phrase.rstrip().endswith(","):
        count, definite = _phrase_count(phrase, left=True)
        if count and count > 1 and _SINGULAR_AUX.search(clause) and not _NUMBER.search(phrase):
            count = 1  # "a cleric and party leader was shot": one person with two titles
        if count is not None or noun:
            return count, definite, phrase
    subject = _INTRO.sub("", clause)
    stop = _NP_STOP.search(subject)
    subject = _cut_at_verb(subject[: stop.start()] if stop else subject)
    count, definite = _phrase_count(subject)
    return count, definite, subject


def _right_count(text: str, at: int, upper: int) -> tuple[int | None, bool, str]:
    """Victims named as the object after offset ``at`` ("killing two herders and a child")."""
    window = text[at : min(upper, at + 120)]
    shared = _SHARED_OBJECT.match(window)
    if shared:  # "lynched and burned three men": both verbs take the object
        window = window[shared.end() :]
    elif re.match(r"^\s*(?:,|and\b|or\b)", window, re.I):
        return None, False, ""
    window = _LIMITER.sub(" ", window)
    stop = _RIGHT_STOP.search(window)
    phrase = _cut_at_verb(window[: stop.start()] if stop else window)
    if not phrase.strip():
        return None, False, ""
    count, definite = _phrase_count(phrase)
    return count, definite, phrase


def _background(match: re.Match[str]) -> Mention:
    """A marker for a death or injury that is the background of the event, not part of it."""
    return Mention(match.start(), match.end(), "background", None, False, match.group(0))


def _mention(match: re.Match[str], text: str, lower: int, upper: int) -> Mention | None:
    """The mention for one trigger, or None when it is background or names no victims."""
    kind = "injury" if (match.group("iv") or match.group("in")) else "death"
    word = match.group(0).lower()
    clause = _clause_before(text, lower, match.start())
    if _BACKGROUND.search(clause) and not _NOT_BACKGROUND.search(clause):
        return _background(match)
    if _CAUSE.search(clause.rsplit(",", 1)[-1]) or _ACCIDENT.search(clause):
        return _background(match)  # "residents protest after a student was killed": the cause, not this event
    if word.endswith("ing") and re.search(r"\b(?:for|of|from|before|without)\s+(?:\w+ly\s+)?$", clause, re.I):
        return _background(match)  # "accused of killing", "arrested for killing"
    if re.search(r"\brecent(?:ly)?\s+(?:\w+\s+)?$", clause, re.I) or _EARLIER_AFTER.match(
        text[match.end() : min(upper, match.end() + 80)]
    ):
        return _background(match)  # "the recent killing of", "killed a woman days earlier"
    if _UNKNOWN_AFTER.match(text[match.end() : upper]):
        return None  # "the number of fatalities is not known"
    verbal = bool(match.group("dv") or match.group("iv") or match.group("do"))
    if (
        verbal
        and word.endswith("ed")
        and re.search(r",\s*(?:\w+ly\s+)?$", clause)
        and _ASIDE_AFTER.match(text[match.end() : upper])
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
    if _NEGATED.search(clause[-50:]):
        return make(0, False, match.group(0), True)
    verb = match.group("dv") or match.group("iv")
    after = text[match.end() : upper]
    if verb:
        passive = re.search(
            r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:[\w\[\]]+\s+){0,3}$", clause, re.I
        )
        if not passive and not re.match(r"^\s*by\b", after, re.I):
            count, definite, phrase = _right_count(text, match.end(), upper)
            if count is not None or phrase.strip() or not word.endswith(("ed", "dead", "down")):
                return make(count, definite, phrase)
        count, definite, phrase = _left_count(text, lower, match.start(), noun=False)
        return make(count, definite, phrase)
    if match.group("dn"):
        toll = bool(re.match(r"^(?:deaths?|fatalit|death\s+(?:toll|total|count))", word))
        noun_of = re.match(r"^\s*(?:of|:|at|rose\s+to|stands\s+at|to|is|was|reached)\s+", after, re.I)
        raised = _TOLL_RAISED.match(after)
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
        definite = definite or bool(re.match(r"^\s*(?:his|her|their)\b", phrase, re.I))
        if count is None and word in ("body", "corpse") and _CORPSE_CONTEXT.match(after):
            count = 1  # "a body was found", "his body was dumped": one death
        return make(count, definite, phrase, toll and count is not None)
    if word == "injuries":  # the bare noun counts only with a figure: "17 injuries"
        count, definite, phrase = _left_count(text, lower, match.start(), noun=True)
        if not (_NUMBER.search(phrase) or _VAGUE.search(phrase)):
            return None
        return make(count, definite, phrase)
    count, definite, phrase = _left_count(text, lower, match.start(), noun=False)
    return make(count, definite, phrase)


def _masked(text: str, start: int, end: int) -> str:
    """``text`` with dates, times, ages and asides blanked out in ``[start, end)``; offsets kept."""
    body = text[start:end]
    body = _NOT_COUNTS.sub(lambda m: re.sub(r"\d", "#", m.group(0)), body)
    body = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), body)
    body = re.sub(r"[\[\]\"“”]", " ", body)
    return text[:start] + body + text[end:]


def find_mentions(text: str, start: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """Death and injury mentions in ``text[start:end]``, in reading order."""
    masked = _masked(text, start, end)
    deaths: list[Mention] = []
    injuries: list[Mention] = []
    background_seen = False
    for match in _TRIGGER.finditer(masked, start, end):
        mention = _mention(match, masked, start, end)
        if mention is None:
            continue
        if mention.kind == "background":
            background_seen = True
            continue
        if background_seen and mention.definite:
            continue  # "The student was lynched ...": the background victim again
        stop = _SENTENCE_END.search(masked, match.end(), end)
        alternative = bool(_ALTERNATIVE.search(_clause_before(masked, start, match.start())))
        mention = dataclasses.replace(
            mention, sentence_end=stop.end() if stop else end, alternative=alternative
        )
        (deaths if mention.kind == "death" else injuries).append(mention)
    return deaths, injuries
