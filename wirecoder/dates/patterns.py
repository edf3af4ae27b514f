"""The vocabulary of date expressions: the patterns that find them and the words around them
that say whose date it is (:mod:`wirecoder.dates.readings` reads the tokens they match).

Used by :mod:`wirecoder.dates.expressions`, kept apart so the reading logic stays short.
"""

from __future__ import annotations

import re

__all__ = [
    "APPROX_AFTER",
    "APPROX_BEFORE",
    "SPAN_AFTER",
    "SPAN_BEFORE",
    "BACKGROUND_BEFORE",
    "CLAUSE_TAIL",
    "DAYS_AFTER",
    "EVE_BEFORE",
    "FOUND_AFTER",
    "FROM_BEFORE",
    "HINTS",
    "LATER_DEATH_BEFORE",
    "MONTHS",
    "NAMES_EVENT_AFTER",
    "NEEDS",
    "NIGHT_BEFORE",
    "NOT_BACKGROUND",
    "PATTERNS",
    "OPENS_SENTENCE",
    "OTHER_CALENDAR_AFTER",
    "POSSESSIVE",
    "REPORT_AFTER",
    "RANGE_END_AFTER",
    "REPORT_BEFORE",
    "RELATIVE_CLAUSE",
    "RELATIVE_CLAUSE_END",
    "SENTENCE_OPENING",
    "SOURCES",
    "SPEAKER_AFTER",
    "SUBORDINATE",
    "WEEKDAYS",
    "WEEK_OF",
]

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Full names, or abbreviations with an optional dot (a dot after a full name ends the sentence).
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
)
_DAY = r"(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_TO = r"\s*(?:-|–|—|/|to|and|&|until|till|through)\s*"
_OF = r"(?:\s+of)?"
_NUM_WORD = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# (kind, first, pattern): tried in order; a later match overlapping an earlier one is dropped.
# ``first`` holds every character a match can begin with. Put in a lookahead ahead of the
# pattern, it rejects most positions with one test (the engine otherwise tries the whole
# pattern at every position, case-blind): the matches are the same, found in half the time.
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("iso", "12", rf"\b(?P<y>{_YEAR})([-/.])(?P<m>0?[1-9]|1[0-2])\2(?P<d>[0-3]?\d)\b"),
    # "3-May-2019", "03-May-19"
    ("dm", r"\d", rf"\b(?P<d>{_DAY})-(?P<mon>{_MON})-(?P<y>{_YEAR}|\d\d)\b"),
    # "12-13/03/2019", "12 & 13.03.2019": days run into one numeric date, day first.
    (
        "range_numeric",
        r"\d",
        r"(?<![\d/.-])(?P<d1>[0-3]?\d)\s*(?:-|–|&|/)\s*(?P<d2>[0-3]?\d)([/.])(?P<m>[01]?\d)\3"
        r"(?P<y>(?:19|20)\d\d)(?![\d/])",
    ),
    (
        "numeric",
        r"\d",
        r"(?<![\d/.])(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2(?P<y>(?:19|20)?\d\d)(?![\d/])",
    ),
    # "31-12-2007": with dashes only a four-digit year, so scores and ranges stay out.
    ("numeric", r"\d", r"(?<![\d-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>(?:19|20)\d\d)(?![\d-])"),
    (
        "range_dm",
        r"bft\d",
        # "3, 4 and 5 May": a list is a range from its first day.
        rf"\b(?:between\s+|from\s+)?(?:the\s+)?(?P<d1>{_DAY})(?:\s*,\s*{_DAY}){{0,5}}{_OF}"
        rf"(?:\s+(?P<m1>{_MON}))?{_TO}"
        rf"(?:the\s+)?(?P<d2>{_DAY}){_OF}\s+(?P<mon>{_MON})(?:,?\s*(?P<y>{_YEAR}))?",
    ),
    (
        "range_md",
        "bfjmasond",
        rf"\b(?:between\s+|from\s+)?(?P<mon>{_MON})\s+(?:the\s+)?(?P<d1>{_DAY}){_TO}"
        rf"(?:(?P<m2>{_MON})\s+)?(?:the\s+)?(?P<d2>{_DAY})(?:,?\s*(?P<y>{_YEAR}))?",
    ),
    ("dm", r"t\d", rf"\b(?:the\s+)?(?P<d>{_DAY}){_OF}\s+(?P<mon>{_MON})(?:,?\s*(?P<y>{_YEAR}))?"),
    ("md", "jfmasond", rf"\b(?P<mon>{_MON})\s+(?:the\s+)?(?P<d>{_DAY})(?:,?\s*(?P<y>{_YEAR}))?"),
    # "the last week of February": a week of a named month.
    (
        "month_week",
        "idtfsl",
        r"\b(?:in\s+|during\s+)?(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)"
        rf"\s+week\s+of\s+(?P<mon>{_MON})(?:,?\s*(?P<y>{_YEAR}))?",
    ),
    (
        "my",
        "idelmjfasond",
        rf"\b(?:(?:in|during|early|late|mid)[\s-]+)?(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<y>{_YEAR})",
    ),
    (
        "numeric_dm",
        r"t\d",
        r"(?:(?<=\bon )|(?<=\bof )|(?<=\binto )|(?<=\blate )|(?<=\bearly )|(?<=\bdated ))"
        r"(?:the\s+)?(?P<a>[0-3]?\d)/(?P<b>[01]?\d)\b(?![/.]\d)",
    ),
    # "on Thursday 5/3", "Thursday (05/03)": a weekday vouches for the numbers being a date.
    (
        "numeric_dm",
        "mtwfs",
        rf"\b{_WEEKDAY},?\s+\(?(?P<a>[0-3]?\d)/(?P<b>[01]?\d)\b(?![/.]\d)",
    ),
    # "(18/02)", "15/02, PM Wajir: ...": two-digit parts only, fractions stay out.
    ("numeric_dm", "0-3", r"(?:(?<=\()|^)(?P<a>[0-3]\d)/(?P<b>[01]\d)(?=[),:])"),
    (
        "month",
        "idelmtbsf",
        rf"\b(?P<pre>in|during|early|late|mid|last|this|earlier in|later in|throughout"
        r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of"
        r"|(?:the\s+)?(?:first|last|final)\s+days\s+of)"
        # "in March last year" in a September story: the March of the year before.
        rf"[\s-]+(?P<mon>{_MON})(?!\s*\d)(?P<yr>,?\s+(?:of\s+)?(?P<which>last|this)\s+year\b)?",
    ),
    # "the 3rd": a day of this month (or of last month), when nothing follows it.
    (
        "monthday",
        "o",
        r"\bon\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
        r"(?:\s+of\s+(?P<which>this|last)\s+month)?(?=\s*[,.;:)]|\s*$)",
    ),
    # "from Monday to Wednesday", "on Tuesday and Wednesday", "the night of Saturday to Sunday".
    (
        "weekday_range",
        "fbomtws",
        # "Tuesday-Wednesday night": a dash needs no spaces, and "night" may follow the pair.
        rf"\b(?:from\s+|between\s+|on\s+)?(?P<wd>{_WEEKDAY})(?P<nt>\s+night)?"
        rf"(?:\s*(?P<dash>[-–])\s*|\s*(?:to|and|until|till|through|into)\s+)(?:on\s+)?"
        rf"(?P<wd2>{_WEEKDAY})\b"
        r"(?P<nt2>\s+night\b)?(?P<lw>\s+(?:of\s+)?last\s+week\b)?",
    ),
    (
        "weekday",
        "oltpnemwfs",
        r"\b(?:(?P<pre>on|last|this|past|this\s+past|next|early|late|early on|late on)\s+)?"
        r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"(?:\s+(?:night|morning|evening|afternoon))?(?P<lw>\s+(?:of\s+)?last\s+week)?\b",
    ),
    (
        "relative",
        r"\dabdefilnosty",
        rf"\b(?:(?P<ago>{_NUM_WORD})\s+(?P<unit>days?|nights?|weeks?|months?|fortnight)\s+ago"
        r"|(?P<word>the\s+day\s+before\s+yesterday|the\s+night\s+before\s+last"
        # "overnight Saturday to Sunday", "overnight into Sunday": the weekday dates the night.
        rf"|yesterday|today|tonight|last\s+night|overnight(?!\s+(?:on\s+|into\s+|from\s+)?{_WEEKDAY}\b)"
        r"|earlier\s+today"
        r"|(?:early\s+|late\s+|earlier\s+)?this\s+(?:morning|afternoon|evening)"
        r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|seven\s+days)(?!\s+of\b)"
        r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of|two|three)\s+days"
        r"|(?:earlier\s+)?this\s+week|earlier\s+in\s+the\s+week|last\s+week"
        r"|(?:at|over|during|on)\s+the\s+(?:past\s+)?weekend"
        r"|(?:last|this|this\s+past)\s+weekend"
        r"|(?:at\s+the\s+)?(?:end|beginning|start)\s+of\s+(?:last|this)\s+(?:week|month)"
        # "at the start of the month" tells a past event; "at the end of the month" a deadline.
        r"|(?:at\s+the\s+)?(?:beginning|start)\s+of\s+the\s+(?:week|month)"
        r"|last\s+month|(?:earlier\s+)?this\s+month|earlier\s+this\s+year))\b",
    ),
    (
        "sequel",
        r"\daeflnost",
        rf"\b(?:(?P<sn>{_NUM_WORD})\s+(?P<su>days?|weeks?)\s+(?P<dir>later|earlier|afterwards)"
        r"|the\s+(?P<rel>next|following|previous|preceding|same)\s+"
        r"(?:day|night|morning|afternoon|evening)"
        r"|the\s+day\s+(?P<dir2>before|after)(?=\s*[,.;)]|\s*$)"
        r"|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)"
        r"|(?:later|earlier)\s+in\s+the\s+day)\b",
    ),
)
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"(?=[{first}])" + pattern, re.IGNORECASE))
    for kind, first, pattern in SOURCES
)

# Cheap tests run once per text slice; a pattern is tried only when its needs are present.
# Each begins with a lookahead on its first letters, as the patterns do, for speed.
HINTS: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d"),
    "month": re.compile(
        r"(?=[jfmasond])\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE
    ),
    "weekday": re.compile(
        r"(?=[mtwfs])(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE
    ),
    "relative": re.compile(
        r"(?=[ytnolawemp])"
        r"\b(?:yesterday|today|tonight|night|overnight|this|last|past|ago|week|weekend|earlier|month)",
        re.IGNORECASE,
    ),
    "sequel": re.compile(
        r"(?=[leanfpsd])\b(?:later|earlier|afterwards|next|following|previous|preceding|same"
        r"|day\s+(?:before|after))\b",
        re.IGNORECASE,
    ),
}
NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}),
    "numeric": frozenset({"digit"}),
    "range_numeric": frozenset({"digit"}),
    "range_dm": frozenset({"digit", "month"}),
    "range_md": frozenset({"digit", "month"}),
    "dm": frozenset({"digit", "month"}),
    "md": frozenset({"digit", "month"}),
    "my": frozenset({"digit", "month"}),
    "month_week": frozenset({"month"}),
    "numeric_dm": frozenset({"digit"}),
    "month": frozenset({"month"}),
    "monthday": frozenset({"digit"}),
    "weekday_range": frozenset({"weekday"}),
    "weekday": frozenset({"weekday"}),
    "relative": frozenset({"relative"}),
    "sequel": frozenset({"sequel"}),
}

# Words before an expression that make it not the event's date.
BACKGROUND_BEFORE = re.compile(
    r"(?:\b(?:since|until|till|by|beyond|before|ahead\s+of|next|scheduled\s+for|set\s+for"
    r"|due|expected|deadline|(?:by|until|till|before)\s+the\s+end\s+of|planned\s+for"
    r"|slated\s+for)\s+(?:the\s+)?"
    r"|\b(?:will|to\s+be\s+held|scheduled|planned|set\s+to|due\s+to|plans?\s+to|expected)\b"
    r"[^.,;:]{0,30})$",
    re.IGNORECASE,
)
NOT_BACKGROUND = re.compile(r"\bor\s+(?:shortly\s+)?before\s+(?:the\s+)?$", re.IGNORECASE)
REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|reported|recorded|dated|stated|added"
    r"|confirmed"
    # "said on Sunday", not "reported that on 1 May": what follows "that" is the report's content.
    r"|claimed|tweeted|wrote|briefing|interview|statement|conference|quoted)\s+"
    r"(?:(?!that\b)\w+\s+){0,2}$"
    # A toll revised on a day: "the death toll rose to 35 on Tuesday" is when it was counted.
    r"|\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|went\s+up)\s+to\s+(?:[\w,]+\s+){1,3}$",
    re.IGNORECASE,
)
REPORT_AFTER = re.compile(
    r"^[,:]?\s*(?:it\s+(?:was|is|has\s+been)\s+(?:reported|announced|said|claimed)"
    r"|(?:a\s+|the\s+)?(?:reports?|media|sources?)\s+(?:said|say|stated|indicated|reported))",
    re.IGNORECASE,
)
# A date that opens its sentence and is followed by who spoke ("On 5 April, police said
# gunmen had killed ...") dates the statement; "killed two on Sunday, police said" does not
# open its sentence and keeps its date.
OPENS_SENTENCE = re.compile(
    r"^\s*[\"“‘']?\s*(?:on|as\s+of|late\s+on|early\s+on)?\s*$", re.IGNORECASE
)
SPEAKER_AFTER = re.compile(
    # "three women were reported killed" tells the event: no auxiliary before the verb.
    r"^,\s*(?:(?!(?:who|which|that|when|after|before|was|were|is|are|be|been|being|has|have"
    r"|had)\b)[\w'’.-]+\s+){1,4}?"
    r"(?:said|says|reported|announced|confirmed|claimed|stated|told)\b",
    re.IGNORECASE,
)
# "from late May" with no end after it: a period's start, like "since".
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
RANGE_END_AFTER = re.compile(
    rf"^\s*(?:-|–|—|to|until|till|through|into)\s*(?:the\s+|early\s+|late\s+|mid-?\s*)?"
    rf"(?:\d|{_MON}|{_WEEKDAY}|now\b|today\b|present\b)",
    re.IGNORECASE,
)
APPROX_BEFORE = re.compile(
    r"\b(?:on\s+or\s+(?:shortly\s+)?(?:before|about|around)|around|about|circa|approximately"
    r"|sometime\s+(?:on|in|around)|or\s+shortly\s+before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "between 07/04/2016 and 07/06/2016": a span of days told by its two ends, known to the range (ACLED's 2).
SPAN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
SPAN_AFTER = re.compile(r"^\s*(?:and|-)\s+(?:the\s+)?\d", re.IGNORECASE)
APPROX_AFTER = re.compile(
    r"^\s*[\[(](?:exact\s+|approximate\s+)?date\b|^\s*\((?:or\s+shortly\s+before|approx)"
    r"|^\s*,?\s*or\s+(?:shortly\s+|just\s+)?(?:before|after|earlier)\b",
    re.IGNORECASE,
)
WEEK_OF = re.compile(
    r"\bweek\s+(?P<how>of|beginning|starting|commencing|leading\s+up\s+to|ending|to)\s+"
    r"(?:(?:on|the)\s+)?$",
    re.IGNORECASE,
)
SUBORDINATE = re.compile(
    r"(?:\s*|.*\b)(?:following|after|since|prior\s+to|in\s+the\s+wake\s+of|in\s+response\s+to"
    r"|protest(?:ing|ed|s)?\s+(?:against\s+|over\s+)?the|over\s+the)\b[^,;]*$",
    re.IGNORECASE,
)
# A date inside a relative clause about a participant, closed before the sentence's own verb ("Ali, who was
# arrested in May, was shot dead on Friday", "an elder who had survived an attack in January was killed"): the
# participant's history, not the event's day.
RELATIVE_CLAUSE = re.compile(r"(?:\b(?:who|whom|whose)|,\s*which)\b[^,;:()\"“”]*$", re.IGNORECASE)
RELATIVE_CLAUSE_END = re.compile(
    r"^(?:\s+(?:in|at|near|from|for|over)\s+[^,;.]{1,30}?)?\s*,?\s*(?:(?:was|were|is|are|has|have|had|will|would)\b"
    r"|(?:later\s+|then\s+|also\s+)?(?!(?:in|at|and|or|on|by)\b)[a-z]+ed\b)"
)
_ELECTION = r"(?:polls?|elections?|vote|voting|referendum|ballot|primar(?:y|ies)|nominations?)"
NAMES_EVENT_AFTER = re.compile(
    rf"^(?:'s|’s)\b|^\s+(?:\w+\s+){{0,2}}?{_ELECTION}\b", re.IGNORECASE
)
POSSESSIVE = re.compile(r"^(?:'s|’s)\b")
# The day before the date that follows: "on the eve of Sunday's election" is Saturday.
EVE_BEFORE = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The event told as a distance after another one dated in the same phrase: "fighters killed several
# soldiers in Rann two days after the raid on Monday" is Wednesday. Only with the distance trailing
# its clause: an opening "Two days after the raid on Sunday, ..." often goes on with that raid.
DAYS_AFTER = re.compile(
    rf"[^,;]\s+(?P<n>{_NUM_WORD})\s+(?P<unit>days?|weeks?)\s+after\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:on\s+)?$",
    re.IGNORECASE,
)
# The dead found after the fighting that killed them: "police found the bodies of eight men
# after a gunfight on Tuesday" dates the gunfight, the event, not a cause of the finding.
FOUND_AFTER = re.compile(
    r"\b(?:found|recovered|discovered|retrieved|exhumed|collected)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:bod(?:y|ies)|corpses?|remains)\b[^,;]*\b(?:after|following)\b[^,;]*$",
    re.IGNORECASE,
)
# A date of another calendar ("2079-01-28 BS", "12/09/1443 AH"): its digits read as no Gregorian day.
OTHER_CALENDAR_AFTER = re.compile(r"^\s*\(?(?:B\.?S\.?|V\.?S\.?|A\.?H\.?|Hijri|Nepali|Bikram\s+Sambat)(?![\w.])", re.IGNORECASE)
# What may stand before a possessive date that dates the sentence's own event: the opening of
# the sentence ("Tuesday's attack left two dead", "In Kano, Friday's blast ..."), or the
# casualties' verb ("killed in Sunday's attack").
SENTENCE_OPENING = re.compile(
    r"^\s*[\"“‘']?\s*(?:(?:but|and|meanwhile|however|separately"
    r"|in\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},)\s*)?$"
    # "four people were killed in Sunday's attack": the attack is the sentence's event.
    r"|\b(?:killed|wounded|injured|died|hurt|dead)\s+(?:in|during)\s+$"
    # "the death toll from Sunday's bombing": the toll is that event's.
    r"|\btoll\s+(?:from|of|in)\s+$",
    re.IGNORECASE,
)
# The day a wounded victim died ("two more died in hospital on Tuesday", "succumbed to his
# wounds on Friday"): ACLED counts the death with the attack, on the attack's day.
LATER_DEATH_BEFORE = re.compile(
    r"\b(?:died|succumbed)\s+(?:(?:later|subsequently)\s+)?(?:in\s+(?:a\s+|the\s+)?hospital"
    r"|(?:of|to|from)\s+(?:his|her|their|the(?:ir)?)\s+(?:\w+\s+)?(?:injuries|wounds))\s+$",
    re.IGNORECASE,
)
NIGHT_BEFORE = re.compile(r"\b(?:over)?night\s+(?:of\s+|between\s+)?(?:the\s+)?$", re.IGNORECASE)
CLAUSE_TAIL = re.compile(r"[^.;!?\n]{0,60}$")
