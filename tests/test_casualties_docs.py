"""The examples in the casualty and number modules' docstrings run as written."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from wirecoder import numbers
from wirecoder.casualties import captives as casualty_captives
from wirecoder.casualties import count as casualties
from wirecoder.casualties import names as casualty_names
from wirecoder.casualties import victims as casualty_victims


@pytest.mark.parametrize(
    "module", [casualties, casualty_captives, casualty_names, casualty_victims, numbers], ids=lambda m: m.__name__
)
def test_casualties_docs_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
