"""Arrests counted over a whole country ("500 people had been arrested across the country") are a tally, not an
incident; arrests in one place stand."""

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(("sentence", "generic"), [
    ("The minister said 500 people had been arrested across the country since the protests began.", True),
    ("Police said they had detained more than 300 suspects throughout the country.", True),
    ("Police arrested 45 protesters outside parliament in Kampala on Tuesday.", False),
    ("Troops arrested two suspected rebels at a checkpoint near Beni on Monday.", False),
])
def test_events_generic_arrests_across_the_country_are_a_tally(sentence: str, generic: bool) -> None:
    assert (generic_reason(sentence) is not None) is generic
