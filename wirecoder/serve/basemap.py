"""The explorer's offline base map: country outlines from the ``countryinfo`` package.

``countryinfo`` ships one JSON file per country, each with a small-scale outline (Natural Earth
1:110m derived). They are merged into one GeoJSON FeatureCollection on first use, with rounded
coordinates, and cached under the user cache directory, so later starts read one file.
No package we know of ships first-level (admin-1) polygons, so the explorer draws admin-1 counts
as graduated circles at their centroids instead.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs

from wirecoder.errors import GazetteerError
from wirecoder.places.index import write_atomic

__all__ = ["CountryShapes", "build_country_shapes"]

# Three decimals are about 100 m: far finer than the 1:110m outlines, and it halves the file.
_DECIMALS = 3


def _rounded(coordinates: Any) -> Any:
    """Nested coordinate arrays with every number rounded to ``_DECIMALS``."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [round(float(c), _DECIMALS) for c in coordinates]
    return [_rounded(part) for part in coordinates]


def _country_files() -> Iterator[Any]:
    """The per-country JSON files ``countryinfo`` ships."""
    data = importlib.resources.files("countryinfo") / "data"
    for item in sorted(data.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".json"):
            yield item


def build_country_shapes() -> dict[str, Any]:
    """One FeatureCollection of every country outline ``countryinfo`` ships (``name``, ``iso3``).

    Example:
        >>> shapes = build_country_shapes()
        >>> kenya = next(f for f in shapes["features"] if f["properties"]["iso3"] == "KEN")
        >>> kenya["geometry"]["type"], kenya["properties"]["name"]
        ('Polygon', 'Kenya')
    """
    features: list[dict[str, Any]] = []
    for item in _country_files():
        record = json.loads(item.read_text(encoding="utf-8"))
        iso3 = (record.get("ISO") or {}).get("alpha3")
        outline = record.get("geoJSON") or {}
        for feature in outline.get("features") or ():
            geometry = feature.get("geometry") or {}
            if geometry.get("type") not in {"Polygon", "MultiPolygon"} or not iso3:
                continue  # tiny islands come without an outline; their events still show
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": record.get("name") or iso3, "iso3": iso3},
                    "geometry": {
                        "type": geometry["type"],
                        "coordinates": _rounded(geometry["coordinates"]),
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}


class CountryShapes:
    """The merged outlines as GeoJSON bytes, built once and cached in ``cache_dir``.

    Example:
        >>> shapes = CountryShapes(Path("/tmp/wc-cache"))               # doctest: +SKIP
        >>> shapes.geojson()[:30]                                        # doctest: +SKIP
        b'{"type":"FeatureCollection","'
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        directory = cache_dir or Path(platformdirs.user_cache_dir("wirecoder"))
        version = importlib.metadata.version("countryinfo")
        self.path = directory / f"basemap-countries-{version}-{_DECIMALS}.geojson"
        self._data: bytes | None = None

    def geojson(self) -> bytes:
        """The FeatureCollection, from memory, the cache file, or built (and cached) now."""
        if self._data is None:
            try:
                self._data = self.path.read_bytes()
            except OSError:
                built = build_country_shapes()
                self._data = json.dumps(built, separators=(",", ":")).encode()
                try:
                    write_atomic(self.path, self._data)
                except GazetteerError:
                    pass  # a read-only cache directory only costs a rebuild at the next start
        return self._data
