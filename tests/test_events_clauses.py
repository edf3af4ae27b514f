"""Clauses told apart from a sentence's report: in passing, beside it, or long before it."""

from __future__ import annotations

import doctest

import pytest

from wirecoder.events import clauses
from wirecoder.events.clauses import apart


def test_events_clauses_docstring_examples_run(nlp):
    result = doctest.testmod(clauses, extraglobs={"nlp": nlp})
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "long_ago"),
    [
        ("Police arrested five men on Monday, a day after gunmen killed two traders in Garissa.", False),
        ("Families marched on Sunday, a year after gunmen killed 30 worshippers at the mosque.", True),
        ("Troops returned to the town on Friday, months after rebels overran it.", True),
    ],
)
def test_events_clauses_an_event_months_or_years_before_is_long_ago(nlp, text, long_ago):
    found = apart(nlp(text))
    assert found is not None and found.long_ago is long_ago
