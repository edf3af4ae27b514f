"""ACLED names Iran's Revolutionary Guards apart from its army: "Military Forces of Iran (1989-) Islamic
Revolutionary Guard Corps"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Revolutionary Guards clashed with Jaish al-Adl militants in Saravan.",
         "Military Forces of Iran Islamic Revolutionary Guard Corps"),
        ("The IRGC fired missiles at positions of Kurdish groups near Koya.",
         "Military Forces of Iran Islamic Revolutionary Guard Corps"),
        ("Iranian soldiers clashed with PJAK militants near Piranshahr.", "Military Forces of Iran"),
    ],
)
def test_actors_table_iran_guards_named_apart(coder, text, actor):
    names = [actor.name for _start, _end, actor in coder.find(text, "Iran")]
    assert actor in names
