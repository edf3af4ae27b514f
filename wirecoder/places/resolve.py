"""Choose one gazetteer entry for each mention, using the rest of the article as context.

Each candidate gets a prior (countries and divisions first, then towns by population, own names
over alternate spellings, "X Province" favouring divisions) and context points: a neighbouring
mention that contains it ("Baragoi, Samburu"; "Amarah, the capital of Maysan"), its division
named elsewhere in the article, the article's dominant country (counted from country names,
demonyms and places resolved in a first pass), the dateline and the country assumed for the
article (``home``: the user's ``--country`` or its source's usual country), which counts like one
more place in it. Two passes: the first settles the unambiguous names, the second uses the
country they point to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wirecoder.places.context import (
    HOME_WEIGHT,
    Context,
    Resolution,
    contains,
    country_weight,
    distance_km,
    grid_cell,
    home_area,
    own,
)
from wirecoder.places.index import ADMIN2, CITY, COUNTRY, FEATURES, Gazetteer, Hit
from wirecoder.places.keep import fired_at, keep, unsupported_abroad
from wirecoder.places.mention import Mention
from wirecoder.places.prior import PRIOR, anchor_lifts, named_anchors, prior
from wirecoder.places.stated import stated_places, units_abroad

__all__ = ["Resolution", "contains", "distance_km", "grid_cell", "home_area", "resolve"]

_ADJACENT_GAP = re.compile(
    r"^(?:[\s,()\-–—/]|\b(?:in|of|the|a|an|capital|town|village|city|area|district|county|"
    r"province|region|state|governorate|near|part|coded|as|located|situated|which|is|main|"
    r"provincial|regional|sub|location|division|ward|estate|forest|camp|market|slum|island|valley|mountains?|hills|"
    r"cercle|woreda|lga|territory|township|municipality|department|prefecture|upazila|tehsil|oblast|"
    # second- and third-order units' words: "Kupiansk raion, Kharkiv oblast", "Kauru local government area"
    r"raion|rayon|hromada|local|government|chiefdom|commune|zone|kebele|constituency|subdistrict|barangay|parish|"
    # South Asia's and others' sub-district units: "Madanpur block of Aurangabad district", "Kotri taluka"
    r"block|mandal|taluk|taluka|thana|panchayat|union|circle|sector|canton|arrondissement|sub-prefecture|"
    r"municipio|corregimiento|vereda|aldea|tambon|amphoe|kecamatan|regency|"
    r"outskirts|suburb|neighbourhood|neighborhood|favela|barrio|colonia|quarter|central|northern|southern|eastern|western|north|south|"
    r"east|west|northeastern|northwestern|southeastern|southwestern|restive|remote|[A-Z][\w'’-]*)\b)*$"
)
# Words between two names that put the first inside the second ("Dallas estate in Embu town"),
# and words that put it outside ("Lamu near the Somalia border").
_INSIDE = re.compile(
    r"\b(?:in|of|within|estate|village|area|location|ward|section|part|suburb|slum|neighbou?rhood|favela|barrio|"
    r"colonia|quarter)\b"
)
_OUTSIDE = re.compile(r"\b(?:near|outside)\b")
_CAPITAL = re.compile(r"[A-Z]")
# "Wad Madani, south of Khartoum", "Jalalabad, 20 km from Kabul": the first lies off the second.
_OFF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\b|\b(?:km|kilometres|kilometers|miles)\b")


def _adjacent(text: str, left: Mention, right: Mention) -> bool:
    """True when two mentions sit in one phrase like "Baragoi, Samburu" or "Amarah in Maysan"."""
    if left.start < 0 or right.start < 0:
        return False
    gap = text[left.end : right.start]
    if _DASH_ONLY.fullmatch(gap):
        return False  # "the Mandera-Lafey road", "the Isiolo-Garissa border": two ends, neither holds the other
    return len(gap) <= 40 and "\n" not in gap and bool(_ADJACENT_GAP.match(gap))


_DASH_ONLY = re.compile(r"\s?[-–—]\s?")


def resolve(
    gazetteer: Gazetteer,
    text: str,
    mentions: Sequence[Mention],
    dateline: Sequence[Mention] = (),
    home: int | None = None,
    home_area: frozenset[tuple[int, int]] = frozenset(),
    groups: Counter[int] | None = None,
) -> list[Resolution]:
    """One :class:`Resolution` per mention that survives; order follows ``dateline + mentions``.

    ``home`` is the index (in ``gazetteer.countries``) of a country assumed for the article and
    ``home_area`` the :func:`grid_cell` cells in or next to it (see :func:`home_area`);
    ``groups`` the weight the armed groups the text names give their home countries (by index).
    """
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
    # Not across another name ("in Juja, Technical University of Mombasa") nor off it ("south of Khartoum").
    inside = frozenset(id(a) for a, b in pairs if a.start >= 0 and _INSIDE.search(text[a.end : b.start])
                       and not _OFF.search(text[a.end : b.start]) and not _CAPITAL.search(text[a.end : b.start]))
    outside = frozenset(id(a) for a, b in pairs if a.start >= 0 and _OUTSIDE.search(text[a.end : b.start]))
    context = Context(neighbours, frozenset(id(m) for m in dateline), inside, outside, fired_at(text, mentions),
                      home=home, home_area=home_area, groups=groups or Counter())
    first = _pass(gazetteer, every, context)
    context.weights = _tally(gazetteer, [(m, hit) for m, (hit, _s, _w) in zip(every, first, strict=True)], context)
    for m, (hit, _score, _why) in zip(every, first, strict=True):
        context.first_weights[id(m)] = country_weight(gazetteer, m, hit, context)
        context.chosen[id(m)] = hit.entry
        context.chosen_counts[hit.entry] += 1
    context.total = sum(context.weights.values())
    context.dateline_entry = first[0][0].entry if dateline else None
    second = _pass(gazetteer, every, context)
    results = [
        Resolution(m, hit.entry, hit.demonym, score, why, hit.alternate)
        for m, (hit, score, why) in zip(every, second, strict=True)
    ]
    final = _named(gazetteer, results, context)
    if home is not None:
        at_home = [_at_home(gazetteer, r, final, context) for r in results]
        if any(a is not r for a, r in zip(at_home, results, strict=True)):
            results = at_home
            context.named.clear()
            final = _named(gazetteer, results, context)
    if home is not None:
        context.unsupported = frozenset(id(r.mention) for r in results if unsupported_abroad(gazetteer, r, final, context))
    results = [_in_main_country(gazetteer, r, final, context) for r in results]
    abroad = units_abroad(gazetteer, text, results, context)
    context.unsupported |= abroad
    kept = [r for r in results if id(r.mention) not in abroad and keep(gazetteer, r, final, context)]
    kept = stated_places(gazetteer, text, results, kept, context)
    if results and not any(r.mention.start >= 0 for r in kept):
        # One doubtful name must not empty the result: the best-supported reading in the text stays
        # (with a country assumed, only a reading in it: the others were dropped for a reason; with
        # a dateline kept, only a reading in its country: "CONAKRY - ... in the Ratoma suburb" is
        # coded at Conakry, not at a hamlet of that name in Argentina).
        datelined = {gazetteer.country[r.entry] for r in kept if id(r.mention) in context.dateline_ids}
        in_text = [
            r for r in results if r.mention.start >= 0 and r.mention.source != "fuzzy" and not r.mention.in_name
            and not r.mention.patron
            and (home is None or gazetteer.country[r.entry] == home)
            and (not datelined or gazetteer.country[r.entry] in datelined)
        ]
        if in_text:
            best = max(in_text, key=lambda r: (not r.alternate, r.score))
            kept = sorted([*kept, best], key=results.index)
    return kept


def _named(gazetteer: Gazetteer, results: Sequence[Resolution], context: Context) -> Counter[int]:
    """The final tally of countries; records in ``context.named`` the keys read in each country."""
    final = _tally(gazetteer, [(r.mention, own(r)) for r in results], context)
    for r in results:
        if country_weight(gazetteer, r.mention, own(r), context) > 0:
            context.named[gazetteer.country[r.entry]].add(r.mention.key)
    return final


def _at_home(gazetteer: Gazetteer, resolution: Resolution, weights: Counter[int], context: Context) -> Resolution:
    """``resolution``, or the name's reading in the assumed country when the one chosen lies abroad
    and nothing in the text supports it: nationalities named elsewhere in the story ("police
    arrested 8 Yemeni nationals") can tip "in Eastleigh" to the English town, which is then dropped
    though Nairobi's Eastleigh was there to read."""
    if not unsupported_abroad(gazetteer, resolution, weights, context):
        return resolution
    home = [h for h in resolution.mention.hits if gazetteer.country[h.entry] == context.home and not h.demonym]
    if not home or context.home is None:
        return resolution
    hit = max(home, key=lambda h: (PRIOR.get(gazetteer.kinds[h.entry], 0.0), not h.alternate,
                                   gazetteer.population[h.entry]))
    name = gazetteer.countries[context.home][2]
    return Resolution(resolution.mention, hit.entry, hit.demonym, resolution.score,
                      f"in {name}, the country assumed for the article: the reading abroad has nothing in the text for it",
                      hit.alternate)


def _in_main_country(gazetteer: Gazetteer, resolution: Resolution, weights: Counter[int], context: Context) -> Resolution:
    """``resolution``, or the name's reading in the country the article is plainly about when the
    one chosen lies abroad and would be dropped: "the attack occurred in Yauri town" in a story
    about Kebbi state, Nigeria, is Nigeria's Yauri district, not the town in Peru."""
    mention = resolution.mention
    country = gazetteer.country[resolution.entry]
    if mention.start < 0 or mention.source == "fuzzy" or mention.in_name or resolution.demonym:
        return resolution
    main, top = max(weights.items(), key=lambda item: item[1], default=(country, 0.0))
    if main == country or top < 0.5 * sum(weights.values()) or keep(gazetteer, resolution, weights, context):
        return resolution
    there = [h for h in mention.hits if gazetteer.country[h.entry] == main and not h.demonym
             and gazetteer.kinds[h.entry] != COUNTRY]
    if not there:
        return resolution
    hit = max(there, key=lambda h: (PRIOR.get(gazetteer.kinds[h.entry], 0.0), not h.alternate,
                                    gazetteer.population[h.entry]))
    name = gazetteer.countries[main][2]
    return Resolution(mention, hit.entry, hit.demonym, resolution.score,
                      f"in {name}, which the article is about: the reading abroad has too little for it",
                      hit.alternate)


# Later mentions of a name already counted add this share of their weight: repetition is
# evidence of an article's focus, but one name written twice is not two places.
_REPEAT_SHARE = 0.25
def _tally(
    gazetteer: Gazetteer, readings: Sequence[tuple[Mention, Hit]], context: Context
) -> Counter[int]:
    """Country index -> how strongly the article's readings point at it."""
    weights: Counter[int] = Counter()
    seen: set[tuple[str, int]] = set()
    for mention, hit in readings:
        weight = country_weight(gazetteer, mention, hit, context)
        if (mention.key, hit.entry) in seen:
            weight *= _REPEAT_SHARE
        seen.add((mention.key, hit.entry))
        weights[gazetteer.country[hit.entry]] += weight
    if context.home is not None:
        weights[context.home] += HOME_WEIGHT
    weights.update(context.groups)
    return weights


def _pass(
    gazetteer: Gazetteer, every: Sequence[Mention], context: Context
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


def _best(gazetteer: Gazetteer, mention: Mention, context: Context) -> tuple[Hit, float, str]:
    """The best candidate for ``mention`` with its score and a short account of why."""
    best: tuple[Hit, float, str] | None = None
    unassumed: tuple[Hit, float] | None = None  # the best had no country been assumed
    anchors = anchor_lifts(gazetteer, mention.hits)
    named = named_anchors(gazetteer, mention.hits, mention.key)
    mine = context.chosen.get(id(mention))
    abroad_only = context.home is not None and all(gazetteer.country[h.entry] != context.home for h in mention.hits)
    for hit in mention.hits:
        why: list[str] = []
        score = prior(gazetteer, hit, mention, anchors, named)
        entry = hit.entry
        for other, after in context.neighbours.get(id(mention), ()):
            settled = context.chosen.get(id(other))
            # Two names side by side are two places: a neighbour of another name read as one of
            # this name's own readings ("Dnipro (Dnipropetrovsk)": the city's old name, first) is
            # read afresh. Not one of the same name ("Bor (Bor South)": the town and its county).
            if settled is not None and other.key != mention.key and any(h.entry == settled for h in mention.hits):
                settled = None
            others = (settled,) if settled is not None else tuple(h.entry for h in other.hits)
            if other.border:  # "Rukban camp near the Jordanian border": the country across it holds nothing
                others = tuple(e for e in others if gazetteer.kinds[e] != COUNTRY)
            for other_entry in others:
                if contains(gazetteer, other_entry, entry) or (
                    # After a district, a name holding it is its province, not the namesake town
                    # ("Al-Durayhimi district (Al Hudaydah)"): no town holds a district.
                    (after or gazetteer.kinds[other_entry] == ADMIN2 and other.level == 2
                     or _far_from_namesake_town(gazetteer, mention, other_entry))
                    and contains(gazetteer, entry, other_entry)
                ):
                    score += 5.0
                    why.append(f"next to '{other.text}'")
                    break
        admin1 = gazetteer.admin1[entry]
        if admin1 >= 0 and context.chosen_counts[admin1] - (mine == admin1) > 0:
            score += 2.0
            why.append(f"in {gazetteer.names[admin1]}, named in the article")
        home_share = 0.0  # what the assumed country adds to the share of the candidate's country
        if context.total > 0:
            country = gazetteer.country[entry]
            # The mention's own first reading is left out of the count, whichever country it was in.
            own_weight = context.first_weights.get(id(mention), 0.0)
            same = mine is not None and gazetteer.country[mine] == country
            share, plain = _shares(context, country, own_weight, same)
            home_share = share - plain
            if share > 0:
                score += 4.0 * share
                if plain >= 0.5:
                    why.append(f"article is about {gazetteer.countries[country][2]}")
                elif share >= 0.5:
                    why.append(f"in {gazetteer.countries[country][2]}, the country assumed for the article")
        if abroad_only and grid_cell(gazetteer, entry) in context.home_area:
            score += 1.5  # of namesakes abroad, the one next to the assumed country
            why.append(f"near {gazetteer.countries[context.home][2]}, the country assumed for the article")
        dateline_entry = context.dateline_entry
        if dateline_entry is not None and id(mention) not in context.dateline_ids:
            if dateline_entry == entry or distance_km(gazetteer, dateline_entry, entry) <= 150:
                score += 1.5
                why.append("near the dateline")
        # Of two towns scored alike, the more populous is the likelier reading.
        if best is None or score > best[1] or (
            score == best[1] and gazetteer.kinds[entry] == gazetteer.kinds[best[0].entry] == CITY
            and gazetteer.population[entry] > gazetteer.population[best[0].entry]
        ):
            best = (hit, score, "; ".join(why))
        if unassumed is None or score - 4.0 * home_share > unassumed[1]:
            unassumed = (hit, score - 4.0 * home_share)
    assert best is not None and unassumed is not None
    rival = unassumed[0].entry
    if rival != best[0].entry and gazetteer.country[rival] != gazetteer.country[best[0].entry]:
        # Say so when the assumed country made the choice: it is the likeliest wrong guess.
        home = gazetteer.countries[gazetteer.country[best[0].entry]][2]
        abroad = f"{gazetteer.names[rival]}, {gazetteer.countries[gazetteer.country[rival]][2]}"
        best = (best[0], best[1], f"{best[2]}; chosen over {abroad} because {home} is assumed".lstrip("; "))
    return best


# Beyond this, a town is not the province's namesake capital's neighbourhood.
_TOWN_KM = 40.0


def _far_from_namesake_town(gazetteer: Gazetteer, mention: Mention, other: int) -> bool:
    """Whether every town ``mention`` may name lies far from ``other``, the name before it:
    "Douentza, Mopti" names the region (Mopti town is 170 km off), while "Westlands, Nairobi"
    may name the city as well as the county."""
    return all(
        gazetteer.kinds[h.entry] != CITY or distance_km(gazetteer, h.entry, other) > _TOWN_KM
        for h in mention.hits
    )


def _shares(context: Context, country: int, own_weight: float, same: bool) -> tuple[float, float]:
    """The share of the article's weight, other than the mention's own (``same``: its first
    reading was in ``country``), that points at ``country``: with the assumed country counted,
    and without it."""
    others = context.total - own_weight
    here = context.weights[country] - (own_weight if same else 0.0)
    share = here / others if others > 0 else 0.0
    if context.home is None:
        return share, share
    plain_total = others - HOME_WEIGHT
    plain = here - (HOME_WEIGHT if country == context.home else 0.0)
    return share, (plain / plain_total if plain_total > 0 else 0.0)


def feature_of(gazetteer: Gazetteer, resolution: Resolution) -> str:
    """The ``Place.feature`` string for a resolution."""
    if resolution.namesake:
        return "city"  # a town the gazetteer lacks, coded in the unit the text puts it in
    return "demonym" if resolution.demonym else FEATURES[gazetteer.kinds[resolution.entry]]
