"""Pick the place where one event happened from the places an article mentions.

The event's own span comes first: among the places inside it, the smallest unit wins (town >
district > province > country), a locative cue ("in", "near") beats none, and "from"/"to" count
least; ties go to the earliest. With no place in the span, the article's focus stands in: its
dateline, else its most-mentioned place. A dateline the cleaner left in the text ("MOGADISHU, Aug
3 2019 (AFP) -") counts as the dateline, not as a place in the lead's event. Demonyms ("Iraqi troops") are a last resort, because
they name who acted, not where. A country named as the other side of a border or where people
came from or fled to never locates the event. With a country assumed for the article (``home``),
another country's nationality ("Somali militiamen") or a country named without "in" ("protest
against attacks on Somalia") locates nothing either: such an event is in the assumed country.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from wirecoder.dates.readings import summary_heading
from wirecoder.model import Place
from wirecoder.places.cues import CUES, TOWN_WORDS, aimed_at, cue_before, people_after
from wirecoder.places.groups import in_group_name
from wirecoder.actors.possessors import CAPITALS
from wirecoder.places.landmarks import landmark, possessives
from wirecoder.places.focus import LEVEL, dateline_end, dominant_country, focus
from wirecoder.places.names import ADMIN_SUFFIXES
from wirecoder.places.notes import CODED, HINT_WORDS, coded_precision, in_cause
from wirecoder.places.usable import usable_places

__all__ = ["locate_event", "told_before"]

# After a place: a capitalised word (it opens a longer name, "Kenya Police") or a hyphenated
# modifier ("Nairobi-bound", "Iran-backed"): either way the place does not locate the event.
# A unit word after the place ("Mwingi Town", "Turkana District") closes its name, not a longer
# one; not "Zone", which more often names a part of a city ("the Green Zone") than a division.
# A river written in lower case names the water, not the town ("withdrew across the Dnipro river").
_NAME_TAIL = re.compile(
    r"(?: (?!(?:" + "|".join(sorted(w.title() for w in {*ADMIN_SUFFIXES, *TOWN_WORDS} - {"zone"} if " " not in w))
    + r")\b)[A-Z][a-z]|-[a-z]| river(?:'s|bank|bed)?\b)"
)

# A river named after a place ("crossed the Ruvuma River from Mozambique", "along the Shabelle river") is
# water, not the region or town: it does not locate the event (ACLED codes a town on its bank).
_RIVER_AFTER = re.compile(r" [Rr]iver(?:'s|bank|bed)?\b")

# A site that stands at the place it is named after, where events happen ("near Bagram Air Base",
# "the Kirkuk Airport"): unlike "Kenya Police", it locates like the place. Not a police station,
# named as often for whose officers acted ("by Kikuyu Police Station officers").
_SITE_TAIL = re.compile(
    r" (?:Air ?[Bb]ase|Air ?[Ff]ield|Airfield|Airbase|Airport|Airstrip|Military Base|Army Base|Barracks|"
    r"Prison|Market|Refinery)\b"
)

# Between a place and the unit holding it: "Kafr Nabl in southern Idlib", "Sori, Migori".
_HELD_BY = re.compile(
    r"^(?:,|\(|\s|\b(?:in|of|the|near|town|village|area|district|county|province|region|"
    r"governorate|state|northern|southern|eastern|western|central|north|south|east|west)\b)*$"
)


def _cue(text: str, place: Place, places: Sequence[Place]) -> int:
    """How strongly the words before ``place`` locate an event there; a place named just before
    the unit holding it ("Kafr Nabl in southern Idlib") shares that unit's cue, and a landmark
    for the place before it ("the Nehm district east of Sanaa") locates nothing."""
    if place.start < 0:
        return 1
    word = cue_before(text, place.start)
    if landmark(text, place, word, places):
        return 0
    cue = CUES.get(word, 1)
    for owner, owned in possessives(text, place, places):
        if owned is place:
            cue = max(cue, CUES.get(cue_before(text, owner.start), 1))
        else:
            return 0  # "in Pulwama's Tral area": Pulwama only says where Tral lies
    if cue == 0 and aimed_at(text, place.start):
        cue = 2  # "rockets fired from Gaza towards Sderot": where the fire landed, not where it came from
    for outer in places:
        if (
            place.end < outer.start <= place.end + 40
            and outer.admin1 == place.admin1
            and outer.country == place.country
            and LEVEL.get(outer.feature or "", 0) <= LEVEL.get(place.feature or "", 0)
            and _HELD_BY.match(text[place.end : outer.start])
        ):
            cue = max(cue, CUES.get(cue_before(text, outer.start), 1))
    return cue


# The rest of a route or frontier named after its ends: "-Nakuru highway", "-Luanda-Busia road",
# " Highway" after "Kericho-Nakuru". The unit word may be capitalised ("Mombasa-Nairobi Highway").
_ROUTE_REST = re.compile(
    r"(?:\s?[-–—]\s?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?)*\s+(?:the\s+)?"
    r"(?i:road|highway|border|boundary|railway|route|corridor|pipeline)s?\b"
)
_ROUTE_JOIN = re.compile(r"\s?[-–—]\s?[A-Z]")


def route_end(text: str, place: Place) -> bool:
    """Whether ``place`` is one end of a route or border named after its ends ("the Garsen-Lamu
    road", "the Kabul-Jalalabad highway", "the Meru-Isiolo border"): the event is somewhere
    along it, not in either town."""
    if place.start < 0:
        return False
    joined_before = place.start >= 2 and text[place.start - 1] in "-–—" or (
        place.start >= 3 and text[place.start - 1] == " " and text[place.start - 2] in "-–—"
    )
    if not joined_before and not _ROUTE_JOIN.match(text, place.end):
        return False
    return bool(_ROUTE_REST.match(text, place.end))


# A route's end locates an event less than a place named on its own; more than nothing.
_ROUTE_PENALTY = 2.0


def _rank(text: str, place: Place, dominant: str | None, places: Sequence[Place] = ()) -> float:
    level = LEVEL.get(place.feature or "", 0)
    if place.feature == "admin2" and place.geo_precision == 1 and _held_by_next(text, place, places):
        level = LEVEL["city"]  # a district named bare, then its province, is read as its town
    cue = _cue(text, place, places)
    if route_end(text, place):
        level -= _ROUTE_PENALTY
    # A place opening a longer capitalised name ("Kenya Police") locates the event weakly.
    people = place.start >= 0 and people_after(text, place.end)
    in_name = place.start >= 0 and not people and (bool(_NAME_TAIL.match(text, place.end))
                                                  and not _SITE_TAIL.match(text, place.end)
                                                  or in_group_name(text, place.start, place.end)
                                                  or _site_then_place(text, place, places))
    home = 1.0 if dominant is not None and place.country == dominant else 0.0
    # "Mombasa women protested ... in Kenya": a country yields to a place inside it.
    inside = place.feature == "country" and any(
        p.country == place.country and p.feature in _FINER for p in places
    )
    return level + 1.5 * cue + home - (2.5 if in_name else 1.5 if people else 0.0) - (1.0 if inside else 0.0)


_FINER = frozenset({"city", "admin1", "admin2"})
_HOLDER_GAP = re.compile(r"\s*(?:\(|,|\bin\b)\s*")


def _held_by_next(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether the next name holds ``place``: its province, or a town of it, right after it in
    brackets, after a comma or "in" ("Al Buraiqeh (Aden)", "Likoni, Mombasa", "Westlands in Nairobi")."""
    return any(
        other.start > place.end and other.admin1 == place.admin1 and other.feature in ("city", "admin1")
        and _HOLDER_GAP.fullmatch(text, place.end, other.start) is not None
        for other in places
    )
# A place naming a site that the text then puts in another place: "at the Erawan shrine in Bangkok city",
# "stormed the Nasa-Hablod hotel in Mogadishu", "gathered in Riad al Solh Square in Beirut". The site's name
# says nothing of where it stands (a market's does: "Kiganjo market in Gatundu South" is in Kiganjo).
_SITE_THEN_PLACE = re.compile(
    r"(?:[\s-](?:[A-Z][\w'’-]*|al|el|ad|ar|ash|az|ibn|bin|de|del|la)){0,3}\s+(?i:shrine|temple|mosque|"
    r"church|cathedral|monastery|hotel|club|hall|restaurant|cafe|school|college|university|hospital|bank|embassy|"
    r"consulate|stadium|palace|square|plaza)\s+(?:in|at)\s+(?:the\s+)?$"
)


def _site_then_place(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether ``place`` names a site the text puts in another place right after it."""
    return place.start >= 0 and any(
        place.end < other.start <= place.end + 60 and other.feature in _FINER
        and _SITE_THEN_PLACE.fullmatch(text, place.end, other.start)
        for other in places
    )


def _plain_cue(text: str, place: Place) -> int:
    """The strength of the cue word right before ``place`` (1 for the dateline)."""
    return CUES.get(cue_before(text, place.start), 1) if place.start >= 0 else 1


# A sentence that turns to another event: the place told before it is not its place.
_TURN = re.compile(r"\s*(?:separately|elsewhere|meanwhile|in other news|in another|in a separate|also on|earlier|"
                   r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|last (?:week|month))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def told_before(text: str, start: int, end: int, places: Sequence[Place]) -> Place | None:
    """The place the sentence before ``text[start:end]`` names, for an event whose own sentence names
    none and goes on with it ("Angry residents set fire to the town hall in Beni. One protester was
    shot dead."), or None when the sentence turns to another event ("Separately, ...")."""
    if _TURN.match(text, start, end):
        return None
    head = dateline_end(text)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(head, start - 400), start + 1)]
    if not ends:
        return None
    previous = ends[-2] if len(ends) > 1 else max(head, start - 400)
    # a place the event was in, at or near ("in Beni", "near the village of Katari"), not a route's end
    told = [p for p in places if previous <= p.start < ends[-1] and p.start >= head and p.feature in _FINER
            and _plain_cue(text, p) >= 2]
    return dataclasses.replace(told[-1], reason=f"no place in the event's text; the sentence before: {told[-1].reason}") \
        if told else None


_TOWN_AFTER = re.compile(r" (?:[Tt]own|[Cc]ity|[Mm]unicipality)\b")


def _inside_scene(text: str, start: int, best: Place, located: Sequence[Place]) -> Place:
    """A town or district the sentence puts the event in, inside the province its opening names as the scene
    ("In Pattani, police defused a pipe bomb ... in Khok Pho district"): ACLED codes the finer place."""
    opening = _SCENE_OPENING.match(text, start)
    if opening is None or not start <= best.start < opening.end() or best.feature not in ("city", "admin1") \
            or _TOWN_AFTER.match(text, best.end):
        return best  # "In Isiolo Town, ...": the scene is a town, not the province
    inner = [p for p in located if p.start >= opening.end() and p.feature in ("city", "admin2")
             and (p.country, p.admin1) == (best.country, best.admin1) and p.location != best.location
             and not (p.location or "").startswith(best.location or "")  # "Isiolo North": the scene's own part
             and _plain_cue(text, p) >= 2]
    return inner[0] if inner else best


# A sentence that opens on a place of its own ("In Mandalay, police ..."): a scene of its own.
_SCENE_OPENING = re.compile(r"\s*[\"'“‘(]?\s*(?:In|At|Near)\s+(?:the\s+)?[A-Z][^,.;]{0,40},")


def _other_scene(text: str, place: Place, start: int, end: int, head: int) -> bool:
    """Whether ``place``, outside the event's text ``text[start:end]``, sits in a sentence that
    turns to another event ("Separately, ...", "In Mandalay, police ...")."""
    if start <= place.start < end:
        return False
    opening = max([head, *(m.end() for m in _SENTENCE_END.finditer(text, head, place.start + 1))])
    return bool(_TURN.match(text, opening) or _SCENE_OPENING.match(text, opening))


# "the northern Mozambican town of Palma": the nationality says whose town it is.
_OWNED_BY = re.compile(
    r"^\s+(?:town|city|village|port|district|province|region|capital|state|county|settlement)\s+of\s+$", re.I
)


# A part of a city named as such: "in the Besiktas neighborhood of Istanbul city".
_QUARTER_OF = re.compile(
    r"\s+(?:neighbou?rhood|district|area|quarter|section|suburb|sector|locality)\s+of\s+(?:the\s+)?", re.I
)


def _summary_quarter(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether an incident summary names ``place`` as a part of the city right after it: the Global
    Terrorism Database codes the city ("the Sheikh Othman district of Aden city" is Aden), where a
    coder's note may code the neighbourhood itself."""
    if place.start < 0 or not summary_heading(text):
        return False
    quarter = _QUARTER_OF.match(text, place.end)
    return quarter is not None and any(
        other.start == quarter.end() and other.feature == "city" and other.country == place.country for other in places
    )


def _disowned(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether a nationality right before "town of" names another country than the place's reading
    (Palma, Spain in "the northern Mozambican town of Palma"): better the country than a wrong continent."""
    return any(
        d.feature == "demonym" and d.country and d.country != place.country
        and 0 <= place.start - d.end <= 25 and _OWNED_BY.match(text[d.end : place.start])
        for d in places
    )


# An Arabic name going on past the match ("Ain al-Asad air base"): the gazetteer matched its first word.
_NAME_GOES_ON = re.compile(r"\s+(?:al|el|ad|ash|as|az|at|ar|an|ud|ul|bin|ibn|abu)-\w", re.I)


def _cut_short(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether the match is the first word of a longer Arabic name and its reading lies outside the
    article's main country ("Ain al-Asad air base in Iraq's Anbar" is not Ain, France)."""
    if place.start < 0 or not _NAME_GOES_ON.match(text, place.end):
        return False
    main = dominant_country(places)
    return main is not None and place.country != main


# After a country's name: it stands for its people or forces ("US troops", "Saudi-led").
_PARTY_AFTER = re.compile(
    r"(?:\s+(?:troops|soldiers|forces|police|army|military|warplanes|jets|aircraft|drones|officials|"
    r"diplomats|embassy|government|navy|air\s+force)\b|-(?:led|backed|based|made|trained)\b)",
    re.IGNORECASE,
)


# After a capital standing for its state: "Moscow's forces", "Kyiv's troops", "Tehran-backed militias".
_STATE_AFTER = re.compile(
    r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:troops|soldiers|forces|army|military|warplanes|jets|aircraft|drones|"
    r"missiles?|units|navy|air\s+force|artillery|offensive|government|regime)\b|-(?:led|backed|aligned|allied)\b)"
)


def _as_people(text: str, place: Place) -> Place:
    """A country named as the people or forces who acted ("US troops killed ...") counts as a
    nationality, not as where: a dateline's city then stays the article's place. So does a capital
    standing for its state ("Moscow's forces shelled Kherson")."""
    if place.feature == "country" and place.start >= 0 and (
        people_after(text, place.end) or _PARTY_AFTER.match(text, place.end)
    ):
        return dataclasses.replace(place, feature="demonym")
    capital = place.start >= 0 and text[place.start : place.end].casefold() in CAPITALS
    if capital and _STATE_AFTER.match(text, place.end):
        return dataclasses.replace(place, feature="demonym")
    return place


def locate_event(
    text: str, start: int, end: int, places: Sequence[Place], home: str | None = None, usable: bool = False
) -> Place | None:
    """The place for the event evidenced by ``text[start:end]`` (see the module docstring);
    ``home`` is the country assumed for the article, if any. ``usable`` says ``places`` are
    already :func:`usable_places` (the filter is the costly part for an article of many events)."""
    if not usable:
        places = usable_places(text, places, home)
    head = dateline_end(text)
    # A coder's own note of the place coded ("coordinates for Ol Moran, Laikipia, used", "coded
    # as Sipili") settles it, whichever sentence of the note it sits in.
    hinted = [
        p for p in places if p.start >= head and p.feature in _FINER and cue_before(text, p.start) in CODED
    ] if HINT_WORDS.search(text) else []
    if hinted:
        dominant = dominant_country(places)
        best = max(hinted, key=lambda p: (_rank(text, p, dominant, hinted), -p.start))
        return dataclasses.replace(
            best, geo_precision=coded_precision(text, best), reason=f"the place the note says it coded: {best.reason}"
        )
    places = [p for p in places if not _disowned(text, p, places) and not _cut_short(text, p, places)
              and not _summary_quarter(text, p, places)]
    inside = [p for p in places if p.start >= head and start <= p.start < end]
    located = [p for p in inside if _as_people(text, p).feature != "demonym" and not _RIVER_AFTER.match(text, p.end)]
    located = [p for p in located if not in_cause(text, p, located)] or located
    if located:
        dominant = dominant_country(places)
        best = max(located, key=lambda p: (_rank(text, p, dominant, located), -p.start))
        best = _inside_scene(text, start, best, located)
        if best.feature == "country":
            # "Riots broke out across Kenya ... (Nakuru town specifically)", "into Kenya from Ethiopia.
            # Mandera is ...": the event's text names only the country; a place the article names in
            # it is finer, and ACLED codes the finest place a report gives.
            finer = [p for p in places if p.start >= head and p.country == best.country and p.feature in _FINER
                     and _plain_cue(text, p) > 0]
            main = focus(finer, head) if finer else None
            if main is not None:
                return dataclasses.replace(
                    main, reason=f"only its country in the event's text; the article's place there: {main.reason}"
                )
        if best.feature == "admin1":
            # "along the Kibaoni-Mpeketoni road in Lamu county": an end of the route inside the
            # province is finer than the province, and no guess about which province.
            ends = [p for p in located if p.feature == "city" and p.admin1 == best.admin1
                    and p.country == best.country and route_end(text, p)]
            best = ends[-1] if ends else best
        if best.feature == "admin1":
            # "killed four soldiers in Cauca province ... The soldiers were patrolling near the town
            # of Suarez": the one town (or district) the article puts the event in or near, inside
            # the province, is finer; ACLED codes the finest place a report gives.
            towns = [p for p in places if p.start >= head and p.feature in ("city", "admin2") and p.admin1 == best.admin1
                     and p.country == best.country and _plain_cue(text, p) >= 2 and not route_end(text, p)
                     and not _other_scene(text, p, start, end, head)]
            if towns and len({p.location for p in towns}) == 1:
                return dataclasses.replace(
                    towns[0], reason=f"only its province in the event's text; the article's town there: {towns[0].reason}"
                )
        return dataclasses.replace(best, reason=f"in the event's text: {best.reason}")
    # Where people came from or went ("herders from Garissa", "a bus bound for Mandera") is the
    # article's focus only when nothing else is named.
    main = focus([_as_people(text, p) for p in places if _plain_cue(text, p) > 0] or places, head)
    if main is not None and main.feature == "country":
        # "A Kenyan official says ... went off in a field. Mandera Governor Ali Roba ... Kenya":
        # a country named most often yields to a place the article names inside it.
        finer = [p for p in places if p.start >= head and p.country == main.country and p.feature in _FINER
                 and _plain_cue(text, p) > 0]
        main = focus(finer, head) or main
    if main is not None and main.feature != "demonym":
        return dataclasses.replace(main, reason=f"no place in the event's text; article focus: {main.reason}")
    # Of several nationalities, the last is likelier the victims' or the place's ("Tanzanian
    # gunmen killed two Kenyan herders").
    chosen = inside[-1] if inside else main
    if chosen is None:
        return None
    return dataclasses.replace(chosen, reason=f"only a nationality is named: {chosen.reason}")
