"""The public surface of wirecoder.places, and the example in its docstring."""

from __future__ import annotations

import doctest

import wirecoder.places


def test_places_api_exports_only_the_geoparser() -> None:
    assert wirecoder.places.__all__ == ["Geoparser"]


def test_places_api_docstring_example_runs() -> None:
    result = doctest.testmod(wirecoder.places, verbose=False)
    assert result.attempted > 0 and result.failed == 0
