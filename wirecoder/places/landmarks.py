"""Places named only to say where another place lies: "Awdheegle, about 70 km west of Mogadishu",
"the Kati military camp, 15 km northwest of Bamako", "Kalma camp outside Nyala", and the owner in
"Pulwama's Tral area".

Such a landmark does not locate the event: the place before it does, and ACLED codes that one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.model import Place
from wirecoder.places.focus import LEVEL

__all__ = ["landmark", "possessives"]

_FINER = frozenset({"city", "admin1", "admin2"})

# Between a place and a landmark that only says where it lies: "the Nehm district east of
# Sanaa", "Awdheegle, about 70 km west of Mogadishu", "the Kati military camp, 15km north-west of
# Bamako": unit and site words, a distance (its unit written apart or not) and directions.
_TO_LANDMARK = re.compile(
    r"^(?:[\s,()\-–]|\b(?:the|a|an|town|village|district|region|province|area|city|county|governorate|state|"
    r"camp|base|military|army|police|security|checkpoint|checkpost|outpost|post|barracks|airbase|airport|"
    r"market|station|about|some|around|roughly|nearly|just|located|situated|lies|"
    r"\d[\d.,]*(?:km|kms|mi)?|km|kms|kilometres|kilometers|miles|"
    r"for|internally|displaced|displacement|people|persons|refugees?|IDPs?|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|of|from)\b)*$",
    re.IGNORECASE,
)
# Cues (``cues.cue_before``) that place a landmark relative to the place named before it.
_RELATIVE = frozenset(
    {"north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of",
     "km from", "kilometres from", "kilometers from", "miles from"}
)

# A camp named just before "near" a town: coders code the camp ("Nur Shams camp near Tulkarm",
# "Kalma camp outside Nyala"); a village "near" a town is as often coded at the town.
_CAMP_NEAR = re.compile(
    r"^\s+(?:(?:refugee|refugees'?|displacement|displaced|IDP|IDPs'?|people'?s'?|persons'?|protection|of|civilians?)\s+)*"
    r"camp,?\s+(?:just\s+)?(?:near|outside|on\s+the\s+outskirts\s+of|outskirts\s+of)\s+(?:the\s+(?:town|city)\s+of\s+)?$",
    re.IGNORECASE,
)
_NEAR = frozenset({"near", "outside", "outskirts of"})
# How far before a landmark the place it is said of may end.
_REACH = 48


def landmark(text: str, place: Place, cue: str, places: Sequence[Place]) -> bool:
    """Whether ``place`` (its cue word ``cue``) is named only to say where a place just before it lies.

    Example: in "the Kati military camp, 15 km northwest of Bamako", Bamako (cue "northwest of")
    is Kati's landmark.
    """
    def said_of(other: Place) -> bool:
        gap = text[other.end : place.start]
        return (_TO_LANDMARK if cue in _RELATIVE else _CAMP_NEAR).match(gap) is not None
    return (cue in _RELATIVE or cue in _NEAR) and any(
        0 <= other.end <= place.start <= other.end + _REACH
        and other.country == place.country
        and other.feature in _FINER
        and said_of(other)
        for other in places
    )


_POSSESSIVE = ("'s ", "’s ")


def possessives(text: str, place: Place, places: Sequence[Place]) -> list[tuple[Place, Place]]:
    """The (owner, owned) pairs ``place`` is part of, where a place owns the next one of its country:
    "Pulwama's Tral area", "Karachi's Lyari", "Nairobi's Kibera". The owned place is no coarser than
    its owner, or lies in the city's own division; the owner only says where it lies."""
    def pair(owner: Place, owned: Place) -> bool:
        return (
            owner.start >= 0
            and text[owner.end : owned.start] in _POSSESSIVE
            and owner.country == owned.country
            and owner.feature in _FINER
            and owned.feature in _FINER
            and (
                LEVEL.get(owned.feature or "", 0) >= LEVEL.get(owner.feature or "", 0)
                or (owner.feature == "city" and owned.admin1 == owner.admin1)
            )
        )
    return [(place, other) for other in places if other is not place and pair(place, other)] + [
        (other, place) for other in places if other is not place and pair(other, place)
    ]
