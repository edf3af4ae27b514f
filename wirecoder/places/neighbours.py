"""The capitalised words next to a place name that do or do not make it part of a longer name:
an acronym, a possessive written without its apostrophe, a division named right after a town,
a participle opening the sentence, a facility word, an institution's name run on after a town.
"""

from __future__ import annotations

import re

from wirecoder.places.cues import FACILITY_WORDS, common_words
from wirecoder.places.index import ADMIN1, ADMIN2, COUNTRY, Gazetteer, Hit
from wirecoder.places.names import ADMIN_SUFFIXES, fold
from wirecoder.places.tokens import Token, joined, unit_suffix

__all__ = [
    "OPENER_POPULATION",
    "ORG_OPENERS",
    "closes_run",
    "compass_of_unit",
    "facility_after",
    "known_place",
    "opens_institution",
    "opens_run",
    "possessive_without_apostrophe",
    "unit_named_with_compass",
]

_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
# A word ending in -s is read as a possessive only of a place this big or a division: "Trans"
# is not "Tran's", "Barclays" not "Barclay's", but "Nairobis" is "Nairobi's".
_POSSESSIVE_POPULATION = 10_000


def facility_after(text: str, end: int) -> bool:
    """True when a facility word follows position ``end`` ("... road", "... border")."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following.group(1).lower().rstrip("s") in FACILITY_WORDS


def possessive_without_apostrophe(
    gazetteer: Gazetteer, token: Token, i: int
) -> tuple[int, str, tuple[Hit, ...]] | None:
    """A match for "Nairobis" meaning "Nairobi's" (notes often drop the apostrophe)."""
    word = token.text
    if len(word) < 5 or not word.endswith("s") or word.isupper():
        return None
    key = fold(word[:-1])
    hits = gazetteer.lookup(key)
    own = tuple(h for h in hits if not h.alternate)  # "Trans" is not "Tran's" because of a Trang
    if not hits or key in common_words() or not (
        known_place(gazetteer, own, _POSSESSIVE_POPULATION) or any(gazetteer.kinds[h.entry] == ADMIN2 for h in hits)
    ):
        return None
    return i, key, hits


def opens_run(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, level: int | None, key: str
) -> bool:
    """Whether the capitalised word before token ``i`` leaves it the first word of a name:
    a place's possessive without its apostrophe ("Kenyas Lamu coastal region"), an acronym
    before a place and a facility word ("the ODM Busia Governor nominations"), a town before
    a division its unit word names ("in Witu Lamu County", a comma left out), or a participle
    that opens the sentence ("Striking Mombasa county workers")."""
    left = tokens[i - 1]
    if left.upper:
        return facility_after(text, tokens[i].end)
    if level in (1, 2) and key not in ADMIN_SUFFIXES and any(
        not h.alternate for h in gazetteer.lookup(fold(left.text))
    ):
        return True  # not "Trans Mara District": "Trans" is only a foreign spelling of a French town
    if left.initial and level is not None and len(left.text) > 5 and left.text.endswith("ing"):
        return fold(left.text) not in gazetteer
    return left.text.endswith("s") and possessive_without_apostrophe(gazetteer, left, i - 1) is not None


def closes_run(gazetteer: Gazetteer, text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised word after token ``j`` starts something else than a longer name:
    an acronym ("Mokowe GSU camp", "the Migori ODM offices": the place is where the body
    stands), or a division its unit word names ("in Witu Lamu County", a comma left out)."""
    right = tokens[j + 1]
    if right.upper and len(right.text) >= 2:
        return True
    for width in (1, 2):
        last = j + width
        if last >= len(tokens) or not tokens[last].cap:
            return False
        level, _end = unit_suffix(text, tokens, last)
        if level in (1, 2) and any(
            gazetteer.kinds[h.entry] in (ADMIN1, ADMIN2)
            for h in gazetteer.lookup(fold(text[right.start : tokens[last].end]))
        ):
            return True
    return False


def known_place(gazetteer: Gazetteer, hits: tuple[Hit, ...], population: int = 50_000) -> bool:
    """True for names that are surely places: countries, divisions or towns of ``population``+."""
    return any(
        gazetteer.kinds[h.entry] in (COUNTRY, ADMIN1) or gazetteer.population[h.entry] >= population
        for h in hits
    )


# Compass words that close a district's name after its town: "Tonj East county", "Rumbek Centre".
_COMPASS = frozenset("north south east west central centre center northeast northwest southeast southwest".split())


def unit_named_with_compass(text: str, tokens: list[Token], j: int) -> bool:
    """Whether a compass word and a unit word follow token ``j``: "Tonj East county",
    "Rumbek Centre county" name a district around the town (a unit the gazetteer lacks)."""
    k = j + 1
    if k >= len(tokens) or not joined(text, tokens[j], tokens[k]) or tokens[k].text.lower() not in _COMPASS:
        return False
    level, _end = unit_suffix(text, tokens, k)
    return level in (1, 2)


def compass_of_unit(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i``, a compass word, belongs to the unit named by the place before it
    ("Tonj East county"): then it is no region of its own (Cameroon's East)."""
    return (
        i > 0
        and tokens[i].text.lower() in _COMPASS
        and tokens[i - 1].cap
        and joined(text, tokens[i - 1], tokens[i])
        and fold(tokens[i - 1].text) in gazetteer
        and unit_named_with_compass(text, tokens, i - 1)
    )


# Words that close an institution's, a body's or a site's name ("... Company", "... Law Courts",
# "Baiji Oil Refinery", "Laikipia Nature Conservancy", "Kirkuk Air Base").
_ORG_WORDS = frozenset(
    """university college school hospital academy institute polytechnic company corporation
    council courts court market factory authority board union association society cooperative centre
    center refinery plant station base airbase airport airfield field barracks prison conservancy reserve
    sanctuary ranch estate plantation farm mine mines dam port stadium complex church cathedral mosque
    temple shrine hall hotel""".split()
)
# Words that open an institution's name after its town and never a person's name ("the Kapedo
# Catholic Church", "the Maiduguri Grand Mosque", "the Ruqa Police Station"): the town is where it
# stands, however small.
ORG_OPENERS = frozenset(
    """catholic anglican methodist baptist pentecostal presbyterian lutheran adventist orthodox
    evangelical central grand great main municipal provincial regional civil military police army
    public jamia""".split()
)
_ORG_INNER = frozenset(("and", "of", "&", "for"))
# A town that opens an institution's name must be this big (or a division) to be read as a place.
OPENER_POPULATION = 10_000


def opens_institution(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words after token ``j`` run on to an institution's word, which may
    be written in lower case ("the Kapedo Catholic church")."""
    end = tokens[j].end
    for k in range(j + 1, min(j + 8, len(tokens))):
        token = tokens[k]
        if not joined(text, tokens[k - 1], token):
            break
        word = token.text.lower()
        if word in _ORG_WORDS:
            return True
        if not token.cap and word not in _ORG_INNER:
            return False
        end = token.end
    following = _NEXT_WORD.match(text, end)
    return end > tokens[j].end and following is not None and following.group(1) in _ORG_WORDS
