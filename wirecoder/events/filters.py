"""Telling reports of events from everything else that uses the same words.

An ACLED event is something that happened, at a place and time. A cue is
not an event when it is negated or denied, planned, threatened, feared or
hypothetical, part of a purpose ("to prevent attacks"), a generic or
habitual description ("attacks still occur daily"), a total over a period
("Fourteen soldiers were killed in June"), or a verbal act about violence
("U.S. officials blame militias for the attacks"). Each check returns the
reason it rejects a cue, so ``wirecoder extract --explain`` can say why.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["generic_reason", "names_one_incident", "series_span", "token_reason"]

_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "must", "'ll", "can"})
_IRREALIS_VERBS = frozenset(
    """plan threaten vow warn intend aim seek want prepare urge hope call plot pledge promise
    prevent avoid deter thwart foil curb expect risk consider propose
    demand ask deny refute dismiss reject""".split()
)
# Present-tense verbs that describe a state of affairs, not an incident ("attacks appear to be rising").
_STATIVE_VERBS = frozenset(
    "appear seem remain occur continue increase rise become be have blame fear cause affect plague "
    "fuel spark drive".split()
)
# Court and charge words: "on trial on charges of murder" reports a trial, not a killing.
# "found the defendants guilty of murder": a charge names what a court tries, not an event of the news.
_LEGAL = frozenset("charge trial convict sentence indict prosecute plead acquit testify guilty".split())
_VERBAL_VERBS = frozenset("blame accuse condemn criticise criticize denounce".split())
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_GENERIC = re.compile(
    r"\b(?:daily|every (?:day|week|month|night)|each (?:day|week)|often|frequently|regularly|routinely|usually|typically|"
    r"increasingly|on the rise|appears? to be rising|"
    r"(?:spate|wave|series|string|surge|upsurge|cycle) of (?:[\w-]+ ){0,2}(?:attacks|killings|bombings|clashes|"
    r"raids|incidents|strikes|abductions|kidnappings|violence|protests|shootings|explosions|assassinations|"
    r"murders|arrests)|"
    r"continues? to (?:occur|rise|increase|grow|plague|mount|be)|still occur|have been under|"
    r"for (?:more than |nearly |almost |over |about )?(?:\w+ )?(?:months|years|decades?)|"
    r"in the (?:first|last|past) (?:\w+ )?(?:months|weeks|years|quarter)(?: of)?|"
    r"ha(?:s|ve) been (?:fighting|battling|waging)\b(?![^.]{0,60}\bsince (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    r"ha(?:s|ve) (?:been )?(?:killed|died|fled|displaced)[^.]{0,80}\bsince\b|"
    r"\bsince\b[^.]{0,80}\bha(?:s|ve) (?:been )?(?:killed|died|fled|displaced)|"
    r"(?:highest|largest|worst|heaviest) (?:death )?(?:toll|number)|"
    r"stepp(?:ed|ing) up (?:its |their )?(?:attacks|operations|raids|offensives?)|"
    r"(?:tens of |hundreds of )?thousands of [^.]{0,80}(?:killed|died)|in recent (?:years|months|weeks)|"
    r"deadliest (?:month|year|week)|bloodiest (?:month|year|week)|death toll (?:among|this|so far)|"
    r"so far this year|since the (?:start|beginning) of|over the past (?:year|month|months|years|decade)|"
    r"across the country (?:this|last) (?:year|month)|"
    r"(?:war|conflict|insurgency|uprising|violence|fighting)\b[^.]{0,60}\bha(?:s|ve) (?:killed|claimed|displaced|left)|"
    # "Attacks in the region have killed thousands of people", "Boko Haram has killed more than 35,000": a
    # toll run up over time (the present perfect with thousands), never one incident's ("hundreds" may be one
    # massacre's)
    r"\bha(?:s|ve) (?:so far |now )?(?:killed|claimed the lives of|left) (?:(?:more than|at least|over|nearly|almost|"
    r"about|around|some|an estimated|well over) )?(?:(?:tens|hundreds) of thousands|thousands|\d{1,3}(?:,\d{3})+)\b|"
    r"ha(?:s|ve) been killed (?:since|in the (?:war|conflict)|over the)|"
    # "militants have carried out similar attacks": a group's record, not an incident
    r"ha(?:s|ve) (?:previously |often |frequently |repeatedly |also |in the past )?(?:carried out|claimed|staged|"
    r"launched|conducted|mounted|been behind|been blamed for) (?:similar|such|many|several|numerous|previous|"
    r"frequent|repeated|past|dozens of|scores of|hundreds of)|"
    r"similar (?:attacks|bombings|killings|raids|abductions) (?:in the past|before|previously)|"
    # "Tamaulipas has long been one of Mexico's most violent states", "gang violence has surged since 2021"
    r"ha(?:s|ve) long been|"
    # "Central Mali has been gripped by violence since 2015", "forces have been focused on the battle for Mosul"
    r"ha(?:s|ve) been (?:gripped|wracked|racked|plagued|ravaged|torn|roiled) by (?:[\w-]+ ){0,2}(?:violence|"
    r"attacks|fighting|conflict|insurgency|unrest|clashes|war)\b|"
    r"ha(?:s|ve) been (?:focused|focusing|concentrat(?:ed|ing)|bogged down|tied down|preoccupied) (?:on|in|with)\b|(?:violence|attacks|insecurity|kidnappings|abductions|killings|fighting|clashes|crime|"
    r"tensions?) ha(?:s|ve) (?:surged|soared|risen|increased|grown|escalated|spiked|intensified|worsened)|"
    # "85 people were killed in gang violence last week": a tally over the week, not an incident
    r"(?:killed|died|wounded|injured) in (?:[\w-]+ ){0,2}violence\b[^.]{0,60}\b(?:last|this|past) (?:week|month|year)|"
    # "2,400 civilians were killed in attacks in Burkina Faso in 2022": a year's tally of many attacks
    r"(?:killed|died|wounded|injured) in (?:[\w-]+ ){0,2}(?:attacks|clashes|raids|bombings|strikes|violence)\b"
    r"[^.]{0,60}\b(?:in|during|since) (?:19|20)\d\d|"
    # "gained notoriety in 2014 when it kidnapped 276 schoolgirls": history told as background
    r"\bin (?:(?:early|late|mid-?) ?)?(?:[A-Z][a-z]+ )?(?:19|20)\d\d,? when|"
    # "ended five decades of conflict with the FARC, which killed more than 220,000 people": a war's toll
    r"(?:war|conflict|insurgency|uprising|violence|fighting)\b[^.]{0,60}\b(?:which|that) (?:ha(?:s|ve|d) )?"
    r"(?:killed|claimed|left) (?:[a-z]+ ){0,3}\d{1,3},\d{3}\b|"
    # "the deadliest attack since October, when militants killed 11 villagers": the earlier event measured against
    r"\bsince (?:(?:early|late|mid-?) ?)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|last month),? when\b|"  # years gone by are left to the date (over a year: background)
    # "226 people were killed in El Fasher between May 10 and June 6": a tally over a span of days
    rf"\bbetween (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH}) and (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})\b|"
    # "clashes have since left more than 75 people dead", "killed around 40 in operations since May 28",
    # "weapons looted since the violence began", "candidates were killed during the campaign"
    r"\bha(?:s|ve|d) since (?:left|killed|claimed|displaced)\b|"
    r"\bin (?:(?:military|security|joint) )?(?:operations|attacks|raids|clashes|strikes) since\b|"
    # "troops had killed more than 100 militants in Bay since January", "12 protesters have been killed
    # in Basra this week": a tally since a month or over the week, not an incident
    rf"\b(?:killed|died|wounded|injured|arrested|detained|abducted|kidnapped)\b"
    rf"(?:(?!\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[^.]){{0,80}}\bsince "
    rf"(?:(?:early|late|mid-?) ?)?{_MONTH}(?! \d)|"
    r"\bha(?:s|ve) been (?:killed|wounded|injured|arrested|detained|abducted|kidnapped)\b[^.]{0,60}"
    r"\b(?:this|last|past) (?:week|month|year)\b|"
    r"\bsince the (?:violence|conflict|war|fighting|unrest|crisis|clashes|insurgency) (?:began|started|erupted|broke out)\b|"
    r"\b(?:killed|died|attacked) (?:during|throughout) the (?:election )?campaign\b|"
    # "RSF fighters stormed Mellit, residents said at the time": an earlier report retold
    r"\b(?:said|reported|told [\w ]{1,30}) at the time\b|"
    # "still carries out frequent bombings in the capital": what a group is wont to do (not "protested over
    # frequent attacks", a grievance)
    r"(?:carr(?:y|ies) out|stages?|launch(?:es)?|mounts?|conducts?) (?:frequent|regular|repeated|sporadic|occasional|"
    r"near-daily|almost daily|periodic) (?:[\w-]+ )?(?:attacks|bombings|raids|killings|kidnappings|abductions|"
    r"shelling|air ?strikes))\b",
    re.I,
)


# A generic match that names a series of events ("a wave of attacks").
_SERIES = re.compile(r"(?:spate|wave|series|string|surge|upsurge|cycle) of\b", re.I)
# The series as a setting: "in a new wave of", "involved in a spate of", "amid a surge of", "part of a wave of".
_SETTING_BEFORE = re.compile(
    r"(?:\b(?:in|amid|amidst|after|following|during|involved in|linked to|blamed for|part of)\s+"
    # "..., as insurgents pressed a wave of attacks ahead of the drawdown": a scene-setting clause
    r"|\b(?:as|while)\s+(?:[\w-]+\s+){1,4}?(?:pressed|pressing|stepped up|stepping up|intensified|intensifying|"
    r"waged|waging|mounted|mounting|continued|continuing)\s+)"
    r"(?:a |an |the |their |its )?(?:new |fresh |recent |latest |ongoing |renewed )?$", re.I
)


def series_span(sentence: str) -> tuple[int, int] | None:
    """Where a series of events ("a wave of attacks") is the setting of a sentence that is generic
    only because of it, else None: the sentence's other cues still report an event.

    Example:
        >>> series_span("Riots broke out in a new wave of ethnic violence.")
        (25, 48)
    """
    match = _GENERIC.search(sentence)
    if match is None or not _SERIES.match(match.group(0)):
        return None
    if not _SETTING_BEFORE.search(sentence, 0, match.start()):
        return None
    rest = sentence[: match.start()] + " " * (match.end() - match.start()) + sentence[match.end():]
    if _GENERIC.search(rest):
        return None  # generic for another reason too ("... attacks occur daily")
    return match.start(), match.end()


_ONE_INCIDENT = re.compile(
    r"\b(?:a|an|the|one|single)\s+(?:[\w’'-]+\s+){0,3}?(?:attack|bombing|bomb|blast|explosion|strike|"
    r"airstrike|raid|ambush|clash|assault|shooting|massacre|ied|incident|rocket|mortar|shell)\b(?!s)",
    re.I,
)


# An act told on one day ("stormed a protest camp on Monday, killing 13 ... the bloodiest day since April"):
# a superlative sets that day against a period, it does not total one.
_ONE_DAY = re.compile(
    r"\b(?:on|late on|early on) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.]{0,160}\b(?:bloodiest|deadliest|"
    r"worst|heaviest|biggest|largest|highest)\b|\b(?:bloodiest|deadliest|worst|heaviest) (?:day|night|single day)\b|"
    # "killed by bandits at some point in January": one incident whose day is not known
    r"\b(?:at )?some (?:point|time|day) (?:in|during|last|this)\b",
    re.I,
)


def names_one_incident(sentence: str) -> bool:
    """Whether the sentence names a single incident ("a rocket attack") or a single day measured against a
    period ("the bloodiest day since April"), so its toll is not a period total.

    Example:
        >>> names_one_incident("Troops stormed the camp on Monday, killing 13, the bloodiest day since April.")
        True
        >>> names_one_incident("Fourteen soldiers were killed in hostile incidents in June.")
        False
    """
    return bool(_ONE_INCIDENT.search(sentence) or _ONE_DAY.search(sentence))


_LATEST = re.compile(r"\b(?:the )?latest (?:in|of) (?:a |an |the )?$", re.I)
# "the deadliest attack in the city for a decade": a superlative measures the event against the period.
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first)\b[^.]{0,60}$", re.I)


# What a crowd went without for months is its grievance, not a generic description of events.
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:not|n't|never|no|without|unpaid|delay\w*|stalled|arrears|owed|non-?payment|lack of|shortages? of)\b[^.]{0,60}$",
    re.I,
)


# "kidnappings and violence are commonplace", "assassinations are a regular event": what is usual there
_USUAL = re.compile(
    r"\b(?:attacks|killings|kidnappings|abductions|violence|clashes|bombings|assassinations|shootings|raids|ambushes|"
    r"robberies|lynchings|protests|riots|demonstrations|incidents|fighting)\b[\w ,'’-]{0,40}?"
    r"\b(?:are|is|remain|remains|ha(?:s|ve) become) (?:\w+ )?(?:commonplace|common|rife|rampant|widespread|endemic|frequent|"
    r"ubiquitous|routine|a regular (?:event|occurrence)|a (?:daily|common|frequent) occurrence)\b(?! (?:sense|ground|"
    r"cause|knowledge|practice|citizens?|people|criminals?|thread)\b)",
    re.I,
)
# "... killed five people in Jos, where such attacks are common": said of the place, not of the sentence
_ASIDE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:where|which|in which|as|and)\b[^,;]*$", re.I)


# Tallies: a count of events or victims over a period, told with no day of its own ("Mexico registered 34,582
# homicides in 2019", "The NPA has staged at least 12 attacks since January", "killed more than 100 soldiers in
# 2020, according to a tally"). Each counted incident was news on its own day; the count is not one of them.
_ABOUT = r"(?:a total of |at least |more than |over |nearly |almost |some |about |around |up to )?"
_COUNT = _ABOUT + r"\d[\d,]*"
_LARGE = r"(?:\d{1,3}(?:,\d{3})+|\d{3,})\b"  # a hundred or more: a statistic's size
_PERIOD = (r"(?:\bin (?:19|20)\d\d\b(?!-)|\b(?:last|this|past) year\b|\bso far\b|\bsince (?:(?:early|late|mid-?) ?)?"
           rf"(?:{_MONTH}|(?:19|20)\d\d|the (?:start|beginning))(?! \d))")
_TALLIES = (
    # a statistic's verb with a figure: "registered 34,582 homicides", "logged more than 2,000 of them"
    # (a large figure, or one over a period: "hospitals reported 4 deaths" is a toll)
    re.compile(rf"\b(?:registered|recorded|logged|counted|documented|tallied) {_ABOUT}"
               rf"(?:{_LARGE}|\d[\d,]*(?=[^.]{{0,80}}{_PERIOD}))", re.I),
    # a number of incidents over a period: "at least 12 attacks since January", "3,540 murders last year"
    re.compile(rf"\b{_COUNT} (?:[\w-]+ ){{0,2}}(?:homicides|murders|killings|attacks|incidents|kidnappings|abductions|"
               rf"bombings|raids|ambushes|assassinations|massacres|clashes)\b(?=[^.]{{0,80}}{_PERIOD})", re.I),
    # victims over a period named by its year, with no incident: "killed more than 100 soldiers in 2020" (a death
    # alone, "Chavez, who died in 2013", is a person's history, left to the date)
    re.compile(rf"\b(?:killed|murdered|kidnapped|abducted|wounded)\b[^.]{{0,80}}?{_PERIOD}", re.I),
    # the period opening the sentence: "Last year, the Taliban killed more than 40 policemen in this district"
    re.compile(r"^\W*(?:(?:last|this|past) year|in (?:19|20)\d\d),[^.]{0,80}\b(?:killed|murdered|kidnapped|abducted|"
               r"wounded)\b", re.I),
    # "killed seven soldiers in those attacks": the incidents a tally counted
    re.compile(r"\bin (?:those|these|such|all (?:the|those|these)) (?:\w+ )?(?:attacks|incidents|raids|ambushes|clashes|"
               r"killings)\b(?! (?:on|in|at|near) )", re.I),
)
# A quote its speaker is introduced for by an event of a year gone by ('"They killed my brother," said a survivor of
# the 2018 attack on Koulogon') recalls that event: its words are history, however they are told.
_QUOTE_RECALLS = re.compile(
    r'^\W*["“][^"“”]+[,.?!]["”],?\s+(?:said|says|recalled|recalls|added|told)\b[^"“”]{0,80}?'
    r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|massacres?|raids?|shootings?|siege|blasts?|killings|"
    r"war|genocide|uprising|coup)\b"
)
# A day, or a named incident, makes it news: "logged 12 deaths on Monday", "killed 100 people in a bombing in 2020".
_TOLD_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|overnight|today|tonight|last night|this morning)\b|"
    rf"\b(?:{_MONTH} \d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})",
    re.I,
)
# "1.5 million": a decimal point is no sentence end for the patterns above.
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")


def tally_reason(sentence: str) -> str | None:
    """Why the sentence counts events or victims over a period rather than telling one, or None.

    Example:
        >>> tally_reason("Mexico registered 34,582 homicides in 2019, according to official figures.")
        "tally over a period ('registered 34,582')"
        >>> tally_reason("Gunmen killed four workers at a car wash on Sunday.") is None
        True
    """
    if _TOLD_DAY.search(sentence) or names_one_incident(sentence):
        return None
    for pattern in _TALLIES:
        match = pattern.search(sentence)
        if match:
            return f"tally over a period ({match.group(0)!r})"
    return None


# A series someone set off on a day told ("launched a wave of air strikes on Sanaa on Wednesday") is that day's event.
_LAUNCHED = re.compile(r"\b(?:carried out|launched|conducted|staged|unleashed|mounted|began)\s+(?:a |an )?(?:new |fresh )?$",
                       re.I)


def generic_reason(sentence: str) -> str | None:
    """Why the whole sentence is a generic or aggregate description, or None."""
    sentence = _DECIMAL.sub(",", sentence)
    if _QUOTE_RECALLS.match(sentence):
        return "a quote recalling an earlier event"
    tally = tally_reason(sentence)
    if tally:
        return tally
    usual = _USUAL.search(sentence)
    if usual and not _ASIDE.search(sentence, 0, usual.start()):
        return f"generic or aggregate description ({usual.group(0)!r})"
    match = _GENERIC.search(sentence)
    if match and _LATEST.search(sentence, 0, match.start()):
        return None  # "wounded X in the latest of a string of attacks" reports the latest one
    if match and _SERIES.match(match.group(0)) and _LAUNCHED.search(sentence, 0, match.start()) \
            and _TOLD_DAY.search(sentence):
        return None  # "On Wednesday, the coalition carried out a wave of air strikes on Sanaa": one day's operation
    if match and match.group(0).lower().startswith("for ") and (
        _SUPERLATIVE.search(sentence, 0, match.start()) or _GRIEVANCE_BEFORE.search(sentence[: match.start()])
    ):
        return None  # "the deadliest attack for a decade", "protesting they had not been paid for nine months"
    return f"generic or aggregate description ({match.group(0)!r})" if match else None


def _clause_verbs(token: Token) -> list[Token]:
    """``token`` and its ancestors up to the sentence root."""
    chain = [token]
    while chain[-1].head is not chain[-1] and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


# "to prevent attacks", "to cut down on rocket fire": the purpose is that violence does not happen.
_PREVENTIVE = frozenset("prevent cut curb stop deter reduce counter combat tackle end avoid thwart".split())
# "began to explode", "attempted to assassinate": it happened, or was attempted (an event for ACLED).
_DISPERSAL = frozenset("disperse scatter quell contain break stop".split())
_PLANNED = frozenset("planned scheduled proposed upcoming forthcoming intended expected announced "
                     "coming called banned".split())
# "attacked a convoy, no casualties": an attack that hurt no one still happened.
_TOLL_NOUN = re.compile(r"(?:casualt|causalit|fatalit|injur|deaths?$|damage|loss)")
# People and things a protest word qualifies without reporting a protest ("protest organisers said").
_PROTEST_QUALIFIED = frozenset("organiser organizer leader group movement camp site song sign banner placard letter "
                               "petition committee coalition spokesman spokesperson spokeswoman".split())
_RESCUE_VERBS = frozenset("rescue free release reunite return save liberate recover".split())
_ASPECTUAL = frozenset("begin start continue keep resume attempt try".split())
# Verbs whose infinitive happened: "forcing police to open fire", "prompting troops to return fire".
_IMPLICATIVE = frozenset("force compel prompt oblige cause".split())
# ... and "are due / set / scheduled / expected to resume talks": it is yet to happen.
_INTENTION_HEADS = frozenset("aim plan seek want intend hope vow threaten prepare use need due set scheduled "
                             "expected slated poised".split())


_DAY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|\d{1,2}/\d{1,2}(?:/\d{2,4})?)$", re.I
)


def _one_occasion(verb: Token, token: Token) -> bool:
    """Whether "clashes continue" is told of one occasion: a day ("near Moyale on Tuesday", "sparked
    protests on 02/03") or two named sides ("clashes continue between the Tugen and the Pokot")."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in (*token.children, *verb.children)):
        return True
    days = [c for c in verb.children if c.dep_ == "npadvmod"]
    days += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "since"} for g in c.children
             if c.lower_ == "on" and g.dep_ == "pobj"]
    return any(_DAY.match(day.text) for day in days)


def _is_purpose(node: Token, token: Token, family: str) -> bool:
    """Whether the infinitive ``node`` makes the cue at ``token`` a purpose rather than a fact."""
    if family in {"protest", "intervene"} and node.lemma_ in _DISPERSAL:
        return False  # "fired tear gas to disperse residents demonstrating": the dispersal happened
    if node.lemma_ in _PREVENTIVE or node.head.lemma_ in _INTENTION_HEADS:
        return True
    if node.lemma_ in {"put", "bring"} and any(c.lower_ == "end" for c in node.children):
        return True  # "a truce to put an end to raiding"
    if node.head.lemma_ in _IMPLICATIVE:
        return False  # "forcing police to open fire": they did
    if node.head.lemma_ in _ASPECTUAL:
        # "the bombs began to explode": it happened; but ground only tried for was not taken
        return family in {"overtake", "regain"} and node.head.lemma_ in {"attempt", "try"}
    # "gathered to protest" reports a protest; "weapons used to attack troops" no attack.
    return node is token and family not in {"protest", "intervene"}


_PROTEST_SPEECH = frozenset("demand urge call ask".split())


def _across_semicolon(token: Token, node: Token) -> bool:
    """Whether a semicolon stands between the cue and a word that would govern it."""
    low, high = sorted((token.i, node.i))
    doc = token.doc
    # "shot dead - the attack was not linked to robbery", "motives unknown/ attack ...": a dash set off by
    # spaces or a lone slash ends a coder's clause as a semicolon does.
    return any(t.text == ";" or t.text == "/" or (t.text in {"-", "–", "—"} and bool(t.whitespace_)
                                                 and t.i > 0 and bool(doc[t.i - 1].whitespace_))
               for t in doc[low:high])


# "details not specified", "the motive is not known": what the report lacks, not what did not happen.
_UNREPORTED = frozenset("specify specified know known clear confirm confirmed identify identified disclose "
                        "disclosed establish established mention mentioned".split())


_REPORT_NOUNS = frozenset("report sign indication evidence mention word".split())
_CAUSAL = frozenset("due because owing".split())


def _denied_report(token: Token) -> bool:
    """Whether the cue is what "no reports of ..." denies ("No reports of violence or clashes")."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    return noun.lemma_.lower() in _REPORT_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")


def _long_before(node: Token) -> bool:
    """Whether ``node`` is an event named by the year it happened ("the 2014 massacre") or told as months or
    years before the report ("a year after the bombing")."""
    if node.tag_ == "NN" and any(c.dep_ == "nummod" and _YEAR.match(c.text) for c in node.children):
        return any(c.dep_ in {"det", "poss"} for c in node.children)
    return node.dep_ == "prep" and node.lower_ in {"after", "since"} and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in {"month", "year"} for c in node.children)


# Weapons fired in numbers, and the words that count them ("dozens of rockets", "a salvo of missiles").
_FIRED = frozenset({"shelling", "air"})
_VOLLEY = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "barrage", "salvo", "salvoes", "volley",
                     "volleys", "wave", "swarm", "hail", "series"})


_POINTERS = frozenset({"this", "that", "it", "these", "those"})
# An operation launched to find those who did an event is a sequel of it, no development of its own.
# What a commemoration remembers is history: "the 25th anniversary of the massacre, in which forces killed 8,000".
_REMEMBERED = frozenset("anniversary commemorate commemoration memorial remembrance".split())
_PURSUIT = frozenset("find hunt track catch arrest apprehend pursue search locate trace".split())


def _told_already(token: Token) -> bool:
    """Whether an event noun points back to an event told before it ("the attack", "this shelling")."""
    return any((c.dep_ == "det" and c.lower_ in _POINTERS | {"the"}) or c.dep_ == "poss" for c in token.children)


def _remembered_by(token: Token) -> Token | None:
    """The word of remembrance whose object holds ``token`` ("the anniversary of the massacre"), if any; the
    one remembering ("The march commemorated ...") is no part of what is remembered."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in _REMEMBERED and child.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            return ancestor
        child = ancestor
    return None


def token_reason(token: Token, family: str = "") -> str | None:
    """Why the event cue at ``token`` (of cue ``family``) reports no real event, or None.

    Example:
        >>> token_reason(nlp("Militants threatened an attack on the town.")[3])
        'planned, threatened or hypothetical (threaten)'
    """
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and not _TOLL_NOUN.match(child.lower_) and (
            child.lower_ in {"nobody", "none"} or any(g.lower_ == "no" for g in child.children)
            or (child.lower_ == "one" and any(g.lower_ == "no" for g in child.children))
        ):
            return f"no one affected ({child.text})"  # "no civilians were hurt"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (
        token.dep_ == "conj" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)
    ):
        return "none reported (no ...)"  # "No injuries reported", "no violence or clashes were reported"
    if _denied_report(token):
        return "none reported (no report of ...)"  # "No reports of violence or clashes with police."
    if token.lower_ == "unrest" and (token.head.lower_ in _CAUSAL or token.head.head.lower_ in _CAUSAL):
        return "a cause named vaguely (due to unrest)"  # "the university was closed due to student unrest"
    if token.head.dep_ == "prep" and token.head.lower_ == "without":
        return "absent (without ...)"  # "a night without shelling"
    if family == "protest" and token.pos_ in {"NOUN", "PROPN"} and (
        any(c.dep_ in {"amod", "compound"} and c.lower_ in _PLANNED for c in token.children)
        or (token.head.lower_ == "of" and token.head.head.lower_ == "ahead")
    ):
        return "planned (a planned or coming protest)"  # "arrested ahead of a planned rally"
    if family == "protest" and token.dep_ == "amod" and token.head.dep_ in {"dobj", "pobj", "nsubjpass"}:
        return f"describes the victims ({token.text} {token.head.text})"  # "a gang attacked protesting students"
    if family == "protest" and token.dep_ == "compound" and token.head.lemma_.lower() in _PROTEST_QUALIFIED:
        return f"qualifies a noun ({token.text} {token.head.text})"  # "protest organisers said ..."
    if family == "kill" and token.lemma_ == "kill" and token.dep_ == "acl" and token.head.lower_ == "those" \
            and token.head.dep_ in {"nsubj", "nsubjpass"}:
        return "the victims of an event told elsewhere (those killed)"  # "those killed were militants"
    if family == "abduct" and token.dep_ == "amod" and token.head.head.lemma_ in _RESCUE_VERBS:
        return f"rescue of people abducted before ({token.head.head.lemma_})"  # "rescued 12 kidnapped students"
    if family == "abduct" and token.dep_ in {"nsubjpass", "dobj"} and token.lower_.startswith("hostage") \
            and token.head.lemma_ in _RESCUE_VERBS:
        return f"rescue of people abducted before ({token.head.lemma_})"  # "the hostages were freed when police entered"
    remembered = _remembered_by(token)
    if remembered is not None:
        return f"an earlier event remembered ({remembered.text})"  # "the anniversary of the massacre, in which ..."
    verb = next((n for n in _clause_verbs(token) if n.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
    ):
        return f"a record told of those named (which {verb.text})"  # "the ADF, which has pledged allegiance to IS"
    coordinated = False  # reached through "and": the node is a sibling event, not one that governs the cue
    # "to disperse supporters who threw stones": a relative clause in the past tells what they did
    relative = False
    told_past = False  # the relative clause is told in the past: "which sparked violent protests"
    adverbial = False  # reached through an adverbial clause: the cue is not what the verb demands or plans
    for node in _clause_verbs(token):
        if _long_before(node):
            return f"an earlier event ({node.text})"  # "the 2014 massacre in which ...", "a year after the bombing"
        if node is not token and _across_semicolon(token, node):
            break  # "kidnapped by an armed group; motive may have been political": another clause
        if relative and (token.tag_ in {"VBD", "VBN"} or told_past) and node.pos_ in {"VERB", "AUX"}:
            # what the verbs above plan or deny is not what the people they name did before
            if node.lemma_ in _LEGAL and not coordinated:
                return f"legal proceedings about an earlier event ({node.lemma_})"
            break
        for child in node.children:
            if child.dep_ == "neg" and not (node is not token and node.lemma_.lower() in _UNREPORTED):
                return f"negated ({child.text} {node.text})"
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return f"modal or future ({child.text} {node.text})"
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                return f"conditional ({child.text})"
        if node is not token and node.lemma_ in _LEGAL and not coordinated:
            return f"legal proceedings about an earlier event ({node.lemma_})"
        if node is not token and node.lemma_ in _IRREALIS_VERBS and not coordinated and not adverbial and not (
            family == "protest" and node.lemma_ in _PROTEST_SPEECH and token.dep_ == "nsubj" and token.head.i == node.i
        ):  # "Protesters demand ...": demanding is what they did
            return f"planned, threatened or hypothetical ({node.lemma_})"
        if node is not token and node.lemma_ in _VERBAL_VERBS and token.tag_ in {"NNS", "VBG"}:
            return f"verbal act about violence ({node.lemma_})"
        # "condemned the attack", "was blamed for the attack": what is said of an event told before
        if node is not token and node.lemma_ in _VERBAL_VERBS and _told_already(token) and (
                (token.dep_ == "dobj" and token.head.i == node.i)
                # ... but "blamed the ELN for the kidnapping of two workers near Tame" tells a new one
                or (token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i == node.i
                    and not any(c.dep_ == "prep" for c in token.children))):
            return f"verbal act about an event told ({node.lemma_} {token.text})"  # "condemned the attack"
        if node is not token and node.lemma_ == "describe" and token.dep_ == "dobj" and token.head.i == node.i \
                and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
            return "an event told already, described (described the attack as ...)"
        if node.tag_ == "VB" and any(c.tag_ == "TO" for c in node.children) and node.dep_ in {
            "advcl", "xcomp", "acl", "relcl", "ccomp", "attr", "csubj", "pcomp"
        } and _is_purpose(node, token, family):
            return f"purpose or intention (to {node.text})"
        if node.dep_ == "ROOT":
            break
        # "thwarted an attack and killed a fighter": the cue's own verb is a sibling of the next one.
        coordinated = node.i == token.i and node.dep_ == "conj"
        told_past = told_past or (node.dep_ == "relcl" and not relative and (node.tag_ == "VBD" or (
            node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in node.children))))
        relative = relative or node.dep_ == "relcl"
        # "was attacked at her home, the attackers demanded that she quit": a clause beside the demand
        adverbial = adverbial or node.dep_ == "advcl" or (
            # "was attacked at her home, the attackers demanded ...": a clause told before the demand
            node.dep_ == "ccomp" and node.pos_ == "VERB" and node.i < node.head.i
            and any(t.text == "," for t in token.doc[node.i : node.head.i])
        )
    if family == "other_sd" and any(t.lemma_ in _PURSUIT and any(c.tag_ == "TO" for c in t.children)
                                    for t in token.subtree):
        return "a search for those who did an event told (an operation to find the perpetrators)"
    if token.dep_ == "attr" and token.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in _POINTERS for c in token.head.children
    ):
        return "an event told already, described (this was a cowardly attack)"
    if token.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in token.children):
        head = token.head
        # "many of the attacks" is generic; "two days of riots" is one event.
        # "Reports of protests in Mombasa on 11 Aug" is a report of one.
        days_of = head.lemma_ == "of" and head.head.lemma_.lower() in {"day", "night", "hour", "week", "report"}
        # "fired thousands of rockets at Israel", "launched a barrage of missiles": one volley, told by its size
        volley_of = head.lemma_ == "of" and family in _FIRED and head.head.lower_ in _VOLLEY \
            and head.head.dep_ in {"dobj", "nsubjpass"} and head.head.head.tag_ in {"VBD", "VBN"} \
            and not any(c.lower_ in {"has", "have", "had"} for c in head.head.head.children)  # a record, not a volley
        if head.lemma_ in {"many", "some", "most", "all"} or (head.lemma_ == "of" and not (days_of or volley_of)) or (
            head.lemma_ in _STATIVE_VERBS and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and (head.tag_ in {"VBP", "VBZ"} or any(c.lower_ in {"have", "has"} for c in head.children))
            and not _one_occasion(head, token)
        ) or (head.dep_ == "pcomp" or head.lemma_ in {"to", "of"}) and head.head.lemma_ in {"due", "because"}:
            return "generic plural (no specific event)"
    return None
