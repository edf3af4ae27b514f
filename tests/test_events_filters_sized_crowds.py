"""A crowd told by its size is one gathering: "thousands of protesters gathered in Beirut" reports a protest,
where "many of the protesters" counts part of a crowd told already. A fight word set in quotes or doubted ("a
'gunfight' with RAB", "a fake encounter") is the forces' account of a killing, no fight. Our own sentences."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _first(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    return article.events[0] if article.events else None


@pytest.mark.parametrize(
    ("text", "actor1", "location"),
    [
        ("On 17 October 2019, thousands of protesters gathered in Riad al Solh Square in Beirut against the "
         "government.", "Protesters (Lebanon)", "Beirut"),
        ("Hundreds of demonstrators assembled outside the governorate building in Basra on Sunday.",
         "Protesters (Iraq)", "Basrah"),
        ("On 4 May 2018, dozens of protesters converged on the district office in Kisumu.", "Protesters (Kenya)",
         "Kisumu"),
    ],
)  # fmt: skip
def test_events_filters_sized_crowd_is_a_protest(pipeline, text, actor1, location):
    event = _first(pipeline, text)
    assert event is not None and event.event_type == "Protests"
    assert (event.actor1, event.location) == (actor1, location)


@pytest.mark.parametrize(
    "text",
    [
        "Many of the protesters were students from the university.",  # part of a crowd told already
        "Hundreds of protesters are expected to gather in Beirut on Friday.",  # not yet
    ],
)
def test_events_filters_crowd_counted_or_expected_is_no_event(pipeline, text):
    assert _first(pipeline, text) is None


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        ("On 27 May 2018, a suspected drug dealer was killed in a 'gunfight' with RAB in Teknaf (Chittagong).",
         "Attack", "Police Forces of Bangladesh Rapid Action Battalion", "Civilians (Bangladesh)"),
        ("On 3 June 2018, two alleged robbers were killed in a so-called gunfight with police in Khulna.",
         "Attack", "Police Forces of Bangladesh", "Civilians (Bangladesh)"),
        # told as a fight, it is one
        ("On 27 May 2018, a suspected drug dealer was killed in a gunfight with police in Teknaf (Chittagong).",
         "Armed clash", "Police Forces of Bangladesh", "Unidentified Armed Group (Bangladesh)"),
    ],
)  # fmt: skip
def test_events_filters_doubted_fight_is_a_killing(pipeline, text, sub, actor1, actor2):
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub, actor1, actor2)
