"""Finer divisions from national data packages: constituencies, sub-counties and wards.

GeoNames' populated places of 500+ people miss most villages of countries whose census figures it
lacks (Kenya has 336), and its second-order divisions there are the pre-2013 districts. A national
package that ships the current units fills that gap: ``kenya-data`` holds Kenya's 47 counties
(with their capitals), 290 constituencies (with centroids), 301 sub-counties and 1,450 wards. Each
source is optional: without it the gazetteer is built from GeoNames alone.

    >>> units = national_divisions()
    >>> any(u.name == "Laisamis" and u.admin1 == "Marsabit" for u in units)
    True
"""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Division", "national_capitals", "national_divisions"]


@dataclass(frozen=True, slots=True)
class Division:
    """One unit below the first order: ``level`` 2 (constituency, sub-county) or 3 (ward).

    ``parent`` names the level-2 unit holding a ward; ``latitude``/``longitude`` are the unit's
    centroid when the source gives one (wards take their constituency's).
    """

    iso2: str
    admin1: str
    level: int
    name: str
    parent: str | None = None
    latitude: float | None = None
    longitude: float | None = None


def _database(package: str, name: str) -> Path | None:
    """A data file shipped inside an installed package, or None when the package is absent."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / name
    return path if path.exists() else None


def _rows(path: Path, query: str) -> list[tuple]:  # type: ignore[type-arg]
    """Rows of a read-only SQLite query (the package's file is opened read-only, immutable)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def _title(name: str) -> str:
    """Names some rows spell in capitals ("LAMU EAST") as copy writes them."""
    return name.title() if name.isupper() else name


def _kenya() -> Iterator[Division]:
    path = _database("kenya_data", "kenya.db")
    if path is None:
        return
    points = {
        entity: (lat, lon)
        for entity, lat, lon in _rows(
            path, "SELECT entity_id, latitude, longitude FROM coordinates WHERE entity_type = 'constituency'"
        )
    }
    constituencies = {}
    for ident, name, county in _rows(
        path,
        "SELECT k.id, k.name, c.name FROM constituencies k JOIN counties c ON c.id = k.county_id",
    ):
        lat, lon = points.get(ident, (None, None))
        constituencies[ident] = Division("KE", county, 2, _title(name), None, lat, lon)
        yield constituencies[ident]
    for name, county in _rows(
        path, "SELECT s.name, c.name FROM sub_counties s JOIN counties c ON c.id = s.county_id"
    ):
        yield Division("KE", county, 2, _title(name.replace("Sub- County", "").strip()))
    for name, constituency in _rows(path, "SELECT name, constituency_id FROM wards"):
        parent = constituencies.get(constituency)
        if parent is not None:
            yield Division("KE", parent.admin1, 3, _title(name), parent.name, parent.latitude, parent.longitude)


def national_divisions() -> list[Division]:
    """Every unit the installed national packages provide (empty when none is installed)."""
    return list(_kenya())


def national_capitals() -> dict[tuple[str, str], str]:
    """(ISO2, first-order division name) -> the name of its capital, from the national packages."""
    path = _database("kenya_data", "kenya.db")
    if path is None:
        return {}
    return {("KE", county): capital for county, capital in _rows(path, "SELECT name, capital FROM counties") if capital}
