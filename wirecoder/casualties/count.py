"""Deaths and injuries stated for an event, counted the way ACLED codes them.

Each death word ("killed", "shot dead", "died", "bodies", "death toll") or injury word
("wounded", "injured", "hurt") is tied to the victims it governs: the noun phrase before
a passive ("two police officers were killed"), or the object after an active verb
("killing a trader and his son"). Conventions (ACLED's):

* coordinated victims add up ("a man and his 12-year-old son" -> 2; ages are not counts);
* ranges and conflicting figures give the lowest ("10 to 15", "20 (some reports 30)");
* vague counts follow :data:`wirecoder.numbers.VAGUE_COUNTS` ("several" 3, "dozens" 12);
* attackers' deaths count too (a suicide bomber who blew himself up adds one);
* a later mention of the same victims ("the victims", "the man") is not counted again;
* deaths that are the background of the event ("protesting the killing of", "accused of
  killing", "threatened to kill") are not counted.
"""

from __future__ import annotations

import re

from wirecoder.casualties.besides import attackers_besides, lower_account
from wirecoder.casualties.estimates import lowest_estimate
from wirecoder.casualties.names import TITLED, is_person_name, role_and_name
from wirecoder.casualties.notes import CODED_HERE, coded_apart, share, split_total, tally_after
from wirecoder.casualties.later import REVISED_DOWN, next_sentences, raised_after, stated_after
from wirecoder.casualties.mentions import find_mentions
from wirecoder.casualties.phrases import Mention
from wirecoder.casualties.sides import new_side, other_side, side_of, stated_over_vague, vague_only
from wirecoder.model import Casualties
from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["count_casualties"]

_BOMBER_DIED = re.compile(
    r"\b(?:blew\s+(?:him|her|them)sel(?:f|ves)\s+up|detonated\s+(?:his|her|their)\s+"
    r"(?:explosive|suicide|bomb)[^.]{0,30}|(?:detonated|triggered)\s+(?:his|her)\s+(?:suicide\s+)?(?:vest|belt)"
    r"(?=[^.]{0,30}\bkill)|(?:killing|killed|shot|shooting)\s+(?:him|her)self"
    r"|turn(?:ed|ing)\s+the\s+(?:gun|weapon|rifle)\s+on\s+(?:him|her)self"
    # "killing 40 soldiers and himself": the attacker named last among the dead.
    r"|(?:killing|killed|shot\s+dead|shooting\s+dead)\s+[^.;]{1,60}?\s+and\s+(?:then\s+)?(?:him|her)self\b"
    # Only after killing others: a suicide alone is no political violence.
    r"|(?<=\s)(?:before|after|then)\s+(?:\w+\s+){0,2}?commit(?:s|ted|ting)\s+suicide)",
    re.IGNORECASE,
)
_BOMBERS = re.compile(
    rf"(?P<n>{NUMBER_PATTERN})\s+(?:\w+\s+){{0,3}}?(?:suicide\s+)?(?:bombers|attackers)\b", re.IGNORECASE
)
# The toll counts the attacker already: "including the bomber", "killing seven people including herself".
_BOMBER_COUNTED = re.compile(
    r"\bincluding\s+(?:(?:him|her|them)sel(?:f|ves)|(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker)s?)\b", re.I
)
# A death mention that is the attacker himself ("The bomber was also killed"): counted already.
_ATTACKER_DEATH = re.compile(r"(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)", re.I)


def _total(mentions: list[Mention]) -> tuple[int | None, list[Mention]]:
    """The count the mentions add up to, and the mentions it rests on.

    Distinct victim groups add up; a repeated (definite) mention counts only when alone;
    a first figure at least as large as all later ones together is a summary of them;
    a stated toll ("3 fatalities", "no deaths") or a claimed / second-source figure caps
    the verbs' count (lowest credible); a revised toll ("rose to 4") replaces those told before it.
    """
    updates = [m for m in mentions if m.update and m.count is not None]
    if updates:
        # the latest revision of the toll stands for all earlier figures; dead told after it as more ("Around
        # twenty assailants were also killed") add to it
        last = updates[-1]
        more = [m for m in mentions if m.start > last.start and m.more and m.count and not m.aside]
        return (last.count or 0) + sum(m.count or 0 for m in more), [last, *more]
    mentions = stated_over_vague(mentions)
    if any(m.count and not m.aside for m in mentions):
        mentions = [m for m in mentions if not m.aside]
    # A toll of others ("FATALITIES: 3 others killed") adds to the verbs like one.
    tolls = [m for m in mentions if (m.toll or m.alternative) and m.count is not None and not m.more]
    verbs = [m for m in mentions if m not in tolls]
    # A toll stated before the deaths told in later sentences ("leading to 2 deaths. In Ruaka,
    # police killed 4.") is the first report, not a summary: it adds up like a verb.
    leading = [
        t for t in tolls
        if not t.alternative
        and any(v.count is not None and v.start >= t.sentence_end for v in verbs)
        and not any(v.count is not None and v.start < t.sentence_end for v in verbs)
    ]
    if leading:
        tolls = [t for t in tolls if t not in leading]
        verbs = sorted(verbs + leading, key=lambda m: m.start)
    counted = [m for m in verbs if m.count is not None]
    # A definite phrase refers back only to victims told before: the first counted mention has
    # none ("His body and the body of his driver were found", "The two soldiers were killed ...
    # A civilian also died").
    fresh = [m for m in counted if not m.definite or m is counted[0] or new_side(m, counted)]
    if not fresh:
        repeats = [m for m in verbs if m.count is not None]
        fresh = [max(repeats, key=lambda m: m.count or 0)] if repeats else []
    total: int | None = None
    used: list[Mention] = []
    if fresh:
        # Mentions in the first mention's sentence add to it; later sentences may detail it.
        first_end = fresh[0].sentence_end
        head = [m for m in fresh if m.start < first_end]
        if len(head) >= 3 and head[0].count == sum(m.count or 0 for m in head[1:]) and all(
            _details(m.phrase, head[0].phrase) for m in head[1:]
        ):
            # "six soldiers were killed, four in the raid while two others were killed in an
            # ambush": the parts detail the first figure.
            head = head[:1]
        rest = [m for m in fresh if m.start >= first_end]
        first = sum(m.count or 0 for m in head)
        later = sum(m.count or 0 for m in rest)
        more = bool(rest) and rest[0].more  # "another four were killed", "2 were also killed": not a detail
        # "Troops killed eight militants. A soldier died ...": the other side's dead are no detail.
        of_other_side = bool(rest) and other_side(head, rest)
        if rest and first > 1 and first >= later and not more and not of_other_side:
            total, used = first, head
        elif rest and first > 1 and not more and (again := _told_again(head, rest)):
            # "killed 11 soldiers ... five militants were killed. An officer and 10 soldiers were killed": the
            # first sentence's dead told again, or put higher by another source ("Another witness said more
            # than 50 had died"), count once at the first figure; the other side's dead add to it
            total, used = first + sum(m.count or 0 for m in rest if m not in again), \
                head + [m for m in rest if m not in again]
        elif _named_again(head, rest):
            total, used = first, head
        else:
            total, used = first + later, fresh
    if tolls:
        toll = min(tolls, key=lambda m: m.count or 0)
        if total is None or (toll.count or 0) < total:
            total, used = toll.count, [toll]
    return total, used


def _told_again(head: list[Mention], rest: list[Mention]) -> list[Mention]:
    """The later mentions that tell the first sentence's dead again, as a share of them or as another
    source's figure: not said to be more, and of the first victims' side, or of none when they have none
    ("32 people ... 32 bodies"; "Two soldiers ... Residents said three people died" may be other dead)."""
    side = side_of(head)
    first = sum(m.count or 0 for m in head)
    # more dead than first told is another figure only when someone else gives it ("Another witness said
    # more than 50 had died"), not "In Ruaka, police killed 4" after "2 deaths"
    return [m for m in rest if not m.more and side_of([m]) == side and ((m.count or 0) <= first or m.alternative)]


def _named_again(head: list[Mention], rest: list[Mention]) -> bool:
    """Whether the one later victim is the one victim of the first sentence, named: "Gunmen shot
    dead a journalist in Veracruz. Juan Perez, 45, was shot dead outside his home"."""
    if len(head) != 1 or len(rest) != 1 or head[0].count != 1 or rest[0].count != 1 or rest[0].more:
        return False
    name = re.sub(r",.*$", "", rest[0].phrase).strip()
    first = head[0].phrase.strip()
    return (
        (is_person_name(name) or role_and_name(name) or TITLED.match(name) is not None)
        and not (is_person_name(first) or role_and_name(first) or TITLED.match(first))
    )


def _details(part: str, whole: str) -> bool:
    """Whether the victims ``part`` can be a share of ``whole``: a bare figure ("four"), or
    the same people ("two other soldiers" of "six soldiers")."""
    figure = re.search(NUMBER_PATTERN, part, re.IGNORECASE)
    words = re.findall(r"[a-z]+", part[figure.end() :].lower()) if figure else []
    if figure and not set(words) - {"other", "others", "more", "of", "them"}:
        return True
    head = re.findall(r"[a-z]+", whole.lower())
    return bool(figure and words and head) and words[-1].rstrip("s") == head[-1].rstrip("s")


_CLAIMANT = re.compile(
    r"\b(?:militants?|fighters?|insurgents?|rebels?|jihadists?|al[\s-]+shaba+b|shabab|boko\s+haram|taliban"
    r"|isis|daesh|(?-i:IS)|group|(?:a|the|another)\s+second\s+report|another\s+report)\b[^.;]{0,80}?"
    r"\b(?:claim\w*|indicates?|says?|said)\b",
    re.IGNORECASE,
)


def _claim_against_wounded(text: str, used: list[Mention], injuries: list[Mention]) -> bool:
    """Whether the deaths rest only on an armed group's claim (or a second report) told after a
    first report of the wounded alone: that first report is the lowest credible figure."""
    if not all(m.alternative for m in used):
        return False
    first = min(m.start for m in used)
    opening = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first)) + 1
    if not _CLAIMANT.search(text, opening, first):
        return False
    return any(m.count and not m.alternative and m.sentence_end <= opening + 1 for m in injuries)


def count_casualties(text: str, start: int, end: int) -> Casualties:
    """Fatalities and injuries stated in ``text[start:end]`` for the event there.

    Example:
        >>> s = "Gunmen shot dead a trader and his son and wounded four others in Wajir."
        >>> c = count_casualties(s, 0, len(s))
        >>> c.fatalities, c.injuries
        (2, 4)
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    deaths, injuries = find_mentions(text, start, end)
    fatalities, used = _total(deaths)
    wounded, used_injuries = _total(injuries)
    if fatalities and used and _claim_against_wounded(text, used, injuries):
        # "Six soldiers were wounded, the army said. The Taliban claimed to have killed 20": the
        # first report tells only the wounded; the lowest credible toll is none.
        fatalities, used = 0, []
    reasons: list[str] = []
    # The note's own figure stands even where no death word is read ("Fatalaties are unclear (coded at
    # low estimate of 3)": a misspelt toll word).
    coded = CODED_HERE.search(text, start, end)
    if coded is None:
        # ... told in the sentence after the event's ("... killed several dozen soldiers. Fatalities coded as 10.")
        coded = next((CODED_HERE.search(sentence) for _, sentence in next_sentences(text, end)[:1]), None)
    figure = parse_number(coded.group("a") or coded.group("b") or coded.group("c") or coded.group("d") or "") if coded else None
    tally = tally_after(text, end)
    # "FATALITIES: reported estimates include 12, 18 and 25", "Reports of the dead range from 17 to 42",
    # in the span or the sentence after it: the lowest of them; "(total coded for 2 days = 22)": its share.
    estimate = lowest_estimate(text, start, end) or split_total(text, start, end) or next(
        (found for at, sentence in next_sentences(text, end)[:1]
         if (found := lowest_estimate(text, at, at + len(sentence)))), None)
    if figure is None and estimate is not None:
        figure = estimate[0]
        reasons.append(f"deaths: {figure} (the lowest estimate or a share of a total: '{estimate[1]}')")
        fatalities, used = figure, []
    elif figure is not None and coded is not None:
        fatalities, used = figure, []
        reasons.append(f"deaths: {figure} (the note's own figure: '{coded.group(0)}')")
    elif tally is not None:
        # The coder's total stands for the deaths the sentence tells and the attackers' alike.
        reasons.append(f"deaths: {tally} (the note's tally after the sentence)")
        return Casualties(tally, wounded, tuple((m.start, m.end) for m in used_injuries), "; ".join(reasons))
    elif fatalities is None:
        fatalities = 0
        reasons.append("no death stated")
    else:
        reasons.append("deaths: " + " + ".join(m.describe() for m in used))
        # The coder's note on splitting often follows the sentence that tells the deaths.
        told = text[start:end] + " " + " ".join(sentence for _, sentence in next_sentences(text, end))
        fatalities = share(told, fatalities, reasons)
        fatalities, apart = coded_apart(text, deaths, used, fatalities)
        reasons.extend(f"deaths coded in another record: '{note}'" for note in apart)
    raised = raised_after(text, end) if fatalities else None
    stated = stated_after(text, end, fatalities) if used and all(vague_only(m) for m in used) else None
    if raised is not None and raised.count is not None and (
        raised.count > fatalities or REVISED_DOWN.search(text, max(0, raised.start - 80), raised.sentence_end)
    ):
        fatalities, used = raised.count, [raised]
        reasons.append(f"the toll was later revised: {raised.describe()}")
    elif stated is not None and stated.count is not None:
        fatalities, used = stated.count, [stated]
        reasons.append(f"a later figure makes the vague count precise: {stated.describe()}")
    elif fatalities and used:
        lower, rival = lower_account([sentence for _, sentence in next_sentences(text, end, next_paragraph=True)], fatalities)
        if rival:
            fatalities, used = lower, []
            reasons.append(f"a lower account follows: '{rival}'")
    span_text = text[start:end]
    died = _BOMBER_DIED.search(span_text)
    if died and "suicide" in died.group(0).lower() and not fatalities:
        died = None  # "the student had committed suicide": no attacker's death
    told_apart = any(_ATTACKER_DEATH.fullmatch(m.phrase.strip()) for m in used)
    if died and not told_apart and not _BOMBER_COUNTED.search(span_text):
        bombers = 1
        if "themselves" in died.group(0).lower():
            stated = _BOMBERS.search(span_text)
            bombers = (parse_number(stated.group("n")) or 2) if stated else 2
        fatalities += bombers
        reasons.append(f"the attacker{'s' if bombers > 1 else ''} died too")
    apart, besides = attackers_besides(text, start, end, [m.phrase for m in used]) if fatalities and not died else (0, "")
    if apart:
        fatalities += apart
        reasons.append(f"attackers died too: '{besides}'")
    if wounded is not None:
        reasons.append("injuries: " + " + ".join(m.describe() for m in used_injuries))
    spans = tuple((m.start, m.end) for m in used + used_injuries)
    return Casualties(fatalities, wounded, spans, "; ".join(reasons))


