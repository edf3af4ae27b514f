"""The words around a place name that say what it is: cue words before it ("in", "near"),
unit and facility words after it ("Province", "Road"), titles and people words that make a
capitalised word a person or a group rather than a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirecoder.places.builder import read_table

__all__ = [
    "CONNECTORS",
    "CUES",
    "FACILITY_WORDS",
    "FLED_CAMP",
    "CALENDAR_WORDS",
    "FUNCTION_WORDS",
    "GLUED_ARTICLES",
    "NAME_CONNECTORS",
    "NEAR_CUES",
    "PEOPLE_WORDS",
    "PLACE_PREFIXES",
    "SENTENCE_END",
    "TITLES",
    "TOWN_WORDS",
    "aimed_at",
    "common_words",
    "cue_before",
    "patron_after",
    "at_border",
    "force_after",
    "people_after",
]

# Lower-case words that may sit inside a multi-word place name.
CONNECTORS = frozenset(
    "al el ad ar as ash at az an adh ez es ed er en de del della di da do dos das du des la le les "
    "of the and bin ibn bani bou abu umm wa y e i na ya wal sur upon au aux".split()
)
# Words after a name that make it a populated place ("Nakuru town").
TOWN_WORDS = frozenset(
    ("town city village township municipality settlement camp".split())
    # A camp for people who fled ("Kakuma refugee camp", "the Bakassi IDP camp") is a settlement too.
    + ["refugee camp", "refugees camp", "idp camp", "idps camp", "displacement camp", "transit camp",
       "refugee settlement", "displacement site", "idp site", "idps site"]
)
# The unit word of a camp or site for people who fled, after its name ("Kalma IDP camp", "the Plaine
# Savo displacement site", "Balukhali refugee camp"): the name is the settlement's.
FLED_CAMP = (
    r"(?:IDPs?|[Rr]efugees?|[Dd]isplacement|[Dd]isplaced (?:[Pp]ersons|[Pp]eople)['’]?s?)\s+"
    r"(?:[Cc]amps?|[Ss]ites?|[Ss]ettlements?)"
)
# Capitalised words after a place that keep it a place inside a longer name
# ("Garissa University", "Mombasa Road", "Nairobi Governor").
FACILITY_WORDS = frozenset(
    """road street avenue highway airport airstrip hospital market stadium university college school
    prison camp bridge estate station mosque church cathedral base barracks hotel mall park forest hill
    hills valley river lake mountain dam port harbour harbor border crossing junction bus terminal square
    centre center police court county town city village governor government assembly council mp senator
    mca constituency ward division location area refugee idp military army chief commissioner commander
    residents youth youths municipality province region district state governorate oblast sub slum
    slums security forces operation offensive massacre attack bombing clashes protest protests elders
    community communities people herders militia militias high secondary primary technical national
    general teaching referral boys girls polytechnic institute training stage lodge hall house club
    centre center island islands peninsula coast beach bay gate stage farm ranch plantation factory
    industrial hq hqs headquarters office offices plateau conservancy reserve sanctuary escarpment
    refinery plant oilfield airbase range penitentiary jail arena palace embassy""".split()
)
# Capitalised words before a place that belong to its name or locate within it.
# Words after a place name that make it an ethnonym or group label ("Pokot raiders",
# "Kikuyu youths", "Kurdish fighters"): the name then says who, not where.
PEOPLE_WORDS = frozenset(
    """youth youths herders herdsmen raiders militia militias militiamen community communities elders
    fighters gunmen tribesmen pastoralists clan clans warriors morans bandits rustlers tribe tribes
    politicians leaders mps supporters rebels insurgents militants separatists nationals refugees
    migrants immigrants men women boys girls man woman boy girl child children family families
    refugee nationals national citizen citizens descent origin businessman businessmen businesswoman
    trader traders farmer farmers
    forces troops soldiers military army navy marines warplanes jets aircraft drones drone missiles
    missile rockets artillery police officials authorities diplomats""".split()
)
# "Kibbutz Be'eri", "Moshav Netiv HaAsara": a settlement's kind written before its name, as "Camp" is.
PLACE_PREFIXES = frozenset("lake mount mt camp port fort greater old new upper lower kibbutz moshav".split())
TITLES = frozenset(
    """president minister governor general mr mrs ms dr sheikh imam bishop pastor senator mp mca captain
    colonel major lieutenant sergeant corporal inspector commissioner director secretary chairman chief
    king queen prince sultan emir judge justice professor prof sir lord lady saint st""".split()
)
# Locative cue words before a name, and how strongly they say "the event happened here".
CUES: dict[str, int] = {
    "in": 2, "at": 2, "near": 2, "outside": 2, "outskirts of": 2, "around": 2, "inside": 2,
    "into": 2, "on": 1, "across": 2, "within": 2, "north of": 2, "south of": 2, "east of": 2,
    "west of": 2, "km from": 2, "kilometres from": 2, "kilometers from": 2, "miles from": 2,
    "between": 2, "northwest of": 2, "northeast of": 2, "southwest of": 2,
    "southeast of": 2, "province of": 2, "town of": 2, "city of": 2, "village of": 2, "district of": 2,
    "region of": 2, "county of": 2, "of": 1, "from": 0, "to": 0, "towards": 0, "toward": 0,
    "via": 0, "for": 0, "against": 0,
    # Coders' notes say outright which place they coded: "(coded as Kutu, Kirinyaga County)",
    # "(coded to Al-Baghdadi)", "coordinates for Sigor, West Pokot, used", "LOCATION: Kenana Village".
    "coded as": 3, "coded at": 3, "coded in": 3, "coded to": 3, "coordinates for": 3, "coordinates of": 3,
    "location:": 3, "locations:": 3,
}
# Cues that put the event close to, not in, the named place (ACLED geo-precision 2).
NEAR_CUES = frozenset(
    {"near", "outside", "outskirts of", "around", "north of", "south of", "east of", "west of",
     "km from", "kilometres from", "kilometers from", "miles from", "between",
     # "40 nautical miles southwest of Aden": a compound direction, as "west of"
     "northwest of", "northeast of", "southwest of", "southeast of"}
)
_NEAR_OF = frozenset({"outskirts of", "north of", "south of", "east of", "west of", "coordinates of", "northwest of",
                      "northeast of", "southwest of", "southeast of"})
_CUE = re.compile(
    r"(?:^|\W)("
    + "|".join(sorted((re.escape(c) for c in CUES), key=len, reverse=True))
    + r")(?:\s+(?:the|a|southern|northern|eastern|western|central|north|south|east|west|"
    r"restive|remote|neighbouring|neighboring|nearby|coastal|border|rural|troubled|"
    r"northeastern|northwestern|southeastern|southwestern)){0,3}\s+$",
    re.IGNORECASE,
)
# Capitalised words that never continue a place name: "Moyale Monday", "Murang'a Thursday".
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec christmas easter ramadan eid""".split()
)
# Words that start sentences in capitals without being names ("In Mombasa, ...").
FUNCTION_WORDS = frozenset(
    """a an the in on at of for from to by with and but or as after before during near outside when
    while since between into over under against about around across along this that these those his
    her their its our my it he she they we i there here some many several one two three four five six
    seven eight nine ten no not more most other another all both each every few such what which who
    whom whose where how why if then than so also only just yet still even later earlier meanwhile
    however although though because today yesterday tomorrow last next following on upon despite
    amid amidst among within without unidentified suspected unknown armed angry local""".split()
)
# One name of a list, right before another: "Dabaso, " or "Kiambere (" or "Bendera village in ".
_LISTED_NAME = re.compile(
    r"(?<![\w'’])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
    r"(?: (?:village|town|area|estate|location|market|camp|ward|sub-county|division))?"
    r"(?:, | \(| in | of | near )$"
)
_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s*|[\n\r]\s*)[\"'“‘(\[]*\s*$")

# Connectors that only ever sit inside names ("Dar es Salaam"); English look-alikes such as
# "as", "at", "an" count only when glued with a hyphen ("Ras al-Ain").
NAME_CONNECTORS = frozenset("al el ez es ed bin ibn bani abu umm de del della".split())
GLUED_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Keys that are ordinary words or personal names far more often than places."""
    return frozenset(row[0].strip() for row in read_table("common_words.txt"))


# A direction before "the port of", "the town of": the place is where someone went or came from
# ("the road to the port of Umm Qasr", "fighters from the town of Jarabulus").
_DIRECTED = re.compile(
    r"(?:^|\W)(to|towards?|from|via)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)

# A name that people came from or went to, right before "in" and the unit holding it.
_ORIGIN = re.compile(
    r"(?:^|\W)(from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:(?:village|town|area|district|county|location|ward|camp|estate|market)\s+)?$"
)

_ORIGIN_PAIR = re.compile(r"(?:^|\W)from\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}and\s+$")


# The last word before a cue-bearing name can only be one of these: a cue's last word, a word
# the cue pattern lets sit between cue and name, or the "and" of "from X and". Most capitalised
# words follow none of them ("said Mohamed"), and are answered without the patterns.
_CUE_LAST_WORDS = frozenset(
    word for cue in CUES for word in cue.split()[-1:]
) | frozenset(
    """the a southern northern eastern western central north south east west restive remote neighbouring
    neighboring nearby coastal border rural troubled northeastern northwestern southeastern southwestern
    and in of near""".split()
)
_LAST_WORD = re.compile(r"[A-Za-z]+$")


@lru_cache(maxsize=16384)  # each event's locating asks again about the article's places
def cue_before(text: str, start: int) -> str:
    """The locative cue word right before position ``start`` ("in", "near", "outskirts of"), or "".

    A list of names in between passes the cue on: in "in Watamu, Dabaso, Kilifi" every name
    has the cue "in". A unit "of" after a direction takes the direction's cue: "to the port of".
    """
    if start <= 0:
        return ""
    previous = text[start - 1]
    if previous.isspace():
        end = start - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end > 0 and text[end - 1].isalpha() and text[end - 2 : end - 1] not in ("'", "’"):
            word = _LAST_WORD.search(text, max(0, end - 24), end)
            if word is None or word.group().lower() not in _CUE_LAST_WORDS:
                return ""
    elif previous != "(":
        return ""  # "al-Bab", "Kenya's": no cue ends right before a name without a space
    return _cue_before(text, start)


def _cue_before(text: str, start: int) -> str:
    """The locative cue word right before position ``start`` ("in", "near", "outskirts of"), or "".

    A list of names in between passes the cue on: in "in Watamu, Dabaso, Kilifi" every name
    has the cue "in". A unit "of" after a direction takes the direction's cue: "to the port of".
    """
    if _ORIGIN_PAIR.search(text, max(0, start - 64), start):
        return "from"  # "herders from Isiolo and Marsabit"
    owned = False
    for _ in range(4):
        match = _CUE.search(text, max(0, start - 48), start)
        if match:
            cue = match.group(1).lower()
            if owned and CUES.get(cue, 0) < 2:
                return ""  # "the University of Nairobi's Kabete campus": an owner's weak cue says nothing
            if cue == "in":
                # "raiders from Masol village in West Pokot": the division holding where people
                # came from is no more where the event was than the village.
                origin = _ORIGIN.search(text, max(0, match.start(1) - 64), match.start(1))
                if origin:
                    return origin.group(1).lower()
            if cue == "of" or cue.endswith(" of") and cue not in _NEAR_OF:
                directed = _DIRECTED.search(text, max(0, match.start(1) - 32), match.start(1))
                if directed:
                    return directed.group(1).lower()
            return cue
        listed = _LISTED_NAME.search(text, max(0, start - 40), start)
        if not listed and text[start - 3 : start - 1] in ("'s", "’s"):
            listed = _OWNER.search(text, max(0, start - 48), start)
            owned = owned or listed is not None
        if not listed:
            return ""
        start = listed.start()
    return ""


# A place owning the name after it: "in Nangarhar's Achin district", "in Nigeria's Borno state":
# the cue before the owner is the named place's too.
_OWNER = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?: (?:province|district|region|state|county|governorate))?['’]s $"
)


# A compound after a name that makes its country a patron or maker: "Iran-backed militias",
# "Saudi-led coalition aircraft", "Turkish-backed fighters", "Russian-made missiles". Such a
# country says who stands behind the act, never where it happened.
_PATRON = re.compile(
    r"\s?-\s?(?:backed|led|allied|aligned|affiliated|supported|sponsored|funded|financed|trained|armed|"
    r"brokered|made|built|supplied|owned|flagged|registered)\b",
    re.IGNORECASE,
)


def patron_after(text: str, end: int) -> bool:
    """True when a patron's compound follows position ``end`` ("Iran-backed", "Saudi-led")."""
    return _PATRON.match(text, end) is not None


# A border after a country or its people ("near the Jordanian border", "the Syria-Turkey border") or
# before it ("the border with Syria"): the country lies across it, so it says nothing of which side
# the event is on.
_BORDER_AFTER = re.compile(r"(?:\s?[-–]\s?[A-Z][\w'’]*)*(?:['’]s)?\s+(?i:border|frontier)s?\b")
_BORDER_BEFORE = re.compile(r"\b(?i:borders?\s+(?:with|of))\s+(?:the\s+)?$")


def at_border(text: str, start: int, end: int) -> bool:
    """True when a border follows or precedes the name at ``start``-``end`` ("the Jordanian border")."""
    before = _BORDER_BEFORE.search(text, max(0, start - 24), start)
    return _BORDER_AFTER.match(text, end) is not None or before is not None


# An armed unit named after a town: "the Radaa force", "Misrata brigades", "Zintan militias". The town
# says who the fighters are, not where they fought.
_FORCE_AFTER = re.compile(r"\s+(?:force|forces|brigade|brigades|battalion|battalions|militia|militias)\b")


def force_after(text: str, end: int) -> bool:
    """True when a lower-case word for an armed unit follows position ``end`` ("Radaa force")."""
    return _FORCE_AFTER.match(text, end) is not None


def people_after(text: str, end: int) -> bool:
    """True when a people word follows position ``end`` ("Pokot raiders", "Somali refugees")."""
    match = _NEXT_WORD.match(text, end)
    return bool(match) and match.group(1).lower() in PEOPLE_WORDS


# Fire aimed at a place: "fired rockets from the Gaza Strip towards Sderot", "launched drones at Jizan". ACLED
# codes such fire where it lands, whatever country the group firing it and its launch site are in.
_FIRED_AT = re.compile(
    r"\b(?:fired|fires|firing|launched|launches|launching|lobbed|rockets?|missiles?|shells?|mortars?|drones?|"
    r"projectiles?)\b[^.;]{0,80}?\b(?:at|towards?|into|on)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def aimed_at(text: str, start: int) -> bool:
    """Whether the text names the place opening at ``start`` as where fire was aimed.

    Example:
        >>> aimed_at("Rockets were fired from Gaza towards Sderot.", 37)
        True
    """
    return _FIRED_AT.search(text, max(0, start - 120), start) is not None
