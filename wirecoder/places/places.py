"""Turn resolved mentions into :class:`~wirecoder.model.Place` records, ACLED-style.

ACLED codes an event at a town with geo-precision 1, near a town or in a district with 2, and
at province level with 3 using the coordinates of the province's main town, whose name goes in
``location``. Places here follow that: a division is returned with the coordinates of its
anchor town, and a province with the town's name; a district keeps its own name, as ACLED
writes "Warduj" or "Al Jubah" for an event known only at district level (precision 2; named
bare, without its unit word, the district's name is read as its town's, precision 1). A country (or a
nationality) says nothing finer than the country: its Place has country and ISO3 only, no
admin1, location, coordinates or precision, since its capital would be a guess that puts the
event in the wrong province most of the time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirecoder.accents import strip_accents
from wirecoder.model import Place
from wirecoder.places.builder import read_table
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, Gazetteer
from wirecoder.places.cues import NEAR_CUES
from wirecoder.places.names import fold, strip_admin_suffix
from wirecoder.places.resolve import Resolution, feature_of
from wirecoder.places.mention import Mention
from wirecoder.places.split import part_of

__all__ = ["display_name", "known_by_its_name", "place_from"]

_WORD = re.compile(r"[^\s\-–]+")  # a word of a name as the key folds it (hyphens part words)
_MARKS = re.compile(r"[‘’ʼʻʿʾ`´\u02bc\u02bd]")


@lru_cache(maxsize=8192)
def display_name(name: str) -> str:
    """A gazetteer name as English copy writes it: no diacritics or ayn marks ('Al ‘Amārah' -> 'Al Amarah')."""
    text = strip_accents(_MARKS.sub("", name))
    return re.sub(r"\s+", " ", text).strip()


def _name(gazetteer: Gazetteer, entry: int) -> str | None:
    return display_name(gazetteer.names[entry]) if entry >= 0 else None


_TOWN_LEVEL = 3  # a mention's level when a town word follows it ("X town", "X city")
_DISTRICT_LEVEL = 2  # ... when a district's unit word follows it ("X district", "X woreda")
# Unit words of districts a town gives its name to ("Kulachi tehsil", "Maru local government area"): the event
# is somewhere in the district. Not Kenya's wards, locations and sub-counties, which its coders code at the town.
_DISTRICT_UNITS = frozenset({"district", "tehsil", "upazila", "woreda", "raion", "rayon", "chiefdom", "sub prefecture",
                             "tribal district", "tribal agency", "lga", "local government", "cercle"})
# Countries where a "township" is a division named after its town, not a settlement: Myanmar's
# townships ("Tabayin township (Sagaing)") hold dozens of villages, as a district does.
_TOWNSHIP_DIVISIONS = frozenset({"MM"})


@lru_cache(maxsize=1)
def _coders_names() -> frozenset[tuple[str, str]]:
    """(ISO2, name) of the towns ``data/towns.tsv`` shows under the name coders write "always":
    "Mumbai" whether the text says "Bombay" or "Mumbai", "Kharkiv" for "Kharkov", "Mosul" for
    "Al Mawsil"."""
    return frozenset((row[0], row[3]) for row in read_table("towns.tsv") if len(row) > 4 and row[4] == "always")


def known_by_its_name(gazetteer: Gazetteer, entry: int) -> bool:
    """Whether coders write the town under its table's name whatever name the text gives it.
    Other towns keep the text's spelling: a coder's note spells the place as its location
    field does, and GeoNames' transliterations ("Al Miqdadiyah") are no coder's."""
    return (gazetteer.countries[gazetteer.country[entry]][0], gazetteer.names[entry]) in _coders_names()


def _surface(resolution: Resolution) -> str | None:
    """The name as the text writes it, when it is usable as a location name."""
    mention = resolution.mention
    text = mention.text
    if mention.start < 0 or not text or text.isupper():
        return None
    return text


def _without_unit(surface: str | None) -> str | None:
    """A division's name as the text writes it, without the unit word after it: ACLED names the event in
    "Kotido District" after Kotido, as it names one in "Andar district" after Andar."""
    if surface is None:
        return None
    key = fold(surface)
    bare = strip_admin_suffix(key)
    if bare == key or not key.startswith(bare):
        return surface  # no unit word after the name ("Province of Sulu" keeps its words)
    words = list(_WORD.finditer(surface))
    if len(words) != len(key.split()) or not bare:
        return surface  # words the key does not align with: left as written
    return surface[: words[len(bare.split()) - 1].end()]


_VILLAGE_WORDS = frozenset({"village", "hamlet"})


def _called_village(mention: Mention) -> bool:
    """Whether the text calls the name a village by the unit word after it ("Zugu village in Bukkuyum").
    Not "the village of Zugu": in "Kyi Kan village of Yinmabin township" that cue is the village's."""
    return mention.unit in _VILLAGE_WORDS


def place_from(gazetteer: Gazetteer, resolution: Resolution) -> Place:
    """The Place for one resolved mention, with its admin hierarchy and ACLED geo-precision."""
    entry = resolution.entry
    kind = gazetteer.kinds[entry]
    feature = feature_of(gazetteer, resolution)
    _iso2, iso3, country, _ = gazetteer.countries[gazetteer.country[entry]]
    mention = resolution.mention
    if resolution.namesake:
        # A place the gazetteer lacks, in the division (or only the country) the text names.
        point = resolution.point
        if point < 0 and resolution.admin1 >= 0:
            point = gazetteer.anchor[resolution.admin1]
        location = _surface(resolution) or (_name(gazetteer, entry) if kind == CITY else mention.text)
        admin1, admin2 = _name(gazetteer, resolution.admin1), None
        if kind == ADMIN2:
            admin2 = _name(gazetteer, entry)
        elif point >= 0:
            admin2 = _name(gazetteer, gazetteer.admin2[point])  # the district of the point coded
        precision = None  # the division or country is known, not where in it
        if point >= 0:
            # Somewhere in the division the text names; a place a coder's note names with its
            # division in brackets ("Dansadau (Maru, Zamfara)") is one the coder located: 1.
            precision = 1 if resolution.bracketed and mention.cue not in NEAR_CUES else 2
            if not resolution.bracketed and kind in (ADMIN2, CITY) and _called_village(mention):
                # "Al-Hawasha village in Muqdadiya district": a village the gazetteer lacks is coded,
                # as ACLED codes it, at the district (under the district's name) or the district's
                # town named. Known only by its province ("Kwada village, Borno state"), it keeps its name.
                location = _name(gazetteer, entry if kind == ADMIN2 else point)
    elif kind == CITY:
        point = entry
        location = (None if known_by_its_name(gazetteer, entry) else _surface(resolution)) or _name(
            gazetteer, entry
        )
        admin1 = _name(gazetteer, gazetteer.admin1[entry])
        admin2 = _name(gazetteer, gazetteer.admin2[entry])
        if resolution.admin1 >= 0:  # the text names the division; the gazetteer's admin2 is then unsure
            admin1, admin2 = _name(gazetteer, resolution.admin1), None
        # "in Kupwara district", "Rueso district": the town stands for the district the gazetteer
        # lacks, and the event is somewhere in it, as "near" a town is. (Kenya's coders code a
        # ward or location named so at 1: those are villages' size.)
        district = mention.level == _DISTRICT_LEVEL and mention.unit in _DISTRICT_UNITS or mention.unit == "territory" \
            or mention.unit == "township" and _iso2 in _TOWNSHIP_DIVISIONS
        precision = 2 if mention.cue in NEAR_CUES or district else 1
    else:
        point = gazetteer.anchor[entry]
        location = _name(gazetteer, point) if point >= 0 else None
        if kind == ADMIN1:
            admin1 = _name(gazetteer, entry)
            admin2 = _name(gazetteer, gazetteer.admin2[point]) if point >= 0 else None
            precision = 3
        elif kind == ADMIN2:
            admin1 = _name(gazetteer, gazetteer.admin1[entry])
            admin2 = _name(gazetteer, entry)
            # ACLED names a district-level event after the district ("Warduj", "Al Jubah"), at
            # its main town's coordinates: that town is often unnamed in copy or named otherwise.
            location = _without_unit(_surface(resolution)) or admin2
            # Named bare ("riots in Saboti", "a blast in Sangin"), it is the town the district is
            # named after, as coders read it: precision 1. With its unit word ("Andar district")
            # or a "near" cue, the event is somewhere in the district: 2. Called a town ("Tarin Kot city",
            # "the border town of Hulugho"), it is that town: 1; but "Wanalo village of Hamisi" puts an
            # unfound village in the district.
            town = mention.level == _TOWN_LEVEL and mention.cue != "village of"
            precision = 1 if (mention.level is None or town) and mention.cue not in NEAR_CUES \
                and mention.start >= 0 else 2
        else:  # a country or a nationality: the country only (see the module docstring)
            point, location, admin1, admin2, precision = -1, None, None, None, None
    latitude = round(float(gazetteer.latitude[point]), 5) if point >= 0 else None
    longitude = round(float(gazetteer.longitude[point]), 5) if point >= 0 else None
    division_anchor = gazetteer.anchor[gazetteer.admin1[point]] if point >= 0 and gazetteer.admin1[point] >= 0 else -1
    if point >= 0 and (kind == CITY and not resolution.namesake or point != division_anchor):
        # "Shan-North", as ACLED splits Shan; not for a place known only by its division (its anchor)
        admin1 = part_of(gazetteer, _iso2, admin1, latitude, longitude)
    reason = f"'{mention.text}' -> {location or country}"
    if kind != CITY:
        reason += f" ({feature} {_name(gazetteer, entry)})"
    reason += f", {country}"
    if resolution.reason:
        reason += f": {resolution.reason}"
    if mention.start < 0:
        reason += " [dateline]"
    return Place(
        name=mention.text,
        start=mention.start,
        end=mention.end,
        location=location,
        country=country,
        iso3=iso3 or None,
        admin1=admin1,
        admin2=admin2,
        latitude=latitude,
        longitude=longitude,
        geo_precision=precision,
        geonameid=int(gazetteer.geonameid[point]) or None if point >= 0 else None,
        feature=feature,
        reason=reason,
    )
