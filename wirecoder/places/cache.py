"""Housekeeping of the gazetteer cache directory shared by every installed wirecoder version.

Several checkouts or virtual environments (each with its own data version) may share one user
cache directory, and may build at the same time: deleting every other version's index after a
build made them rebuild each other's index on every run. So an index is removed only when no
load has used it for ``UNUSED_DAYS``, and a temporary file only when no build can still be
writing it. Loads mark their index as used by its modification time, at most once a day (a
write on every load would cost more than the load's reading).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

__all__ = ["UNUSED_DAYS", "mark_used", "prune"]

UNUSED_DAYS = 30.0
_DAY = 86_400.0
# A build takes seconds; a temporary file this old was left by a killed build.
_TEMP_SECONDS = _DAY


def mark_used(path: Path, now: float | None = None) -> None:
    """Set ``path``'s modification time to now if it is more than a day old (its last use)."""
    now = time.time() if now is None else now
    try:
        if now - path.stat().st_mtime > _DAY:
            os.utime(path, (now, now))
    except OSError:
        pass  # a read-only cache still serves; it is only never pruned


def prune(directory: Path, keep: Path, now: float | None = None) -> list[Path]:
    """Remove other versions' indexes unused for ``UNUSED_DAYS`` and stale temporary files; return them."""
    now = time.time() if now is None else now
    removed = []
    for path in directory.glob("gazetteer-*"):
        if path == keep:
            continue
        limit = _TEMP_SECONDS if path.name.endswith(".tmp") else UNUSED_DAYS * _DAY
        try:
            if now - path.stat().st_mtime > limit:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # removed meanwhile by another process, or not ours to remove
    return removed
