"""The unit a text states holds a town: the words between them ("Palma, Mozambique", "Kani
(Sagaing)", "Mindat in Chin") and what the gazetteer says holds what."""

from __future__ import annotations

import re
from dataclasses import replace

from wirecoder.places.context import Context, Resolution
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer
from wirecoder.places.mention import Mention

__all__ = [
    "APPOSED", "APPOSITION", "DIRECTION", "LIST_AFTER", "LIST_BEFORE", "OWNED",
    "as_namesake", "district_town", "holds", "next_stated", "stated_division", "stated_holder",
]


# Between a town and the unit that holds it: "Palma, Mozambique", "Kani (Sagaing)", "Mindat in
# Chin", "Jilib, in southern Middle Juba", "X in the northern province of Y".
DIRECTION = r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|" \
    r"north-?western|south-?eastern|south-?western|restive|remote)"
_OWNER = r"(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s\s+)?"  # "in Congo's North Kivu province"
# The owner after a direction too: "Inates in western Niger's Tillaberi region".
OWNED = r"(?:(?:the\s+)?(?:" + DIRECTION + r"\s+)+(?=[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s\s))?" + _OWNER
# "Kunyo Barrow, a town in Lower Shabelle", "Tafas, a village in southern Daraa".
APPOSED = r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|district|settlement|locality|hamlet)\s+(?:in|of)\s+"
APPOSITION = re.compile(APPOSED)
_HOLDER_GAP = re.compile(
    # "Rangae district, Narathiwat province", "the Tirah valley (Khyber)"; not a village, which coders
    # code at its unit when they cannot find it
    r"^(?:\s+(?:district|valley|mountains?|hills|forest|camp))?"
    r"(?:\s*\(\s*|\s*,\s*|(?:,?\s+in\s+|" + APPOSED + r")" + OWNED + r")(?:the\s+)?(?:" + DIRECTION + r"\s+)*"
    r"(?:(?:province|state|region|governorate|district|county) of\s+)?$"
)
# After the holder, the next item of a list of places ("in Homs, Hama and Idlib"): the comma
# then separates peers, not a town from its unit.
LIST_AFTER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?[A-Z]")
# Before a town, the item of a list it closes ("Tondibi, Kouri and Sansane").
LIST_BEFORE = re.compile(r"(?:,|&|\band)\s*$")


def stated_division(gazetteer: Gazetteer, stated: int) -> int:
    """The first-order division a neighbouring name states: itself, the division holding a
    district, or the division a main town is named after ("Kutulo, Wajir"); else -1."""
    kind = gazetteer.kinds[stated]
    if kind == ADMIN1:
        return stated
    if kind == ADMIN2:
        return gazetteer.admin1[stated]
    division = gazetteer.admin1[stated]
    if kind == CITY and division >= 0 and gazetteer.anchor[division] == stated:
        return division
    return -1


def next_stated(gazetteer: Gazetteer, chosen: dict[int, int], context: Context, mention: Mention) -> int:
    """The entry chosen for the name right after ``mention`` in the same phrase, else -1."""
    for other, after in context.neighbours.get(id(mention), ()):
        if after:
            return chosen.get(id(other), -1)
    return -1


def stated_holder(
    gazetteer: Gazetteer, text: str, end: int, other: Mention, stated: int, chosen: dict[int, int], context: Context
) -> int:
    """The unit ``other`` (read as ``stated``) names as holding what ends at ``end``: a country, a
    division, or the division of a main town in brackets or after "in"; else -1."""
    gap = text[end : other.start]
    if not _HOLDER_GAP.match(gap) or text.startswith(("'s ", "’s "), other.end):
        return -1  # "Palma in Mozambique's Cabo Delgado": the unit after the possessive holds it
    kind = gazetteer.kinds[stated]
    if kind == CITY:
        if "," in gap and not APPOSITION.match(gap):
            return -1  # "Mogadishu, Nairobi": a list of towns
        division = stated_division(gazetteer, stated)
        if division < 0 and district_town(gazetteer, gap, stated, next_stated(gazetteer, chosen, context, other)):
            return stated
        return division
    if "," in gap and LIST_AFTER.match(text, other.end):
        outer = next_stated(gazetteer, chosen, context, other)
        if outer < 0 or not holds(gazetteer, outer, stated):
            return -1  # "in Homs, Hama and Idlib"; but "Palma, Cabo Delgado, Mozambique" holds
    return stated


def holds(gazetteer: Gazetteer, outer: int, inner: int) -> bool:
    """Whether unit ``outer`` (a country or division) holds entry ``inner``."""
    kind = gazetteer.kinds[outer]
    if kind == COUNTRY:
        return gazetteer.country[inner] == gazetteer.country[outer]
    if kind == ADMIN1:
        return gazetteer.admin1[inner] == outer or inner == outer
    if kind == ADMIN2:
        return gazetteer.admin2[inner] == outer or inner == outer
    return False


def district_town(gazetteer: Gazetteer, gap: str, town: int, outer: int) -> bool:
    """Whether ``town`` opens the brackets of ACLED's "village (district, province)" form, the
    division after it (``outer``) holding it: "Dansadau (Maru, Zamfara)", "Solhan (Sebba, Yagha)"."""
    if outer >= 0 and gazetteer.kinds[outer] == CITY:
        outer = stated_division(gazetteer, outer)  # "(Kaura, Kaduna)": the state, read as its city
    return "(" in gap and outer >= 0 and holds(gazetteer, outer, town)


def as_namesake(
    gazetteer: Gazetteer, r: Resolution, holder: int, other: Mention, why: str, bracketed: bool
) -> Resolution:
    """``r`` read as a place the gazetteer lacks inside ``holder``: its division (at a district's
    main town for a district, at the town for a district's town), or its country only;
    ``bracketed``: the text puts the holder in brackets after it (precision 1, see the module)."""
    kind = gazetteer.kinds[holder]
    if kind == CITY:  # the district's town stands for the village (see district_town)
        admin1, point = gazetteer.admin1[holder], holder
    else:
        admin1 = -1 if kind == COUNTRY else stated_division(gazetteer, holder)
        point = gazetteer.anchor[holder] if kind == ADMIN2 else -1
    reason = f"next to '{other.text}': {why}; coded in {gazetteer.names[holder]} as the text says"
    return replace(r, entry=holder, demonym=False, alternate=False, reason=reason, admin1=admin1, namesake=True,
                   point=point, bracketed=bracketed)
