"""Sentence cues that say what kind of actor a phrase names, whatever its words.

A source is no perpetrator ("a Taliban spokesman said"); a convoy that struck a landmine is its
victim; a few men or a crowd firing guns are armed men, not a mob; the unnamed fighters of a cattle
raid or a clan feud are a communal militia. ``roles`` asks these questions of the evidence
sentence.
"""

from __future__ import annotations

import re

from .countries import by_name, region

__all__ = ["ATTACKER_WORDS", "armed_few", "blamed", "cattle_raid", "communal_militia", "hit_party", "is_source", "ran_into"]

# Who tells or finds, not who did it: "a Taliban spokesman said", "police found the bodies".
_SOURCE_AFTER = re.compile(
    # a title's holder may be named before the verb: "Prime Minister Abiy Ahmed said"; and a second source
    # before it: "residents and local officials said"
    r"\s*(?:and\s+(?:[a-z][\w'-]*\s+){0,2}?(?:officials|sources|witnesses|residents|activists|medics|doctors|"
    r"relatives|police)\s+(?=(?:said|say|told|reported)\b))?"
    r"\s*(?:'s\s+)?(?:(?-i:[A-Z])[\w'.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|officials?|sources?|statement|commanders?\s+said|"
    r"(?:later\s+|have\s+|had\s+|also\s+)?(?:said|says|told|reported|found|discovered|recovered|confirmed|"
    r"blamed|blames|accused|accuses))\b(?!\s+to\b)",
    re.I
)
_SOURCE_BEFORE = re.compile(r"\baccording to\s+(?:the\s+)?$", re.I)


def is_source(sentence: str, start: int, end: int) -> bool:
    """Whether the actor mention at ``sentence[start:end]`` tells or finds rather than acts."""
    return bool(_SOURCE_AFTER.match(sentence, end) or _SOURCE_BEFORE.search(sentence, 0, start))


# Words for the ones who attack: never the target of their own attack.
ATTACKER_WORDS = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|(?:suicide )?bombers?|perpetrators?|hijackers?)\b", re.I
)

# Cattle raids and clan feuds are communal violence: ACLED codes their unnamed fighters as an
# identity militia (inter 4), not as an unidentified armed group.
_CATTLE_RAID = re.compile(
    r"\b(?:cattle|livestock|camels?|goats|sheep|animals|herds?)\b.{0,40}\b(?:raid\w*|rustl\w*|steal\w*|stole|"
    r"stolen|drove off|made away)|\b(?:rustl\w+|cattle raid\w*|livestock raid\w*)|"
    # "bandits strike Sololo, steal cattle", "shot two children while raiding livestock"
    r"\b(?:steal\w*|stole|raid\w*|drove off|driving off|made off with|making off with)\s+(?:\w+\s+){0,3}?"
    r"(?:cattle|livestock|camels|goats|sheep|herds)\b", re.I
)
_CLAN_FEUD = re.compile(r"\b(?:inter-?)?clans?\b|\bsub-?clans?\b", re.I)
# "tribal gunmen", "a tribal feud"; Pakistan's "tribal areas" and a "tribal elder" killed name no militia.
_TRIBAL = re.compile(
    r"\btribesmen\b|\binter-?tribal\b|\b(?:neighbou?ring|rival) tribes?\b|\btribal (?:gunmen|militia\w*|fighters|"
    r"clash\w*|feuds?|fighting|disputes?|conflicts?|violence|wars?|revenge)\b", re.I
)
# "an ethnic linked revenge attack", "inter-ethnic clashes"; "five ethnic Hazaras" are only victims.
_ETHNIC = re.compile(
    r"\binter-?ethnic\b|\bethnic(?:ally)?[- ](?:linked|motivated|related|based|violence|clash\w*|fighting|"
    r"attacks?|revenge|tensions?|conflicts?|feuds?|raids?|militia\w*)\b", re.I
)
# Violence between neighbours over land or old grudges: the fighters are their community's, not a
# faceless armed group ("a border attack between two villages", "gunmen from a rival community").
_COMMUNAL_FEUD = re.compile(
    r"\b(?:land|boundary|border|grazing|water|pasture) (?:disputes?|conflicts?|row|feud)\b|"
    r"\bbetween (?:the )?(?:two|rival|neighbou?ring) (?:villages|communities)\b|"
    r"\bfrom (?:an?|the) (?:rival|neighbou?ring) (?:village|community)\b|\brival (?:villages?|communit(?:y|ies))\b|"
    r"\brival[- ]neighbou?rs\b|\bcommunity (?:rivalry|feud|dispute)\b|\brival (?:pastoralists|herders|herdsmen)\b|"
    # counties and communities have boundaries, countries borders: "clashes along the Meru-Isiolo boundary"
    r"\bboundary (?:clash\w*|fighting|attacks?|disputes?|conflicts?|row)\b|\b(?:along|on|at) the [\w-]+ boundary\b|"
    r"\binter-?communal\b|\bcommunal (?:violence|clash\w*|feud|dispute|fighting|tension\w*)\b|"
    r"\bfarmer-herder\b|\bherder-farmer\b|"
    # "three are killed in clashes over land", "fighting over grazing land and water points"
    r"\b(?:clash\w*|fight\w*|violence|attacks?|feuds?|disputes?|conflicts?|rows?)\s+over\s+(?:[\w-]+\s+){0,2}?"
    r"(?:land|grazing|pastures?|water(?:ing)? (?:points?|holes?)|boundar(?:y|ies))\b|"
    r"\bbetween (?:the )?(?-i:[A-Z])\w+ and (?:the )?(?-i:[A-Z])\w+ (?:communities|villages)\b", re.I
)


# Bandits raiding cattle in Nigeria and the Sahel are an armed economy, not one community raiding
# another as East Africa's pastoralists do: ACLED codes them as unidentified armed groups.
_BANDITRY_REGIONS = frozenset({"Western Africa"})


def cattle_raid(text: str) -> bool:
    """Whether ``text`` tells of livestock raided or stolen ("300 animals stolen", "rustled 40 camels")."""
    return _CATTLE_RAID.search(text) is not None


def communal_militia(sentence: str, country: str | None = None) -> str | None:
    """The unidentified militia ACLED codes the unnamed fighters of a cattle raid, a clan or tribal feud,
    or violence between neighbouring communities as (its identity militia, inter 4), or None;
    ``country`` (a name) is the event's."""
    if _CLAN_FEUD.search(sentence):
        return "Unidentified Clan Militia"
    if _TRIBAL.search(sentence):
        return "Unidentified Tribal Militia"
    place = by_name(country) if country else None
    raid = _CATTLE_RAID.search(sentence) and not (place and region(place) in _BANDITRY_REGIONS)
    if raid or _ETHNIC.search(sentence):
        return "Unidentified Ethnic Militia"
    if _COMMUNAL_FEUD.search(sentence):
        return "Unidentified Communal Militia"
    return None


# Running into a laid explosive: the subject suffers it ("their vehicle struck a landmine").
_RAN_INTO = re.compile(
    r"(?:^|[,;:]\s+)(?:(?:on|late on|early on)\s+[^,]{3,30},\s+)?(?P<victim>[A-Za-z][^,.;]{2,80}?)\s+"
    r"(?:hit|hits|struck|strikes|stepped on|steps on|ran over|runs over|drove over|drives over|ran into|drove into|"
    r"touched off|"
    r"set off|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ieds?|mines?|landmines?|explosive devices?|explosives?|explosive|roadside bombs?)\b", re.I
)


def ran_into(sentence: str) -> str | None:
    """Who ran into a laid explosive ("their vehicle struck a landmine"): the victims, or None."""
    match = _RAN_INTO.search(sentence)
    return match["victim"] if match else None


# A few men, or a crowd firing guns: armed men (ACLED's unidentified armed group), not a mob.
_FEW_MEN = re.compile(
    r"^(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d|a group of|a gang of|some|several)\s+)"
    r"(?:(?:armed|masked|young|unknown|unidentified|[\w]+-(?:wielding|toting|armed))\s+)?"
    r"(?:men|man|persons|individuals)\b", re.I
)
_FIREARMS = re.compile(
    r"\b(?:shot|shoot\w*|gunned|opened fire|fired(?! (?:tear ?gas|teargas|rubber|water|warning))|guns?|rifles?|"
    r"pistols?|AK-?47s?)\b", re.I
)
# Where the agent's own words end: "protesters threw stones at police, who fired tear gas", "protesters burned
# tyres and police shot dead two of them".
_OTHERS_CLAUSE = re.compile(
    r",\s*(?:who|which|whom)\b|;|\bwhile\b|\b(?:as|and|but) (?:the )?(?:police|policemen|soldiers|troops|security forces)\b|"
    # what set the crowd off: "rioters burned cars after a teenager was shot by police"
    r"\b(?:after|following|over|because|in (?:protest|response|retaliation|anger))\b",
    re.I,
)


def armed_few(agent_text: str, sentence: str) -> bool:
    """Whether the agent is a few men, or a crowd firing guns: armed men, not a mob."""
    at = sentence.find(agent_text) if agent_text else -1
    own = sentence[at + len(agent_text) : at + len(agent_text) + 80] if at >= 0 else ""
    own = _OTHERS_CLAUSE.split(own, maxsplit=1)[0]
    return bool(_FEW_MEN.match(agent_text) or _FIREARMS.search(own))


# "The army blamed the ELN for the kidnapping": the one blamed did it (unless the blame is denied).
_BLAMED = re.compile(
    r"\b(?:blamed|blames|accused|accuses|held)\s+(?P<who>(?:the\s+)?[A-Za-z][^,.;]{1,60}?)\s+"
    r"(?:for|of)\s+(?:the\s+|a\s+|an\s+|carrying out\s+|being behind\s+|responsible for\s+)?", re.I
)


def blamed(sentence: str) -> str | None:
    """Who the sentence blames for the event it reports, or None."""
    match = _BLAMED.search(sentence)
    return match["who"] if match and match["who"].lower() not in {"him", "her", "them", "it"} else None


_STORMED = re.compile(r"\bstorm(?:ed|ing|s)?\b", re.I)
_TO_DEMAND = re.compile(
    r"\b(?:demand\w*|to protest|in protest|protest(?:ing|ed)|petition\w*|to press|calling for|call for|"
    r"seeking|to seek|grievances?|to express|to complain|complaining)\b", re.I
)
_CROWD_HARM = re.compile(
    r"\b(?:kill\w*|injur\w*|wound\w*|beat\w*|assault\w*|ston(?:e|es|ed|ing)|rocks?|burn\w*|torch\w*|ablaze|"
    r"set fire|on fire|alight|"
    r"loot\w*|destr(?:oy|oyed|oying|uction)|damag\w*|vandal\w*|smash\w*|hack\w*|attack\w*|clash\w*|"
    r"armed|machetes?|guns?|hostages?|lynch\w*|rob(?:bed|bing)?|stole|steal\w*|fight\w*|violen\w*)\b", re.I
)
_PUSHED_BACK = re.compile(
    r"\b(?:tear ?gas|teargassed|dispers\w*|repuls\w*|repelled|blocked them|turned (?:them )?away|"
    r"chased (?:them )?away|water cannons?|rubber bullets|baton\w*)\b", re.I
)


def stormed_to_demand(sentence: str) -> str | None:
    """"Residents stormed the county offices demanding water": a crowd pressing a demand, not a
    mob. Returns the protest's sub-event type (with intervention when the forces pushed it back),
    or None when the crowd did more than storm in."""
    if not _STORMED.search(sentence) or not _TO_DEMAND.search(sentence) or _CROWD_HARM.search(sentence):
        return None
    return "Protest with intervention" if _PUSHED_BACK.search(sentence) else "Peaceful protest"


# A group named as the one whose people or place were hit, not as who struck: "a vehicle carrying members
# of the Free Syrian Army", "the headquarters of a rebel faction", "the house of a Taliban commander",
# "a checkpoint manned by the PMF".
_HIT_OWNER = re.compile(
    r"(?:\b(?:members?|commanders?|leaders?|officials?|officers?|chief|headquarters|house|home|residence|"
    r"offices?|bases?|positions?|checkpoints?|convoy|motorcade|vehicles?|cars?|camps?|posts?|compound|"
    r"supporters|rally|embassy|consulate)\s+of"
    r"|\b(?:carrying|manned by|belonging to|run by|held by|controlled by|guarded by)(?:\s+\w+)?)"
    r"\s+(?:an?\s+|the\s+)?$",
    re.I,
)
# ... unless the attackers are said to be theirs ("gunmen believed to be members of ..."), or they are a side
# of a fight ("clashes between Luo supporters and members of the Kikuyu group").
_SAID_TO_BE = re.compile(
    r"\b(?:suspected|believed|thought|said|identified|alleged(?:ly)?|reportedly|posing|claiming)\b[^.;]{0,30}$"
    r"|\b(?:between|clash\w*|fought|fighting|battl\w*)\b",
    re.I,
)


# A name's acronym in brackets after it: "the offices of the Kurdistan Democratic Party (KDP)".
_NAME_THEN_BRACKET = re.compile(r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|the|for|and|de|al)\s+)?){0,6}[A-Z][\w'’.-]*\s*\(\s*$")


def hit_party(sentence: str, start: int) -> bool:
    """Whether the actor mention starting at ``sentence[start]`` names whose people or place were hit.

    >>> hit_party("Assailants fired on a vehicle carrying members of the Free Syrian Army.", 54)
    True
    >>> hit_party("Gunmen believed to be members of the Free Syrian Army fired on a bus.", 37)
    False
    """
    before = sentence[:start]
    bracketed = _NAME_THEN_BRACKET.search(before)
    if bracketed is not None:  # the acronym is the name's: what precedes the name decides
        before = before[: bracketed.start()]
    return bool(_HIT_OWNER.search(before)) and not _SAID_TO_BE.search(before)


_PLANTED_BY = re.compile(
    r"\b(?:planted|laid|placed|hidden|left|buried|fired|launched|detonated|thrown|hurled)\s+by\s+"
    r"(?P<who>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,5}?)\s*(?=[,.;]|\s+(?:exploded|went off|detonated|blew up|hit|struck|"
    r"killed|killing|wounded|injured|near|at|in|on|over|towards?|into|from|across|against|targeting|was|were|had)\b)",
    re.I,
)


def planted_by(sentence: str) -> str | None:
    """Who laid or fired the weapon of the sentence ("an IED planted by Al Shabaab militants exploded"), or None."""
    match = _PLANTED_BY.search(sentence)
    return match["who"] if match else None
