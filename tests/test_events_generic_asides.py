"""A period told in an aside about the place ("..., which have been blocked for months") does not make
the sentence's report, told by its day, generic."""

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        ("About 200 residents of Aguililla marched on Sunday to demand the army reopen the roads into their town, "
         "which they say have been blocked for months by cartel gunmen.", False),
        ("Gunmen killed five people on Sunday in Bokkos, which has seen such raids for years.", False),
        # no day told: the period is the sentence's
        ("Gunmen have killed hundreds of villagers in Bokkos, which has seen such raids for years.", True),
        ("The roads into Aguililla have been blocked for months by cartel gunmen.", True),
    ],
)
def test_events_generic_aside_period(sentence, generic):
    assert (generic_reason(sentence) is not None) is generic
