"""The store's documentation stays true: README options, doctests, the public surface."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import wirecoder.store
from wirecoder.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
MODULES = [
    "connection",
    "export",
    "identity",
    "ingest",
    "merge",
    "query",
    "schema",
    "search",
    "stats",
    "write",
]


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## The event store")
    return text[start : text.index("\n## ", start + 1)]


@pytest.mark.parametrize("command", ["ingest", "events", "stats"])
def test_store_docs_readme_names_every_option(command: str) -> None:
    section = _section()
    assert f"wirecoder {command}" in section
    for param in main.commands[command].params:
        for flag in param.opts:
            if flag.startswith("--"):
                assert f"`{flag}" in section or f" {flag} " in section, (
                    f"{command} {flag} is not in the README"
                )


@pytest.mark.parametrize("name", MODULES)
def test_store_docs_doctests_pass(name: str) -> None:
    module = importlib.import_module(f"wirecoder.store.{name}")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_store_docs_public_surface() -> None:
    assert sorted(wirecoder.store.__all__) == sorted(
        [
            "DEFAULT_DB",
            "ENV_DB",
            "SCHEMA_VERSION",
            "STATS_BY",
            "STORE_FORMATS",
            "EventFilter",
            "IngestProgress",
            "IngestSummary",
            "StoreError",
            "connect",
            "count_events",
            "event_stats",
            "export_events",
            "find_events",
            "ingest",
            "ingest_articles",
            "migrate",
            "resolve_db",
            "stats_columns",
        ]
    )
    for name in wirecoder.store.__all__:
        assert getattr(wirecoder.store, name) is not None
