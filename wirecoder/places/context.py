"""What resolving one mention may know about the rest of its article.

:class:`Resolution` is a mention with the entry chosen for it; :class:`Context` gathers what the
other mentions, the dateline and the country assumed for the article say, once per pass;
``country_weight`` is how strongly one reading points at its country. The assumed country
(``home``) weighs like one more place named in it, and ``home_area`` marks the ground next to it,
where a namesake across the border may well be the place meant.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wirecoder.places.cues import CUES
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, Hit
from wirecoder.places.mention import Mention

__all__ = [
    "HOME_WEIGHT",
    "Context",
    "Resolution",
    "contains",
    "country_weight",
    "distance_km",
    "grid_cell",
    "home_area",
    "own",
]

_NEIGHBOUR_KM = 40.0
# The assumed country weighs like one place named in it: it settles names the text leaves open
# and outweighs a stray namesake abroad, but a text that names places abroad outweighs it.
HOME_WEIGHT = 1.0



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
    # The gazetteer's town is a namesake outside that division (or lacks the place): code the
    # division, precision 2 (1 when ``bracketed``).
    namesake: bool = False
    # For a namesake, the town the text names next to it ("Gidan Maiwada (Maru, Zamfara)": Maru),
    # whose coordinates stand for it; -1: the division's main town.
    point: int = -1
    # For a namesake, whether the text puts the division in brackets after the name ("Kapkwen
    # (Bomet)"): coders' notes write so the places they located, at precision 1.
    bracketed: bool = False


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


@dataclass
class Context:
    """What the rest of the article says, gathered once per pass."""

    neighbours: dict[int, list[tuple[Mention, bool]]]  # id(mention) -> (other, other is after)
    dateline_ids: frozenset[int]
    inside: frozenset[int] = frozenset()  # id(mention) the text puts inside the next one ("X estate in Y")
    outside: frozenset[int] = frozenset()  # id(mention) the text puts near the next one ("X near Y")
    aimed: frozenset[int] = frozenset()  # id(mention) the text names as where fire was aimed ("rockets at Y")
    chosen: dict[int, int] = field(default_factory=dict)  # id(mention) -> entry, first pass
    chosen_counts: Counter[int] = field(default_factory=Counter)
    weights: Counter[int] = field(default_factory=Counter)
    total: float = 0.0
    dateline_entry: int | None = None
    home: int | None = None  # country index assumed for the article, weighing like one place in it
    home_area: frozenset[tuple[int, int]] = frozenset()  # grid cells in or next to the assumed country
    groups: Counter[int] = field(default_factory=Counter)  # country index -> weight of the armed groups named
    first_weights: dict[int, float] = field(default_factory=dict)  # id(mention) -> weight of its first reading
    named: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # country -> keys read in it
    unsupported: frozenset[int] = frozenset()  # id(mention) read abroad with nothing for it: dropped


def own(resolution: Resolution) -> Hit:
    """The hit a resolution chose."""
    return Hit(resolution.entry, resolution.alternate, resolution.demonym)


def country_weight(gazetteer: Gazetteer, mention: Mention, hit: Hit, context: Context) -> float:
    """How strongly reading ``mention`` as ``hit`` points at the hit's country."""
    if id(mention) in context.dateline_ids:
        return 2.0
    if mention.source == "fuzzy" or mention.group or mention.patron:
        # A loose match or a group's name follows the article's country, it does not set it; nor
        # does a patron's ("Iran-backed militias near Albu Kamal" are in Syria).
        return 0.0
    kind = gazetteer.kinds[hit.entry]
    if mention.border and (kind == COUNTRY or hit.demonym):
        return 0.0  # "Rukban camp near the Jordanian border" is in Syria
    weight = {COUNTRY: 1.0, ADMIN1: 1.0, ADMIN2: 0.8, CITY: 0.7}[kind]
    if hit.demonym:
        weight = 0.7
    if kind == COUNTRY and mention.people:
        weight = min(weight, 0.7)  # "US forces", "UK officials": whose they are, as a demonym says
    if kind == COUNTRY and CUES.get(mention.cue, 1) == 0:
        weight *= 0.5  # "bandits from Ethiopia", "fled to Uganda": where people come from or go
    elif kind in (ADMIN1, ADMIN2) and mention.cue == "from":
        weight *= 0.5  # "rockets fired from the Gaza Strip towards Sderot": where the fire came from
    elif kind == CITY and (hit.alternate or (gazetteer.population[hit.entry] < 1000 and not mention.strong)):
        # Another language's spelling or an obscure hamlet matched by chance says little.
        weight *= 0.5
    if mention.in_name:
        weight *= 0.5
    return weight


# Grid cells of half a degree (about 55 km): a town abroad within two cells of one holding a place
# of the assumed country lies within about 150 km of it (the gazetteer is sparse in places).
_CELLS_PER_DEGREE = 2
_REACH = 2


def grid_cell(gazetteer: Gazetteer, entry: int) -> tuple[int, int]:
    """The half-degree grid cell an entry lies in."""
    return (
        math.floor(gazetteer.latitude[entry] * _CELLS_PER_DEGREE),
        math.floor(gazetteer.longitude[entry] * _CELLS_PER_DEGREE),
    )


def home_area(gazetteer: Gazetteer, country: int) -> frozenset[tuple[int, int]]:
    """The grid cells holding a place of ``country``, and the cells around them."""
    cells = {
        grid_cell(gazetteer, entry)
        for entry in range(len(gazetteer))
        if gazetteer.country[entry] == country and gazetteer.kinds[entry] != COUNTRY
        and not math.isnan(gazetteer.latitude[entry])
    }
    around = range(-_REACH, _REACH + 1)
    return frozenset((lat + dy, lon + dx) for lat, lon in cells for dy in around for dx in around)
