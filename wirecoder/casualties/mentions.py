"""The death and injury mentions of a span, in reading order: each victim counted once, the
killer's own death, a lynching survived, a later or earlier figure and more dead told as such."""

from __future__ import annotations

import dataclasses
import re

from wirecoder.casualties.accounts import earlier_incident, later_incident, other_account
from wirecoder.casualties.besides import attackers_dead
from wirecoder.casualties.captives import captives_found_dead
from wirecoder.casualties.context import SURVIVED, UNCONFIRMED
from wirecoder.casualties.masking import corrected, mask
from wirecoder.casualties.victims import clause_before, looks_human
from wirecoder.casualties.triggers import EUPHEMISM, FIRE, TRIGGER, TRIGGER_HINT
from wirecoder.casualties.words import ALTERNATIVE, LATER_REPORT, MORE, SENTENCE_END
from wirecoder.casualties.phrases import Mention, mention_of
from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["find_mentions"]


def _survived(match: re.Match[str], text: str) -> bool:
    """Whether a lynching is followed, in its paragraph, by the victim's rescue or survival.

    ACLED counts a lynching as a killing unless the report says the victim lived; the
    rescue is often told in the next sentence, so the search runs past the event's span.
    """
    word = match.group(0).lower()
    if not (word.startswith("lynch") or FIRE.search(word)):
        return False
    after = text[match.end() : match.end() + 300].split("\n\n", 1)[0]
    return SURVIVED.search(after) is not None


# Some of those lynched lived: "lynched two suspected thieves; one of them survived".
_SOME_SURVIVED = re.compile(
    rf"[^.]{{0,80}}?\b(?P<n>{NUMBER_PATTERN})\s+of\s+(?:them|the\s+(?:[\w-]+\s+){{0,2}}?\w+)\s+(?:\w+\s+){{0,2}}?"
    r"(?:survived|escaped|(?:was|were)\s+(?:rescued|saved))\b",
    re.IGNORECASE,
)


def _survivors(match: re.Match[str], text: str) -> int:
    """How many of those lynched or set alight the report says lived, told right after (0 when none)."""
    if not (match.group(0).lower().startswith("lynch") or FIRE.search(match.group(0).lower())):
        return 0
    found = _SOME_SURVIVED.match(text, match.end())
    return (parse_number(found.group("n")) or 0) if found else 0


# The killer's own death after the killing: "killing two before he was shot dead", "before being
# killed by police", "before guards shot him dead". The pronoun is the agent, not a victim told again.
_AGENT_DIED = re.compile(
    r"\b(?:before|after|until|when)\s+(?:(?:he|she)\s+(?:himself\s+|herself\s+)?(?:was|got)|being)"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_AGENT_SHOT = re.compile(r"\b(?:before|after|until|when)\s+(?:[\w-]+\s+){1,3}?$", re.IGNORECASE)


def _agent_died(before: str, mention: Mention, active: bool) -> bool:
    """Whether a definite death told after an active killing in its sentence (``active``) is the
    killer's: the dead of the killing cannot die again."""
    if not (active and mention.kind == "death" and mention.definite and mention.count == 1):
        return False
    if _AGENT_DIED.search(before):
        return True
    return mention.phrase.strip().lower() in ("him", "her") and _AGENT_SHOT.search(before) is not None


# A figure told as one given earlier: the latest figure, told first, replaces it.
_EARLIER_FIGURE = re.compile(
    r"\b(?:earlier|previous)\s+(?:\w+\s+)?(?:reports?|figures?|tolls?|counts?|estimates?|accounts?)\b"
    r"|\b(?:had\s+)?(?:earlier|previously)\s+(?:said|put|reported|given|stated|announced)\b",
    re.IGNORECASE,
)
_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.IGNORECASE)
# Wounded told before who then died are more dead, not a detail of the first toll: "Two policemen
# were killed and four wounded; one of the wounded later died".
_WOUNDED_DIED = re.compile(
    # ... also in a source's words: "Police said that one of the wounded, a boy, had died"
    rf"(?:^|[,;]|\bthat\b)\s*(?:(?:{NUMBER_PATTERN}|some|several)\s+of\s+(?:the|those)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:wounded|injured|hurt)|(?:an?\s+)?(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:later|subsequently))\b[^.;]*$",
    re.IGNORECASE,
)


# A figure the other side denies, told right after it: "..., a claim the rebels rejected".
_CLAIM_DENIED = re.compile(
    r"[^.;]{0,60}?,\s*(?:a|the)\s+(?:claim|figure|toll|report|number)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:has|have|had)\s+)?(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\b",
    re.IGNORECASE,
)
# A denial that anyone died, in the claim's sentence or the next: "Pakistan denied any casualties".
_NONE_DIED = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|refuted)\s+(?:that\s+)?(?:(?:there\s+(?:were|had\s+been)\s+)?any"
    r"|suffering\s+any|having\s+suffered\s+any|it\s+(?:had\s+)?suffered\s+any)\s+(?:\w+\s+)?"
    r"(?:casualties|deaths|losses|fatalities)\b"
    r"|\b(?:denied|denies|deny)\s+(?:that\s+)?(?:anyone|any\s+\w+)\s+(?:was|were|had\s+been|has\s+been)\s+killed\b",
    re.IGNORECASE,
)


def _denied(text: str, mention: Mention, stop: int) -> bool:
    """Whether a claimed death toll is denied by the other side, right after it ("20 fighters died, a
    claim the rebels rejected") or, for a claim, in its sentence or the next ("Indian officials claimed
    hundreds of militants were killed; Pakistan denied any casualties"): ACLED takes the lowest credible
    figure, which is none of the claim's."""
    if mention.kind != "death" or not mention.count:
        return False
    if _CLAIM_DENIED.match(text, mention.end, stop + 1):
        return True
    if not mention.alternative:
        return False
    ahead = SENTENCE_END.search(text, stop + 1, min(len(text), stop + 300))
    return _NONE_DIED.search(text, mention.end, ahead.end() if ahead else min(len(text), stop + 300)) is not None


# Victims counted per side of a fight: "One fighter from each side was killed" tells two dead.
_FROM_EACH = re.compile(
    r"\s*,?\s*(?:[\w-]+\s+){0,1}?(?:from|of|on)\s+(?:each|either)\s+(?:side|group|camp|community|clan|party|tribe)\b",
    re.IGNORECASE,
)


# A share of people told just before: "one of whom", "two of them", "most of those".
_SHARE_OF = re.compile(
    rf"^\s*(?:{NUMBER_PATTERN}|some|several|many|most|all|both|none)\s+of\s+(?:whom|them|those|these)\b",
    re.IGNORECASE,
)


def _share_of_dead(mention: Mention, deaths: list[Mention], injuries: list[Mention]) -> bool:
    """Whether a death ``mention`` is a share of the dead told just before it in its sentence, not more of
    them: "killing two people, one of whom died on the way to hospital" (but "wounding five, two of whom
    later died" tells two more dead)."""
    if mention.kind != "death" or mention.count is None or not _SHARE_OF.match(mention.phrase):
        return False
    told = [m for m in (*deaths, *injuries) if m.start < mention.start and m.sentence_end >= mention.start]
    last = max(told, key=lambda m: m.start, default=None)
    return last is not None and last.kind == "death" and last.count is not None and last.count >= mention.count


# Bodies taken from what the attack brought down: the dead told before, counted again as they are found.
_FROM_RUBBLE = re.compile(
    r"\b(?:pulled|recovered|retrieved|dug|removed|extracted|taken|found)\b[^.;]{0,60}?\bfrom\s+(?:under\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rubble|debris|ruins|wreckage|remains\s+of)\b",
    re.IGNORECASE,
)


def _recount(masked: str, match: re.Match[str], before: int, stop: int, mention: Mention,
             deaths: list[Mention]) -> bool:
    """Whether bodies taken from the rubble in a later sentence count the dead told before, more of them as
    they are found: the latest count, not more dead ("killing at least nine. By Monday, volunteers had
    pulled 14 bodies from the rubble")."""
    if mention.kind != "death" or not mention.count or not match.group(0).lower().startswith(("bod", "corpse")):
        return False
    earlier = [m for m in deaths if m.count and m.sentence_end <= match.start() and not m.aside]
    if not earlier or not _FROM_RUBBLE.search(masked, match.start() - before, stop):
        return False
    return mention.count > sum(m.count or 0 for m in earlier)


def find_mentions(text: str, start: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """Death and injury mentions in ``text[start:end]``, in reading order."""
    if not TRIGGER_HINT.search(text, start, end) or not TRIGGER.search(text, start, end):
        return [], []  # most sentences mention no death or injury: skip the masking
    masked = mask(text, start, end)
    deaths: list[Mention] = []
    injuries: list[Mention] = []
    background_seen = False
    seen: set[tuple[int, str]] = set()  # (offset, words) of victims counted
    wounded: set[tuple[int, str]] = set()  # those of them counted as wounded
    triggers: list[tuple[int, int]] = []  # the death words counted
    active: list[int] = []  # the sentence ends of deaths told with their victims after the verb
    for match in TRIGGER.finditer(masked, start, end):
        mention = mention_of(match, masked, start, end)
        if mention is None:
            continue
        if mention.kind == "background":
            background_seen = True
            continue
        if background_seen and mention.definite:
            continue  # "The student was lynched ...": the background victim again
        if mention.kind == "death" and _survived(match, text):
            continue  # "lynched ... police rescued him before he died": beaten, not killed
        if mention.kind == "death" and mention.count and (lived := _survivors(match, text)):
            if lived >= mention.count:
                continue
            mention = dataclasses.replace(mention, count=mention.count - lived)  # "one of them survived"
        if (FIRE.search(match.group(0)) or EUPHEMISM.match(match.group(0))) and not looks_human(mention.phrase):
            continue  # "set the chief's office ablaze", "neutralised an IED"
        stop = SENTENCE_END.search(masked, match.end(), end)
        before = clause_before(masked, start, match.start())
        if mention.kind == "death" and mention.count is None:
            opening = match.start() - len(before)
            captives = captives_found_dead(masked, start, opening, stop.start() if stop else end, opening)
            if captives is not None:  # "Gunmen abducted three engineers. Their bodies were found."
                mention = dataclasses.replace(mention, count=captives, phrase=masked[opening : match.start()])
        more_dead = False
        if mention.kind == "death" and mention.count is None:
            attackers = attackers_dead(masked, match.start(), mention.phrase)
            if attackers and not any(mention.phrase.split()[-1].lower() in d.phrase.lower() for d in deaths):
                # "Two suicide bombers detonated ... The bombers were also killed": two more dead, not the victims
                mention = dataclasses.replace(mention, count=attackers, definite=False)
                more_dead = True
        # "reports indicate that another six were killed": more victims, not another figure.
        told = before + masked[match.start() : min(end, match.end() + 12)]
        more = more_dead or bool(MORE.match(mention.phrase) or _ALSO.search(told)) or (
            mention.kind == "death" and _WOUNDED_DIED.search(before) is not None)
        alternative = bool(ALTERNATIVE.search(before)) and not more
        if not alternative and not more and mention.kind == "death" and mention.count is not None:
            alternative = other_account(masked, before, mention, deaths)
        if LATER_REPORT.search(before) and mention.count is not None:
            mention = dataclasses.replace(mention, update=True)  # "later reports of one killed"
        elif _recount(masked, match, len(before), stop.end() if stop else end, mention, deaths):
            mention = dataclasses.replace(mention, update=True)  # "By Monday, 14 bodies had been pulled from the rubble"
        # "Fifteen people were killed. Earlier reports had said 12 died.": the figure it replaced.
        superseded = bool(deaths) and _EARLIER_FIGURE.search(before) is not None
        mention = dataclasses.replace(
            mention, sentence_end=stop.end() if stop else end, alternative=alternative and not superseded,
            more=more, aside=mention.aside or superseded
            or earlier_incident(masked, start, match, stop.start() if stop else end)
            # "The next day, a police officer was burned to death": another day's incident, unless its dead are
            # the event's (more of them, a revised toll, bodies found)
            or (later_incident(masked, start, match) and not more and not mention.update
                and not match.group(0).lower().startswith(("bod", "corpse")))
            # "killed several civilians. Eight residents remain missing, feared dead": feared deaths
            # after confirmed ones add nothing to them (ACLED waits for confirmation); told first,
            # they are the report's figure ("Fifteen people are feared dead ... Eight were killed").
            or (mention.kind == "death" and UNCONFIRMED.search(before) is not None
                and any(d.count and not d.aside for d in deaths)),
        )
        sentence_end = stop.end() if stop else end
        if _share_of_dead(mention, deaths, injuries) or _denied(text, mention, sentence_end):
            continue
        words = mention.phrase.strip()
        at = masked.rfind(words, start, match.start()) if words else -1
        victims = (at if at >= 0 else masked.find(words, match.end(), end), words)
        if mention.count and victims[0] >= 0 and _FROM_EACH.match(masked, victims[0] + len(words), sentence_end):
            mention = dataclasses.replace(mention, count=mention.count * 2)  # "one from each side was killed"
        if _agent_died(before, mention, any(at_end == sentence_end for at_end in active)):
            mention = dataclasses.replace(mention, definite=False)
        if mention.kind == "death" and mention.count and victims[0] >= match.end():
            active.append(sentence_end)  # victims after the verb: an agent did the killing
        correction = corrected(text, masked, victims[0] if victims[0] >= 0 else match.start(), match,
                                stop.start() if stop else end) if mention.count is not None else None
        if correction is not None:
            mention = dataclasses.replace(mention, count=correction)
        if mention.kind == "death" and victims in wounded:
            seen.discard(victims)  # "Three wounded soldiers later died": the wounded who died are dead
        if mention.count is not None and (victims in seen or any(
            victims[0] <= at_word and end_word <= victims[0] + len(words) for at_word, end_word in triggers
        )):
            # Two words about the same victims ("4 civilians macheted to death and
            # beheaded", "Nine refugees were killed and a number wounded"), or victims named by
            # a death word already counted ("his corpse beheaded"): count them once.
            continue
        seen.add(victims)
        if mention.kind == "injury":
            wounded.add(victims)
        if mention.count is not None and mention.kind == "death":
            triggers.append((mention.start, mention.end))
        (deaths if mention.kind == "death" else injuries).append(mention)
    return deaths, injuries
