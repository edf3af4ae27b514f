"""A count of strikes, attacks or protests over a period opened by an event ("more than 1,600 airstrikes since the
2021 coup") tells no incident (events.generic.tally_reason); one day's strikes do."""

import pytest

from wirecoder.events.generic import generic_reason, tally_reason


@pytest.mark.parametrize("sentence", [
    "The junta has carried out more than 1,600 airstrikes on civilian areas since the 2021 coup, according to data "
    "compiled by a monitoring group.",
    "Activists have counted at least 300 protests across the country since the war began in April.",
    "Security forces have faced 45 attacks in the province since the invasion, officials said.",
])
def test_events_generic_count_since_an_event_is_a_tally(sentence):
    assert tally_reason(sentence) is not None
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Jets carried out 12 airstrikes on rebel positions near Kani on Sunday, residents said.",
    "A drone strike killed four fighters near Sinjar, officials said.",
])
def test_events_generic_one_days_strikes_are_no_tally(sentence):
    assert tally_reason(sentence) is None
