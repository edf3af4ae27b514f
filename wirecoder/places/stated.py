"""What the text says a town lies in: "Kapedo in Tiaty, Baringo county", "Palma (Cabo Delgado)",
"Palma, Mozambique", "Mindat township (Chin)".

Copy and coders' notes put a town in its division or country right after its name. The
gazetteer's boundaries may be old, so a town named in a neighbouring division of its own country
takes that division. A town whose every reading lies outside the stated unit is a namesake: the
place meant is one the gazetteer lacks, coded in the stated division at precision 2 (or, for a
country, with the country only), under the name the text gives; at precision 1 when a coder's
note puts the division in brackets ("Kreinik (West Darfur)"): ACLED's notes name so the places
the coder located (on the Kenya notes, 58 of 83 bracketed locations are coded 1, most others
"near"). "Dansadau (Maru, Zamfara)" names the village, its district's town and the province: the
village is coded at that town. A name the gazetteer does not
know at all, with a locative cue or a unit word, is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.places.context import Context, Resolution, distance_km
from wirecoder.places.cues import cue_before
from wirecoder.places.holders import LIST_BEFORE, as_namesake, holds, next_stated, stated_division, stated_holder
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer
from wirecoder.places.names import fold
from wirecoder.places.mention import Mention
from wirecoder.places.unlisted import unlisted_towns
from wirecoder.places.unknown import unknown_named_towns

__all__ = ["stated_places", "units_abroad"]

_ROAD_ENDS = re.compile(r"[-–—/]|\bto\b")
# How far a town may lie from the division the text puts it in for the text to be believed.
_STATED_KM = 150.0

# A name ending in the kind of site a town holds: the town the text puts it in is the place.
_SITE = re.compile(
    r"\s(?:Square|Church|Cathedral|Mosque|Shrine|Synagogue|Temple|Market|Bazaar|Street|Avenue|Road|Bridge|"
    r"Hospital|Hotel|Stadium|Park|Palace|Tower|Airport|University|School|Prison|Roundabout)$"
)


def stated_places(
    gazetteer: Gazetteer, text: str, results: Sequence[Resolution], kept: list[Resolution], context: Context
) -> list[Resolution]:
    """``kept`` with the divisions the text states for its towns applied (see the module), in
    the order of ``results``; a town dropped for a namesake abroad comes back in its stated unit."""
    chosen = {id(r.mention): r.entry for r in kept}
    kept_ids = {id(r.mention) for r in kept}
    starts = {r.mention.start: r.mention for r in kept}
    out = []
    for r in results:
        if _site_of_next(text, r, starts):
            continue  # "in Dehmazang square, Kabul city": a site of the town named after it
        abroad = _namesake_abroad(gazetteer, text, r, chosen, context, starts)
        if abroad is not None and (_SITE.search(r.mention.text) or _named_site(text, r.mention)):
            continue  # "Tahrir Square in Baghdad", "the Serail in Tripoli": a site of the town that follows
        if abroad is not None:
            out.append(abroad)
        elif id(r.mention) in kept_ids:
            out.append(_stated_division_of(gazetteer, text, r, chosen, context, starts))
    kept = unlisted_towns(gazetteer, text, results, out, context)
    return _capitals(gazetteer, text, unknown_named_towns(gazetteer, text, results, kept))


def _named_site(text: str, mention: Mention) -> bool:
    """Whether a name the text puts in a place, with no reading there, is "the X in Y": a building
    or site of that place ("at the Serail in Tripoli", "the Kasbah in Algiers"). A village bears
    no article."""
    return text[max(0, mention.start - 4) : mention.start] == "the " and text.startswith(" in ", mention.end)


# A site word written after a name, then the place holding the site: "in Dehmazang square, Kabul city",
# "near the Nabi Yunus shrine in Mosul" (capitalised, the site is part of the name: see _SITE).
_SITE_AFTER = re.compile(
    r"\s+(?:square|mosque|church|cathedral|shrine|temple|hospital|hotel|stadium|bridge|roundabout|university|"
    r"airport|prison)(?:\s*,\s*|\s+in\s+)(?:the\s+)?"
)


def _site_of_next(text: str, r: Resolution, starts: dict[int, Mention]) -> bool:
    """Whether ``r`` names a site ("Dehmazang square") that the place kept right after it holds."""
    if r.mention.start < 0:
        return False
    site = _SITE_AFTER.match(text, r.mention.end)
    return site is not None and site.end() in starts and starts[site.end()] is not r.mention


# Inside brackets, a unit followed by the one holding it: "(Western, Tigray)", "(Mayo-Sava, Extreme-Nord)".
_INNER_UNIT = re.compile(r"\(\s*(?:[A-Z][\w'’]*-)?$")
_INNER_NEXT = re.compile(r"\s*,\s*")


def units_abroad(gazetteer: Gazetteer, text: str, results: Sequence[Resolution], context: Context) -> frozenset[int]:
    """The mentions (by id) opening a bracketed "(district, province)" read in another country
    than the province ("Mai Kadra (Western, Tigray)": no Western of Ethiopia, so not American
    Samoa's; "Kolofata (Mayo-Sava, Extreme-Nord)": not Madagascar's Sava). Each is a district the
    gazetteer lacks: it is no place, and vetoes nothing (the place before the brackets is the
    province's)."""
    found = set()
    for r in results:
        mention = r.mention
        if mention.start < 0 or not _INNER_UNIT.search(text, max(0, mention.start - 24), mention.start) \
                or not _INNER_NEXT.match(text, mention.end):
            continue
        outer = next_stated(gazetteer, context.chosen, context, mention)
        if outer < 0 or gazetteer.kinds[outer] == COUNTRY:
            continue
        division = outer if gazetteer.kinds[outer] != CITY else stated_division(gazetteer, outer)
        country = gazetteer.country[outer]
        if division >= 0 and gazetteer.country[r.entry] != country \
                and not any(gazetteer.country[hit.entry] == country for hit in mention.hits):
            found.add(id(mention))
    return frozenset(found)


# Names joined in a list: "Jaffrabad and Maujpur", "Tondibi, Kouri and Sansane"; the names the gazetteer
# lacks up to the brackets closing the list.
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_TO_BRACKETS = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}){1,4}(?=\s*\(\s*)"
)


def _after(text: str, mention: Mention, context: Context, by_start: dict[int, Mention]) -> list[tuple[Mention, int]]:
    """The names after ``mention`` that may state its unit, each with where the gap to it opens: the
    next name, and across a list the brackets close ("in Jaffrabad and Maujpur (North East Delhi, Delhi)":
    ACLED's notes put the units of every town of the list after the last), those after the list's last."""
    found: list[tuple[Mention, int]] = []
    current = mention
    for _ in range(4):  # a list of a few towns
        following = [other for other, after in context.neighbours.get(id(current), ()) if after]
        if not following:
            break
        found.extend((other, current.end) for other in following
                     if current is mention or text[current.end : other.start].lstrip().startswith("("))
        if following[0].start < 0 or not _LIST_JOIN.fullmatch(text, current.end, following[0].start):
            break
        current = following[0]
    listed = _LIST_TO_BRACKETS.match(text, current.end) if current.start >= 0 else None
    if listed is not None:  # towns the gazetteer lacks between the last name read and the brackets
        opening = text.index("(", listed.end()) + 1
        inside = by_start.get(opening + len(text[opening:]) - len(text[opening:].lstrip()))
        if inside is not None:
            found.append((inside, listed.end()))
    return found


def _namesake_abroad(
    gazetteer: Gazetteer, text: str, r: Resolution, chosen: dict[int, int], context: Context,
    starts: dict[int, Mention],
) -> Resolution | None:
    """"Palma, Mozambique", "Kani (Sagaing)": a town none of whose readings lies in the unit the
    text puts it in, read in another country. It is a place of the stated unit the gazetteer
    lacks (never the namesake abroad); None when that does not apply."""
    mention = r.mention
    if mention.start < 0 or r.demonym or gazetteer.kinds[r.entry] not in (CITY, ADMIN1, ADMIN2):
        return None
    owner = _owner_before(gazetteer, text, mention, chosen, starts)
    if owner is not None:  # "Chad's Lake province": no Lake of Chad, so not Florida's
        holder = chosen[id(owner)]
        if gazetteer.country[holder] == gazetteer.country[r.entry] \
                or any(holds(gazetteer, holder, hit.entry) for hit in mention.hits):
            return None
        return as_namesake(gazetteer, r, holder, owner, f"no {mention.text} there", False)
    if gazetteer.kinds[r.entry] == ADMIN1:
        return None
    for other, end in _after(text, mention, context, starts):
        if text.startswith(("'s ", "’s "), other.end):
            # "Palma in Mozambique's Cabo Delgado province": the unit after the possessive.
            other = starts.get(other.end + 3, other)
        stated = chosen.get(id(other), -1)
        if stated < 0 or other.start < 0:
            continue
        holder = stated_holder(gazetteer, text, end, other, stated, chosen, context)
        if holder < 0 and _VILLAGE_BRACKETS.match(text[end : other.start]):
            # "Darey-Daye village (Gorouol, Tillaberi)": a district the gazetteer lacks, then the province
            holder = stated if gazetteer.kinds[stated] == COUNTRY else stated_division(gazetteer, stated)
        bracketed = "(" in text[end : other.start]
        if end != mention.end and holder >= 0 and gazetteer.kinds[holder] == COUNTRY:
            continue  # a country after a list may be the last town's alone ("in Nairobi and Kampala (Uganda)")
        if holder < 0 or gazetteer.country[holder] == gazetteer.country[r.entry] \
                or (LIST_BEFORE.search(text, max(0, mention.start - 8), mention.start) and not bracketed):
            continue  # "in Homs, Hama and Idlib"; but brackets after a list hold all its towns
        if any(holds(gazetteer, holder, hit.entry) for hit in mention.hits):
            continue
        return as_namesake(gazetteer, r, holder, other, f"no {mention.text} there", bracketed)
    return None


# ACLED's "village (district, province)" with a district the gazetteer lacks: "Darey-Daye village (Gorouol, ".
_VILLAGE_BRACKETS = re.compile(
    r"^(?:\s+(?:village|town|locality|area))?\s*\(\s*[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s*,\s*$"
)
# "Chad's Lake province", "in northern Mali's Boni": the country owning the name, right before it.
_OWNER_GAP = re.compile(r"['’]s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                        r"north-?eastern|north-?western|south-?eastern|south-?western|restive|remote)\s+)?$")


def _owner_before(
    gazetteer: Gazetteer, text: str, mention: Mention, chosen: dict[int, int], starts: dict[int, Mention]
) -> Mention | None:
    """The country owning ``mention`` by a possessive right before it ("Chad's Lake province",
    "northern Mali's Boni"), as the unit a namesake abroad is read in; None when none does."""
    gap = _OWNER_GAP.search(text, max(0, mention.start - 24), mention.start)
    if gap is None or mention.start < 0:
        return None
    for other in starts.values():
        entry = chosen.get(id(other), -1)
        if other.end == gap.start() and entry >= 0 and gazetteer.kinds[entry] == COUNTRY:
            return other
    return None


def _stated_division_of(
    gazetteer: Gazetteer, text: str, r: Resolution, chosen: dict[int, int], context: Context,
    by_start: dict[int, Mention],
) -> Resolution:
    """A town the text places in a neighbouring division of the same country ("Kapedo in Tiaty,
    Baringo county", "Thika town, Kiambu") takes that division: the gazetteer's boundaries may
    be old. A town of the name far outside the stated division is a namesake ("Sankuri (Lamu
    county)" read as the Sankuri 300 km away): the event is coded in the division, precision 2."""
    entry = r.entry
    if gazetteer.kinds[entry] == ADMIN1 and not r.demonym:
        return _division_in_division(gazetteer, text, r, chosen, context)
    own = gazetteer.admin1[entry] if gazetteer.kinds[entry] == CITY else -1
    if own < 0 or gazetteer.anchor[own] == entry or r.demonym:
        return r
    for other, end in _after(text, r.mention, context, by_start):
        stated = chosen.get(id(other), -1)
        if stated < 0 or _ROAD_ENDS.search(text[end : other.start]):
            continue  # "the Kikuyu-Dagoretti road" names two ends, not a town in a district
        division = stated_division(gazetteer, stated)
        point = -1
        if division < 0:
            # ACLED's "Gidan Maiwada (Maru, Zamfara)": a town, then its district's name and
            # its province. The district's town is where the text puts it.
            outer = next_stated(gazetteer, chosen, context, other)
            if outer >= 0 and stated_division(gazetteer, outer) == gazetteer.admin1[stated]:
                point, stated, division = stated, outer, stated_division(gazetteer, outer)
        if division < 0 or division == own or gazetteer.country[division] != gazetteer.country[entry]:
            continue
        near = min(distance_km(gazetteer, division, entry), distance_km(gazetteer, stated, entry))
        inside = next((hit for hit in r.mention.hits if not hit.demonym and gazetteer.kinds[hit.entry] == CITY
                       and gazetteer.admin1[hit.entry] == division), None)
        if near > _STATED_KM and inside is not None:
            # "Jaffrabad (North East Delhi, Delhi)": the name has a reading in the division the text states
            # (a spelling of Delhi's Jafarabad), which the town of that exact name far off (Tamil Nadu's) is not
            return replace(r, entry=inside.entry, alternate=inside.alternate,
                           reason=f"{r.reason}; the reading in {gazetteer.names[division]} as the text says".lstrip("; "))
        if near <= _STATED_KM:
            reason, namesake = f"in {gazetteer.names[division]} as the text says", False
        elif gazetteer.kinds[stated] == ADMIN1 and gazetteer.anchor[division] >= 0:
            reason, namesake = f"a namesake: {gazetteer.names[division]} as the text says", True
        elif gazetteer.kinds[stated] == ADMIN2 and point < 0 and gazetteer.anchor[stated] >= 0 \
                and not any(gazetteer.admin1[hit.entry] == division for hit in r.mention.hits):
            # "El Aguaje, Aguililla municipality (Michoacan)": no town of the name in the district's
            # province; the district's main town stands for it.
            reason, namesake, point = f"a namesake: {gazetteer.names[stated]} as the text says", True, \
                gazetteer.anchor[stated]
        else:
            continue
        return replace(r, reason=f"{r.reason}; {reason}".lstrip("; "), admin1=division, namesake=namesake,
                       point=point if namesake else -1, bracketed="(" in text[end : other.start])
    return r


def _division_in_division(
    gazetteer: Gazetteer, text: str, r: Resolution, chosen: dict[int, int], context: Context
) -> Resolution:
    """A name read as a province that the text puts in another province of its country ("Rangae district,
    Narathiwat province" read as Ranong): no province lies in another, so it is a place of the stated one
    the gazetteer lacks."""
    mention = r.mention
    for other, after in context.neighbours.get(id(mention), ()):
        stated = chosen.get(id(other), -1)
        if not after or stated < 0 or other.start < 0 or gazetteer.kinds[stated] != ADMIN1:
            continue
        holder = stated_holder(gazetteer, text, mention.end, other, stated, chosen, context)
        if holder >= 0 and holder != r.entry and gazetteer.country[holder] == gazetteer.country[r.entry] \
                and not any(holds(gazetteer, holder, hit.entry) for hit in mention.hits):
            return as_namesake(gazetteer, r, holder, other, f"no {mention.text} there", "(" in text[mention.end : other.start])
    return r


# "Haiti's capital", "the Somali capital": the country's capital, named by the word "capital".
_CAPITAL_AFTER = re.compile(r"(?:['’]s| ) ?(capital)\b(?! (?:region|province|district|territory|of)\b)")


def _capitals(gazetteer: Gazetteer, text: str, kept: list[Resolution]) -> list[Resolution]:
    """A capital named by its country's name or people ("in the Cite Soleil neighbourhood of
    Haiti's capital", "in the Somali capital") is a place: the country's capital city."""
    added = []
    for r in kept:
        mention = r.mention
        if mention.start < 0 or gazetteer.kinds[r.entry] != COUNTRY or (r.demonym and r.alternate):
            continue  # a people ("Rohingya") has no capital
        match = _CAPITAL_AFTER.match(text, mention.end)
        anchor = gazetteer.anchor[r.entry]
        if match is None or anchor < 0 or (r.demonym and not text[: mention.start].endswith("the ")):
            continue
        name = gazetteer.names[anchor]
        capital = Mention(start=match.start(1), end=match.end(1), text=name, key=fold(name), hits=(),
                          cue=cue_before(text, mention.start), strong=True, source="capital")
        added.append(Resolution(capital, anchor, False, r.score, f"the capital of {gazetteer.names[r.entry]}"))
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda r: r.mention.start)
