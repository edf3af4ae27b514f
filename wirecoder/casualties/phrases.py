"""Death and injury mentions in news copy, each tied to the count of victims it governs.

Used by :mod:`wirecoder.casualties`; see there for the counting conventions.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from wirecoder.casualties.additions import along_with, and_others
from wirecoder.casualties.conjuncts import phrase_count
from wirecoder.casualties.context import (
    ACCIDENT,
    ACCIDENT_AFTER,
    BACKGROUND,
    CAUSE,
    FIGHT_RELATIVE,
    FIGHT_THEN,
    IMPUTED,
    KILLER_KILLED,
    KIN_OF,
    LEADING_SUBORDINATE,
    MOTIVE,
    NOT_BACKGROUND,
    REACTION,
    RELATIVE_BACKGROUND,
    UNKNOWN_AFTER,
    WHETHER_ANY,
    earlier_after,
)
from wirecoder.casualties.names import is_person_name
from wirecoder.casualties.tolls import (
    AGGREGATE,
    BRINGING,
    BROUGHT_TO,
    BROUGHT_TO_NUMBER,
    CLAIMED_LIVES,
    COMBINED_AFTER,
    COMBINED_BEFORE,
    MOTIVE_LIST,
    NUMBER_OF,
    ONE_EVENT_AFTER,
    ONE_OF_SEVERAL,
    OVER_PERIOD,
    PERFECT,
    PUT_AT,
    PUT_NUMBER_OF,
    REVISED_NUMBER_OF,
    REVISED_PRONOUN,
    SHARE_OF_WHOLE,
    THEM_BEFORE,
    TOLD_TOLL,
)
from wirecoder.casualties.victims import clause_before, left_count, right_count
from wirecoder.casualties.words import (
    ASIDE_AFTER,
    CORPSE_CONTEXT,
    MASKED_AGE,
    NEGATED,
    NOMINAL,
    NOMINAL_AFTER,
    NUMBER,
    RELATIVE_AGENT,
    SENTENCE_END,
    TOLL_RAISED,
    VAGUE,
)
from wirecoder.numbers import parse_number

__all__ = ["Mention", "mention_of"]


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
    # In a relative clause about someone ("a man who killed his wife was lynched"): counts
    # only when the sentence reports no other death.
    aside: bool = False
    update: bool = False  # a revised toll ("the death toll rose to 4"): supersedes earlier figures
    more: bool = False  # victims in addition to those told before ("another six", "were also killed")

    def describe(self) -> str:
        """Short reason text: the victims and the count read from them."""
        return f"{self.count} ('{self.phrase.strip()}')"


# Verb forms that, with nothing after them, are a headline passive ("Three killed.").
_PASSIVE_ENDINGS = ("ed", "dead", "down", "kia", "action", "death", "alive")


# A running figure brought to a new total by a verb of the dead: "bringing the total killed to 23",
# "bringing the number of people killed to 12".
_TOTAL_BROUGHT = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed)|push(?:es|ing|ed)?)\s+the\s+"
    r"(?:(?:overall|total|final)\s+)?(?:total|number|tally|count)(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|persons)?)?\s*$",
    re.I,
)


def _background(match: re.Match[str]) -> Mention:
    """A marker for a death or injury that is the background of the event, not part of it."""
    return Mention(match.start(), match.end(), "background", None, False, match.group(0))


def _background_before(clause: str, phrase: str) -> bool:
    """Whether the words before the victims ``phrase`` at the end of ``clause`` make it background."""
    words = phrase.strip(" ,;:-–")
    cut = clause.rfind(words) if words else -1
    return cut > 0 and bool(MOTIVE.search(clause[:cut]))


def _bodies(
    word: str, clause: str, after: str, count: int | None, phrase: str
) -> tuple[int | None, bool, str]:
    """(count, definite, phrase) for "body"/"bodies": only a figure right before the noun counts,
    and a single body is the victim's ("his body", "a body was found"), counted once."""
    if count is not None and (NUMBER.search(phrase) or VAGUE.search(phrase)) and len(phrase.split()) <= 5:
        # "some of the bodies": part of bodies already told of.
        return count, bool(re.search(r"\bof\s+(?:the|these|those|their)\s*$", phrase, re.I)), phrase
    if word in ("body", "corpse") and (
        CORPSE_CONTEXT.match(after) or re.search(r"\b(?:his|her|their|whose)\s+(?:[\w-]+\s+)?$", clause, re.I)
    ):
        # "the body of a woman" tells of someone new; "his body", "the body" of someone told before.
        new = re.search(r"\banother\s+(?:[\w-]+\s+)?$", clause, re.I) or re.match(
            r"^\s*of\s+(?:a|an|one)\s", after, re.I
        )
        return 1, not new, phrase
    return None, False, phrase


def _same_agent_after(match: re.Match[str], clause: str, after: str) -> bool:
    """Whether the trigger is a gerund right after "after" with its own object: "abducted two
    doctors after killing their guard" tells one event by one agent, not the event's cause
    (which has a subject of its own, "after a student was killed", or is a noun, "after the
    killing of")."""
    first = match.group(0).split()[0].lower()
    return (
        first.endswith("ing")
        and re.search(r"\bafter\s+$", clause, re.I) is not None
        and re.match(r"^\s*of\b", after, re.I) is None
    )


def _sentence_rest(text: str, at: int, upper: int) -> str:
    """The words from ``at`` to the end of the sentence (bounded by ``upper``)."""
    stop = SENTENCE_END.search(text, at, upper)
    return text[at : stop.start() if stop else upper]


def mention_of(match: re.Match[str], text: str, lower: int, upper: int) -> Mention | None:
    """The mention for one trigger, or None when it is background or names no victims."""
    kind = "injury" if (match.group("iv") or match.group("in")) else "death"
    word = match.group(0).lower()
    clause = clause_before(text, lower, match.start())
    if _same_agent_after(match, clause, text[match.end() : upper]):
        clause = ""  # what the clause says before "after" ("was arrested") is about the agent
    fight = FIGHT_RELATIVE.search(clause)
    if fight and RELATIVE_BACKGROUND.search(clause):
        fight = None  # "suspected of joining a raid that killed six": what someone is accused of
    if fight and not REACTION.search(clause[: fight.start()] + _sentence_rest(text, match.end(), upper)):
        # The fighting's own victims: no cue before it makes them background. "that" is read as
        # "which" so it is not taken for a determiner ("that killing").
        clause = re.sub(r"^that\b", "which", fight.group("rel"), flags=re.I)
    if BACKGROUND.search(clause) and not NOT_BACKGROUND.search(clause):
        return _background(match)
    if (NOMINAL.match(word) or match.group("dn")) and MOTIVE_LIST.search(clause):
        return _background(match)  # "protests over fuel prices and the killing of a student"
    if PERFECT.search(clause) and (OVER_PERIOD.search(_sentence_rest(text, match.end(), upper))
                                   or OVER_PERIOD.search(clause)):
        # "the military, which has killed 100 protesters since the coup", "where fighting since January
        # has killed 80": a period's toll
        return None
    raised = TOLL_RAISED.match(text[match.end() : upper]) if NUMBER_OF.search(clause) else None
    if (match.group("dv") or match.group("di") or match.group("iv")) and raised and not raised.group("static") \
            and not OVER_PERIOD.search(_sentence_rest(text, match.end(), upper)):
        # "The number of people killed in the attack has risen to nine": the revised toll, unless
        # it counts over a period ("the number killed since the uprising rose to 300").
        mention = Mention(match.start(), match.end(), kind, parse_number(raised.group("n")), False,
                          raised.group("n"), True)
        return dataclasses.replace(mention, update=True)
    revised = BROUGHT_TO.match(text[match.end() : upper]) if REVISED_NUMBER_OF.search(clause) else None
    if revised and not OVER_PERIOD.search(_sentence_rest(text, match.end(), upper)):
        # "Officials revised the number of dead to 12": the event's new toll.
        mention = Mention(match.start(), match.end(), kind, parse_number(revised.group("n")), False,
                          revised.group("n"), True)
        return dataclasses.replace(mention, update=True)
    put = PUT_AT.match(text[match.end() : upper]) if PUT_NUMBER_OF.search(clause) else None
    if put:  # "the commissioner put the number of dead at 86": a stated toll
        return Mention(match.start(), match.end(), kind, parse_number(put.group("n")), False, put.group("n"), True)
    brought = BROUGHT_TO_NUMBER.search(clause) if not match.group("dn") else None
    if brought and ONE_EVENT_AFTER.match(_sentence_rest(text, match.end(), upper)):
        # "..., bringing to seven the number of people killed in Sunday's attack": that attack's
        # new toll (a number killed in attacks, or this month, is a running total: AGGREGATE).
        mention = Mention(match.start(), match.end(), kind, parse_number(brought.group("n")), False,
                          brought.group("n"), True)
        return dataclasses.replace(mention, update=True)
    if COMBINED_AFTER.match(text[match.end() : upper]) or COMBINED_BEFORE.search(clause):
        return None  # "ten people were killed or wounded": casualties, not a count of the dead
    if WHETHER_ANY.search(clause):
        return None  # "whether anyone was killed is not clear"
    if KIN_OF.search(clause) and not match.group("dn"):
        return _background(match)  # "colleagues of a man beheaded by militants protested"
    if AGGREGATE.search(clause) or ONE_OF_SEVERAL.search(clause):
        return None  # a running total over a period or several attacks, not this event's toll
    if not fight and RELATIVE_BACKGROUND.search(clause):
        # "arrested over a raid in which two died": that raid's deaths. No background marker:
        # the subject of the sentence, told before the cue, may still be a victim.
        return None
    # An apposition naming the victim ("after a farmer, Mr. Juma Ali, was hacked") is no clause.
    plain = re.sub(r",[^,]{1,60},(\s*(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)$", r"\1", clause)
    last = plain.rsplit(",", 1)
    # A trailing "..., after a rider was killed" tells the cause of what the sentence reports first.
    trailing = len(last) == 2 and re.match(r"\s*(?:after|following)\s", last[1], re.I) is not None
    if KILLER_KILLED.search(clause) or FIGHT_THEN.search(last[-1]):
        # "police shot dead an assailant after he stabbed two worshippers to death": one incident; "troops
        # repelled the assault after a gun battle and killed 15": the fight, then the killing
        pass
    elif trailing or CAUSE.search(last[-1].lstrip()) or ACCIDENT.search(clause):
        return _background(match)  # "residents protest after a student was killed": the cause, not this event
    if word.endswith("ing") and re.search(
        r"\b(?:for|of|from|before|without)\s+(?:\w+ly\s+)?(?:\w+ing\s+and\s+)?$", clause, re.I
    ):
        return _background(match)  # "accused of killing", "arrested for shooting and killing"
    if (match.group("dv") or match.group("do")) and IMPUTED.search(clause):
        return _background(match)  # "a man suspected to have stabbed his wife to death"
    if LEADING_SUBORDINATE.match(clause) and "," in text[match.end() : upper]:
        return _background(match)  # "After raiders killed four, police shot a bandit"
    if ACCIDENT_AFTER.match(text[match.end() : upper]):
        return _background(match)  # "a rider died after a collision with a truck"
    if re.search(r"\brecent(?:ly)?\s+(?:\w+\s+)?$", clause, re.I) or earlier_after(
        clause, text[match.end() : min(upper, match.end() + 80)]
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
    # "that" is a determiner only before a noun ("that killing"); before a verb it is the
    # relative pronoun of the event's own deaths ("an attack that killed five").
    nominal = word.split()[0].endswith("ing") or NOMINAL.match(word) is not None
    if not match.group("dn") and (
        re.search(rf"\b(?:the|a|an|his|her|their|this|its{'|that' if nominal else ''})\s+$", clause, re.I)
        or (
            NOMINAL.match(word)
            and re.search(r"\b(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){1,2}$", clause, re.I)
            and NOMINAL_AFTER.match(text[match.end() : upper])
        )
    ):
        # A nominal use ("the killing of two soldiers"): victims only after "of".
        of = re.match(r"^\s*of\s+", text[match.end() : upper], re.I)
        listed = re.match(r"^\s*(?:included|include|includes|were|are)\s+", text[match.end() : upper], re.I)
        if listed and word == "dead":
            # "The dead included four women and three children": the victims, maybe told before.
            count, _, phrase = right_count(text, match.end() + listed.end(), upper)
            return Mention(match.start(), match.end(), kind, count, True, phrase or word)
        if not of:
            return None
        count, definite, phrase = right_count(text, match.end() + of.end(), upper)
        return Mention(match.start(), match.end(), kind, count, definite, phrase or word)
    make = lambda count, definite, phrase, toll=False: Mention(  # noqa: E731
        match.start(), match.end(), kind, count, definite, phrase or match.group(0), toll
    )
    if match.group("do"):
        count, definite = phrase_count(match.group("obj"))
        if count is None and is_person_name(MASKED_AGE.sub("", match.group("obj"))):
            count = 1  # "burnt 28-year-old Antony Kariuki to death"
        them = THEM_BEFORE.search(clause) if match.group("obj").strip().lower() == "them" else None
        if count is None and them:
            count = parse_number(them.group("n"))  # "beat up two suspects and burnt them to death"
        return make(count, definite, match.group("obj"))
    if NEGATED.search(clause[-50:]):
        return make(0, False, match.group(0), True)
    verb = match.group("dv") or match.group("iv")
    after = text[match.end() : upper]
    if verb and _TOTAL_BROUGHT.search(clause):
        if OVER_PERIOD.search(_sentence_rest(text, match.end(), upper)):
            return None  # "bringing the number of people killed this month to 40": a running total
        one_event = ONE_EVENT_AFTER.match(after)
        # "..., bringing the number of people killed in the raid to nine": that event's new total
        brought = BROUGHT_TO.match(after) or (BROUGHT_TO.match(after[one_event.end() :]) if one_event else None)
        if brought:  # "..., bringing the total killed to 23": the new total, not 23 more victims
            return dataclasses.replace(make(parse_number(brought.group("n")), False, brought.group("n"), True),
                                       update=True)
    if verb:
        passive = re.search(
            # Not across a clause of its own: "it was reported that police killed two"; upper-case "IS" is
            # the group ("IS militants killed three villagers"), never the verb.
            r"\b(?!(?-i:IS)\b)(?:was|were|is|are|been|being|be|get|got)\s+"
            r"(?:(?!(?:that|which|who|whom|when|said|reported|told|claimed|alleged)\b)[\w\[\]]+\s+){0,3}$",
            clause,
            re.I,
        )
        if not passive and not re.match(r"^\s*by\b", after, re.I):
            count, definite, phrase = right_count(text, match.end(), upper)
            if count is not None and RELATIVE_AGENT.search(clause):
                return Mention(match.start(), match.end(), kind, count, definite, phrase, aside=True)
            if count is None and word.endswith(_PASSIVE_ENDINGS):
                # A reduced passive with a counted subject ("2 killed -ACTORS", "3 civilians
                # killed during a raid"): the victims come before the participle.
                left = left_count(text, lower, match.start(), noun=False, adjacent=True)
                if left[0] is not None and (NUMBER.search(left[2]) or VAGUE.search(left[2])):
                    if _background_before(clause, left[2]):
                        return _background(match)
                    whole = SHARE_OF_WHOLE.match(left[2])
                    if whole:  # "five of the seven people killed were children": seven were killed
                        return make(parse_number(whole.group("n")), False, left[2])
                    return make(*left)
            if count is not None or phrase.strip() or not word.endswith(_PASSIVE_ENDINGS):
                return make(and_others(count, text, match.end(), upper, phrase), definite, phrase)
        count, definite, phrase = left_count(text, lower, match.start(), noun=False)
        if count is not None and _background_before(clause, phrase):
            return _background(match)  # "a revenge attack for 2 herders killed on 20/12"
        return make(along_with(count, text, match.end(), upper), definite, phrase)
    if match.group("dn") and re.match(r"^(?:it|th\w+\s+(?:figure|tally))$", word):
        # "Reports put the toll at 67; officials later revised it to 115": a revision, after a toll told
        revised = REVISED_PRONOUN.match(after)
        if not revised or not TOLD_TOLL.search(text, max(0, match.start() - 250), match.start()):
            return None
        return dataclasses.replace(make(parse_number(revised.group("n")), False, revised.group("n"), True), update=True)
    if match.group("dn"):
        toll = bool(re.match(r"^(?:deaths?|fatalit|death\s+(?:toll|total|count)|toll)", word))
        noun_of = re.match(
            r"^\s*(?::|(?:(?:(?:is|was|were|are)\s+)?estimated\s+(?:to\s+be|at)"
            # "the death toll was reported as 48", "was given as 141", "was put at 30"
            r"|(?:is|was|were|are)\s+(?:\w+ly\s+)?(?:reported|given|put|set|confirmed|recorded)\s+(?:as|at)"
            r"|of|at|rose\s+to|stands\s+at|to|is|was|reached)\s)\s*",
            after,
            re.I,
        )
        raised = TOLL_RAISED.match(after)
        if raised and raised.group("static") and "toll" not in word:
            # "the fatality total stands at 21" is a running total; a toll that "reached 40" is the event's.
            raised = None
        if raised:  # "the death toll rose from 1 to 4": the latest figure
            value = parse_number(raised.group("n"))
            return dataclasses.replace(make(value, False, raised.group("n"), True), update=True)
        brought = BROUGHT_TO.match(after) if BRINGING.search(clause) else None
        if brought:  # "..., bringing the death toll to 7": the new total
            value = parse_number(brought.group("n"))
            return dataclasses.replace(make(value, False, brought.group("n"), True), update=True)
        if noun_of or re.search(r"toll|total|count", word):
            offset = match.end() + (noun_of.end() if noun_of else 0)
            count, definite, phrase = right_count(text, offset, upper)
            if count is not None:
                return make(count, definite, phrase, toll)
        if word == "lives":
            claimed = CLAIMED_LIVES.search(clause)
            if claimed:  # "The bombing claimed 12 lives", "cost at least 50 lives"
                return make(parse_number(claimed.group("n")), False, claimed.group("n"))
            if not re.search(r"\blost\s+(?:their|his|her)\s*$", clause, re.I):
                return None
            count, definite, phrase = left_count(text, lower, match.start() - 0, noun=False)
            return make(count, definite, phrase)
        count, definite, phrase = left_count(text, lower, match.start(), noun=True)
        if word == "martyrs" and not (NUMBER.search(phrase) or VAGUE.search(phrase)):
            return None  # only a figure makes martyrs the dead ("left 5 martyrs"; not "the martyrs' families")
        if word.startswith(("bod", "corps")):
            return make(*_bodies(word, clause, after, count, phrase))
        # "his body": the victim already named.
        definite = definite or bool(re.match(r"^\s*(?:his|her|their|the|this|that)\b", phrase, re.I))
        if word.endswith(("deaths", "ies")) and not (NUMBER.search(phrase) or VAGUE.search(phrase)):
            count = None  # "the authorities deny these deaths": no figure of its own
        if re.search(r"\bof\s+(?:the|these|those|their|its)\s*$", phrase, re.I):
            return None  # "many of the fatalities were civilians": a share of the dead told before
        return make(count, definite, phrase, toll and count is not None)
    if word == "injuries":  # the bare noun counts only with a figure: "17 injuries"
        count, definite, phrase = left_count(text, lower, match.start(), noun=True)
        if not (NUMBER.search(phrase) or VAGUE.search(phrase)):
            return None
        return make(count, definite, phrase)
    count, definite, phrase = left_count(text, lower, match.start(), noun=False)
    return make(along_with(count, text, match.end(), upper), definite, phrase)


