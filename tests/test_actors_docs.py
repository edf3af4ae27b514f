"""The actors package documents itself: examples run, the public surface and data header hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

import wirecoder.actors
from wirecoder.actors.table import DEFAULT_TABLE, KINDS

MODULES = [
    "wirecoder.actors",
    "wirecoder.actors.clan_names",
    "wirecoder.actors.coder",
    "wirecoder.actors.context",
    "wirecoder.actors.countries",
    "wirecoder.actors.crowds",
    "wirecoder.actors.gang_names",
    "wirecoder.actors.lexicon",
    "wirecoder.actors.matcher",
    "wirecoder.actors.mentions",
    "wirecoder.actors.name_context",
    "wirecoder.actors.names",
    "wirecoder.actors.table",
    "wirecoder.actors.tokens",
]


@pytest.mark.parametrize("name", MODULES)
def test_actors_docs_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} has no module docstring"
    extra = {"tokenize": importlib.import_module("wirecoder.actors.tokens").tokenize}
    result = doctest.testmod(module, extraglobs=extra, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_actors_docs_public_surface() -> None:
    assert sorted(wirecoder.actors.__all__) == ["ActorCoder", "AliasFileError", "AliasRow", "Mention"]
    for name in wirecoder.actors.__all__:
        assert getattr(wirecoder.actors, name).__doc__


def test_actors_docs_table_header_documents_columns_and_kinds() -> None:
    header = "\n".join(
        line for line in DEFAULT_TABLE.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )  # fmt: skip
    for column in ("name", "inter", "countries", "aliases", "kind"):
        assert f"#   {column}" in header, f"aliases.tsv header does not document {column!r}"
    for kind in KINDS:
        assert kind in header, f"aliases.tsv header does not document kind {kind!r}"
