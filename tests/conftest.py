"""Shared fixtures: the spaCy model, the gazetteer, the actor coder and the whole pipeline load once per test
session."""

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
def coder():
    from wirecoder.actors.coder import ActorCoder

    return ActorCoder.load()


@pytest.fixture(scope="session")
def pipeline():
    from wirecoder.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def first_event(pipeline):
    """The first event the whole pipeline codes in a coder's note: ``first_event(text)``."""
    from wirecoder.model import Article

    def first(text: str):
        (article,) = pipeline.process([Article("note", text)])
        return article.events[0]

    return first


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the reference seed is not at {SEED} (it lives in ../shared/seeds)")
    return SEED


@pytest.fixture(scope="session")
def locate(geo):
    """The place ``Geoparser.locate`` gives the event told by ``sentence`` of ``text`` (default: the
    whole text); ``fields`` go to the Article (``dateline=...``)."""
    from wirecoder.model import Article

    def located(text: str, sentence: str | None = None, **fields: object):
        article = Article(id="t", text=text, **fields)  # type: ignore[arg-type]
        start = text.index(sentence) if sentence else 0
        return geo.locate(article, start, start + len(sentence) if sentence else len(text))

    return located
