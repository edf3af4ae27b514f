"""The guards on a gazetteer match: whether capitalised words i..j name a place, and which unit,
cue and marks it carries (a common word, a person's name, part of an organisation's name ...)."""

from __future__ import annotations

import re

from wirecoder.places.cues import (
    CALENDAR_WORDS,
    CUES,
    FACILITY_WORDS,
    PEOPLE_WORDS,
    PLACE_PREFIXES,
    TITLES,
    TOWN_WORDS,
    at_border,
    cue_before,
    force_after,
    patron_after,
    people_after,
)
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, Hit
from wirecoder.places.tokens import (
    Token,
    joined,
    run_bounds,
    unit_suffix,
)
from wirecoder.places.names import ADMIN_SUFFIXES, DIRECTIONS, admin_suffix_level, fold, strip_admin_suffix
from wirecoder.places.around import SEATS, held_by_named_division, holds_named_before, named_camp, person_before
from wirecoder.places.groups import in_group_name
from wirecoder.places.neighbours import (
    OPENER_POPULATION,
    ORG_OPENERS,
    closes_run,
    compass_of_unit,
    facility_after,
    known_place,
    opens_institution,
    opens_run,
    possessive_without_apostrophe,
    unit_named_with_compass,
)
from wirecoder.places.mention import Mention

__all__ = ["judge", "unit_word_after"]

_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


_TOWN_CUES = frozenset({"city of", "town of", "village of"})
_TOWN_CUE_BEFORE = re.compile(r"\b(?:city|town|village) of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$", re.IGNORECASE)
# "the central Mexican state of Guanajuato" names the division, not its namesake capital; in
# lower case only ("Islamic State of Iraq" names a group), and not "the county of Lamu", which
# coders' notes write of the town as often as of the county.
_DIVISION_BEFORE = re.compile(r"\b(province|state|governorate) of\s+$")
# Institutions whose names end in the place they stand in ("Kenya Medical Training College Nakuru").
_INSTITUTIONS = frozenset("university college school hospital academy institute polytechnic".split())


def unit_word_after(text: str, tokens: list[Token], i: int) -> bool:
    """True when a unit or facility word follows token ``i`` ("Langas Estate", "Barclays Bank")."""
    if i + 1 >= len(tokens) or not joined(text, tokens[i], tokens[i + 1]):
        return False
    word = tokens[i + 1].text.lower()
    return word in FACILITY_WORDS or word in TOWN_WORDS or word in ADMIN_SUFFIXES


_DOUBLE_BARRELLED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+-[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+(?![\w'’-])")
# What may follow a dateline's all-capitals place: "BAGHDAD (Reuters) -", "NAIROBI, Kenya".
_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
_SENTENCE_GAP = re.compile(r"\s*[.;:!?,()]")
# After a district's unit word, a word that names its town: "Musa Qala district centre".
_SEAT_AFTER = re.compile(r"\s+(?:centre|center|headquarters|capital|seat|town)\b")
_DATELINE_TAIL = re.compile(r"\s*(?:,|\(|-|–|—|:)")


# DR Congo's territories, written lower-case after their town's name ("Beni territory"): a unit word
# that sets no level, since at level 2 "Beni" would read as Bolivia's Beni department.
_TERRITORY_AFTER = re.compile(r" territor(?:y|ies)\b")


def _unit_word(text: str, end: int, span_end: int) -> str:
    """The unit word between ``end`` and ``span_end``, folded; none when a capitalised word follows
    it, which makes it part of an institution's name ("Mpeketoni District Hospital")."""
    following = _NEXT_WORD.match(text, span_end)
    if span_end <= end or following is not None and following.group(1)[:1].isupper():
        return ""
    return fold(text[end:span_end])


def judge(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[Token],
    i: int,
    j: int,
    key: str,
    hits: tuple[Hit, ...],
    common: frozenset[str],
    vetoed: set[str],
) -> Mention | None:
    """A mention for tokens i..j, or None when a guard says it is not a place."""
    if key in SEATS:
        return None
    kinds = {gazetteer.kinds[h.entry] for h in hits}
    countryish = COUNTRY in kinds or any(h.demonym for h in hits)
    start, end = tokens[i].start, tokens[j].end
    if fold(text[start:end]) != key:  # "Nairobis": the name without the possessive s
        end -= 1
    if j == i and compass_of_unit(gazetteer, text, tokens, i):
        return None  # the "East" of "Tonj East county"
    level, span_end = unit_suffix(text, tokens, j)
    if level is None and unit_named_with_compass(text, tokens, j):
        level = 2  # "Tonj East county": a district around the town
    elif level == 2 and _SEAT_AFTER.match(text, span_end):
        level = 3  # "Musa Qala district centre": the district's town
    if level is not None and text.startswith(" of ", span_end) and (level == 3 or countryish):
        # "the Somali town of Balcad", "the western Mexico state of Michoacan": the unit word names the place
        # after it (but "Marsabit county of northern Kenya" is the county)
        level = None
    if level is None and j > i and key != strip_admin_suffix(key):
        # The match ends in its own unit word ("Bomet County"): that word closes the name.
        level, span_end = admin_suffix_level(key), end
    cue = cue_before(text, start)
    if level is None and cue in _TOWN_CUES and _TOWN_CUE_BEFORE.search(text, max(0, start - 40), start):
        # "the northern city of Raqqa" names the town, not the governorate; not the unit after
        # it in "the village of Kani (Sagaing)", which only inherits the cue.
        level = 3
    elif level is None:
        division = _DIVISION_BEFORE.search(text, max(0, start - 24), start)
        if division:
            level = ADMIN_SUFFIXES[division.group(1)]
    previous = tokens[i - 1] if i > 0 else None
    part = previous is not None and previous.text.lower() in DIRECTIONS
    if not countryish and level is None and person_before(text, start, kinds):
        vetoed.add(key)  # "Special Agent Chester J. McBride", then "McBride" alone is him too
        return None
    # All-capitals: acronyms are not places, except country abbreviations and datelines. Dotted
    # initials opening a longer name are its abbreviated words ("D.I. Khan" for Dera Ismail Khan).
    if any(t.upper and not (k < j and _DOTTED.fullmatch(t.text)) for k, t in enumerate(tokens[i : j + 1], i)):
        line_start = text.rfind("\n", 0, start) + 1
        dateline = start - line_start < 3 and (j - i < 3) and bool(_DATELINE_TAIL.match(text, end))
        if not (countryish or dateline):
            return None
    first, last = run_bounds(text, tokens, i, j)
    in_name = False
    if first < i and opens_run(gazetteer, text, tokens, i, level, key):
        first = i
    if first < i and not (tokens[i - 1].upper and level is not None):
        # An acronym before a unit ("ODM Kisii Central ward candidate") names who, not the place.
        left = tokens[i - 1].text.lower()
        if left in _INSTITUTIONS and last == j and level is None:
            # "Kenya Medical Training College Nakuru campus": the place closes an institution's
            # name and locates it; kept, marked as inside a name.
            in_name = True
        elif left in TITLES or (left not in DIRECTIONS and left not in PLACE_PREFIXES):
            if not countryish:
                if left in TITLES or last == j:
                    vetoed.add(key)
                return None
            in_name = True
    # "Nairobis Maziwa area": a possessive without its apostrophe, not a longer name.
    possessive = fold(text[start:end]) != fold(text[tokens[i].start : tokens[j].end])
    if (
        not possessive
        and j == i
        and last > j
        and key.endswith("s")
        and not unit_word_after(text, tokens, i)
        and possessive_without_apostrophe(gazetteer, tokens[i], i) is not None
    ):
        possessive = True
        end, key, hits = end - 1, key[:-1], gazetteer.lookup(key[:-1])
        kinds = {gazetteer.kinds[h.entry] for h in hits}
        countryish = COUNTRY in kinds or any(h.demonym for h in hits)
    if last > j and span_end == end and not possessive and (level is None or j == i) \
            and not closes_run(gazetteer, text, tokens, j):
        right = tokens[j + 1].text.lower()
        # "Mombasa Women protested": a people word after a place is who, not a longer name.
        if right not in FACILITY_WORDS and right.rstrip("s") not in FACILITY_WORDS and right not in DIRECTIONS \
                and right not in PEOPLE_WORDS:
            if not countryish and not (
                first == i
                # A district opens a base's name as a town does ("Bagram Air Base").
                and (known_place(gazetteer, hits, OPENER_POPULATION) or ADMIN2 in kinds or right in ORG_OPENERS)
                and opens_institution(text, tokens, j)
            ):
                return None
            # "Nairobi Aviation College", "Kisumu Water and Sewerage Company": an institution
            # named after its town stands there; kept, marked as inside a name (it locates weakly).
            # "The Kapedo Catholic church" is no person's name: the town locates as any other.
            in_name = right not in ORG_OPENERS
        elif right in _INSTITUTIONS or right == "stadium":
            # "Moi University", "Garissa University": named after a person as often as a town;
            # the town is only weak evidence of where (see keep).
            in_name = True
    if level is not None and span_end != end and key in common and not countryish:
        # "the Coast Region Conference": a common word, a unit word and a capitalised word name a body.
        following = _NEXT_WORD.match(text, span_end)
        if following and following.group(1)[0].isupper() and not _SENTENCE_GAP.match(text, span_end):
            word = following.group(1).lower()
            if word not in FACILITY_WORDS and word.rstrip("s") not in FACILITY_WORDS and word not in CALENDAR_WORDS:
                return None
    if key in vetoed and not countryish:
        return None
    # "Michel-Ange Louis-Jeune": two hyphenated names in a row are a person's first and last
    # names, whatever places their halves share a name with ("Michel", "Ange Louis").
    if not countryish and any(
        m.start() <= start and end <= m.end()
        for m in _DOUBLE_BARRELLED.finditer(text, max(0, start - 40), min(len(text), end + 40))
    ):
        return None
    # "Pre-Exposure", "Kata'ib-Hizballah": a capitalised word glued on by a hyphen makes a longer
    # name, unless it is a place too ("Isiolo-Garissa border", "Nairobi-Mombasa highway").
    if not countryish and i > 0 and text[tokens[i - 1].end : start] == "-" and tokens[i - 1].cap \
            and fold(tokens[i - 1].text) not in gazetteer and not facility_after(text, end):
        return None  # "Dadaj-Bula": the second half of a hyphenated name ("Mai Mahiu-Narok road" is two)
    if not countryish and j + 1 < len(tokens) and text[end : tokens[j + 1].start] == "-":
        glued = tokens[j + 1]
        following = _NEXT_WORD.match(text, glued.end)
        after = following.group(1).lower() if following else ""
        if glued.cap and not glued.upper and fold(glued.text) not in gazetteer and (
            glued.text.lower() not in FACILITY_WORDS and glued.text.lower() not in DIRECTIONS
        ) and after.rstrip("s") not in FACILITY_WORDS:
            return None
    camp = named_camp(text, start, end)
    if camp and level is None:
        level = 3  # "at the refugee camp of Mbera": the camp is a settlement
    people = level is None and people_after(text, end)
    strong = level is not None or (CUES.get(cue, 0) >= 2 and not people)
    if key in common and not countryish:
        initial = tokens[i].initial
        big = max(gazetteer.population[h.entry] for h in hits) >= 1_000_000
        divisional = bool(kinds & {ADMIN1, ADMIN2}) and CUES.get(cue, 0) >= 2
        held = held_by_named_division(gazetteer, text, end, hits) or holds_named_before(gazetteer, text, start, hits)
        if initial and level is None and not held:
            return None
        if not (level is not None or big or divisional or held):
            return None
    if key in common and countryish and tokens[i].initial and j == i and not any(
        h.demonym for h in hits
    ):
        # "Chad said ..." / "Jordan was ..." at a sentence start: person or country, keep it
        # only when the next word is not capitalised (a surname).
        if last > j:
            return None
    # "the Radaa force": a unit named after its town (a division's name, "Tigray forces", says whose).
    group = not countryish and (in_group_name(text, start, end) or kinds == {CITY} and force_after(text, end))
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        key=key,
        hits=hits,
        level=level,
        unit=(_unit_word(text, end, span_end) if level is not None else "")
        or ("territory" if _TERRITORY_AFTER.match(text, end) else ""),
        cue=cue,
        part=part,
        in_name=in_name or group,
        group=group,
        strong=strong,
        people=people,
        camp=camp,
        patron=patron_after(text, end),
        border=at_border(text, start, end),
    )
