"""A short acronym is a group's name when its deed follows it ("the AA abducted five passengers") or when ground
is taken from it ("retaken from IS"); a short acronym that only speaks stays unread. Our own sentences."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "actor2", "inter2"),
    [
        ("On 10 November 2019, the AA abducted 5 passengers from a bus in Paletwa township (Chin).",
         "AA: Arakan Army", 2, "Civilians (Myanmar)", 7),
        ("On 2 February 2017, Iraqi forces regained control of the Al Wahda neighbourhood of Mosul (Ninewa) from IS.",
         "Military Forces of Iraq", 1, "Islamic State (Iraq)", 2),
        ("On 5 May 2018, IS executed two shepherds near Hawija (Kirkuk).",
         "Islamic State (Iraq)", 2, "Civilians (Iraq)", 7),
    ],
)  # fmt: skip
def test_actors_mentions_acronym_with_its_deed(pipeline, text, actor1, inter1, actor2, inter2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, None, None)


def test_actors_mentions_acronym_that_speaks_is_unread(pipeline):
    # "AA said" is no deed: the gunmen stay unidentified
    assert_coded(pipeline, "On 10 November 2019, gunmen abducted 5 passengers in Paletwa (Chin), AA said.",
                 "Unidentified Armed Group (Myanmar)", 3, "Civilians (Myanmar)", 7, None, None)
