"""pyproject.toml: `pip install -e .` must not print setuptools deprecation warnings."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

PYPROJECT = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())


def test_cli_packaging_license_is_an_spdx_string() -> None:
    # A {text = ...} table makes setuptools >= 77 warn on every install.
    assert PYPROJECT["project"]["license"] == "MIT"


@pytest.mark.parametrize("requirement", PYPROJECT["build-system"]["requires"])
def test_cli_packaging_build_backend_reads_spdx_licenses(requirement: str) -> None:
    match = re.fullmatch(r"setuptools>=(\d+)", requirement)
    assert match is not None and int(match.group(1)) >= 77  # the first to accept the string
