"""The prior of a gazetteer reading before context: countries and divisions first, then towns by
population, own names over other spellings, a unit word after the name ("X Province") for its
level, and a division's main town named alike above the division."""

from __future__ import annotations

import math
from collections.abc import Sequence

from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, Hit
from wirecoder.places.names import article_variants, final_a, fold, strip_admin_suffix
from wirecoder.places.mention import Mention

__all__ = ["PRIOR", "anchor_lifts", "named_anchors", "prior"]


# A country's or division's reading before context (a town's grows with its population), and what a unit
# word after the name ("X Province", "X District", "X town") adds to each kind.
PRIOR = {COUNTRY: 9.0, ADMIN1: 7.0, ADMIN2: 4.5}
_LEVEL_BONUS = {
    1: {ADMIN1: 6.0, ADMIN2: 2.0, CITY: -4.0, COUNTRY: -4.0},
    2: {ADMIN2: 6.0, ADMIN1: 3.0, CITY: -3.0, COUNTRY: -4.0},
    3: {CITY: 4.0, ADMIN1: -4.0, ADMIN2: -4.0, COUNTRY: -6.0},
}
# Cues that measure from a point: what follows is a town more often than a province.
_POINT_CUES = frozenset({"near", "outskirts of", "km from", "kilometres from", "kilometers from", "miles from"})
_POINT_BONUS = 2.0  # of a city of _CITY people or more; a village abroad stays behind a district


# What countries call their first-order divisions, when the word tells namesakes apart: "Plateau state" is
# Nigeria's, not Benin's Plateau department; "Punjab state" India's, "Punjab province" Pakistan's. Only
# states count against the others: wire copy calls Iraq's and Syria's governorates provinces too.
_CALLED = {
    "state": frozenset("NG IN US SD SS MX BR MM MY VE AU DE AT SO ET".split()),
    "province": frozenset("AF PK IR IQ SY YE CN CD ZM ZW MZ AO BI RW TH VN LA KH ID KR CA AR CU DO EC PA ZA PG NP "
                          "LK SA TR BE NL MN".split()),
    "department": frozenset("HT CO BO GT HN SV NI PY UY BJ".split()),
}
_CALLED_BONUS = 1.5


def prior(
    gazetteer: Gazetteer, hit: Hit, mention: Mention, anchors: dict[int, float], named: frozenset[int] = frozenset()
) -> float:
    entry = hit.entry
    kind = gazetteer.kinds[entry]
    if hit.demonym:
        # "Somali" is a people before it is Ethiopia's Somali Region, unless "Region" follows.
        score = 7.5 + (_LEVEL_BONUS[mention.level].get(COUNTRY, 0.0) if mention.level else 0.0)
        if hit.alternate:
            # A clan or tribe ("Bodo", "Naga") yields to a sizeable town of the name unless a
            # people word follows ("Bodo militants") or the article is about its country.
            score -= 0.5 if mention.people else 2.5
        return score
    if kind == CITY:
        score = 1.2 * math.log10(gazetteer.population[entry] + 10)
        # A division's main town named alike ("Garissa"): the town is the likelier reading. Of a
        # district, only a city is: the seats of a dozen counties named Washington are not.
        if entry in anchors:
            score = max(score, anchors[entry])
        # Another spelling of a name the town shares with its division ("Basra" for Basrah town
        # and Basrah governorate) is no weaker for the town than for the division.
        if hit.alternate and entry not in named:
            score -= 1.0
    else:
        score = PRIOR[kind]
        if hit.alternate:
            score -= 0.3
    if mention.level is not None:
        score += _LEVEL_BONUS[mention.level].get(kind, 0.0)
        if mention.unit in _CALLED and kind == ADMIN1:
            if gazetteer.countries[gazetteer.country[entry]][0] in _CALLED[mention.unit]:
                score += _CALLED_BONUS
            elif mention.unit == "state":
                score -= _CALLED_BONUS
    elif mention.cue in _POINT_CUES and kind == CITY and gazetteer.population[entry] >= _CITY:
        score += _POINT_BONUS  # "an outpost near Beni": the city, not Bolivia's Beni department
    if mention.source == "fuzzy":
        score -= 1.5
    return score


# A district's main town of this many people reads before a province named alike ("Gaza").
_CITY = 100_000


def anchor_lifts(gazetteer: Gazetteer, hits: Sequence[Hit]) -> dict[int, float]:
    """Main town of a division among ``hits`` -> the prior it takes for the name they share:
    above a province's, or for a small district's seat, just above the district's."""
    lifts: dict[int, float] = {}
    for hit in hits:
        anchor = gazetteer.anchor[hit.entry]
        if anchor >= 0:
            small = gazetteer.kinds[hit.entry] == ADMIN2 and gazetteer.population[anchor] < _CITY
            lift = (PRIOR[ADMIN2] if small else PRIOR[ADMIN1]) + 0.5
            lifts[anchor] = max(lift, lifts.get(anchor, 0.0))
    return lifts


def named_anchors(gazetteer: Gazetteer, hits: Sequence[Hit], key: str) -> frozenset[int]:
    """The main towns of the divisions among ``hits`` that bear their division's name: Garissa
    of Garissa County, Basrah of Basrah governorate, not Kapsabet, which some sources call Nandi;
    and those whose own name as copy writes it is the name read (``key``): "Diwaniyah" is Al
    Diwaniyah town as much as Al-Qadissiya governorate, which copy calls after it."""
    anchors = set()
    for hit in hits:
        anchor = gazetteer.anchor[hit.entry]
        if anchor >= 0 and gazetteer.kinds[hit.entry] in (ADMIN1, ADMIN2):
            division = strip_admin_suffix(fold(gazetteer.names[hit.entry]))
            forms = _town_forms(fold(gazetteer.names[anchor]))
            if division in forms or key in forms or any(form in article_variants(division) for form in forms):
                anchors.add(anchor)
    return frozenset(anchors)


def _town_forms(town: str) -> frozenset[str]:
    """A town's key as copy writes it too: its Arabic article dropped, its closing "-ah" written
    "-a" ("al diwaniyah" -> "diwaniyah", "misratah" -> "misrata", "ar raqqah" -> "raqqa")."""
    forms = {town, *article_variants(town)}
    return frozenset(forms | {short for form in forms if (short := final_a(form)) is not None})
