"""The event filters document themselves: their docstring examples run."""

from __future__ import annotations

import doctest

import wirecoder.events.filters as filters


def test_events_filters_docstring_examples_run(nlp):
    result = doctest.testmod(filters, extraglobs={"nlp": nlp})
    assert result.attempted > 0 and result.failed == 0
