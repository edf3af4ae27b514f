"""What a role phrase names: an armed, organised side, armed men outside the state, demonstrators, civilians.

:mod:`wirecoder.events.classify` weighs these with an event's cues: two armed sides make a Battle, armed men
on civilians an attack, demonstrators a protest or a riot. :mod:`wirecoder.events.roles` uses them to read
which phrase of a sentence is a side.
"""

from __future__ import annotations

import re

__all__ = ["ARMED", "CIVILIAN_HINT", "IRREGULAR", "is_armed", "is_protester"]

ARMED = re.compile(
    r"\b(?:soldiers?|troops?|police(?:men|man|women)?|officers?|military|army|armed|militants?|fighters?|"
    r"rebels?|insurgents?|gunmen|gunman|forces?|jihadists?|militias?|militiamen|guards?|security|"
    r"personnel|commandos?|paramilitar\w*|bandits?|terrorists?|al[- ]?shabaa?b|taliban|boko haram|"
    r"islamic state|isis|isil|daesh|kdf|amisom|gsu|marines?|battalion|brigade|regiment|convoy|patrol|"
    r"base|checkpoint|barracks|outpost|station|ranger\w*|warriors?|raiders|herders|cartels?|sicarios?|narcos?|"
    r"traffickers?|gendarm\w*|constab\w*|cops?|carabinieri|paratroop\w*|servicem[ae]n|peacekeep\w*|mercenar\w*|"
    r"legionnaires?|guardsmen|snipers?|"
    # the arms named for the ones who used them: "the protesters were killed by live ammunition"
    r"ammunition|bullets?|gunfire|gunshots?|live rounds)\b",
    re.I,
)
# Armed men outside the state: no crowd a police answer to them could disperse.
IRREGULAR = re.compile(
    r"\b(?:bandits?|gunm[ae]n|militants?|insurgents?|rebels?|jihadists?|terrorists?|raiders|militia\w*|"
    r"attackers?|assailants?|bombers?|armed (?:men|individuals|persons|group))\b", re.I
)
_PROTESTER = re.compile(r"\b(?:protest(?!ant)\w*|demonstrat\w*|marchers|strikers|striking|picket\w*|sit-ins?)\b", re.I)
CIVILIAN_HINT = re.compile(
    r"\b(?:civilians?|villagers?|residents?|farmers?|traders?|women|children|child|boys?|girls?|man|"
    r"woman|students?|pupils?|teachers?|worshippers?|passengers?|family|families|people|journalists?|"
    r"herders?|chief|elder|mca|politician|aid workers?|doctors?|patients?|refugees?|displaced|"
    # a place told by the people who live there: "the attackers stormed the community, shooting sporadically"
    r"communit(?:y|ies)|hamlets?|settlements?)\b",
    re.I,
)
# Officers of an election or an administration carry no arms: "a returning officer", "a county health officer".
_CIVIL_OFFICER = re.compile(
    r"\b(?:returning|presiding|polling|electoral|election|health|education|executive|administrative|"
    r"agricultural|revenue|planning|information|public relations|medical|clinical|probation|forest) officers?\b",
    re.I,
)


def is_armed(text: str | None) -> bool:
    """Whether a role phrase names an armed, organised side."""
    return bool(text and ARMED.search(_CIVIL_OFFICER.sub("", text)))


def is_protester(text: str | None) -> bool:
    """Whether a role phrase names demonstrators."""
    return bool(text and _PROTESTER.search(text))
