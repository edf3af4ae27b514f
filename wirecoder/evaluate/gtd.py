"""Global Terrorism Database rows read as gold notes: the incident summary and the fields GTD shares with ACLED.

GTD (START, University of Maryland) codes one incident a row: ``eventid``, the date in ``iyear``,
``imonth`` and ``iday`` (0 when unknown), ``country_txt``, ``provstate``, ``city``, ``latitude``,
``longitude``, ``specificity``, ``summary``, ``attacktype1_txt``, ``gname`` and ``nkill``, among 130
columns. ``wirecoder evaluate gtd.csv`` scores the summaries on what the two codebooks have in common:

* date, country, admin1 (``provstate``), location (``city``), coordinates and fatalities (``nkill``,
  which like ACLED's count includes the perpetrators killed);
* actor1 from ``gname``, read through wirecoder's alias table ("Unknown", and GTD's descriptions of
  unorganised perpetrators such as "Muslim extremists" or "Tribesmen", are ACLED's Unidentified Armed
  Group of the country);
* event_type only where GTD's attack type fixes ACLED's: a bombing is Explosions/Remote violence, a
  kidnapping Violence against civilians. An armed assault may be a battle or an attack on civilians,
  so it is not scored;
* geo_precision 1 where GTD's specificity is 1 (the coordinates are the town's).

Every other field, and a field GTD leaves unknown, is left out of that record's score.
Rows without a summary (most incidents before 1998) cannot be coded from text and are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from wirecoder.evaluate.normalise import as_float, as_int, fold, load_actor_aliases

__all__ = ["GTD_COLUMNS", "GTD_RULES", "UNSCORED", "gtd_fields", "has_summary", "is_gtd"]

# The columns that mark a GTD row (its export has them all, in any order).
GTD_COLUMNS = frozenset({"eventid", "iyear", "imonth", "iday", "country_txt", "summary"})

GTD_RULES: tuple[str, ...] = (
    (
        "GTD: actor1 from gname through the alias table ('Unknown' = Unidentified Armed Group); event_type "
        "only for bombings (Explosions/Remote violence) and kidnappings (Violence against civilians); "
        "geo_precision only where specificity is 1; fatalities = nkill, perpetrators included"
    ),
)

# ACLED fields GTD does not code.
UNSCORED = frozenset({"sub_event_type", "inter1", "inter2", "actor2", "time_precision", "admin2"})

# GTD attack types whose ACLED event type does not depend on who was attacked.
_EVENT_TYPES: Mapping[str, str] = {
    "bombing/explosion": "Explosions/Remote violence",
    "hostage taking (kidnapping)": "Violence against civilians",
}
_UNKNOWN = frozenset({"", "unknown", "unk", "none"})
# GTD's names for perpetrators it could not tie to an organisation ("Muslim extremists", "Tribesmen",
# "Dissident Republicans"): ACLED codes such attackers as an Unidentified Armed Group.
_GENERIC_WORDS = frozenset(
    "extremists extremist militants gunmen tribesmen tribal bandits separatists radicals insurgents rebels "
    "dissident dissidents anarchists guerrillas terrorists narco squad squads assailants youths loyalists".split()
)


def is_gtd(keys: Mapping[str, Any] | frozenset[str] | list[str]) -> bool:
    """Whether a row (or a header's column names) is GTD's."""
    return GTD_COLUMNS <= set(keys)


def has_summary(row: Mapping[str, Any]) -> bool:
    """Whether a GTD row has a summary to code from."""
    return isinstance(row.get("summary"), str) and bool(row["summary"].strip())


def _known(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return None if fold(text) in _UNKNOWN else text


def _date(row: Mapping[str, Any]) -> date | None:
    """The incident's day, or None when GTD gives only the year or month."""
    parts = [as_int(row.get(key), key) for key in ("iyear", "imonth", "iday")]
    if None in parts or 0 in parts:
        return None
    try:
        return date(*parts)  # type: ignore[arg-type]
    except ValueError:
        raise ValueError(f"iyear/imonth/iday {parts} is not a day of the calendar") from None


# GTD files an incident under the state of its day; ACLED and wirecoder under today's. A state that
# split into several is told apart by the province or town GTD gives.
_FORMER_STATES: Mapping[str, tuple[str, ...]] = {
    "West Germany (FRG)": ("Germany",),
    "East Germany (GDR)": ("Germany",),
    "Zaire": ("Democratic Republic of Congo",),
    "Rhodesia": ("Zimbabwe",),
    "South Vietnam": ("Vietnam",),
    "North Yemen": ("Yemen",),
    "South Yemen": ("Yemen",),
    "People's Republic of the Congo": ("Republic of Congo",),
    "New Hebrides": ("Vanuatu",),
    "Czechoslovakia": ("Czech Republic", "Slovakia"),
    "Serbia-Montenegro": ("Serbia", "Montenegro", "Kosovo"),
    "Yugoslavia": ("Serbia", "Croatia", "Bosnia and Herzegovina", "Slovenia", "North Macedonia", "Montenegro",
                   "Kosovo"),
    "Soviet Union": ("Russia", "Ukraine", "Belarus", "Moldova", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan",
                     "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan", "Lithuania", "Latvia", "Estonia"),
}


def _town(city: str | None, country: str | None) -> str | None:
    """GTD's city as ACLED names the location: "Shindand district", where GTD knows only the district, is
    Shindand, the district's seat; a city under a former name ("Bombay", "Salisbury" in Rhodesia) is the
    name coders write today, as wirecoder shows it."""
    if city and city.casefold().endswith(" district"):
        city = city[: -len(" district")]
    return (city and country and _geoparser().town_name(city, country)) or city


def _country(name: str | None, provstate: str | None = None, city: str | None = None) -> tuple[str | None, str | None]:
    """GTD's country name as wirecoder (and ACLED) write it, when the country table knows it, and its ISO3;
    a former state as the present one holding the incident's province or town."""
    from wirecoder.actors.countries import by_name

    successors = next((states for former, states in _FORMER_STATES.items() if fold(former) == fold(name)), ())
    if len(successors) > 1:
        successors = tuple(state for state in successors
                           if any(place and _geoparser().admin1(place, state) for place in (provstate, city)))
    if len(successors) == 1:
        name = successors[0]
    known = by_name(name) if name else None
    return (known.name, known.iso3) if known is not None else (name, None)


@cache
def _geoparser() -> Any:
    """The gazetteer's reader, loaded once (a file read of well under a second)."""
    from wirecoder.places import Geoparser

    return Geoparser.load()


def _part(admin1: str | None, iso3: str | None, latitude: float | None, longitude: float | None) -> str | None:
    """The part of a division ACLED splits ("Shan" -> "Shan-North") holding GTD's point."""
    from wirecoder.places.split import part_of

    gazetteer = _geoparser().gazetteer
    iso2 = next((c[0] for c in gazetteer.countries if c[1] == iso3), "")
    return part_of(gazetteer, iso2, admin1, latitude, longitude) if iso2 else admin1


def _admin1(provstate: str | None, country: str | None, city: str | None = None) -> str | None:
    """GTD's province as wirecoder (and ACLED) names its first-level division.

    GTD spells divisions its own way ("Nineveh", "Saladin", "Banaadir"), keeps old names
    ("North-West Frontier Province", "Federally Administered Tribal Areas") and names the
    Philippines' provinces where ACLED names their regions; the gazetteer knows all of these.
    A province of the past that today's map lacks ("Shaba", "Katanga", "Natal") is read as the division
    of GTD's city, where the gazetteer knows the city as a division's town. Else the name stays GTD's.
    """
    if provstate is None or country is None:
        return provstate
    return _geoparser().admin1(provstate, country) or (city and _geoparser().admin1(city, country)) or provstate


def _actor(gname: str | None, country: str | None, aliases: Mapping[str, str]) -> str:
    """ACLED's name for GTD's perpetrator group."""
    if gname is None:
        return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
    bare = gname.rsplit(" (", 1)[0] if gname.endswith(")") else gname  # "Tehrik-i-Taliban Pakistan (TTP)"
    for key in (fold(gname), fold(bare)):
        if key in aliases:
            return aliases[key].replace("{country}", country or "")
    if _GENERIC_WORDS & set(fold(bare).split()):  # "Muslim extremists", "Separatists": no organisation
        return _actor(None, country, aliases)
    return gname


@cache
def _group_names(iso3: str | None = None) -> Mapping[str, str]:
    """Folded alias -> the alias table's name, templated names ("Islamic State ({country})") included;
    an alias rows of several countries share names the row of ``iso3``."""
    return load_actor_aliases(templated=True, iso3=iso3)


def gtd_fields(row: Mapping[str, Any]) -> tuple[str, str, dict[str, Any], frozenset[str]]:
    """(id, summary, ACLED fields, fields not scored) of a GTD row."""
    ident = str(row.get("eventid") or "").strip()
    if not ident:
        raise ValueError("eventid is empty")
    when = _date(row)
    country, iso3 = _country(_known(row.get("country_txt")), _known(row.get("provstate")), _known(row.get("city")))
    latitude, longitude = as_float(row.get("latitude"), "latitude"), as_float(row.get("longitude"), "longitude")
    kills = row.get("nkill")
    event_type = _EVENT_TYPES.get(str(row.get("attacktype1_txt") or "").strip().casefold(), "")
    fields: dict[str, Any] = {
        "event_type": event_type or "(not coded by GTD)",
        "actor1": _actor(_known(row.get("gname")), country, _group_names(iso3)),
        "country": country,
        "admin1": _part(_admin1(_known(row.get("provstate")), country, _known(row.get("city"))), iso3, latitude, longitude),
        "location": _town(_known(row.get("city")), country),
        "latitude": latitude,
        "longitude": longitude,
        "geo_precision": 1 if as_int(row.get("specificity"), "specificity") == 1 else None,
        "event_date": when.isoformat() if when else None,
        "fatalities": as_int(as_float(kills, "nkill"), "nkill") if _known(kills) else None,
    }
    unscored = set(UNSCORED)
    unscored |= {name for name in ("country", "admin1", "location", "event_date", "fatalities", "geo_precision")
                 if fields[name] is None}
    if not event_type:
        unscored.add("event_type")
    if latitude is None or longitude is None:
        unscored |= {"coord_25km", "coord_100km"}
    return ident, str(row["summary"]).strip(), fields, frozenset(unscored)
