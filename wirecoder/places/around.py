"""What the words right around a name say it is: a person's name (an initial or a short title
before it), a government's seat named for its building, a camp of refugees or displaced people,
or a town that the division named right after it holds (and a division in brackets that holds
the town named right before it).

    >>> person_before("Special Agent Chester J. McBride", 25, {3})
    True
"""

from __future__ import annotations

import re

from wirecoder.places.index import ADMIN1, ADMIN2, Gazetteer, Hit
from wirecoder.places.names import fold, strip_admin_suffix

__all__ = ["SEATS", "held_by_named_division", "holds_named_before", "named_camp", "person_before"]

# A division named right after a name, in brackets or after a comma: "Tame (Arauca)", "Hope, Nakuru";
# a notes' bracket may give the district, then the province ("Sake (Masisi, Nord-Kivu)"), either holds it.
_DIVISION_AFTER = re.compile(
    r"\s*(?:\(|,)\s*([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?:\s*,\s*([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\s*\))?"
)


def held_by_named_division(gazetteer: Gazetteer, text: str, end: int, hits: tuple[Hit, ...]) -> bool:
    """Whether the text names, right after a name, a division that holds one of its readings:
    "the rural area of Tame (Arauca)" is the town, though "tame" is an English word."""
    match = _DIVISION_AFTER.match(text, end)
    if match is None:
        return False
    return any(_holds(gazetteer, named.split(), hits) for named in match.groups() if named)


def _holds(gazetteer: Gazetteer, words: list[str], hits: tuple[Hit, ...]) -> bool:
    """Whether the division the leading ``words`` name holds one of ``hits``."""
    for width in range(len(words), 0, -1):
        for unit in gazetteer.lookup(strip_admin_suffix(fold(" ".join(words[:width])))):
            kind = gazetteer.kinds[unit.entry]
            if kind == ADMIN1 and any(gazetteer.admin1[h.entry] == unit.entry for h in hits):
                return True
            if kind == ADMIN2 and any(gazetteer.admin2[h.entry] == unit.entry for h in hits):
                return True
    return False


# A name right before a division in brackets: "Leer (Unity)", "Mora (Far North)".
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\s*\(\s*$")


def holds_named_before(gazetteer: Gazetteer, text: str, start: int, hits: tuple[Hit, ...]) -> bool:
    """Whether a division in brackets holds a reading of the name right before it: "Leer (Unity)"
    names South Sudan's Unity state, though "unity" is an English word."""
    match = _NAME_BEFORE.search(text, max(0, start - 48), start)
    if match is None:
        return False
    units = [h.entry for h in hits if gazetteer.kinds[h.entry] in (ADMIN1, ADMIN2)]
    if not units:
        return False
    words = match.group(1).split()
    for width in range(len(words), 0, -1):
        for town in gazetteer.lookup(fold(" ".join(words[-width:]))):
            if any(gazetteer.admin1[town.entry] == unit or gazetteer.admin2[town.entry] == unit for unit in units):
                return True
    return False


# Governments' seats named for their buildings, which speak for the government ("the White House
# condemned the attack"): no town of the name ("White House" is also Casablanca translated).
SEATS = frozenset({"white house", "elysee", "whitehall"})
# A person's name before a word: a middle or first initial ("Chester J. McBride", "Mary K. Boston",
# but not the "S." of "U.S. Kabul") or a title written short ("Mr. Houston", "Gen. Jackson").
# Not "St." or "Mt.", which open places ("St. Louis").
_INITIAL_BEFORE = re.compile(r"(?<![\w.])(?P<letter>[A-Z])\. +$")
_SHORT_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Spc|Adm|Cmdr|Cdr|Brig|Rep|Sen|Gov|Pres|Prof|"
    r"Rev|Insp|Supt|Hon|Amb|Fr)\. +$"
)


def person_before(text: str, start: int, kinds: set[int]) -> bool:
    """Whether an initial or a short title right before ``start`` makes the word a person's name.
    A compass letter before a division is its part instead ("N. Kivu", "W. Pokot")."""
    window = text[max(0, start - 8) : start]
    if _SHORT_TITLE_BEFORE.search(window):
        return True
    initial = _INITIAL_BEFORE.search(window)
    return initial is not None and not (initial.group("letter") in "NSEW" and kinds & {ADMIN1, ADMIN2})


# A name the text calls a camp of refugees or displaced people, after it ("Kakuma refugee camp",
# "Dadaab camps, which host Somali refugees") or before it ("at a refugee camp Hagadera", "the IDP
# camp of Muna"). A bare "camp" counts when refugees or displaced people are named nearby.
_CAMP_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?P<kind>refugees?|idps?|displacement|displaced(?: persons?| people)?|transit)\s+)?"
    r"(?:camps?|settlements?)\b",
    re.IGNORECASE,
)
_CAMP_BEFORE = re.compile(
    r"\b(?:refugees?|idps?|displacement|displaced(?: persons?| people)?)\s+camps?\s+(?:of\s+|at\s+|in\s+|called\s+|named\s+)?$",
    re.IGNORECASE,
)
_DISPLACED = re.compile(r"\b(?:refugees?|idps?|displaced|asylum)\b", re.IGNORECASE)
_CAMP_REACH = 300


def named_camp(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name at ``start:end`` a camp of refugees or displaced people."""
    if _CAMP_BEFORE.search(text, max(0, start - 40), start):
        return True
    after = _CAMP_AFTER.match(text, end)
    if after is None:
        return False
    if after.group("kind") is not None:
        return after.group("kind").lower() != "transit" or bool(
            _DISPLACED.search(text, max(0, start - _CAMP_REACH), end + _CAMP_REACH)
        )
    # "Kakuma camp": a military camp as often, unless refugees or displaced people are near.
    return bool(_DISPLACED.search(text, max(0, start - _CAMP_REACH), end + _CAMP_REACH))
