"""Peoples named like towns: "Kikuyu youths", "clashes between Kikuyu and Maasai", "Igbo traders".

``data/peoples.tsv`` lists peoples, clans and tribes with their countries. A name that is also a
place of its own country is left out of the gazetteer's people keys, because the place usually
says where ("in Turkana", "Kisii town"). When the text plainly speaks of the people, though, a
town of the name (Kikuyu near Nairobi, Igbo-Ukwu in Anambra) is not where anything happened:
such a mention is read as the people, which points at its country and at no town. A province
named after its people (Turkana, Amhara, Afar) keeps its place reading: it is where the people
live, and the event-locating rules already weigh a name followed by a people word less.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from wirecoder.places.builder import read_table
from wirecoder.places.cues import FACILITY_WORDS, PEOPLE_WORDS, TOWN_WORDS
from wirecoder.places.index import ADMIN1, COUNTRY, Gazetteer, Hit
from wirecoder.places.names import ADMIN_SUFFIXES, fold

if TYPE_CHECKING:
    from wirecoder.places.mention import Mention

__all__ = ["as_peoples", "people_names"]

# Words after a people's name that make it people; broader than PEOPLE_WORDS, which every place
# name is tested against ("Mombasa traders" are traders in Mombasa, "Kikuyu traders" are Kikuyu).
_PEOPLE_AFTER = PEOPLE_WORDS | frozenset(
    """people peoples civilians tribesman tribesmen ethnic groups group gangs gang assailants attackers
    businessmen businessman farmers villagers traders victims squatters settlers workers households
    homes houses families homesteads neighbours neighbors counterparts members""".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# Before the name: a count ("6 Kikuyu were killed", "1,000 Kikuyu"), "ethnic", or "the" with a
# verb after ("the Kikuyu joined forces").
_COUNT_BEFORE = re.compile(r"(?:\b\d[\d,]*|\bethnic|\bmainly|\bmostly)\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# Between two peoples: "Kikuyu and Maasai", "Pokot, Turkana", "Tugen-Ilchamus", "Luo vs. Kikuyu".
_PAIR_GAP = re.compile(r"\s*(?:,|&|-|/|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*(?:the\s+)?", re.IGNORECASE)
# After "the X": words that make X a place ("the Kikuyu road", "the Kikuyu area"), not a people.
_NOT_VERBS = FACILITY_WORDS | TOWN_WORDS | frozenset(ADMIN_SUFFIXES) | frozenset(
    ("of", "and", "or", "in", "at", "to", "on", "from", "is", "side", "boys", "girls")
)


@lru_cache(maxsize=1)
def people_names() -> dict[str, tuple[str, ...]]:
    """Folded people name -> the ISO2 codes of its countries (most usual first)."""
    names: dict[str, tuple[str, ...]] = {}
    for row in read_table("peoples.tsv"):
        codes = tuple(code for code in row[0].split("|") if code)
        for name in filter(None, row[1].split("|")):
            names.setdefault(fold(name), codes)
    return names


def as_peoples(gazetteer: Gazetteer, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each people-named town the text speaks of as people read as that people."""
    names = people_names()
    out = list(mentions)
    if not any(m.key in names for m in mentions):
        return out  # most articles name no people: the cheap test first
    # Only where the article names another place: with none, a town of the people's name is the
    # nearest thing to where they live that the text gives, and better than no place at all.
    places = [m for m in mentions if m.start >= 0 and m.key not in names and not _countryish(gazetteer, m)]
    if not places:
        return out
    for index, mention in enumerate(mentions):
        codes = names.get(mention.key)
        if codes is None or mention.level is not None or mention.start < 0:
            continue
        people = _people_hits(gazetteer, codes)
        if not people or any(h.demonym for h in mention.hits):
            continue  # already read as the people, or a country we do not carry
        homes = {gazetteer.country[h.entry] for h in people}
        if any(gazetteer.kinds[h.entry] == ADMIN1 and gazetteer.country[h.entry] in homes
               for h in mention.hits):
            continue  # "Turkana raiders": the province of the name is where they live
        if _speaks_of_people(gazetteer, text, mentions, index):
            out[index] = dataclasses.replace(mention, hits=people, people=True)
    return out


def _countryish(gazetteer: Gazetteer, mention: Mention) -> bool:
    return all(h.demonym or gazetteer.kinds[h.entry] == COUNTRY for h in mention.hits)


def _people_hits(gazetteer: Gazetteer, codes: tuple[str, ...]) -> tuple[Hit, ...]:
    entries = {iso2: entry for iso2, _iso3, _name, entry in gazetteer.countries}
    return tuple(Hit(entries[code], True, True) for code in codes if code in entries)


def _speaks_of_people(gazetteer: Gazetteer, text: str, mentions: Sequence[Mention], index: int) -> bool:
    """Whether the words around mention ``index`` make its name a people, not a place."""
    mention = mentions[index]
    start, end = mention.start, mention.end
    if text[end : end + 1] == "s" and not text[end + 1 : end + 2].isalpha():
        return True  # "Kikuyu militia", "300 unarmed Kikuyus"
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following else ""
    if word.lower() in _PEOPLE_AFTER:
        # Not a name that a facility word closes: "Marakwet Boys School", "Kikuyu Youth Centre".
        after = _NEXT_WORD.match(text, following.end()) if following else None
        return not (word[0].isupper() and after and after.group(1).lower() in FACILITY_WORDS)
    before = text[max(0, start - 12) : start]
    if _COUNT_BEFORE.search(before):
        return True
    if _THE_BEFORE.search(before) and word.islower() and word not in _NOT_VERBS:
        return True  # "the Kikuyu joined forces"
    for other in (mentions[index - 1] if index > 0 else None, mentions[index + 1] if index + 1 < len(mentions) else None):
        if other is None or other.start < 0:
            continue
        left, right = (other, mention) if other.start < start else (mention, other)
        gap = text[left.end : right.start]
        if len(gap) <= 12 and _PAIR_GAP.fullmatch(gap) and (
            any(h.demonym for h in other.hits) or other.key in people_names()
        ):
            return True  # "clashes between Kikuyu and Maasai", "Tugen-Ilchamus"
    return False
