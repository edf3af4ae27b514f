"""A short acronym joined by "and" to a second name before a group noun they share is a group too:
"clashes between G9 and G-Pep gangs" (actors.name_context). Sentences are our own."""

from __future__ import annotations

import pytest


def _names(coder, text, country):
    return [a.name for _, _, a in coder.find(text, country)]


@pytest.mark.parametrize(
    ("text", "country", "name", "found"),
    [
        ("Clashes between G9 and G-Pep gangs in Cite Soleil killed 50 people.", "Haiti", "G9 an Fanmi e Alye", True),
        ("IS and JNIM militants fought near Menaka.", "Mali", "Islamic State Sahel Province", True),
        # no group noun after the second name: the acronym stays unread
        ("Talks on the G9 and G20 agendas were postponed.", "Haiti", "G9 an Fanmi e Alye", False),
    ],
)  # fmt: skip
def test_actors_name_context_shared_noun(coder, text, country, name, found):
    assert (name in _names(coder, text, country)) is found
