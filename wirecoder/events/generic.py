"""Sentences that report no incident of their own: background, tallies and generic descriptions.

"Attacks still occur daily", "Fourteen soldiers were killed in June", "the group gained notoriety in 2014
when it kidnapped 276 schoolgirls", "Attacks in the region have killed thousands of people": each check
reads the sentence's text and returns the reason it reports no incident (``generic_reason``,
``tally_reason``), so ``wirecoder extract --explain`` can say why. The checks on a cue's own words
(negated, planned, hypothetical ...) are in ``filters.py``.
"""

from __future__ import annotations

import re

__all__ = ["generic_reason", "names_one_incident", "series_span", "tally_reason"]

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
    r"(?:tens of |hundreds of )?thousands of (?:(?!\b(?:after|when|as|before|while|because|over|against|following)\b)[^.]){0,80}"
    r"(?:killed|died)|in recent (?:years|months|weeks)|"
    r"(?:deadliest|bloodiest) (?:months?|years?|weeks?)\b|death toll (?:among|this|so far)|"
    r"so far this year|since the (?:start|beginning) of|over the past (?:year|month|months|years|decade)|"
    r"across the country (?:this|last) (?:year|month)|"
    # "500 people had been arrested across the country": a count over the whole country, no one place's arrests
    r"\b(?:arrested|detained|rounded up)\b[^.;]{0,40}\b(?:across|throughout|all over) the country\b|"
    r"(?:war|conflict|insurgency|uprising|violence|fighting)\b[^.]{0,60}\bha(?:s|ve) (?:killed|claimed|displaced|left)|"
    # "Attacks in the region have killed thousands of people", "Boko Haram has killed more than 35,000": a
    # toll run up over time (the present perfect with thousands), never one incident's ("hundreds" may be one
    # massacre's)
    r"\bha(?:s|ve) (?:so far |now )?(?:killed|claimed the lives of|left) (?:(?:more than|at least|over|nearly|almost|"
    r"about|around|some|an estimated|well over) )?(?:(?:tens|hundreds) of thousands|thousands|\d{1,3}(?:,\d{3})+)\b|"
    r"ha(?:s|ve) been killed (?:since|in the (?:war|conflict)|over the)|"
    # "More than 20,000 people have been killed and two million displaced": a war's toll in the passive
    r"(?:\d{1,3}(?:,\d{3})+|(?:tens of |hundreds of )?thousands|millions?) (?:[\w-]+ ){0,3}?ha(?:s|ve) been "
    r"(?:killed|displaced|uprooted)\b|"
    # "Violence has since spread to the centre ..., killing thousands of soldiers": a conflict's reach and its toll
    r"\b(?:violence|insurgency|insurgencies|fighting|conflict|unrest|attacks) ha(?:s|ve) since spread\b|"
    r"\b(?:killing|claiming the lives of) (?:(?:more than|at least|over|nearly|almost|about|around|some|an estimated|"
    r"well over) )?(?:(?:tens|hundreds) of thousands|thousands)\b(?! of (?:cattle|livestock|animals|goats|sheep|fish|birds))|"
    # "Protests have spread to dozens of US campuses", "have since spread to more than 80 cities": a movement's reach
    r"\bha(?:s|ve) (?:since |now )?spread to (?:more than |over |at least |some )?(?:dozens|scores|hundreds|several|"
    r"many|\d+)\b|"
    # "Jaish al-Adl has carried out attacks on security forces in the past": a group's record
    r"\bha(?:s|ve) (?:[\w-]+ ){0,2}?(?:carried out|claimed|staged|launched|conducted|mounted) (?:[\w-]+ ){0,2}?"
    r"(?:attacks|bombings|raids|killings|kidnappings|abductions)\b[^.]{0,80}\b(?:in the past|previously)\b|"
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
    r"tensions?) ha(?:s|ve) (?:also |since |now )?(?:surged|soared|risen|increased|grown|escalated|spiked|intensified|"
    r"worsened)|"
    # "It has a long history of kidnappings and bombings": a group's record, not an incident
    r"\b(?:long |violent |bloody )?(?:history|track record|record) of (?:[\w-]+ ){0,2}?(?:attacks|bombings|kidnappings|"
    r"abductions|killings|massacres|raids|violence|assassinations)\b|"
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
    # "2,298 people were murdered in the state between January and September": a tally over months
    rf"\bbetween (?:(?:early|late|mid-?) ?)?{_MONTH} and (?:(?:early|late|mid-?) ?)?{_MONTH}(?! \d)|"
    # "the hospital had received more than 1,300 wounded since fighting escalated": a hospital's count over weeks
    r"\b(?:received|treated|admitted)\b[^.;]{0,40}\b(?:wounded|injured|casualties|patients)\b[^.;]{0,60}\bsince\b"
    r"(?! (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|the (?:attack|blast|explosion|strike|bombing)))|"
    # "Investigators have exhumed more than 1,000 bodies since the withdrawal": bodies counted over weeks
    r"\bha(?:s|ve) (?:[\w-]+ ){0,2}?(?:exhumed|recovered|found|buried|identified|retrieved) [^.;]{0,40}\bbodies\b"
    r"[^.;]{0,60}\bsince\b(?! (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|the (?:attack|blast|explosion|"
    r"strike|bombing|quake|earthquake|collapse|fire|flood)))|"
    # "forces have retaken dozens of towns since last August", "gangs have blockaded the terminal since mid-September":
    # a campaign or a state of affairs run on since a month or a year, each day's fighting an event of its own (what
    # it names with no object is a clause's setting: "ordered the rebels out of areas they have captured since May")
    rf"\bha(?:s|ve) (?:[\w-]+ ){{0,2}}?(?:retaken|recaptured|captured|seized|taken|overrun|liberated|regained|lost|"
    rf"blockaded|besieged|occupied|controlled|held) (?!since\b)[^.;]{{0,80}}\bsince (?:last |early |late |mid-?)?"
    rf"(?:{_MONTH}|year|(?:19|20)\d\d)(?! \d)|"
    # "clashes have since left more than 75 people dead", "killed around 40 in operations since May 28",
    # "weapons looted since the violence began", "candidates were killed during the campaign"
    r"\bha(?:s|ve|d) since (?:left|killed|claimed|displaced)\b|"
    r"\bin (?:(?:military|security|joint) )?(?:operations|attacks|raids|clashes|strikes) since\b|"
    # "troops had killed more than 100 militants in Bay since January", "12 protesters have been killed
    # in Basra this week": a tally since a month or over the week, not an incident
    rf"\b(?:killed|died|wounded|injured|arrested|detained|abducted|kidnapped|surrendered|defected)\b"
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
    # what a truce or a deal is meant to end: "signed a peace pact ending a cycle of cattle raids"
    r"|\b(?:end|ends|ending|halt|halting|stop|stopping|curb|curbing)\s+"
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
# A state held before the event, told with its length: "recaptured the town from the militants, who had held it for
# six years", "had been under siege for months". The length is the earlier hold's, not a sign of many events.
_EARLIER_HOLD_BEFORE = re.compile(
    r"\bha(?:d|s|ve) (?:been )?(?:held|controlled|occupied|ruled|run|governed|administered|besieged|blockaded|"
    r"under (?:the )?(?:[\w-]+ )?(?:control|siege|occupation|blockade)|in (?:the )?(?:[\w-]+ )?(?:hands|control))\b[^.;]{0,30}$",
    re.I,
)
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
           rf"(?:{_MONTH}|(?:19|20)\d\d|the (?:start|beginning))(?! \d)|"
           # "since the 2021 coup", "since the war began": a period named by what opened it
           r"\bsince the (?:(?:19|20)\d\d )?(?:coup|war|invasion|takeover|uprising|revolution|conflict|insurgency)\b)")
# A month counted whole ("more than 100 attacks in the province in August alone", "40 kidnappings last month"):
# many incidents counted over it are a tally (a month of a single event's telling is left to the date).
_MONTH_PERIOD = rf"(?:\bin {_MONTH}\b(?! \d)|\b(?:last|this|past) month\b)"
_TALLIES = (
    # a statistic's verb with a figure: "registered 34,582 homicides", "logged more than 2,000 of them"
    # (a large figure, or one over a period: "hospitals reported 4 deaths" is a toll)
    re.compile(rf"\b(?:registered|recorded|logged|counted|documented|tallied) {_ABOUT}"
               rf"(?:{_LARGE}|\d[\d,]*(?=[^.]{{0,80}}{_PERIOD}))", re.I),
    # a number of incidents over a period: "at least 12 attacks since January", "3,540 murders last year", "112
    # combat clashes along the front line over the past day" (a day's count along a whole front; "repelled 40
    # assaults near Bakhmut over the past day" is one place's battle)
    re.compile(rf"\b{_COUNT} (?:[\w-]+ ){{0,2}}(?:homicides|murders|killings|attacks|incidents|kidnappings|abductions|"
               rf"bombings|raids|ambushes|assassinations|massacres|clashes|assaults|engagements|skirmishes|"
               rf"air ?strikes|strikes|drone strikes|shellings|explosions|protests|demonstrations)\b"
               rf"(?=[^.]{{0,80}}(?:{_PERIOD}|{_MONTH_PERIOD}|\b(?:along|across|on) the (?:entire |whole )?front(?: ?lines?)?\b"
               rf"[^.]{{0,40}}\b(?:over|in|during) the (?:past|last) (?:day|24 hours)\b))", re.I),
    # victims over a period named by its year, with no incident: "killed more than 100 soldiers in 2020" (a death
    # alone, "Chavez, who died in 2013", is a person's history, left to the date)
    re.compile(rf"\b(?:killed|murdered|kidnapped|abducted|wounded)\b[^.]{{0,80}}?{_PERIOD}", re.I),
    # the period opening the sentence: "Last year, the Taliban killed more than 40 policemen in this district"
    re.compile(r"^\W*(?:(?:last|this|past) year|in (?:19|20)\d\d),[^.]{0,80}\b(?:killed|murdered|kidnapped|abducted|"
               r"wounded)\b", re.I),
    # a campaign's toll in hundreds or more: "at least 2,900 people were killed in the fighting for the city",
    # "700 died in the siege of Mariupol" (days of fighting, each day's news an event of its own)
    re.compile(rf"\b{_ABOUT}{_LARGE}(?:[^.]{{0,60}}?)\b(?:killed|died|dead|wounded|injured)\b[^.]{{0,30}}?\b(?:in|during) "
               r"the (?:[\w-]+ )?(?:fighting|battle|siege|offensive|war) (?:for|of|over|on|against|in)\b", re.I),
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


# Air defences' count of a night's volley ("destroyed 11 of the 13 drones launched at the country", "downed 337
# drones over ten regions"): a tally across the country, part of the strikes it counts, no event of its own,
# unless the sentence tells harm or damage done ("... but debris hit a house in Bucha, wounding two").
_INTERCEPTED_TALLY = re.compile(
    r"\b(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed)\s+(?:\d[\d,]*|all)\s+(?:of|out of)\s+(?:the\s+)?"
    r"\d[\d,]*\b|\b(?:shot down|downed|destroyed|intercepted)\b[^.]{0,80}\bover (?:\w+ )?(?:regions|oblasts|provinces)\b|"
    # "Russia launched 24 drones at three oblasts, and air defence shot down 19 of them": the night's count
    r"\b(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed)\s+(?:\d[\d,]*|all)\s+(?:of|out of)\s+(?:them|those|these)\b",
    re.I,
)
_HARM_OR_DAMAGE = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|damag\w*|hit|struck|debris|fire broke out)\b", re.I)


# "More than 450 civilians were killed in Bucha during the occupation": a toll over an occupation or a war, unless
# the sentence gives the day ("killed during the war on Monday"). A siege may be the attack told ("Four attackers
# were killed during the siege" of a university): a campaign's is counted in _TALLIES by its hundreds.
_OVER_A_WAR = re.compile(
    r"\b(?:killed|died|murdered|executed)\b[^.;]{0,60}\b(?:during|throughout|over the course of) the (?:[\w-]+ ){0,2}?"
    r"(?:occupation|war|insurgency|genocide|dictatorship|regime)\b(?! games)", re.I)


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
    intercepted = _INTERCEPTED_TALLY.search(sentence)
    if intercepted and not _HARM_OR_DAMAGE.search(sentence):
        return f"a count of weapons intercepted ({intercepted.group(0)!r})"
    war = _OVER_A_WAR.search(sentence)
    if war and not _TOLD_DAY.search(sentence):
        return f"a toll over a war or an occupation ({war.group(0)!r})"
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
        or _EARLIER_HOLD_BEFORE.search(sentence[: match.start()])
    ):
        # "the deadliest attack for a decade", "protesting they had not been paid for nine months", "retook the town
        # from the militants, who had held it for six years"
        return None
    aside = _ASIDE.search(sentence, 0, match.start()) if match else None
    if aside and _TOLD_DAY.search(sentence, 0, aside.start()):
        return None  # "marched on Sunday ..., which they say have been blocked for months": the aside's period
    closed = sentence.find(",", match.end()) if aside and match else -1
    if closed > 0 and _TOLD_DAY.search(sentence, closed):
        return None  # "In Catatumbo, where fighting since January has killed 80, two bodies were found on Sunday"
    return f"generic or aggregate description ({match.group(0)!r})" if match else None
