"""Choose one gazetteer entry for each mention, using the rest of the article as context.

Each candidate gets a prior (countries and divisions first, then towns by population, own names
over alternate spellings, "X Province" favouring divisions) and context points: a neighbouring
mention that contains it ("Baragoi, Samburu"; "Amarah, the capital of Maysan"), its division
named elsewhere in the article, the article's dominant country (counted from country names,
demonyms and places resolved in a first pass) and the dateline. Two passes: the first settles
the unambiguous names, the second uses the country they point to.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, FEATURES, Gazetteer, Hit
from wirecoder.places.cues import CUES
from wirecoder.places.recognise import Mention

__all__ = ["Resolution", "contains", "distance_km", "resolve"]

_PRIOR = {COUNTRY: 9.0, ADMIN1: 7.0, ADMIN2: 4.5}
_LEVEL_BONUS = {
    1: {ADMIN1: 6.0, ADMIN2: 2.0, CITY: -4.0, COUNTRY: -4.0},
    2: {ADMIN2: 6.0, ADMIN1: 3.0, CITY: -3.0, COUNTRY: -4.0},
    3: {CITY: 4.0, ADMIN1: -4.0, ADMIN2: -4.0, COUNTRY: -6.0},
}
_ADJACENT_GAP = re.compile(
    r"^(?:[\s,()\-–—/]|\b(?:in|of|the|a|an|capital|town|village|city|area|district|county|"
    r"province|region|state|governorate|near|part|coded|as|located|situated|which|is|main|"
    r"provincial|regional|sub|location|division|ward|estate|forest|camp|market|slum|island|"
    r"outskirts|suburb|neighbourhood|neighborhood|central|northern|southern|eastern|western|north|south|"
    r"east|west|northeastern|northwestern|southeastern|southwestern|restive|remote|[A-Z][\w'’-]*)\b)*$"
)
_NEIGHBOUR_KM = 40.0
# Words between two names that put the first inside the second ("Dallas estate in Embu town").
_INSIDE = re.compile(r"\b(?:in|of|within|estate|village|area|location|ward|section|part|suburb|slum)\b")


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention and the entry chosen for it, with the score and the reasons behind it."""

    mention: Mention
    entry: int
    demonym: bool
    score: float
    reason: str
    alternate: bool = False
    # The first-order division the text puts a town in ("Thika town (Kiambu county)") when it
    # differs from the gazetteer's, else -1. Copy and coders know new boundaries better.
    admin1: int = -1
    # The gazetteer's town is a namesake outside that division: code the division, precision 2.
    namesake: bool = False


def distance_km(gazetteer: Gazetteer, a: int, b: int) -> float:
    """Great-circle distance between two entries' coordinates."""
    lat1, lon1 = math.radians(gazetteer.latitude[a]), math.radians(gazetteer.longitude[a])
    lat2, lon2 = math.radians(gazetteer.latitude[b]), math.radians(gazetteer.longitude[b])
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def contains(gazetteer: Gazetteer, outer: int, inner: int) -> bool:
    """True when entry ``outer`` holds entry ``inner`` (or, for two towns, lies right next to it)."""
    if outer == inner:
        return False
    kind = gazetteer.kinds[outer]
    if kind == COUNTRY:
        return gazetteer.country[inner] == gazetteer.country[outer]
    if kind == ADMIN1:
        return gazetteer.admin1[inner] == outer
    if kind == ADMIN2:
        return gazetteer.admin2[inner] == outer
    return (
        gazetteer.kinds[inner] == CITY
        and gazetteer.admin1[inner] == gazetteer.admin1[outer]
        and distance_km(gazetteer, outer, inner) <= _NEIGHBOUR_KM
    )


def _prior(gazetteer: Gazetteer, hit: Hit, mention: Mention, anchors: set[int]) -> float:
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
        # A division's main town named alike ("Garissa"): the town is the likelier reading.
        if entry in anchors:
            score = max(score, _PRIOR[ADMIN1] + 0.5)
    else:
        score = _PRIOR[kind]
    if hit.alternate:
        score -= 1.0 if kind == CITY else 0.3
    if mention.level is not None:
        score += _LEVEL_BONUS[mention.level].get(kind, 0.0)
    if mention.source == "fuzzy":
        score -= 1.5
    return score


def _adjacent(text: str, left: Mention, right: Mention) -> bool:
    """True when two mentions sit in one phrase like "Baragoi, Samburu" or "Amarah in Maysan"."""
    if left.start < 0 or right.start < 0:
        return False
    gap = text[left.end : right.start]
    return len(gap) <= 40 and "\n" not in gap and bool(_ADJACENT_GAP.match(gap))


@dataclass
class _Context:
    """What the rest of the article says, gathered once per pass."""

    neighbours: dict[int, list[tuple[Mention, bool]]]  # id(mention) -> (other, other is after)
    dateline_ids: frozenset[int]
    inside: frozenset[int] = frozenset()  # id(mention) the text puts inside the next one ("X estate in Y")
    chosen: dict[int, int] = field(default_factory=dict)  # id(mention) -> entry, first pass
    chosen_counts: Counter[int] = field(default_factory=Counter)
    weights: Counter[int] = field(default_factory=Counter)
    total: float = 0.0
    dateline_entry: int | None = None


def resolve(
    gazetteer: Gazetteer, text: str, mentions: Sequence[Mention], dateline: Sequence[Mention] = ()
) -> list[Resolution]:
    """One :class:`Resolution` per mention that survives; order follows ``dateline + mentions``."""
    every = [*dateline, *mentions]
    if not every:
        return []
    pairs = [
        (a, b) for a, b in zip(mentions, mentions[1:], strict=False) if _adjacent(text, a, b)
    ]
    if len(dateline) > 1:
        pairs.append((dateline[0], dateline[1]))
    neighbours: dict[int, list[tuple[Mention, bool]]] = {}
    for left, right in pairs:
        neighbours.setdefault(id(left), []).append((right, True))
        neighbours.setdefault(id(right), []).append((left, False))
    inside = frozenset(id(a) for a, b in pairs if a.start >= 0 and _INSIDE.search(text[a.end : b.start]))
    context = _Context(neighbours, frozenset(id(m) for m in dateline), inside)
    first = _pass(gazetteer, every, context)
    context.weights = _tally(gazetteer, [(m, hit) for m, (hit, _s, _w) in zip(every, first, strict=True)], context)
    for m, (hit, _score, _why) in zip(every, first, strict=True):
        context.chosen[id(m)] = hit.entry
        context.chosen_counts[hit.entry] += 1
    context.total = sum(context.weights.values())
    context.dateline_entry = first[0][0].entry if dateline else None
    second = _pass(gazetteer, every, context)
    results = [
        Resolution(m, hit.entry, hit.demonym, score, why, hit.alternate)
        for m, (hit, score, why) in zip(every, second, strict=True)
    ]
    final = _tally(gazetteer, [(r.mention, _own(r)) for r in results], context)
    kept = [r for r in results if _keep(gazetteer, r, final, context)]
    kept = _stated_divisions(gazetteer, text, kept, context)
    if results and not any(r.mention.start >= 0 for r in kept):
        # One doubtful name must not empty the result: the best-supported reading in the text stays.
        in_text = [r for r in results if r.mention.start >= 0 and r.mention.source != "fuzzy"]
        if in_text:
            best = max(in_text, key=lambda r: (not r.alternate, r.score))
            kept = sorted([*kept, best], key=results.index)
    return kept


_ROAD_ENDS = re.compile(r"[-–—/]|\bto\b")
# How far a town may lie from the division the text puts it in for the text to be believed.
_STATED_KM = 150.0


def _stated_division(gazetteer: Gazetteer, stated: int) -> int:
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


def _stated_divisions(
    gazetteer: Gazetteer, text: str, kept: list[Resolution], context: _Context
) -> list[Resolution]:
    """Towns the text places in a neighbouring division of the same country ("Kapedo in Tiaty,
    Baringo county", "Thika town, Kiambu") take that division: the gazetteer's boundaries may be
    old. A town of the name far outside the stated division is a namesake ("Sankuri (Lamu
    county)" read as the Sankuri 300 km away): the event is coded in the division, precision 2."""
    chosen = {id(r.mention): r.entry for r in kept}
    out = []
    for r in kept:
        entry = r.entry
        own = gazetteer.admin1[entry] if gazetteer.kinds[entry] == CITY else -1
        if own >= 0 and gazetteer.anchor[own] != entry and not r.demonym:
            for other, after in context.neighbours.get(id(r.mention), ()):
                stated = chosen.get(id(other), -1)
                if not after or stated < 0 or _ROAD_ENDS.search(text[r.mention.end : other.start]):
                    continue  # "the Kikuyu-Dagoretti road" names two ends, not a town in a district
                division = _stated_division(gazetteer, stated)
                if (
                    division < 0
                    or division == own
                    or gazetteer.country[division] != gazetteer.country[entry]
                ):
                    continue
                near = min(distance_km(gazetteer, division, entry), distance_km(gazetteer, stated, entry))
                if near <= _STATED_KM:
                    reason, namesake = f"in {gazetteer.names[division]} as the text says", False
                elif gazetteer.kinds[stated] == ADMIN1 and gazetteer.anchor[division] >= 0:
                    reason, namesake = f"a namesake: {gazetteer.names[division]} as the text says", True
                else:
                    continue
                r = replace(r, reason=f"{r.reason}; {reason}".lstrip("; "), admin1=division, namesake=namesake)
                break
        out.append(r)
    return out


# Later mentions of a name already counted add this share of their weight: repetition is
# evidence of an article's focus, but one name written twice is not two places.
_REPEAT_SHARE = 0.25


def _tally(
    gazetteer: Gazetteer, readings: Sequence[tuple[Mention, Hit]], context: _Context
) -> Counter[int]:
    """Country index -> how strongly the article's readings point at it."""
    weights: Counter[int] = Counter()
    seen: set[tuple[str, int]] = set()
    for mention, hit in readings:
        weight = _country_weight(gazetteer, mention, hit, context)
        if (mention.key, hit.entry) in seen:
            weight *= _REPEAT_SHARE
        seen.add((mention.key, hit.entry))
        weights[gazetteer.country[hit.entry]] += weight
    return weights


def _pass(
    gazetteer: Gazetteer, every: Sequence[Mention], context: _Context
) -> list[tuple[Hit, float, str]]:
    """Best candidates for all mentions; repeated names without neighbours are scored once."""
    memo: dict[tuple[str, int | None, bool, bool, int | None], tuple[Hit, float, str]] = {}
    out = []
    for mention in every:
        alone = id(mention) not in context.neighbours and id(mention) not in context.dateline_ids
        signature = (mention.key, mention.level, mention.in_name, alone, context.chosen.get(id(mention)))
        if alone and signature in memo:
            out.append(memo[signature])
            continue
        best = _best(gazetteer, mention, context)
        if alone:
            memo[signature] = best
        out.append(best)
    return out


def _own(resolution: Resolution) -> Hit:
    return Hit(resolution.entry, resolution.alternate, resolution.demonym)


def _country_weight(gazetteer: Gazetteer, mention: Mention, hit: Hit, context: _Context) -> float:
    if id(mention) in context.dateline_ids:
        return 2.0
    if mention.source == "fuzzy":
        return 0.0  # a loose match follows the article's country, it does not set it
    kind = gazetteer.kinds[hit.entry]
    weight = {COUNTRY: 1.0, ADMIN1: 1.0, ADMIN2: 0.8, CITY: 0.7}[kind]
    if hit.demonym:
        weight = 0.7
    if kind == COUNTRY and CUES.get(mention.cue, 1) == 0:
        weight *= 0.5  # "bandits from Ethiopia", "fled to Uganda": where people come from or go
    elif kind == CITY and (hit.alternate or (gazetteer.population[hit.entry] < 1000 and not mention.strong)):
        # Another language's spelling or an obscure hamlet matched by chance says little.
        weight *= 0.5
    if mention.in_name:
        weight *= 0.5
    return weight


def _best(gazetteer: Gazetteer, mention: Mention, context: _Context) -> tuple[Hit, float, str]:
    """The best candidate for ``mention`` with its score and a short account of why."""
    best: tuple[Hit, float, str] | None = None
    anchors = {gazetteer.anchor[h.entry] for h in mention.hits}
    mine = context.chosen.get(id(mention))
    for hit in mention.hits:
        why: list[str] = []
        score = _prior(gazetteer, hit, mention, anchors)
        entry = hit.entry
        for other, after in context.neighbours.get(id(mention), ()):
            settled = context.chosen.get(id(other))
            others = (settled,) if settled is not None else tuple(h.entry for h in other.hits)
            for other_entry in others:
                if contains(gazetteer, other_entry, entry) or (
                    after and contains(gazetteer, entry, other_entry)
                ):
                    score += 5.0
                    why.append(f"next to '{other.text}'")
                    break
        admin1 = gazetteer.admin1[entry]
        if admin1 >= 0 and context.chosen_counts[admin1] - (mine == admin1) > 0:
            score += 2.0
            why.append(f"in {gazetteer.names[admin1]}, named in the article")
        if context.total > 0:
            country = gazetteer.country[entry]
            own_weight = 0.0
            if mine is not None and gazetteer.country[mine] == country:
                own_weight = _country_weight(gazetteer, mention, hit, context)
            others = context.total - own_weight
            share = (context.weights[country] - own_weight) / others if others > 0 else 0.0
            if share > 0:
                score += 4.0 * share
                if share >= 0.5:
                    why.append(f"article is about {gazetteer.countries[country][2]}")
        dateline_entry = context.dateline_entry
        if dateline_entry is not None and id(mention) not in context.dateline_ids:
            if dateline_entry == entry or distance_km(gazetteer, dateline_entry, entry) <= 150:
                score += 1.5
                why.append("near the dateline")
        if best is None or score > best[1]:
            best = (hit, score, "; ".join(why))
    assert best is not None
    return best


def _keep(
    gazetteer: Gazetteer, resolution: Resolution, weights: Counter[int], context: _Context
) -> bool:
    """Drop weak readings of towns: one abroad while the article is about another country, or a
    small one vouched for by nothing in a country the article otherwise ignores."""
    mention = resolution.mention
    entry = resolution.entry
    country = gazetteer.country[entry]
    if mention.source == "fuzzy":
        # A loose match stays only inside the country the rest of the article is about.
        total = sum(weights.values())
        return resolution.reason.startswith("next to") or (
            weights[country] >= 1.0 and weights[country] >= 0.5 * total
        )
    if gazetteer.kinds[entry] != CITY or mention.start < 0 or mention.source.startswith("ner:"):
        return True
    own = _country_weight(gazetteer, mention, _own(resolution), context)
    elsewhere = sum(weights.values()) - weights[country]
    here = weights[country] - own
    population = gazetteer.population[entry]
    if resolution.reason.startswith("next to"):
        return True
    # "Westlands, Nairobi": a namesake abroad of a place the text puts inside another country;
    # with "in", "estate", "area of" between them even a big namesake ("Dallas estate in Embu").
    for other, after in context.neighbours.get(id(mention), ()):
        other_entry = context.chosen.get(id(other))
        if (
            other_entry is not None
            and other.source != "fuzzy"
            and gazetteer.country[other_entry] != country
            and (
                (after and id(mention) in context.inside)
                or (
                    population < 100_000
                    and (gazetteer.kinds[other_entry] != CITY or gazetteer.population[other_entry] > population)
                )
            )
        ):
            return False
    if population >= 1_000_000 or (
        population >= 100_000 and not (resolution.alternate and elsewhere > here)
        and not (elsewhere >= 2.0 and here == 0.0)
    ):
        # A sizeable town, unless the article is plainly about another country and nothing
        # else points at this one ("Kani township" in a Myanmar story is not Kani, Japan).
        return True
    capital = gazetteer.admin1[entry] >= 0 and gazetteer.anchor[gazetteer.admin1[entry]] == entry
    if elsewhere >= 1.0 and here < 0.5 * elsewhere and not (capital and mention.strong and not resolution.alternate):
        return False
    # "Likia Location": a unit word names a division of the country the article is about, not a
    # hamlet abroad that happens to share the name.
    if mention.level in (1, 2) and (resolution.alternate or population < 1000) and elsewhere > 0 and here < 1.0:
        return False
    # Another language's spelling of a small town: too often a coincidence ("Mutha" for Müden).
    if resolution.alternate and population < 50_000 and not mention.strong and here < 1.0:
        return False
    if mention.strong or resolution.reason or elsewhere == 0:
        return True
    return population >= 20_000 or here >= 1.0 or CUES.get(mention.cue, 0) >= 1


def feature_of(gazetteer: Gazetteer, resolution: Resolution) -> str:
    """The ``Place.feature`` string for a resolution."""
    return "demonym" if resolution.demonym else FEATURES[gazetteer.kinds[resolution.entry]]
