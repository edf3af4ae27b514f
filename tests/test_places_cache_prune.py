"""The shared cache directory keeps other versions' gazetteer indexes until they go long unused."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from wirecoder.places.cache import UNUSED_DAYS, mark_used, prune

_DAY = 86_400.0


def _file(directory: Path, name: str, age_days: float, now: float) -> Path:
    path = directory / name
    path.write_bytes(b"x")
    os.utime(path, (now - age_days * _DAY, now - age_days * _DAY))
    return path


@pytest.mark.parametrize(
    ("name", "age_days", "removed"),
    [
        ("gazetteer-aaaa.marshal", 1.0, False),  # another checkout's index, in use
        ("gazetteer-bbbb.marshal", UNUSED_DAYS - 1, False),
        ("gazetteer-cccc.marshal", UNUSED_DAYS + 1, True),  # unused for a long time
        ("gazetteer-dddd.marshal.x1.tmp", 0.01, False),  # a build writing right now
        ("gazetteer-eeee.marshal.x2.tmp", 2.0, True),  # left by a killed build
        ("basemap-countries.geojson", UNUSED_DAYS + 5, False),  # not an index
    ],
)
def test_places_cache_prune_keeps_other_versions_in_use(
    tmp_path: Path, name: str, age_days: float, removed: bool
) -> None:
    now = time.time()
    keep = _file(tmp_path, "gazetteer-mine.marshal", UNUSED_DAYS + 10, now)
    other = _file(tmp_path, name, age_days, now)
    assert (other in prune(tmp_path, keep, now)) is removed
    assert other.exists() is not removed
    assert keep.exists()  # the index just built is never removed, whatever its age


def test_places_cache_mark_used_refreshes_an_old_index_only(tmp_path: Path) -> None:
    now = time.time()
    old = _file(tmp_path, "gazetteer-old.marshal", 3.0, now)
    fresh = _file(tmp_path, "gazetteer-fresh.marshal", 0.5, now)
    stamp = fresh.stat().st_mtime_ns
    mark_used(old, now)
    mark_used(fresh, now)
    assert now - old.stat().st_mtime < 1.0  # now marked as used
    assert fresh.stat().st_mtime_ns == stamp  # no write on every load
    mark_used(tmp_path / "gone.marshal", now)  # a missing file is no error
