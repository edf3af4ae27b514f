"""A demonstration the forces fired on is excessive force once a toll told in the next sentence is folded
into it ("... police fired on protesters in Juliaca (Puno). 18 people were killed."); without dead, or with
no firing on the crowd, the intervention stands. Notes written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        ("On 9 January 2023, police fired on protesters who tried to take the airport in Juliaca (Puno), "
         "demanding the resignation of the president. 18 people were killed.",
         "Excessive force against protesters", 18),
        ("On 12 March 2021, soldiers opened fire on marchers in Monywa (Sagaing). Two protesters were killed.",
         "Excessive force against protesters", 2),
        # no dead told: an intervention
        ("On 9 January 2023, police fired tear gas at protesters in Juliaca (Puno). Dozens were arrested.",
         "Protest with intervention", 0),
    ],
)  # fmt: skip
def test_stages_dedup_lethal_toll(pipeline, text: str, sub_event_type: str, fatalities: int) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, fatalities)
