"""The README stays true: every command is documented, and the two setup commands are there."""

from pathlib import Path

import pytest

from wirecoder.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_readme_documents_every_command(command):
    assert f"wirecoder {command}" in README, f"README.md shows no example of `wirecoder {command}`"


@pytest.mark.parametrize("line", ["make demo", "make test", "make bench"])
def test_docs_readme_shows_the_make_targets(line):
    assert line in README


@pytest.mark.parametrize(
    "module", ["wirecoder.model", "wirecoder.api", "wirecoder.pipeline", "wirecoder.errors", "wirecoder.export"]
)
def test_docs_public_surface_is_importable(module):
    imported = __import__(module, fromlist=["__all__"])
    for name in imported.__all__:
        assert hasattr(imported, name), f"{module}.__all__ names {name!r}, which it does not define"
