"""Shared fixtures: the spaCy model and the whole pipeline load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seeds" / "000_cd099b75bd647a97.txt"


@pytest.fixture(scope="session")
def nlp():
    from wirecoder.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def geo():
    from wirecoder.places import Geoparser

    return Geoparser.load()


@pytest.fixture(scope="session")
def pipeline():
    from wirecoder.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the reference seed is not at {SEED} (it lives in ../shared/seeds)")
    return SEED
