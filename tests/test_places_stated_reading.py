"""A town the text puts in a division keeps the reading of its name that lies there, even a respelled one,
over a town of that exact name far off ("Jaffrabad (North East Delhi, Delhi)" is Delhi's Jafarabad, not
Tamil Nadu's Jaffrabad). Notes written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from wirecoder.evaluate.metrics import haversine_km
from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "admin1", "point"),
    [
        ("On 25 February 2020, rioters torched shops in Jaffrabad (North East Delhi, Delhi).", "Delhi", (28.68, 77.27)),
        ("On 25 February 2020, rioters torched shops in Jaffrabad (Delhi).", "Delhi", (28.68, 77.27)),
        ("On 25 February 2020, police dispersed a sit-in at Jaffrabad (Delhi) with tear gas.", "Delhi", (28.68, 77.27)),
        # the town of the exact name stays where the text puts it, and the other readings stay theirs
        ("On 25 February 2020, rioters torched shops in Jaffrabad (Tamil Nadu).", "Tamil Nadu", (12.69, 78.61)),
        ("On 3 May 2021, gunmen killed two men in Jafarabad (Ardabil).", "Ardabil", (39.43, 48.09)),
        ("On 3 May 2021, gunmen killed two men in Rampur (Bargarh, Odisha).", "Odisha", (21.07, 84.34)),
    ],
)  # fmt: skip
def test_stated_division_reading(pipeline, text: str, admin1: str, point: tuple[float, float]) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.admin1 == admin1
    assert haversine_km(point[0], point[1], event.latitude, event.longitude) < 10


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # brackets closing a list hold every town of it, the first coded first
        ("On 25 February 2020, rioters torched shops in Jaffrabad and Maujpur (North East Delhi, Delhi).",
         "Jaffrabad", "Delhi"),
        ("On 3 March 2021, militants attacked Tondibi and Kouri (Tillaberi), killing 5 civilians.", "Kouri", "Tillaberi"),
        # a list with no brackets, or a country after it, holds nothing of the others
        ("On 5 May 2021, protests took place in Homs, Hama and Idlib.", "Homs", "Homs"),
        ("On 5 May 2021, people protested in Nairobi and Kampala (Uganda).", "Nairobi", "Nairobi"),
    ],
)  # fmt: skip
def test_stated_division_of_a_list(pipeline, text: str, location: str, admin1: str) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.location, event.admin1) == (location, admin1)
