"""Which resolutions to keep: a weak reading of a town is better dropped than coded.

A reading goes when the article is plainly about another country and nothing else points at
it, when it is a loose or alternate spelling nothing supports, or, with a country assumed for
the article, when it lies abroad, away from that country's borders, and the text never names
its country, its people or another of its places. A refugees' camp the gazetteer knows in one
country only stays whatever demonyms say, for the people named in it are from elsewhere (but a
camp far from the assumed country's borders, which nothing in the text supports, still goes:
"inside Ifo camp" in a Kenyan story is no town in Nigeria).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from wirecoder.places.context import (
    HOME_WEIGHT,
    Context,
    Resolution,
    contains,
    country_weight,
    distance_km,
    grid_cell,
    own,
)
from wirecoder.places.cues import CUES, aimed_at
from wirecoder.places.index import ADMIN1, CITY, COUNTRY, Gazetteer
from wirecoder.places.mention import Mention

__all__ = ["fired_at", "keep", "unsupported_abroad"]


def keep(
    gazetteer: Gazetteer, resolution: Resolution, weights: Counter[int], context: Context
) -> bool:
    """Drop weak readings of towns: one abroad while the article is about another country, or a
    small one vouched for by nothing in a country the article otherwise ignores."""
    mention = resolution.mention
    entry = resolution.entry
    country = gazetteer.country[entry]
    if mention.source == "fuzzy":
        # A loose match stays only inside the country the rest of the article is about (the
        # assumed country does not count: it would vouch for any look-alike of its villages),
        # and not in a division the text does not name, far from all it names.
        if gazetteer.kinds[entry] == CITY and _outside_named_divisions(gazetteer, resolution, context):
            return False
        if context.home is not None:
            weights = weights - Counter({context.home: HOME_WEIGHT})
        total = sum(weights.values())
        return resolution.reason.startswith("next to") or (
            weights[country] >= 1.0 and weights[country] >= 0.5 * total
        ) or (
            # A division of the assumed country named with a locative cue ("rioters in Kibera"
            # for Kibra), unless the text is mostly about another country.
            country == context.home
            and mention.strong
            and gazetteer.kinds[entry] != CITY
            and weights[country] >= 0.5 * total
        )
    if unsupported_abroad(gazetteer, resolution, weights, context):
        return False
    if _foreigners_camp(gazetteer, resolution):
        return True
    if _across_the_border(gazetteer, resolution, context):
        weights = weights - Counter({context.home: HOME_WEIGHT})  # judged as if nothing were assumed
    if gazetteer.kinds[entry] != COUNTRY and mention.start >= 0 and _division_abroad(gazetteer, resolution, context):
        return False
    if gazetteer.kinds[entry] != CITY or mention.start < 0 or mention.source.startswith("ner:"):
        return True
    if _outside_its_container(gazetteer, resolution, context):
        return False
    mine = country_weight(gazetteer, mention, own(resolution), context)
    elsewhere = sum(weights.values()) - weights[country]
    here = weights[country] - mine
    population = gazetteer.population[entry]
    if resolution.reason.startswith("next to"):
        return True
    if mention.in_name and population < _INSTITUTION_TOWN and here < 1.0 and not resolution.reason:
        return False  # "Moi University" is no hamlet in Norway; "Garissa University" stays
    capital = gazetteer.admin1[entry] >= 0 and gazetteer.anchor[gazetteer.admin1[entry]] == entry
    # "Westlands, Nairobi": a namesake abroad of a place the text puts inside another country;
    # with "in", "estate", "area of" between them even a big namesake ("Dallas estate in Embu").
    # Not a division's main town after a name ("Kani (Sagaing)"): it states where that one lies.
    for other, after in context.neighbours.get(id(mention), ()):
        other_entry = context.chosen.get(id(other))
        if (
            other_entry is not None
            and id(other) not in context.unsupported  # "Isiolo town in Eastern Province": a dropped reading vetoes nothing
            and (after or not capital)
            and id(mention if after else other) not in context.outside
            and other.source != "fuzzy"
            # a nationality holds no place ("In Beryslav, a Russian drone dropped ..."): whose drone, not where
            and not (other.people or all(hit.demonym for hit in other.hits))
            and gazetteer.country[other_entry] != country
            # "Rann (Kala/Balge LGA, Borno)": a neighbour read in a country the article otherwise
            # ignores (Kala in Algeria) vetoes no reading of a country it is about
            and weights[gazetteer.country[other_entry]] >= weights[country]
            and (
                (after and id(mention) in context.inside)
                or (
                    population < 100_000
                    and (gazetteer.kinds[other_entry] != CITY or gazetteer.population[other_entry] > population)
                )
            )
        ):
            return False
    if resolution.alternate and population >= _VILLAGE_CAP and "village" in (mention.unit, mention.cue.removesuffix(" of")):
        return False  # "near the village of Boni" is no city that is also called so (Bonn)
    if population >= 1_000_000 or (
        population >= 100_000 and not (resolution.alternate and elsewhere > here)
        and not (elsewhere >= (1.0 if mention.level == 3 else 2.0) and here == 0.0)
    ):
        # A sizeable town, unless the article is plainly about another country and nothing
        # else points at this one ("Kani township" in a Myanmar story is not Kani, Japan); one
        # country named is enough when the text calls it a town or a village ("the Myanmar
        # military raided the village of Kani"): a city abroad would be named as one.
        return True
    if elsewhere >= 1.0 and here < 0.5 * elsewhere and not (capital and mention.strong and not resolution.alternate) \
            and not (id(mention) in context.aimed and not resolution.alternate):
        # a town fire was aimed at stays ("rockets fired from the Gaza Strip towards Sderot"): the
        # article's other places are often where the fire came from
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


def _division_abroad(gazetteer: Gazetteer, resolution: Resolution, context: Context) -> bool:
    """Whether a division's reading lies in another country than the country or first-level division
    the text names right after it: "Dara district, Panjshir province" is no governorate of Syria, and
    "Kurdistan, Iraq" no province of Iran (a town is judged with its other neighbours in ``keep``)."""
    entry = resolution.entry
    if gazetteer.kinds[entry] == CITY:
        return False
    return id(resolution.mention) not in context.outside and any(
        not (other.people or all(hit.demonym for hit in other.hits))
        and gazetteer.kinds[other_entry] in (COUNTRY, ADMIN1)
        and gazetteer.country[other_entry] != gazetteer.country[entry]
        for other, other_entry in _named_after(resolution, context)
    )


def _named_after(resolution: Resolution, context: Context) -> Iterator[tuple[Mention, int]]:
    """The names right after a resolution's mention that were read and kept, with their readings."""
    for other, after in context.neighbours.get(id(resolution.mention), ()):
        other_entry = context.chosen.get(id(other))
        if after and other_entry is not None and other.source != "fuzzy" and id(other) not in context.unsupported:
            yield other, other_entry


def fired_at(text: str, mentions: Sequence[Mention]) -> frozenset[int]:
    """The mentions (by id) the text names as where fire was aimed ("rockets towards Sderot")."""
    return frozenset(id(m) for m in mentions if m.start > 0 and aimed_at(text, m.start))


# A town an institution's name opens must be this big, or supported by the article, to be kept.
# A place the text calls a village is no town this big known by another name.
_VILLAGE_CAP = 100_000
_INSTITUTION_TOWN = 50_000


def unsupported_abroad(
    gazetteer: Gazetteer, resolution: Resolution, weights: Counter[int], context: Context
) -> bool:
    """With a country assumed for the article, a reading in another country that nothing else in
    the text points at: "Buruburu" read as a village in Ivory Coast, "Boni" as a spelling of Bonn.
    Only towns of a million people, or of 100,000 named with a locative cue, stay."""
    mention = resolution.mention
    entry = resolution.entry
    country = gazetteer.country[entry]
    kind = gazetteer.kinds[entry]
    if (
        context.home is None
        or country == context.home
        or mention.start < 0
        or kind == COUNTRY
        or resolution.demonym
        or resolution.reason.startswith("next to")
    ):
        return False
    if context.named[country] - {mention.key}:
        return False  # the text names the country, its people or another of its places
    if _across_the_border(gazetteer, resolution, context) and (mention.strong or CUES.get(mention.cue, 0) >= 2):
        # "in Namanga", "Dolo town": it may well be where it happened. Not a bare name, which is
        # as often a person's ("the gang's leader Ndungu" is no village in Tanzania).
        return False
    if kind != CITY or resolution.alternate:
        return True
    population = gazetteer.population[entry]
    return population < 100_000 or (population < 1_000_000 and not mention.strong)


def _foreigners_camp(gazetteer: Gazetteer, resolution: Resolution) -> bool:
    """Whether the text calls the place a refugees' or displaced people's camp and the gazetteer
    knows its name in one country only: "Somali refugees in the Dadaab refugee camp" is in Kenya,
    whatever the demonyms say, for refugees are from elsewhere by definition."""
    mention = resolution.mention
    return (
        mention.camp
        and mention.source != "fuzzy"
        and gazetteer.kinds[resolution.entry] != COUNTRY
        and len({gazetteer.country[hit.entry] for hit in mention.hits}) == 1
    )


def _across_the_border(gazetteer: Gazetteer, resolution: Resolution, context: Context) -> bool:
    """Whether a reading lies abroad but next to the assumed country."""
    entry = resolution.entry
    return (
        context.home is not None
        and gazetteer.country[entry] != context.home
        and grid_cell(gazetteer, entry) in context.home_area
    )


# A reading this far from the place the text puts it in is a namesake, whatever the divisions say: the
# gazetteer's second-order units often differ from the ones texts name ("Kapedo in Tiaty").
_FAR_KM = 100.0


def _outside_its_container(gazetteer: Gazetteer, resolution: Resolution, context: Context) -> bool:
    """Whether the text puts the name inside a place of the same country that its reading lies
    outside of, and far off: "the Jacarezinho favela in Rio de Janeiro" is no town of Parana, 700 km off,
    but a part of the city the text names (a namesake abroad is judged in ``keep``)."""
    entry = resolution.entry
    if id(resolution.mention) not in context.inside:
        return False
    return any(
        gazetteer.kinds[other_entry] != COUNTRY
        and gazetteer.country[other_entry] == gazetteer.country[entry]
        and not contains(gazetteer, other_entry, entry)
        and distance_km(gazetteer, other_entry, entry) > _FAR_KM
        for _other, other_entry in _named_after(resolution, context)
    )


# A village of this many people or fewer, read in a division the text does not name, is a namesake.
_NAMESAKE_VILLAGE = 20_000


def _outside_named_divisions(gazetteer: Gazetteer, resolution: Resolution, context: Context) -> bool:
    """Whether a village's loose reading lies in another first-order division of its country than every
    one the text names, and far from every other place the text names there: "Tekalguda village on the
    border of Sukma and Bijapur districts in Chhattisgarh" is no Takalghat of Maharashtra. Only for loose
    readings: an exact one may lie where a people's name ("Pokot gunmen") reads as a division."""
    entry = resolution.entry
    if gazetteer.population[entry] > _NAMESAKE_VILLAGE or resolution.reason.startswith("next to"):
        return False
    country = gazetteer.country[entry]
    others = {e for e in context.chosen.values() if e != entry and gazetteer.country[e] == country
              and gazetteer.kinds[e] != COUNTRY}
    named = {e for e in others if gazetteer.kinds[e] == ADMIN1}
    return bool(named) and gazetteer.admin1[entry] not in named and all(
        distance_km(gazetteer, other, entry) > _FAR_KM for other in others
    )
