"""The words around a death word that say what its figure is: a revised toll ("the number of
people killed has risen to nine", "bringing to seven the number killed in Sunday's attack"), a
running total over a period ("since January", "this month"), casualties dead and wounded
together, lives claimed. Regular expressions used by :mod:`wirecoder.casualties.phrases`.
"""

from __future__ import annotations

import re

from wirecoder.numbers import NUMBER_PATTERN

__all__ = [
    "AGGREGATE",
    "BRINGING",
    "BROUGHT_TO",
    "BROUGHT_TO_NUMBER",
    "CLAIMED_LIVES",
    "COMBINED_AFTER",
    "COMBINED_BEFORE",
    "MOTIVE_LIST",
    "NUMBER_OF",
    "ONE_EVENT_AFTER",
    "ONE_OF_SEVERAL",
    "OVER_PERIOD",
    "PERFECT",
    "PUT_AT",
    "PUT_NUMBER_OF",
    "REVISED_NUMBER_OF",
    "REVISED_PRONOUN",
    "SHARE_OF_WHOLE",
    "THEM_BEFORE",
]

# A running total told after the event's own deaths: "..., bringing to 40 the number killed this month".
AGGREGATE = re.compile(
    rf"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed)|push(?:es|ing|ed)?)\s+to\s+(?:{NUMBER_PATTERN})\s+"
    r"the\s+(?:number|total|toll|tally|count)\b[^.;]{0,60}$"
    # "..., adding to the more than 300 killed since the uprising began".
    rf"|\badd(?:s|ed|ing)?\s+to\s+(?:the\s+|a\s+)?(?:(?:more\s+than|at\s+least|nearly|almost|over|some|about"
    rf"|around|roughly|an\s+estimated)\s+)?(?:{NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,3}}$",
    re.I,
)
# The total of several attacks the event is one of: "This was one of three attacks in Benghazi that
# day, which together killed nine people" (incident summaries give each attack its own toll).
ONE_OF_SEVERAL = re.compile(
    rf"\bone\s+of\s+(?:(?:{NUMBER_PATTERN})|several|multiple|a\s+(?:series|wave|string)\s+of)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:attacks|incidents|bombings|blasts|explosions|raids|assaults|shootings)\b[^.;]*"
    r"\b(?:together|altogether|in\s+total|combined|in\s+all)\b[^.;]*$",
    re.IGNORECASE,
)
# A death named with other grievances after a motive cue: "rallied over fuel prices and the killing of".
MOTIVE_LIST = re.compile(
    r"\b(?:over|against|protest(?!ant)\w*|demand\w*|condemn\w*|denounc\w*|anger\s+at)\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:and|as\s+well\s+as)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The counted people "them" stands for, told earlier in the clause.
THEM_BEFORE = re.compile(
    rf"\b(?P<n>{NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,2}}?[a-z]+s\b(?!.*\b(?:{NUMBER_PATTERN})\s)[^.;]*$",
    re.IGNORECASE,
)
# A toll stated as a number put at a figure: "the commissioner put the number of dead at 86".
PUT_NUMBER_OF = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+the\s+(?:number|total|tally|count)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
PUT_AT = re.compile(
    # "... put the number of people killed in the clashes in Jos at 14".
    rf"^\s*(?:[\w'’#-]+\s+){{0,8}}?at\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|over)\s+)?(?P<n>{NUMBER_PATTERN})\b"
    r"(?!\s*(?:%|per\s*cent))",
    re.IGNORECASE,
)
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|so\s+far\s+|already\s+)?(?:been\s+)?$", re.I)
OVER_PERIOD = re.compile(
    # Not a few days' fighting ("since Monday"): that toll is still the event's.
    r"\bsince\b(?!\s+(?:(?:early\s+|late\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|yesterday|dawn|the\s+weekend|(?:this|last)\s+(?:morning|night|week)|the\s+(?:morning|night|day)))|\bso\s+far\b|\b(?:this|last)\s+(?:year|month)\b|\bin\s+recent\s+(?:months|years)\b",
    re.IGNORECASE,
)
COMBINED_AFTER = re.compile(r"^\s*(?:or|and/or)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.I)
COMBINED_BEFORE = re.compile(r"\b(?:killed|dead)\s+(?:or|and/or)\s+(?:\w+ly\s+)?$", re.I)
SHARE_OF_WHOLE = re.compile(
    rf"^\s*(?:{NUMBER_PATTERN}|most|all|some|many)\s+of\s+the\s+(?P<n>{NUMBER_PATTERN})\s+\w+\s*$", re.I
)
# A death word inside "the number of ... killed": the figure it rises to follows.
NUMBER_OF = re.compile(
    rf"\b(?:number|total|tally|count)\s+of\s+(?:(?!(?:{NUMBER_PATTERN}|at\s*least|some|about|around|over|more)\b)"
    r"[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
CLAIMED_LIVES = re.compile(
    rf"\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|took|tak(?:es|ing))\s+(?:the\s+)?(?:(?:at\s*least|more\s+than|over"
    rf"|nearly|almost|some|about|around)\s+)?(?P<n>{NUMBER_PATTERN})\s+(?:more\s+|other\s+|innocent\s+)?$",
    re.IGNORECASE,
)
# A verb that sets the toll after it to a new figure: "bringing the death toll to 7", "revised the toll to 31".
BRINGING = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed)|revis(?:es|ing|ed)|updat(?:es|ing|ed)"
    r"|lower(?:s|ing|ed))\s+(?:the|its|their)\s+$",
    re.I,
)
# The same verb before "the number of ... dead": "officials revised the number of dead to 12".
REVISED_NUMBER_OF = re.compile(
    r"\b(?:rais(?:es|ing|ed)|revis(?:es|ing|ed)|updat(?:es|ing|ed)|lower(?:s|ing|ed))\s+(?:the|its|their)\s+"
    r"(?:number|total|tally|count)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
BROUGHT_TO_NUMBER = re.compile(
    rf"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed))\s+to\s+(?:at\s+least\s+)?"
    rf"(?P<n>{NUMBER_PATTERN})\s+the\s+(?:number|total|tally|count)\s+of\s+(?:[\w-]+\s+){{0,2}}?$",
    re.IGNORECASE,
)
ONE_EVENT_AFTER = re.compile(
    r"^\s*(?:in|during|by)\s+(?:the|this|that|[\w'’]+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|bombing|blast|raid|ambush|explosion|shooting|massacre|assault|strike|clash)\b(?![\w-])",
    re.IGNORECASE,
)
BROUGHT_TO = re.compile(rf"^\s*to\s+(?:at\s+least\s+)?(?P<n>{NUMBER_PATTERN})", re.I)


# A toll revised by a pronoun or a bare noun standing for it, after the toll was told: "Reports initially
# put the death toll at 67; officials later revised it to 115", "police raised the figure to 26".
# The trigger (:mod:`wirecoder.casualties.triggers`) finds the word; this reads the new figure after it.
REVISED_PRONOUN = re.compile(
    rf"^\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:at\s+least\s+)?(?P<n>{NUMBER_PATTERN})(?!\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)
# What the pronoun must follow, in the 250 characters before it, to stand for a toll.
TOLD_TOLL = re.compile(r"\b(?:toll|dead|deaths?|kill(?:ed|ing)|died|fatalit(?:y|ies)|bodies)\b", re.IGNORECASE)
