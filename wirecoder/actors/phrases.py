"""What role phrases and sentences say about the sides of an event: patterns ``roles`` reads.

"a police checkpoint" is held by the forces, "raided a village" hits civilians, "members of the
Garre clan" are a communal militia, "Armenian and Azerbaijani forces" are two states. The patterns
live here so that the rules in ``roles`` read as rules.
"""

from __future__ import annotations

import re

__all__ = [
    "ARMED_POST",
    "BARE_POST",
    "BETWEEN",
    "CIVILIAN_PLACE",
    "CLASH_SETTING",
    "CLASH_WORDS",
    "CROWD",
    "EVENT_NOUN",
    "FIGHTERS",
    "FOLLOWERS",
    "FORCES_HIT",
    "FORCES_PLACE",
    "FORCE_NOUN",
    "IRREGULARS",
    "KILLED_ARMED",
    "KIN_GROUP",
    "LYNCHING",
    "NAMED_CIVILIANS",
    "NO_TOLL",
    "NOT_ON_DUTY",
    "OPPONENTS",
    "PRISON",
    "OWN_SIDE",
    "PEOPLE_HIT",
    "RIOTS_NAMED",
    "RIOT_OR_CLASH",
    "TOLL_TOLD",
    "TWO_NATIONS",
]

CIVILIAN_PLACE = re.compile(
    r"\b(?:villages?|homes?|houses?|homesteads?|schools?|bus|buses|vehicles?|matatu|markets?|churche?s?|"
    r"mosques?|farms?|shops?|hotels?|bars?|restaurants?|hospitals?|clinics?|IDP camps?|manyatta|polling (?:station|centre|center)s?|"
    # not "at an unspecified location", as incident summaries write a place they do not know
    r"residents|(?<!unspecified )(?<!unknown )(?<!undisclosed )locations?|settlements?|neighbourhoods?|estates?|residential \w+|apartments?|"
    r"apartment blocks?|tower blocks?|weddings?|funerals?|gatherings?|ceremon(?:y|ies)|festivals?|concerts?|"
    r"universit(?:y|ies)|colleges?|bus (?:station|stop|terminal)s?)\b", re.I,
)
TWO_NATIONS = re.compile(
    r"\b([A-Z][\w.-]+)\s+and\s+([A-Z][\w.-]+)\s+((?:armed |security |government )?(?:forces|troops|soldiers|armies|"
    r"militaries|jets|warplanes|fighter jets|aircraft|navies|border guards))\b"
)
# Back references that never mean the state's forces ("the group", "the militants").
IRREGULARS = re.compile(r"\b(?:group|militants|insurgents|rebels|raiders|bandits|gunmen)$", re.I)
# Who an explosion that names no target hit, when it says so: the dead may be one ("1 civilian was killed",
# "a child was injured"); singulars a report quotes as its source ("a resident said") are left out.
PEOPLE_HIT = re.compile(r"\b(?:people|persons|students|civilians|residents|passers-?by|bystanders|shoppers|worshippers|children|"
                         r"women|pupils|villagers|patrons|customers|mourners|pilgrims|commuters|passengers|"
                         r"civilian|person|child|woman|passer-?by|bystander|pilgrim|commuter|passenger)\b", re.I)
# Words that name a crowd's violence a demonstration's: riots, running battles, stone pelting.
RIOTS_NAMED = re.compile(r"\b(?:riot(?:s|ed|ing)|running battles?|stone[- ]?(?:pelt|throw)\w*)\b", re.I)
LYNCHING = re.compile(r"\blynch\w*|mob justice|jungle justice|burnt? (?:him|her|them) to death", re.I)
# What only armed forces hold: "regime positions", "government troops", "a government checkpoint".
ARMED_POST = re.compile(
    r"\b(?:positions?|posts?|outposts?|checkpoints?|bases?|barracks|troops|forces|soldiers|convoys?|"
    r"frontlines?|front lines?|fortifications?|trenches)\b", re.I
)
# "attacked a base", "overran the checkpoint": posts only the forces hold, named without them.
BARE_POST = re.compile(r"(?:an?|the)\s+(?:\w+\s+)?(base|checkpoint|check-point|barracks|outpost|garrison)s?$", re.I)
FORCES_PLACE = re.compile(
    r"\b(police|security|military|army|troops'?)\s+(?:\w+\s+)?(?:station|post|checkpoint|camp|base|truck|"
    r"vehicle|convoy|patrol|pickup|barracks|headquarters|positions?|outpost)s?\b", re.I
)
# A prison attacked is its guards' post: ACLED codes the assault a clash with the prison guards.
PRISON = re.compile(r"\b(?:prisons?|jails?|penitentiar(?:y|ies)|detention (?:centres?|centers?|facilit(?:y|ies)))\b", re.I)
# A fight word set in quotes or doubted ("a 'gunfight' with RAB", "a so-called crossfire", "a fake encounter")
# tells the forces' account of a killing, no fight.
CLASH_WORDS = re.compile(
    r"\b(?<!['‘\"“])(?<!so-called )(?<!fake )(?<!staged )"
    r"(?:clash\w*|fought|fighting|fights?|(?:gun ?)?battl(?:e|es|ed|ing)|skirmish\w*|(?:gun|fire) ?fights?|"
    r"exchange\w* (?:of )?(?:gun)?fire|shoot-?outs?|confrontations?|"
    # South Asian copy calls a firefight with militants an "encounter" ("killed 2 militants in an encounter in
    # Anantnag"); police shooting a gangster "in an encounter" is a killing, no fight, so the armed side is named
    r"(?:militants?|terrorists?|rebels?|insurgents?|maoists?|naxal\w*|ultras|guerrillas?)\b[^.;]{0,60}?"
    r"(?:an|the|fierce|brief|armed|gun) encounters?|"
    r"(?:inter-?(?:communal|ethnic|tribal|clan)|communal|ethnic|tribal|clan) (?:conflict|fighting|violence))\b", re.I
)
# The violence an act is set in, not the act: "killed two villagers in ongoing ethnic violence",
# "a teacher attacked by raiders during clashes". The named victims stay its target.
CLASH_SETTING = re.compile(
    r"\b(?:in|during|amid|amidst|following|after|linked to|related to|part of|blamed on)\s+"
    # "in the clashes" points back at a fight the story told; "in the ongoing ethnic clashes" sets the scene
    r"(?:the\s+(?=(?:ongoing|renewed|recent|continuing|continued|sporadic|post-?election|politically|political|"
    r"inter-?\w+|communal|ethnic|tribal|clan|land|border)\b))?"
    r"(?:(?:ongoing|renewed|recent|continuing|continued|sporadic|post-?election|politically|political|"
    r"instigated|inter-?(?:communal|ethnic|tribal|clan)|communal|ethnic|tribal|clan|land|border)[\s-]+){0,4}"
    r"(?:clashes|violence|fighting|conflicts?|skirmishes|feuds?)\b(?!\s+(?:between|with|among|pitting|involving))",
    re.I,
)
FORCE_NOUN = (
    r"(?:police(?:\s+(?:officers?|reservists?|constables?|men|station|post|camp|patrol|vehicle|car|truck|convoy|"
    r"lines?|base))?|policem[ae]n|soldiers?|troops|(?:army|military) (?:camp|base|post|patrol|convoy|vehicle)|"
    r"security (?:forces|officers|personnel)|(?:police )?reservists?|rangers?)"
)
FORCES_HIT = re.compile(
    rf"\b(?:kill\w*|injur\w*|wound\w*|shot|shoot\w*|attack\w*|ambush\w*|fired (?:at|on|upon)|raid\w*|"
    # "killed a trader near the police station" names where, not whom: no place words in between
    rf"overr?an|storm\w*|target\w*|abduct\w*)\s+(?:(?!(?:near|outside|inside|close|behind|next|at|in|by|"
    rf"from)\b)[\w'-]+\s+){{0,5}}?{FORCE_NOUN}\b(?!\s+(?:said|say|says|told|reported|spokes\w*))|"
    rf"\b{FORCE_NOUN}\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|had been|have been)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|shot)|"
    r"\b(?:police|officers|soldiers|troops|security forces)\s+(?:\w+\s+)?(?:responded|fired back|returned fire|"
    r"repulsed|engaged|exchanged fire)", re.I
)
# Victims a report calls unarmed by what they are: "raiders killed civilians during ethnic clashes" is an
# attack on them, whatever fighting went on around it ("three people died in clashes" is the fight's toll).
NAMED_CIVILIANS = re.compile(
    r"\b(?:civilians?|villagers?|teachers?|pupils?|students?|women|children|child|passengers?|worshippers?|"
    r"traders?|farmers?|shop ?keepers?|patients?|refugees?|journalists?|chiefs?|elders?|bodyguards?)\b", re.I
)
# The victims of a shooting by one of their own: "shot two of his colleagues", "killed his commander".
OWN_SIDE = re.compile(
    r"\b(?:colleagues?|comrades?|fellow (?:officers?|soldiers?|police\w*|fighters?|guards?)|"
    r"(?:his|her|their) (?:boss|commander|superior|senior)s?)\b", re.I
)
# Words that make an identity group's members fighters rather than victims.
FIGHTERS = re.compile(
    r"\b(?:militias?|militiamen|militants?|fighters?|raiders?|warriors?|gunmen|attackers?|rustlers?|bandits?|"
    r"morans?|youths?|assailants?|armed)\b", re.I
)
# "violence between Kalenjin and Maasai": both communities are parties, not victims.
BETWEEN = re.compile(r"\bbetween\b|\bamong\b", re.I)
# Phrases naming an event, not who did it ("an air strike", "the blast").
EVENT_NOUN = re.compile(
    r"^(?:an?|the|this|that)?\s*(?:\w+\s)?(?:air ?strikes?|strikes?|attacks?|bombings?|blasts?|explosions?|"
    r"shelling|clash(?:es)?|fighting|raids?|ambush(?:es)?|violence|protests?|demonstrations?)$", re.I
)
# Unorganised crowds: their violence is Mob violence, not an armed group's attack.
CROWD = re.compile(
    r"\b(?:youths?|residents|villagers|locals|mobs?|crowds?|supporters|students|members of the public|"
    r"vigilantes?|villagers|angry|rowdy|traders|worshippers|fans|passers-?by|neighbours|neighbors|hawkers|"
    r"vendors|squatters|operators|drivers|workers|activists|fishermen|prisoners|inmates)\b", re.I
)
RIOT_OR_CLASH = re.compile(r"\b(?:riot\w*|mobs?|clash\w*|fight\w*|fought|brawl\w*|rival\w*)\b", re.I)
# A clan or tribe acting is a communal militia, however many of its members came ("members of the
# Garre clan attacked ...", "Maasai tribesmen"): ACLED codes them as identity militias, not mobs.
# "an off-duty policeman", "a former policeman", "an outspoken al Shabaab critic": a person, not the
# force or group named.
OPPONENTS = r"(?:critics?|opponents?|defectors?)"  # a group's critic names the group only to describe someone
# "a ward administrator appointed by the junta", "a junta-appointed village head": an official the force
# put in office, no member of it.
NOT_ON_DUTY = re.compile(
    rf"\boff[- ]duty\b|\b(?:{OPPONENTS}|former|retired)\b|\bex-|\b(?:appointed|installed)\s+by\b|-appointed\b", re.I
)
KIN_GROUP = re.compile(r"\b(?:clans?|sub-?clans?|tribes?|tribesmen|ethnic)\b", re.I)
# A toll told without its victims named ("injures three", "eight are killed", "leaves 16 dead"), and a
# report that there was none ("no reported casualties").
TOLL_TOLD = re.compile(r"\b(?:kill(?:s|ed|ing)|injur(?:es|ed|ing)|wound(?:s|ed|ing)|dead|died|hurt)\b", re.I)
NO_TOLL = re.compile(r"\b(?:no one|nobody|no (?:reported )?(?:casualties|injuries|deaths|fatalities)|without casualties)\b", re.I)
# Armed men a raid on a place killed ("stormed the hotel, killing the three assailants"): the side it fought.
KILLED_ARMED = re.compile(
    r"\b(?:killing|killed|shooting dead|shot dead)\s+(?P<who>(?:the\s+|all\s+|at least\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:suspected\s+)?(?:militants?|assailants?|attackers?|gunm[ae]n|hostage-takers?|insurgents?|rebels?|"
    r"jihadists?|terrorists?|kidnappers?|hijackers?))\b", re.I
)
# A party's or a leader's following: "BNP supporters", "supporters of former president Bolsonaro".
FOLLOWERS = re.compile(
    r"\b(?:supporters|followers|loyalists|partisans|sympathi[sz]ers|activists|party workers)\b", re.I
)
