"""Towns the gazetteer does not list, put by the text in a unit it kept ("Mindat township (Chin)",
"in Bardere, Gedo"): places of that unit, coded there at precision 2."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.places.context import Context, Resolution
from wirecoder.places.cues import CUES, FLED_CAMP, cue_before
from wirecoder.places.holders import (
    APPOSED,
    APPOSITION,
    DIRECTION,
    LIST_AFTER,
    LIST_BEFORE,
    OWNED,
    as_namesake,
    district_town,
    holds,
    next_stated,
    stated_division,
)
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer
from wirecoder.places.names import fold
from wirecoder.places.mention import Mention
from wirecoder.places.spelled import respelled
from wirecoder.places.unknown import SHORT_OPENING, town_name

__all__ = ["unlisted_towns"]


# Notes name a town with the villages around it, then its division: "Kokorou and surrounding
# villages (Tillaberi)" holds Kokorou.
_AROUND = r" and (?:the |its )?(?:nearby|surrounding|neighbouring|neighboring|adjacent) (?:villages|hamlets|localities|areas)"
# An unknown name right before its holder: "Mindat township (", "the village of Kani, ".
_UNKNOWN_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z][\w'’]*|" + SHORT_OPENING + r")(?:[ -](?:(?!IDPs?\b)[A-Z][\w'’]*|al|el|ad|ar|as|ash|at|az|an|de|du|la))"
    r"{0,3})(?P<unit> (?:township|town|village|district|area|camp|locality|" + FLED_CAMP + r"))?(?:" + _AROUND + r")?(?P<gap>\s*\(\s*(?P<middle>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},\s*)?|\s*,\s*|(?:,?\s+in\s+|" + APPOSED + r")" + OWNED +
    r"(?:the\s+)?(?:" + DIRECTION + r"\s+)*(?:(?:province|state|region|governorate|district|county) of\s+)?)$"
)
_TOWN_CUES = ("town of", "village of", "city of")
_GAP_ENDS = ("(", ",", " in", " of", "'s", "’s", " the") + tuple(" " + d for d in (
    "north northern south southern east eastern west western central restive remote northeastern "
    "northwestern southeastern southwestern".split()))
_AREA_UNITS = ("district", "township", "area")
_FLED_UNIT = re.compile(FLED_CAMP)
_INDEFINITE = re.compile(r"\b[Aa]n?\s+$")
# The division closes the brackets, with its unit word or the next division: "(Diffa)",
# "(Soum province)", "(Maru, Zamfara)"; not "(Mombasa Governor)".
_BRACKET_CLOSES = re.compile(
    r"(?:\s+(?:province|state|region|county|district|governorate|department|prefecture|oblast))?\s*[),]",
    re.IGNORECASE,
)


def unlisted_towns(
    gazetteer: Gazetteer, text: str, results: Sequence[Resolution], kept: list[Resolution], context: Context
) -> list[Resolution]:
    """Names the gazetteer does not know, put by the text in a unit it kept ("Mindat township
    (Chin)", "in Bardere, Gedo"): a place of that unit, coded there at precision 2. The name needs
    a locative cue ("in", "the village of") or a unit word ("township") to count as a place."""
    taken = [(r.mention.start, r.mention.end) for r in kept if r.mention.start >= 0]
    kept_ids = {id(r) for r in kept}
    dropped = [(r.mention.start, r.mention.end, r.mention.source == "fuzzy") for r in results
               if r.mention.start >= 0 and id(r) not in kept_ids]
    starts = {r.mention.start for r in kept}
    unknown_units = {(r.mention.start, r.mention.end) for r in kept if r.namesake}
    added = []
    for r in kept:
        holder, other = r.entry, r.mention
        kind = gazetteer.kinds[holder]
        if other.start <= 0 or r.demonym or r.namesake or kind not in (COUNTRY, ADMIN1, ADMIN2, CITY) \
                or other.group or (text.startswith(("'s ", "’s "), other.end) and other.end + 3 in starts):
            # "in Congo's North Kivu": the unit after the possessive holds the town; "IS Sahel
            # militants attacked Darey-Daye": a group's name holds nothing
            continue
        if not text[max(0, other.start - 16) : other.start].rstrip().endswith(_GAP_ENDS):
            continue  # cheap: most units follow no gap a town could stand before
        match = _UNKNOWN_BEFORE.search(text, max(0, other.start - 80), other.start)
        if match is None or any(s < match.end(1) and match.start() < e for s, e in taken):
            continue
        # "Khan al-Asal (Jebel Saman, Aleppo)": a district the gazetteer lacks between the place
        # and its province; a known one holds the place itself ("Dansadau (Maru, Zamfara)").
        # A district read as a place the gazetteer lacks ("(Mayo-Tsanaga, Far North)") holds nothing.
        middle = match.group("middle")
        if middle and any(s < match.end("middle") and match.start("middle") < e for s, e in taken
                          if (s, e) not in unknown_units):
            continue
        # A township or town whose every reading was dropped, or that is also an English word, is
        # still a place of the unit ("Pale township in the central Sagaing region"). Not a village,
        # which coders code at the unit when they cannot find it ("Salima village in Laisamis").
        # So is a camp or site of people who fled ("Plaine Savo displacement site").
        townish = (match.group("unit") or "").strip().lower() in ("township", "town") \
            or _FLED_UNIT.fullmatch((match.group("unit") or "").strip()) is not None
        blocking = [fuzzy for s, e, fuzzy in dropped if s < match.end(1) and match.start() < e]
        if _INDEFINITE.search(text, max(0, match.start() - 4), match.start()):
            continue  # "a United Nations camp in Gao", "an AMISOM base in Afgooye": a kind, not a name
        name, unit = town_name(match.group(1), common=townish, unit_word=match.group("unit") is not None)
        if name is None or LIST_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "Aiyam, Mutamaiyo & Mgunda in ...": one of a list, not the town alone
        outer = next_stated(gazetteer, {id(k.mention): k.entry for k in kept}, context, other)
        if gazetteer.kinds[max(outer, 0)] == CITY:
            outer = stated_division(gazetteer, outer) if outer >= 0 else -1
        if outer >= 0 and not holds(gazetteer, outer, holder):
            continue  # "Silaloni, Samburu Sub-County, in Kwale": the unit is read wrong
        if not townish and blocking and not (
            # ACLED's "Kitshanga (Masisi, Nord-Kivu)": the coder located the village, and a loose
            # look-alike abroad (Qujing) was never a reading of it.
            all(blocking) and kind == CITY and district_town(gazetteer, match.group("gap"), holder, outer)
        ):
            continue
        if kind == CITY:
            if "," in match.group("gap") and not middle and not (unit or match.group("unit") or APPOSITION.match(match.group("gap"))):
                continue  # "Obunga, Manyatta": two towns; "Olepolos Village, Kajiado": one in the other
            town, holder = holder, stated_division(gazetteer, holder)
            if holder < 0 and district_town(gazetteer, match.group("gap"), town, outer):
                holder = town
            if holder < 0:
                continue
        elif "," in match.group("gap") and LIST_AFTER.match(text, other.end):
            continue
        cue = cue_before(text, match.start())
        # Coders' notes write a place with its division in brackets ("attacked Toumour (Diffa)"):
        # the brackets say what a locative cue would.
        bracketed = (
            "(" in match.group("gap")
            and _BRACKET_CLOSES.match(text, other.end) is not None  # not "Joho (Mombasa Governor)"
            and kind != COUNTRY
        )
        if not (match.group("unit") or unit or CUES.get(cue, 0) >= 2 or cue in _TOWN_CUES or bracketed):
            continue
        mention = Mention(start=match.start(), end=match.start() + len(name), text=name, key=fold(name), hits=(),
                          cue=cue, strong=True, source="stated", unit=(match.group("unit") or "").strip().lower())
        division = stated_division(gazetteer, holder) if gazetteer.kinds[holder] != CITY else gazetteer.admin1[holder]
        town = respelled(gazetteer, name, division)
        if town >= 0:  # "Kabkabiya (North Darfur)": the province's Kabkabiyah, spelled another way
            why = f"'{name}' -> {gazetteer.names[town]}, spelled so in {gazetteer.names[division]}"
            added.append(Resolution(mention, town, False, 0.0, why, alternate=True))
        else:
            resolution = Resolution(mention, holder, False, 0.0, "")
            # "Mecula district (Niassa)", "Myaung township (Sagaing)": an area, not a place located.
            area = (match.group("unit") or "").strip().lower() in _AREA_UNITS
            added.append(as_namesake(gazetteer, resolution, holder, other, "not in the gazetteer", bracketed and not area))
        taken.append((mention.start, mention.end))
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda r: r.mention.start)
