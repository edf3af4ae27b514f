"""The reference seed (a 2011 Reuters story as scraped) must come out as the Foundation issue says."""

from datetime import date

import pytest

from wirecoder.api import iter_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_events(pipeline, seed_path):
    (article,) = list(pipeline.run(iter_articles([str(seed_path)])))
    return article, article.events


def test_pipeline_seed_rocket_attack(seed_events):
    _, events = seed_events
    rocket = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(rocket) == 1
    (event,) = rocket
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 is not None and "hizb" in event.actor1.lower().replace("’", "'")
    assert event.actor2 is not None and "United States" in event.actor2
    assert event.location == "Baghdad"
    assert event.country == "Iraq"
    assert (event.event_date.year, event.event_date.month, event.time_precision) == (2011, 6, 3)
    assert event.fatalities == 6
    assert "rocket attack" in event.notes


def test_pipeline_seed_crackdown_in_maysan(seed_events):
    _, events = seed_events
    strategic = [e for e in events if e.event_type == "Strategic developments"]
    assert strategic, "the crackdown by Iraqi forces is a Strategic development"
    crackdown = strategic[0]
    assert crackdown.admin1 == "Maysan"
    assert crackdown.event_date == date(2011, 7, 3)
    assert crackdown.actor1 == "Military Forces of Iraq"


def test_pipeline_seed_no_false_events(seed_events):
    article, events = seed_events
    for event in events:
        assert "Fourteen U.S. service members" not in event.notes  # a monthly total
        assert "Diyala" not in event.notes  # background
        assert "complicit" not in event.notes and "thuggish" not in event.notes  # verbal
        assert article.text[event.evidence_start : event.evidence_end] == event.notes
    assert len(events) <= 3


def test_pipeline_seed_events_ranked_by_confidence(seed_events):
    _, events = seed_events
    confidences = [e.confidence for e in events]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0 <= c <= 1 for c in confidences)
