"""The vocabulary of casualty reports: victim-phrase boundaries, counts and cues.

Regular expressions and word lists used by :mod:`wirecoder.casualties.phrases`, kept apart so
the reading logic stays short (the death and injury words themselves are in
:mod:`wirecoder.casualties.triggers`). Only the names in ``__all__`` are used elsewhere.
"""

from __future__ import annotations

import re

from wirecoder.numbers import NUMBER_PATTERN, VAGUE_COUNTS

__all__ = [
    "GROUP_WORDS",
    "TIME_WORDS",
    "ADJECTIVAL",
    "AGE_AFTER",
    "ALONG_WITH",
    "ALTERNATIVE",
    "APPOSITION",
    "ASIDE_AFTER",
    "AT_LEAST",
    "AUX_TAIL",
    "BOUNDARY",
    "COLLECTIVE",
    "CONJ",
    "CORPSE_CONTEXT",
    "DEFINITE",
    "DETNUM",
    "INTRO",
    "LATER_REPORT",
    "LIMITER",
    "MASKED_AGE",
    "MORE",
    "NAME_PART",
    "NEGATED",
    "NOMINAL",
    "NOMINAL_AFTER",
    "NOT_COUNTS",
    "NOT_COUNT_AFTER",
    "NOT_PERSON",
    "NP_STOP",
    "NUMBER",
    "PARENTHETICAL",
    "PARTITION",
    "PERSON_HEAD",
    "PLURAL_IRREGULAR",
    "PRONOUN",
    "RANGE",
    "RELATIVE",
    "RELATIVE_AGENT",
    "RIGHT_STOP",
    "SCHOOL_YEAR",
    "SENTENCE_END",
    "SHARED_OBJECT",
    "SINGULAR_AUX",
    "SINGULAR_DET",
    "SOURCES",
    "SPEECH",
    "TOLL_RAISED",
    "VAGUE",
]

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
# A month before its day: only an abbreviation takes a full stop ("Aug. 3"); after a full name
# the stop ends the sentence ("... in August. 71 killed.").
MONTH_BEFORE_DAY = (
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?!\.))"
)
# Numbers that are dates, times or ages, masked before counting so they never count.
NOT_COUNTS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{MONTH}"
    rf"|{MONTH_BEFORE_DAY}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}[/:.]\d{{1,2}}(?:[/.]\d{{2,4}})?\b"
    r"|\b\d+\s*-?\s*(?:years?|yrs?|months?)(?:\s*-?\s*old)?\b|\baged?\s+\d+\b"
    r"|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|km|kilomet\w*|miles?|metres|meters|am|pm|hrs?|h)\b",
    re.IGNORECASE,
)
# A school year ("a form four student", "grade 7 pupils"): the number is no count.
SCHOOL_YEAR = re.compile(
    r"\b((?:form|grade|class|standard|year)\s+)(one|two|three|four|five|six|seven|eight|[1-9]|1[0-2])"
    r"(?=\s+(?:students?|pupils?|learners?|girls?|boys?|schoolgirls?|schoolboys?|candidates?)\b)",
    re.IGNORECASE,
)
NAME_PART = re.compile(r"\b[A-Z][a-z]+\s(?P<w>Were|Was|Said|Will|Are|Is|As|Have|Being|Under)\b")
PARENTHETICAL = re.compile(r"\((?!\s*\d+\s*\))[^()]{0,120}\)|\[(?!\s*\d+\s*\])[^\[\]]{0,120}\]")

NUMBER = re.compile(NUMBER_PATTERN, re.IGNORECASE)
VAGUE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(k) for k in VAGUE_COUNTS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# An age after masking ("#-year-old", "## yr old"): not a count, and no bar to a bare head.
MASKED_AGE = re.compile(r"#+\s*-?\s*(?:years?|yrs?|months?)(?:\s*-?\s*old)?", re.IGNORECASE)
AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?|yrs?|months?)\b", re.IGNORECASE)
NOT_COUNT_AFTER = re.compile(
    r"^\s*(?:goats|cows|cattle|camels|sheep|donkeys|livestock|animals|houses|homes|vehicles"
    r"|cars|shillings|dollars|acres|times|rounds|shots|bullets|days|weeks|hours|minutes)\b"
    r"(?!\s+\w*(?:ers?|men|ors?|ists?|thie(?:f|ves))\b)",  # "9 cattle rustlers", "six cattle thieves"
    re.IGNORECASE,
)
STOP_WORDS = (
    r"said|says|say|told|reported|report|that|which|who|whom|whose|when|after|while|where|as"
    r"|because|since|before|until|following|during|if|whether|but|although|though|whereas"
    r"|was|were|is|are|been|being|have|has|had|be|not|by|in|at(?!\s+(?:least|most)\b)|on|from|with|near"
    r"|into|inside|outside|along|against|over(?!\s+\d)|under(?!\s+\d)|for|attacked|attack|attacks|raided|clashed|fought|fired"
    r"|shooting|death|deaths|lives|martyrs|dead(?!\s+(?:bod|man|woman|soldier|person|people)|\s*$)|murdered"
    r"|opened|left|leaving|leaves|leave|killing|killed|kill|kills|shot|injuring|injured|wounded"
    r"|wounding|claimed|claims|then|later|caused|causing|resulting|total|reportedly|allegedly"
    r"|saying|claiming|alleging|adding|noting|stating|died|dies"
    # the death verbs of military copy end a victim phrase too ("were martyred and two attackers killed")
    r"|martyred|neutrali[sz]ed|neutrali[sz]ing"
)
# Upper-case "IS" and "AS" are names ("IS fighters", "AS Roma"), never the verb or conjunction.
_NOT_ACRONYM = r"(?!(?-i:IS|AS)\b)"
NP_STOP = re.compile(rf"\b{_NOT_ACRONYM}(?:{STOP_WORDS})\b", re.IGNORECASE)
RELATIVE = re.compile(r"\b(?:who|which|that)\s*$", re.IGNORECASE)
# A relative clause whose subject is a person: "a man who (had) killed his wife".
RELATIVE_AGENT = re.compile(
    r"\b(?:who|whom)\s+(?:(?:had|has|have|allegedly|reportedly|earlier|previously)\s+)*$", re.IGNORECASE
)
AUX_TAIL = re.compile(
    r"(?:\s*\b(?:were|was|are|is|been|being|have|has|had|be|get|got|getting|reportedly|allegedly"
    r"|also|later|then|all|subsequently|eventually|instantly|immediately|feared|confirmed"
    r"|believed|said|reported|thought|presumed|known|understood|to|left|found|discovered|and|or"
    r"|seriously|critically"
    r"|fatally|badly|slightly|mortally|on|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|morning|afternoon|evening|night|today|yesterday|overnight|\w+ed)\b)+\s*$",
    re.IGNORECASE,
)
NEGATED = re.compile(
    r"\b(?:no(?:\s*-?\s*one)?|nobody|none|not|without|zero|nor|never|neither)\s+"
    r"(?:(?:was|were|is|are|been|being|has|had|have|reported|reports?|of|further|other|any"
    r"|immediate|confirmed|known|serious|major)\s+)*$"
    r"|\bno\s+(?:\w+\s+){0,4}(?:or|and|nor)\s+$"
    r"|\bno\s+(?:[\w-]+\s+){1,2}(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
INTRO = re.compile(
    r"^\s*(?:(?:on|in|at|during|around|between|from|after|following|according|meanwhile|also"
    r"|however|later|earlier|overnight|yesterday|last|early|late|by|near"
    # "A week earlier, five people ...", "Two days later, ...".
    r"|(?:a|one|two|three|four|five|six|several|some|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"\s+(?:earlier|later|before|after|ago))\b[^,]{0,80},\s*)+",
    re.IGNORECASE,
)
APPOSITION = re.compile(r",?\s*\b(?:including|among(?:\s+(?:them|whom|which))?|mostly|mainly)\b.*$", re.I)
SINGULAR_DET = re.compile(r"^(?:a|an|one|another|his|her|its|the|this|that|their|each)\s+\S", re.I)
DEFINITE = re.compile(r"^(?:the|this|that|these|those|both|its)\b", re.I)
PRONOUN = re.compile(r"^(?:he|she|him|her)$", re.IGNORECASE)
PLURAL_IRREGULAR = frozenset(
    "people men women children police personnel youths folk militia staff crew family others".split()
)
NOT_PERSON = frozenset(
    """violence fighting attack attacks clash clashes incident raid operation explosion blast
    livestock cattle property goods money time area road town village house home vehicle
    road way day night week month year hospital station camp fire it this that what all
    total number group unknown each side morning afternoon evening night today
    car bus truck lorry shop kiosk office church mosque school building market tyre tent hut
    granary store tank post camp base bridge farm crop field forest bush plot premises
    yesterday overnight monday tuesday wednesday thursday friday saturday sunday
    border county counties region constituency ward estate slum centre center district division
    sub-county river lake island highway goat cow camel animal donkey head injuries injury
    wound scene spot site place location point battle battles gunfight firefight shootout crossfire
    skirmish riot riots protest protests demonstration ambush assault bombing airstrike shelling""".split()
)
# Nouns for people, for headline phrases without an article ("Mob kills man").
PERSON_HEAD = re.compile(
    r"^(?:man|woman|boy|girl|child|baby|infant|person|youth|civilian|victim|chief|suspect|thief"
    r"|guard|pastor|priest|imam|cleric|elder|mother|father|son|daughter|wife|husband|brother"
    r"|sister|mp|mca|policeman|policewoman|herdsman|fisherman|businessman|gunman|kenyan|official"
    r"|chief|elder|youth|chairman|councillor|activist|journalist|cleric|sheikh|commander"
    r"|criminal|individual|local|national|official|general|corporal|constable|cop|aide|nurse"
    r"|pupil|widow|teen|kid|missionary|relative|representative|detective|operative|captive|native"
    r"|bandit|thug|rebel|spy|pilot|hostage|refugee|trustee|deputy|envoy|diplomat|judge|magistrate"
    r"|bishop|nun|monk|medic|surgeon|cadet|recruit|inmate|convict|fugitive|militant|jihadist"
    r"|burglar|beggar|scholar|vicar|registrar|witch|wizard|person|couple|twins?)$"
    r"|(?:er|or|ist|ian|ant|ent|ee|man|ier|guard)$",
    re.IGNORECASE,
)
COLLECTIVE = re.compile(r"^(?:a|the)\s+(?:group|total|family|gang|band|crowd|number|team|unit)$", re.I)
# Participles that describe a victim ("two suspected robbers") rather than end the phrase.
ADJECTIVAL = frozenset(
    """suspected alleged armed unarmed unidentified wanted masked uniformed retired elderly
    aged unnamed injured wounded displaced detained abducted kidnapped unknown named
    wounded reported estimated further unspecified undisclosed""".split()
)
DETNUM = re.compile(r"^(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight"
                     r"|nine|ten|several|many|some|\d+|one|both|other|another|those|these)$", re.I)
# "and" inside a number ("one hundred and twelve") joins no victims.
CONJ = re.compile(r"\s*(?:,(?!\s?\d{3}\b)\s*(?:and\s+)?|(?<!hundred\s)(?<!thousand\s)\band\s+|\bas\s+well\s+as\s+|\bplus\s+|&\s*|(?<=\s)\+\s*)", re.I)
# A full stop ends a sentence only before a capital or the end ("U.S. soldiers" goes on).
# A title's full stop ends no sentence ("Mr. Juma was shot", "Insp. Ali").
_TITLE = (
    r"(?<!\b(?:Mr|Ms|Dr|St|Lt|Mt))(?<!\b(?:Mrs|Gen|Col|Sgt|Cpl|Maj|Rev|Hon|Gov|Sen))"
    r"(?<!\b(?:Capt|Insp|Prof|Supt))"
)
# Scraped copy drops the space after a full stop ("in the area.Three people died"): a stop
# after a lower-case word and before a capitalised one still ends the sentence.
_GLUED = r"|(?<=[a-z]{3})\.(?=[A-Z][a-z])"
BOUNDARY = re.compile(_TITLE + r"[.!?](?=\s+[A-Z0-9\"“']|\s*$)|[;:\n]|\s[-–—]\s|/\s" + _GLUED)
RIGHT_STOP = re.compile(
    rf"[.;:!?()\[\]\n/]|\s[-–—]\s|,\s*(?:including|among|(?:and\s+)?(?:injur|wound|abduct|kidnap|steal"
    rf"|stole|loot|burn|torch|arrest|seiz|fle|escap|make|made|destroy|rap|set|took|take|drove|driv))"
    rf"|\b{_NOT_ACRONYM}(?:{STOP_WORDS}|including|among|and\s+(?:\w+ly\s+)?(?:injur|wound|abduct|steal"
    # "killed 12 militants and lost two soldiers": the side's own dead, told by a verb of their own.
    rf"|loot|burn|torch|arrest|seiz|fle|escap|destroy|rap|set|lost\b|losing\b)\w*)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(_TITLE + r"[.!?](?=\s+[A-Z0-9\"“']|\s*$)|;|\n" + _GLUED)
# "between 10 and 15", "10 to 15", "5-6": ACLED takes the lowest figure.
# A bare hyphen joins a range only between digits ("5-6"): "twenty-one" is one number.
RANGE = re.compile(
    rf"\b(?:between\s+(?P<low>{NUMBER_PATTERN})\s+and\s+(?:{NUMBER_PATTERN})"
    rf"|(?P<low2>{NUMBER_PATTERN})(?:\s*(?:to|or)\s*|(?<=\d)\s*[-–]\s*|\s+[-–]\s+)(?:{NUMBER_PATTERN}))",
    re.IGNORECASE,
)
# "at" as in "killed at a checkpoint", not "killed at least six"
ASIDE_AFTER = re.compile(
    r"^\s*(?:(?:by|in|on|at(?!\s+(?:least|most)\b)|during|when|after|while|last|earlier|near)\b|,)",
    re.I,
)
# What follows "body" when it is a dead person's ("a body of water" or "the governing body" is not).
CORPSE_CONTEXT = re.compile(
    r"^\s*(?:of\s+(?!water|evidence|work|knowledge|law)|was|were|is|has|had|found|discovered"
    r"|dumped|lying|lay|recovered|washed|bearing|with\s+(?:\w+\s+)?(?:wounds|injuries|marks))\b",
    re.IGNORECASE,
)
TOLL_RAISED = re.compile(
    # Headlines tell it in the present: "Toll in hotel attack rises to 40".
    rf"^\s*(?:[\w'’#(),-]+\s+){{0,20}}?(?:(?:rose|risen|raised|climbed|increased|jumped|went\s+up|reached"
    r"|rises|climbs|increases|jumps|goes\s+up|reaches"
    # ... or revised down: "the toll was revised down to 157", "revised the toll downwards to 157".
    r"|revised(?:\s+(?:down|up)(?:wards?)?)?|lowered|(?:down|up)(?:wards?)?)"
    rf"(?:\s+from\s+(?:{NUMBER_PATTERN}))?\s+to"
    # A toll that reached or stands at a figure: "the death toll reached 40", "stood at 23".
    r"|(?:has\s+|had\s+)?(?P<static>reached|reaches|hit|hits|(?:now\s+)?stood\s+at|(?:now\s+)?stands\s+at|was\s+put\s+at"
    # "The toll is now 14 dead": the count as it now stands
    r"|(?:is|was)\s+now))"
    rf"\s+(?:at\s+least\s+)?(?P<n>{NUMBER_PATTERN})",
    re.IGNORECASE,
)
# A revised figure that replaces earlier ones ("later reports of one person killed").
LATER_REPORT = re.compile(
    r"\b(?:later|subsequent|updated|revised|latest)\s+(?:reports?|figures?|tolls?|counts?)\b", re.IGNORECASE
)
# Death words that are nouns after a determiner and adjectives ("an extra-judicial killing").
NOMINAL = re.compile(
    r"^(?:killings?|murders?|massacres?|lynchings?|executions?|assassinations?|beheadings?)$"
)
# What follows such a noun when it is one (not "a robbery killing 5 people").
NOMINAL_AFTER = re.compile(r"^\s*(?:(?:of|by|in|at|on|was|were|is|has|had)\b|[,.;:)-]|$)", re.IGNORECASE)
# More victims named after a passive: "was shot dead along with another man", "as was one".
ALONG_WITH = re.compile(
    r"^\s*,?\s*(?:(?:on\s+the\s+spot|instantly|at\s+the\s+scene|by\s+gunmen)\s+)?"
    r"(?:(?:along|together)\s+with|alongside|as\s+(?:was|were))\s+",
    re.IGNORECASE,
)
# Who says it, at the end of a sentence: "..., officials and a military source said".
SPEECH = re.compile(r"\s*(?:said|say|says|told|reported|report|claimed|confirmed|added)\b", re.IGNORECASE)
SOURCES = frozenset(
    """official officials source sources witness witnesses resident residents spokesman spokesmen
    spokeswoman spokesperson police army military ministry agency monitor medics doctors
    authorities leaders leader commander governor media group""".split()
)
# A figure from a claim or a second source: an alternative to the main figure, not an addition.
ALTERNATIVE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|another\s+source|other\s+(?:reports|sources)|some\s+reports"
    r"|unconfirmed\s+reports|(?:a|one|another|(?:the|a)\s+second)\s+(?:source|report)\s+"
    r"(?:indicates?|says?|said|suggests?|claims?|reported|puts?))\b"
    # A named source's own figure: "Shabelle Media Network reports nine officers dead".
    r"|(?<!\bpolice\s)\breports\s+(?:that\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# Victims in addition to those told before ("another six were killed"), never a second figure.
MORE = re.compile(
    # ("more than 40 people" is a bound on a figure, not more victims)
    rf"\s*(?:another|(?:(?:{NUMBER_PATTERN})\s+)?(?:further|more(?!\s+than\b)|additional|others?)\b"
    # An indefinite ordinal names someone new: "Two soldiers were killed; a third later died of his wounds".
    r"|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
    # "other sources put the toll at 15": another report of the same deaths, not more of them.
    r"(?!\s+(?:sources?|reports?|accounts?|estimates?|figures?|media|outlets?|officials?|witnesses)\b)",
    re.IGNORECASE,
)
PARTITION = re.compile(r"\bof\s+(?:whom|which|them)\b", re.IGNORECASE)
SINGULAR_AUX = re.compile(r"\b(?:was|is|has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
AT_LEAST = re.compile(r"\bat\s+(?:least|most)\s+", re.IGNORECASE)
SHARED_OBJECT = re.compile(
    r"^\s*and\s+(?!injur|wound|hurt|maim|his\b|its\b|this\b)(?:\w+ly\s+)?(?:\w+(?:ed|t|s)"
    # "killing and robbing him"; not a verb with a result of its own ("leaving two injured").
    r"|(?!(?:leav|caus|send|forc|prompt|spark|displac|sett|caus)ing)\w+ing)\s+(?=\S)",
    re.IGNORECASE,
)
LIMITER = re.compile(
    r"^\s*(?:at\s+least|more\s+than|over|about|nearly|almost|some|up\s+to|around|approximately"
    r"|an\s+estimated|as\s+many\s+as|a\s+total\s+of|another)\s+",
    re.IGNORECASE,
)
# When-words between victims and verb ("a boy was last week killed"): blanked before reading.
TIME_WORDS = re.compile(
    r"\b(?:(?:last|this|next|on|early|late)\s+(?:week|month|year|night|weekend|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|the\s+(?:next|following|previous)\s+(?:day|morning|evening|night|week)|the\s+day\s+(?:before|after)"
    r"|yesterday|today|overnight|tonight)\b",
    re.IGNORECASE,
)
# Capitalised words that name groups, not one person ("killed Al Shabaab fighters").
GROUP_WORDS = frozenset(
    """al shabaab shabab shabaab police army forces force militia militias militants rebels
    government kdf gsu kpr ap odm nasa jubilee mungiki mrc olf onlf sldf boko haram isis
    taliban houthis people residents villagers members supporters""".split()
)
