"""The article's own place, which stands in for an event whose text names none: its dateline,
else the most-mentioned, most specific place of the country most of its places are in."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wirecoder.model import Place

__all__ = ["LEVEL", "dateline_end", "dominant_country", "focus"]

# How fine each kind of place is; a nationality is coarser than any place.
LEVEL = {"city": 3, "admin2": 2, "admin1": 1, "country": 0, "demonym": -1}


# A dateline left at the head of the text: a place in capitals, then its country or a date, an
# agency, and a dash ("MOGADISHU, Aug 3 2019 (AFP) -", "PESHAWAR, Pakistan, October 5, 2014 (AP) -").
# In mixed case only with an agency and a dash ("Mogadishu, Aug 3 2019 (AFP) -").
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}(?:,\s*[A-Z0-9][\w'’.\- ]{0,30}?){0,4}"
    r"\s*(?:\([A-Za-z][A-Za-z .&'’-]{0,38}\)\s*(?:--|[-–—:])?|--|[-–—:])"
    r"|[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}(?:,\s*[A-Z0-9][\w'’.\- ]{0,30}?){0,4}"
    r"\s*\([A-Za-z][A-Za-z .&'’-]{0,38}\)\s*(?:--|[-–—:]))\s"
)


def dateline_end(text: str) -> int:
    """Where a dateline left at the start of ``text`` ends, or 0 when there is none."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def dominant_country(places: Sequence[Place]) -> str | None:
    """The country most of an article's places are in, when there is one."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    (first, top), *rest = counts.most_common(2) + [(None, 0)]
    return first if top > rest[0][1] else None


def focus(places: Sequence[Place], head: int = 0) -> Place | None:
    """The article's main place: its dateline, else the most-mentioned, most specific place.
    ``head`` is where a dateline left in the text ends (:func:`dateline_end`).

    A dateline in another country than the one the text is about is a regional bureau
    ("BANGKOK (Reuters) - Myanmar military jets bombed ..."): the text's own places win then.
    """
    real = [p for p in places if p.feature != "demonym"]
    in_text = dominant_country([p for p in real if p.start >= head])
    for place in real:
        if place.start < head and (in_text is None or place.country == in_text):
            people = _people_elsewhere(places, head, place)
            if in_text is None and people is not None:
                return people
            if _bureau_only(real, head, place):
                break
            return place
    real = [p for p in real if p.start >= head] or real
    real = [p for p in real if p.country == in_text] or real
    if not real:
        return places[0] if places else None
    counts = Counter((p.location, p.country, p.feature) for p in real)
    return max(
        real,
        key=lambda p: (counts[(p.location, p.country, p.feature)], LEVEL.get(p.feature or "", 0), -p.start),
    )


# Cities where agencies keep regional desks: a story datelined there is often about a
# neighbouring country ("BEIRUT (Reuters) - Syrian warplanes bombed ...").
_DESK_CITIES = frozenset(
    """Beirut Nairobi Dubai Amman Johannesburg Dakar Bangkok Cairo Istanbul Abidjan Jerusalem
    Islamabad Singapore Jakarta Doha Geneva London Paris Brussels Washington""".split()
) | {"Addis Ababa", "New Delhi", "Hong Kong", "Mexico City", "Abu Dhabi", "New York", "Kuala Lumpur"}


def _bureau_only(real: Sequence[Place], head: int, dateline: Place) -> bool:
    """Whether a desk city's dateline is only where the story was filed: the text never names it, and
    names another town of its country again and again ("ISLAMABAD (Xinhua) -- ... clashed in Hyderabad ...
    Hyderabad Press Club ... in Hyderabad")."""
    if dateline.location not in _DESK_CITIES:
        return False
    told = [p for p in real if p.start >= head and p.country == dateline.country and p.feature in ("city", "admin2")]
    if any(p.location == dateline.location for p in told):
        return False
    counts = Counter(p.location for p in told)
    return bool(counts) and counts.most_common(1)[0][1] >= 2


def _people_elsewhere(places: Sequence[Place], head: int, dateline: Place) -> Place | None:
    """With a regional desk's dateline and no place in the text, the one nationality the text
    names when it is another country's: the story is about that country, not the desk's."""
    if dateline.location not in _DESK_CITIES:
        return None
    people = [p for p in places if p.feature == "demonym" and p.start >= head]
    countries = {p.country for p in people}
    if len(countries) != 1 or dateline.country in countries:
        return None
    return people[-1]
