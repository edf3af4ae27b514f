"""The cues that make a death the background of an event rather than part of it.

A death threatened or attempted, imputed to the victim, mourned or protested, the cause of
what the sentence reports, an accident, told as days before, or survived: regular expressions
used by :mod:`wirecoder.casualties.phrases` (kept apart from the death words in
:mod:`wirecoder.casualties.words`).
"""

from __future__ import annotations

import re

from wirecoder.numbers import NUMBER_PATTERN

__all__ = [
    "ACCIDENT",
    "ACCIDENT_AFTER",
    "BACKGROUND",
    "CAUSE",
    "EARLIER_AFTER",
    "FIGHT_RELATIVE",
    "FIGHT_THEN",
    "IMPUTED",
    "KILLER_KILLED",
    "KIN_OF",
    "LEADING_SUBORDINATE",
    "MOTIVE",
    "NOT_BACKGROUND",
    "REACTION",
    "RELATIVE_BACKGROUND",
    "SURVIVED",
    "UNCONFIRMED",
    "UNKNOWN_AFTER",
    "WHETHER_ANY",
    "earlier_after",
]

_FUNCTION = r"(?:\s+(?:of|the|a|an|his|her|their|its|over|against|for|in|to|with|into|about|on|up)\b)*\s*$"
BACKGROUND = re.compile(
    r"\b(?:threat(?:en(?:ed|ing|s)?)?|tr(?:y|ies|ied|ying)|attempt(?:ed|ing|s)?|plot(?:ted|ting|s)?"
    r"|plan(?:ned|ning|s)?|vow(?:ed|ing|s)?|intend(?:ed|s)?|want(?:ed|s)?|accus(?:ed|ing|ations?)"
    r"|suspected|charged|convicted|arrested|detained|held|jailed|sentenced|blamed|blaming"
    r"|responsible|protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?)|over|against|revenge|retaliation"
    r"|avenge|mourn(?:ed|ing)?|condemn(?:ed|ing|s)?|denounc\w*|decr(?:y|ied|ying)|justice|demand(?:ed|ing|s)?"
    r"|investigat\w*|probe"
    r"|inquest|following|after|linked|connection|wake|anniversary|funeral|burial|memory|behind|exhum\w*"
    r"|because|whether|if|unclear|dismissed|denied|deny|denies|rumou?rs?|accident|collapsed"
    r"|drowned|(?:revenge|retaliatory|reprisal)\s+(?:attacks?|raids?|killings?))" + _FUNCTION
    # "tried to kill", "in order to kill"; not what was done next ("went on to kill", "proceeded to kill").
    + r"|\bhad\s+(?:\w+\s+)?$|(?<!\bled\s)(?<!\bleading\s)(?<!\bdue\s)(?<!\bon\s)(?<!\bproceed\s)"
    r"(?<!\bproceeds\s)(?<!\bproceeded\s)(?<!\bmanaged\s)\bto\s+$"
    r"|\b(?:would|will|could|may|might)\s+$"
    r"|\b(?:they|he|she|we|residents|locals|villagers|police|who)\s+(?:had\s+)?"
    r"(?:believed?|suspected|claimed|alleged|accused)\s+(?:had\s+)?$",
    re.IGNORECASE,
)
# Words before the victims of a death that make it the motive of the event, not part of it
# ("a revenge attack for 2 herders killed", "protesting the death of a student").
MOTIVE = re.compile(
    r"\b(?:revenge|retaliat\w*|reprisal|avenge|mourn\w*|justice|protest(?!ant)\w*|condemn\w*|denounc\w*|demand\w*"
    r"|accus\w*|blam\w*|(?:arrested|charged|convicted|jailed|sentenced|held)\s+(?:\w+\s+){0,3}?for)"
    r"(?:\s+(?:attacks?|raids?|killings?))?" + _FUNCTION,
    re.IGNORECASE,
)
# A killing imputed to the victim of the event ("a man suspected to have killed his wife").
IMPUTED = re.compile(
    r"\b(?:suspected|accused|alleged|believed|thought|said)\s+(?:to\s+have|of\s+having)\s+$", re.IGNORECASE
)
# A death that caused the reported event ("residents protest after a student was killed",
# "in revenge for the killing of") belongs to an earlier event.
# Searched in a clause stripped of leading spaces: the cue must not open it (a lookbehind
# instead of "\S.*" keeps the search linear).
CAUSE = re.compile(
    r"(?<=[\s\S])\b(?:after|following(?!\s+(?:days?|weeks?|months?|hours|morning|night|evening))"
    r"|in\s+(?:the\s+)?(?:retal+iation|revenge|response|reaction)\s+(?:for|to)"
    r"|to\s+(?:protest|condemn|mourn|decry|denounce)|protest(?:ing|ed|s)?|demanding|justice\s+for"
    r"|(?:precipitated|sparked|triggered|spurred|prompted|caused|provoked)\s+by|honou?r(?:ing|ed)?|memorial"
    r"|commemorat\w*|in\s+memory\s+of|(?:dismissed|denied|rejected|refuted)\s+(?:the\s+)?"
    r"(?:reports?|claims?)|suspects?\s+in"
    r"|over\s+the\s+(?:\w+\s+)?(?:death|killing|murder)s?)\b",
    re.IGNORECASE,
)
ACCIDENT = re.compile(
    r"\b(?:accident|crash(?:ed)?|collided|collision|drown\w*|electrocut\w*|stampede"
    r"|hit\s+and\s+kill\w*)\b|\b(?:nearly|almost|narrowly|escap\w*|survived?)\s+(?:being\s+)?$"
    # "his motorbike hit and killed a person", "collapsed and died": no violence.
    r"|\b(?:(?:hit|knocked\s+down|ran\s+over)|collapsed|fell\s+ill)\s+and\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# Relatives or colleagues of a victim, the subject of another event ("colleagues of a man
# beheaded by militants protested"): the death is its background.
KIN_OF = re.compile(
    # Not "the son of a trader shot dead": a single relative is as often the victim. The funeral
    # of the dead too: "mourners gathered for the funeral of three soldiers killed on Sunday".
    r"\b(?:colleagues|relatives|famil(?:y|ies)|friends|parents|widows|classmates|supporters|mourners"
    r"|funerals?|burials?|memorial|vigil|anniversary)\s+(?:service\s+)?(?:of|for)\s+(?:the|a|an|their|his|her)\s+"
    r"(?:(?!(?:was|were|is|are|had|has|have|been)\b)[\w-]+\s+){1,3}$",
    re.IGNORECASE,
)
# Whether anyone died is not known: "whether anyone was killed is not yet clear".
WHETHER_ANY = re.compile(
    r"\b(?:whether|if)\s+(?:any(?:one|body)?|there\s+(?:were|was|had\s+been)\s+(?:any\s+)?)\b[^.;]{0,40}$"
    # "sources differ on whether assailants were also killed": not known either.
    r"|\bwhether\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# A death in the same clause after the word that makes it no political violence.
ACCIDENT_AFTER = re.compile(
    r"^(?:(?!\b(?:by|as|while)\b)[^.;:!?\n]){0,40}?\b(?:after|in|following|when)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:collision|crash|road\s+accident|accident)\b",
    re.IGNORECASE,
)
# The deaths of the fighting that brought the event about are its own: "retook the district
# after heavy fighting in which 12 militants were killed", "... after clashes that killed 30",
# "took control of Palma after a three-day assault in which dozens of people were killed".
# Group ``rel`` is the relative clause that holds the victims.
FIGHT_RELATIVE = re.compile(
    # ... but not fighting days before ("a day after an attack that killed 48"): another event.
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bweeks\s)(?<!\bmonth\s)(?<!\bmonths\s)"
    r"\b(?:after|following|during|amid|in)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:fighting|clash(?:es)?|battles?|gun-?\s?battles?|gunfights?|firefights?"
    r"|exchanges?\s+of\s+(?:gun)?fire|skirmish(?:es)?|shoot-?outs?|combat|confrontations?"
    # "seized the town after a three-day assault in which dozens were killed"
    r"|assaults?|offensives?|sieges?|raids?|attacks?|ambush(?:es)?)\b"
    r"[^.;:!?,]{0,40}?\s(?P<rel>(?:in|during)\s+(?:which|whom)\b[^;:!?]{0,80}$|(?:that|which)\s+(?:\w+\s+)?$)",
    re.IGNORECASE,
)
# A main clause that reacts to the fighting rather than tells it: its deaths stay background
# ("residents protested after clashes in which ...", "police arrested ... after fighting that ...").
REACTION = re.compile(
    r"\b(?:protest(?!ant)\w*|demonstrat\w*|march(?:ed|es|ing)?|rall(?:y|ied|ies|ying)|arrest\w*|detain\w*"
    r"|mourn\w*|funerals?|condemn\w*|vigils?|riot\w*|curfew|manhunt|vow\w*|investigat\w*|probe"
    r"|suspend\w*|sanction\w*)\b",
    re.IGNORECASE,
)
# A relative clause on what someone is accused of or arrested over: its deaths are that
# earlier event's ("a man accused of joining a raid in which a herder was killed").
RELATIVE_BACKGROUND = re.compile(
    r"\b(?:accused\s+of|suspected\s+of|charged\s+(?:with|over|for)|convicted\s+(?:of|for)"
    r"|(?:arrested|detained|jailed|held|sentenced|wanted)\s+(?:\w+\s+){0,3}?(?:over|for|in\s+connection\s+with)"
    r"|in\s+connection\s+with|linked\s+to|blamed\s+for|responsible\s+for"
    r"|(?:revenge|retaliation|reprisal)\s+(?:for|over)|(?:anniversary|funeral|burial|commemoration)\s+of)"
    # The relative clause must end at the death word: its victims and auxiliaries, no verb of
    # its own ("a student suspected of joining a raid that killed six was stoned to death").
    r"\s+(?:[\w'-]+\s+){0,8}?(?:(?:in|during|at)\s+(?:which|whom)\s+"
    r"(?:(?!(?:kil\w*|died|dead|shot|murdered|was|were)\b)[\w'-]+\s+){0,6}?"
    r"|which\s+|that\s+)(?:(?:was|were|had|has|have|been|reportedly|allegedly)\s+)*$",
    re.IGNORECASE,
)
# A clause that opens the sentence and is subordinate to the main clause after its comma:
# deaths in it caused or preceded the event ("After raiders killed four, police ...").
LEADING_SUBORDINATE = re.compile(
    r"^\s*(?:(?:on|in|at|early|late|around)\b[^,]{0,40},\s*)?"
    r"(?:after|following|in\s+the\s+wake\s+of|in\s+(?:response|reaction)\s+to"
    r"|(?:days?|hours|weeks?)\s+after)\b[^,]*$",
    re.IGNORECASE,
)
# The killing done by someone the clause before killed ("police shot dead an assailant after he
# stabbed two worshippers to death", "troops killed the gunman when he opened fire"): the
# attacker's victims and his own death are one incident, and ACLED counts them all. The pronoun
# must be the subject of an active verb: "after he was killed" is a cause.
# A fight told after "after", then the killing that ended it: "after a two-hour gun battle and killed 15".
FIGHT_THEN = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|several|hours\s+of)\s+(?:[\w-]+\s+){0,3}?(?:battle|gun-?fight|gun-?battle|clash(?:es)?"
    r"|exchange\s+of\s+(?:gun)?fire|fire-?fight|fighting|shoot-?out|siege|chase|pursuit|stand-?off)\s+"
    r"(?:(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?and\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
KILLER_KILLED = re.compile(
    # Forces or guards who stop the attacker: a mob that lynches a killer afterwards avenges an
    # earlier crime ("lynched by a mob after he killed his girlfriend"), a cause.
    r"\b(?:police|officers?|policem[ae]n|troops|soldiers|security\s+forces|guards?|gendarmes?)\b[^.;]{0,80}?"
    r"\b(?:killed|killing|shot\s+dead|shooting\s+dead|gunned\s+down|neutrali[sz]ed)\b[^.;]{1,80}?"
    # The killing may be the attacker's weapon's: "after he detonated a grenade that killed five".
    r"\b(?:after|when|as)\s+(?:he|she|they)\s+(?:had\s+)?(?:(?!was\b|were\b|had\s+been\b)[\w'’-]+\s+){0,6}?(?:that|which)?\s*$"
    # ... or told in the passive: "an assailant was shot dead by police after he stabbed two", "two
    # attackers were killed after they stabbed two people to death".
    r"|(?:\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed)\s+by\s+(?:the\s+)?(?:police|officers?|policem[ae]n"
    r"|troops|soldiers|security\s+forces|guards?|gendarmes?)"
    r"|\b(?:attackers?|assailants?|gunm[ae]n|knifem[ae]n)\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed))"
    r"\b[^.;]{0,60}?\b(?:after|when|as)\s+(?:he|she|they)\s+(?:had\s+)?$",
    re.IGNORECASE,
)
# Deaths feared, not confirmed ("eight residents are missing, feared dead", "presumed killed"):
# ACLED adds them to no confirmed toll.
UNCONFIRMED = re.compile(
    r"\b(?:feared|presumed)\s+(?:to\s+(?:be|have)\s+(?:been\s+)?)?$"
    r"|\b(?:fears?|feared)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:may|might|could)\s+(?:also\s+)?(?:have\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
UNKNOWN_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:known|clear|confirmed)|unknown|unclear|unconfirmed)",
    re.IGNORECASE,
)
NOT_BACKGROUND = re.compile(
    r"\bclaim(?:s|ed)?\s+to\s+(?:have\s+)?$"
    # The means of a killing done: "a mob used machetes and arrows to kill 8", "using knives to kill two".
    # ... unless only tried or planned ("tried using poison to kill").
    r"|^(?!.*\b(?:tr(?:y|ies|ied|ying)|attempt\w*|plan\w*|plot\w*|threat\w*|want\w*|intend\w*)\b)"
    r".*\b(?:used|using|uses)\s+(?:[\w'-]+\s+){1,6}?to\s+$"
    # Reported speech shifts the tense, not the time: "the army said it had killed 23 fighters".
    r"|\b(?:said|says|claimed|claims|announced|reported|stated|confirmed|added)"
    r"(?:\s+(?:on|late|early|in)\s+\w+)?\s+(?:that\s+)?"
    r"(?:it|they|we|(?:its|their|the|government|security)\s+(?:troops|soldiers|forces|army|military|police"
    r"|fighters|militants|rebels|group|men)"
    # ... whoever the agent: "police confirmed that gunmen had killed a chief".
    r"|(?:(?:the|a|an|some|suspected|unknown|unidentified|armed)\s+){0,2}"
    r"(?:gunmen|attackers|assailants|raiders|bandits|militiamen|jihadists|insurgents|terrorists|mob|robbers"
    r"|soldiers|troops|police|militants|rebels|fighters))\s+had\s+(?:\w+ly\s+)?$"
    # ... and of counted victims: "police said 15 people had been killed", "30 militants had died", "the army said in a
    # statement late on Tuesday that eight soldiers had been killed".
    rf"|\b(?:said|says|told\s+\w+|reported|confirmed|announced|stated|added|estimated)(?:\s+(?:[\w'-]+\s+){{0,6}}?that)?\s+"
    rf"(?:(?:at\s+least|more\s+than|some|about|around|nearly|over)\s+)?(?:{NUMBER_PATTERN})\s+"
    r"(?:[\w'-]+\s+){0,5}?had\s+(?:been\s+)?(?:\w+ly\s+)?$"
    # ... and of the event's dead told since, as more: "a third man had died of gunshot wounds", "one of the wounded,
    # a boy, had died in hospital" (the tense tells they died after the event, not before it).
    r"|\ban?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w'-]+\s+){0,3}?"
    r"had\s+(?:been\s+)?(?:\w+ly\s+)?$"
    r"|\b(?:one|two|three|four|five|some|several)\s+of\s+the\s+(?:wounded|injured)\b[^.;]{0,40}?\bhad\s+(?:\w+ly\s+)?$"
    # ... and of a killing a sentence tells as its own, its agent opening it: "A week earlier, militants had
    # killed 11 civilians" (the tense sets it before the news, but it is no motive or cause of another act).
    r"|^(?:[^,;]{0,40},\s*)?(?:(?:the|some|suspected|unknown|unidentified|armed)\s+){0,2}"
    r"(?:gunmen|attackers|assailants|raiders|bandits|militiamen|jihadists|insurgents|terrorists|militants|rebels"
    r"|fighters|soldiers|troops)\s+had\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A death told as days, weeks or years before the event: its background.
EARLIER_AFTER = re.compile(
    # Not across a relative clause: "killed a robber who broke in the previous week"; nor across a participle
    # of another act: "the bodies of three men abducted a week earlier were found" (the abduction was earlier).
    r"^(?:(?!\b(?:who|whom|which|that|after|when|abducted|kidnapped|arrested|detained|seized|missing"
    r"|disappeared)\b)[^.;:!?\n]){0,90}?\b(?:(?:several|two|three|a\s+few|some|four|five)\s+(?:days|weeks|months)"
    r"\s+(?:earlier|before|prior)|(?:several|two|three|a\s+few|some|four|five)\s+(?:weeks|months)\s+ago"
    r"|(?:a|one)\s+(?:day|week|month)\s+(?:earlier|before|prior)|(?:a|one)\s+month\s+ago"
    r"|the\s+(?:day|night|week)\s+before|the\s+previous\s+(?:day|night|week)"
    r"|earlier\s+(?:in\s+the|that)\s+(?:week|month)"
    r"|last\s+year|(?:\w+\s+)?years\s+ago|(?:a|one)\s+year\s+ago)\b",
    re.IGNORECASE,
)
# "N days ago", "a week ago" and "earlier this week" count back from the report, so they date the news
# itself ("raiders killed nine people two days ago", "... a week ago, officials said"); only in a relative
# clause is it an earlier death ("a man who killed ...").
_DAYS_AGO_AFTER = re.compile(
    r"^[^.;:!?\n]{0,90}?\b(?:(?:(?:several|two|three|a\s+few|some|four|five)\s+days|(?:a|one)\s+(?:day|week))\s+ago"
    r"|earlier\s+this\s+(?:week|month))\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def earlier_after(clause: str, after: str) -> bool:
    """Whether the words ``after`` a death word tell it as days or more before the event
    (``clause`` is the text of its clause before the word)."""
    return bool(EARLIER_AFTER.match(after) or (_DAYS_AGO_AFTER.match(after) and _RELATIVE_BEFORE.search(clause)))


# The victim of a lynching lived: "police rescued him before death", "he survived".
SURVIVED = re.compile(
    r"\bonly\s+injur\w*|\b(?:rescu\w*|saved)\s+(?:him|her|them|the\s+\w+)\b"
    # "No fatalities reported, as police intervened": the beating killed no one.
    r"|\bno\s+(?:fatalities|deaths)\s+(?:were\s+|was\s+)?(?:reported|recorded)\b"
    # The victim, named again, lived ("he was rushed to hospital"); not someone else ("a third").
    r"|\b(?:he|she|they|the\s+(?:\w+\s+)?"
    r"(?:man|woman|men|women|suspects?|victims?|boy|girl|youths?|thief|thieves))\b"
    r"[^.;]{0,60}?\b(?:rescued|survived|saved|recovering|hospitali[sz]ed|nursing"
    r"|(?:taken|rushed|admitted)\s+to\s+(?:\w+\s+){0,2}?hospital|(?:critical|serious|stable)\s+condition)\b",
    re.IGNORECASE,
)
