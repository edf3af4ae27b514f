"""Helpers for the serve tests (no tests here): one store of the demo corpus per test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wirecoder.store import ingest

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"
_BUILT: dict[str, Path] = {}


def demo_store(factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    """The demo corpus ingested once per session (every serve test module shares the file)."""
    if "demo" not in _BUILT:
        path = factory.mktemp("serve") / "demo.duckdb"
        ingest([str(DEMO)], db=path, pipeline=pipeline)
        _BUILT["demo"] = path
    return _BUILT["demo"]
