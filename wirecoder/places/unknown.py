"""Names the gazetteer lacks that the text calls a village or a town ("the village of Kansafra",
"Myaung township"), and the test for whether a capitalised run can be a town's name at all.

A name put right next to a known place ("Harbul village near Garissa town") is left to
:mod:`~wirecoder.places.stated`, which codes it as coders do an unfound village, at that place.
One with no place attached is coded at the place the text names nearest it, in its sentence or
else before it, at precision 2 under its own name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wirecoder.places.context import Resolution
from wirecoder.places.cues import (
    CUES,
    FACILITY_WORDS,
    FLED_CAMP,
    FUNCTION_WORDS,
    PEOPLE_WORDS,
    TITLES,
    TOWN_WORDS,
    common_words,
    cue_before,
)
from wirecoder.places.index import ADMIN1, CITY, COUNTRY, Gazetteer
from wirecoder.places.names import ADMIN_SUFFIXES, DIRECTIONS, fold
from wirecoder.places.mention import Mention

__all__ = ["SHORT_OPENING", "town_name", "unknown_named_towns"]

# A name the text calls a village or a town, with no unit after it: "the village of Kansafra",
# "Myaung township", "the town of Kawlin".
# Myanmar's and Southeast Asia's names may open with a one-letter word ("A Nang Pa", "U Yin"): a
# capital letter standing alone mid-sentence, before capitalised words, is no article or initial.
SHORT_OPENING = r"(?<=[a-z,] )[A-Z](?= [A-Z][a-z])"
_NAME = r"(?:[A-Z][a-z][\w'’]*|" + SHORT_OPENING + r")(?:[ -](?:(?!IDPs?\b)[A-Z][\w'’]*|al|el|ad|ar|as|ash|at|az|an|de|du|la)){0,3}"
_NAMED_TOWN = re.compile(
    r"\b(?:village|town|hamlet|settlement|locality)\s+of\s+(?P<after>" + _NAME + r")"
    r"|(?<![\w'’-])(?P<before>" + _NAME + r")\s+(?:village|township|hamlet|" + FLED_CAMP + r")\b"
)
# Between an unknown village and a known place right after it: the text attaches one to the other.
_ATTACHED = re.compile(r"\s*(?:,|\(|\b(?:in|of|near|outside|at)\b)\s*(?:the\s+)?(?:[a-z-]+\s+){0,3}")
_FROM_OWN = re.compile(r"\b(?:from|to|towards?)\s+(?:their|his|her|its|our)\s+(?:home\s+|native\s+)?$")
_SENTENCE_GAP = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def unknown_named_towns(
    gazetteer: Gazetteer, text: str, results: Sequence[Resolution], kept: list[Resolution]
) -> list[Resolution]:
    """Names the gazetteer does not know that the text calls a village or a town with no unit
    after them ("Government artillery pounded the village of Kansafra"): a place of the division
    of the nearest place kept in the same sentence, else of the last one before it, coded at
    precision 2 at that place, under the name the text gives."""
    # A reading that was dropped leaves its name free: "Kansafra" is no spelling of a town kept,
    # "Kani township" in a Myanmar story no town in Japan.
    taken = [(r.mention.start, r.mention.end) for r in kept if r.mention.start >= 0]
    anchors = [r for r in kept if _anchors_a_town(gazetteer, r)]
    divisions = {r.entry: r.entry if gazetteer.kinds[r.entry] == ADMIN1 else gazetteer.admin1[r.entry] for r in anchors}
    if not anchors:
        return kept
    added = []
    for match in _NAMED_TOWN.finditer(text):
        group = "after" if match.group("after") else "before"
        start, end = match.span(group)
        if any(s < end and start < e for s, e in taken):
            continue
        name, _unit = town_name(match.group(group), common=True)  # the unit word says it is a town
        if name is None or name != match.group(group):
            continue
        if _ATTACHED.match(text, match.end()) and any(
            0 <= r.mention.start - match.end() <= 60
            and _ATTACHED.fullmatch(text, match.end(), r.mention.start) for r in kept
        ):
            continue  # "Harbul village near Garissa town": coded at the town, as coders code an unfound village
        cue = cue_before(text, match.start())
        if (cue and CUES.get(cue, 0) == 0) or _FROM_OWN.search(text, max(0, match.start() - 24), match.start()):
            continue  # "walking from their Lifunga village to ...": where people came from or went
        holder = _nearest(text, start, anchors, divisions)
        if holder is None:
            continue
        entry = holder.entry
        kind = gazetteer.kinds[entry]
        division = entry if kind == ADMIN1 else gazetteer.admin1[entry]
        point = gazetteer.anchor[entry] if kind != CITY else entry
        mention = Mention(start=start, end=end, text=name, key=fold(name), hits=(), cue=cue_before(text, start),
                          strong=True, source="stated")
        why = f"not in the gazetteer; coded at '{holder.mention.text}', the place the text names nearest"
        added.append(Resolution(mention, division, False, 0.0, why, admin1=division, namesake=True,
                                point=point if point >= 0 else -1))
        taken.append((start, end))
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda r: r.mention.start)


def _anchors_a_town(gazetteer: Gazetteer, r: Resolution) -> bool:
    """Whether a kept place can stand for an unknown town near it: a province, or a district or
    town the gazetteer puts in one (not a country, a people, another unknown town, or a place
    in a group's name: "IS Sahel militants attacked Darey-Daye village" puts it in no Sahel)."""
    if r.mention.start < 0 or r.demonym or r.namesake or r.mention.group:
        return False
    kind = gazetteer.kinds[r.entry]
    return kind == ADMIN1 or (kind != COUNTRY and gazetteer.admin1[r.entry] >= 0)


def _nearest(text: str, start: int, anchors: Sequence[Resolution], divisions: dict[int, int]) -> Resolution | None:
    """The place kept nearest ``start`` in its sentence, else the last one before it; ``divisions``
    maps each anchor's entry to its first-order division."""
    before = [m.end() for m in _SENTENCE_GAP.finditer(text, 0, start)]
    opening = before[-1] if before else 0
    after = _SENTENCE_GAP.search(text, start)
    closing = after.start() if after else len(text)
    same = [r for r in anchors if opening <= r.mention.start < closing]
    if same:
        # Of two in the sentence, the one in the province the article names most ("blocked the
        # Kaduna-Abuja highway near the village of Katari" in a story about Kaduna), then the nearer.
        counts = Counter(divisions[r.entry] for r in anchors)
        return min(same, key=lambda r: (-counts[divisions[r.entry]], abs(r.mention.start - start)))
    earlier = [r for r in anchors if r.mention.start < start]
    return earlier[-1] if earlier else None


# Words ending a facility's, a landmark's or a shop's name rather than a town's ("Basabra
# Supermarket", "the Defence Ministry in Khartoum", "the Presidential Palace in Aden"): the town
# after it is the place.
_NOT_TOWN = FACILITY_WORDS | PEOPLE_WORDS | frozenset(
    """supermarket rd st ave shop store bar restaurant ministry ministries palace parliament embassy
    consulate compound building buildings tower towers complex mission cemetery temple shrine
    synagogue monastery garrison checkpoint academy zone plaza bank museum secretariat department
    courthouse jail roundabout tunnel cinema theatre theater""".split()
)


# Titles that open many towns' names, as saints' and sheikhs' shrines named them (Sheikh Zuweid,
# Imam Sahib, Sultan Kudarat, Saint-Louis).
_NAMING_TITLES = frozenset("sheikh imam sultan emir saint st".split())


def town_name(name: str, common: bool = False, unit_word: bool = False) -> tuple[str | None, bool]:
    """The town's name in a capitalised run before its unit ("Olepolos Village" -> "Olepolos",
    True: a unit word said it is a town), or None when it is no town's: a common word, a title,
    a direction, a facility ("Ngamia Rd"), or a division the gazetteer lacks ("Rumuturi Division").
    ``unit_word``: a unit word follows the run, so a saint's or sheikh's name may open it."""
    words = name.split()
    unit = False
    if len(words) > 1 and words[-1].lower() in TOWN_WORDS:
        words, unit = words[:-1], True
    keys = fold(" ".join(words)).split()
    if len(words[0]) == 1 and len(keys) > 1:
        keys = keys[1:]  # "A Nang Pa": the opening letter is a word of the name (see SHORT_OPENING)
    title = keys[0] in TITLES if keys else False
    if (common or unit_word) and len(keys) > 1 and keys[0] in _NAMING_TITLES:
        title = False  # "Sheikh Amir village", "the town of Sultan Kudarat": a unit word says it is a town
    if not keys or (not common and fold(" ".join(words)) in common_words()) or title \
            or keys[0] in DIRECTIONS:
        return None, False
    if any(k in FUNCTION_WORDS for k in keys) or keys[-1] in ADMIN_SUFFIXES or keys[-1] in _NOT_TOWN:
        return None, False
    return " ".join(words), unit
