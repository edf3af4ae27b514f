"""A compound direction locates the event near the place, as "west of" does: "40 nautical miles southwest
of Mokha", "20 km northeast of Garissa" are precision 2; the place named bare stays 1. Notes written for
these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "location", "precision"),
    [
        ("On 6 February 2024, Houthi forces fired a missile at a cargo ship 40 nautical miles southwest of "
         "Mokha (Taizz).", "Mokha", 2),
        ("On 2 May 2021, gunmen ambushed a bus 20 km northeast of Garissa (Garissa), wounding 3.", "Garissa", 2),
        ("On 2 May 2021, gunmen ambushed a bus south-east of Garissa (Garissa), wounding 3.", "Garissa", 2),
        ("On 2 May 2021, gunmen ambushed a bus in Garissa (Garissa), wounding 3.", "Garissa", 1),
    ],
)
def test_compound_direction_is_near(pipeline, text, location, precision) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.location, event.geo_precision) == (location, precision)
