"""The explorer's offline base map: country outlines merged from countryinfo, cached once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.serve.basemap import CountryShapes, build_country_shapes


@pytest.fixture(scope="module")
def shapes() -> dict:
    return build_country_shapes()


def _numbers(coordinates: list) -> list[float]:
    if coordinates and isinstance(coordinates[0], (int, float)):
        return list(coordinates)
    return [n for part in coordinates for n in _numbers(part)]


@pytest.mark.parametrize("iso3", ["KEN", "NGA", "SDN", "UKR", "AFG", "COL", "YEM", "MLI"])
def test_serve_basemap_has_outlines_of_demo_countries(shapes: dict, iso3: str) -> None:
    feature = next(f for f in shapes["features"] if f["properties"]["iso3"] == iso3)
    assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    numbers = _numbers(feature["geometry"]["coordinates"])
    assert len(numbers) > 20
    assert all(-180 <= n <= 180 and round(n, 3) == n for n in numbers)


def test_serve_basemap_one_feature_per_country(shapes: dict) -> None:
    codes = [f["properties"]["iso3"] for f in shapes["features"]]
    assert len(codes) == len(set(codes)) > 150
    assert all(len(code) == 3 and code.isupper() for code in codes)


def test_serve_basemap_is_cached_and_read_back(tmp_path: Path) -> None:
    first = CountryShapes(tmp_path).geojson()
    cached = list(tmp_path.glob("basemap-countries-*.geojson"))
    assert len(cached) == 1 and cached[0].read_bytes() == first
    cached[0].write_bytes(b'{"type": "FeatureCollection", "features": []}')
    assert json.loads(CountryShapes(tmp_path).geojson())["features"] == []  # read, not rebuilt


def test_serve_basemap_unwritable_cache_still_serves(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    data = CountryShapes(blocker / "cache").geojson()
    assert json.loads(data)["type"] == "FeatureCollection"
