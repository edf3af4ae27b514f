"""Countries as they stood on the event's day (wirecoder.borders)."""

import doctest
from datetime import date

import pytest

from wirecoder import borders
from wirecoder.model import Article, Event


def _event(**fields):
    return Event(article_id="a", event_id="a-1", event_type="Violence against civilians", sub_event_type="Attack",
                 notes="", evidence_start=0, evidence_end=0, **fields)


def test_borders_docstring_examples_run():
    assert doctest.testmod(borders).failed == 0


@pytest.mark.parametrize(
    ("when", "country", "actor1"),
    [
        (date(2008, 3, 1), "Sudan", "Toposa Ethnic Militia (Sudan)"),
        (date(2011, 7, 8), "Sudan", "Toposa Ethnic Militia (Sudan)"),
        # independence day and after: South Sudan
        (date(2011, 7, 9), "South Sudan", "Toposa Ethnic Militia (South Sudan)"),
        (date(2014, 3, 1), "South Sudan", "Toposa Ethnic Militia (South Sudan)"),
    ],
)
def test_borders_south_sudan_before_independence_is_sudan(when, country, actor1):
    event = _event(event_date=when, country="South Sudan", iso3="SSD",
                  actor1="Toposa Ethnic Militia (South Sudan)", actor2="Civilians (South Sudan)")
    moved = borders.as_of(event)
    assert (moved.country, moved.actor1) == (country, actor1)
    assert moved.iso3 == ("SDN" if country == "Sudan" else "SSD")
    assert moved.actor2 == f"Civilians ({country})"


@pytest.mark.parametrize("country", ["Kenya", "Sudan", None])
def test_borders_other_countries_and_undated_events_are_untouched(country):
    event = _event(event_date=date(2005, 1, 1), country=country)
    assert borders.as_of(event) is event
    undated = _event(country="South Sudan")
    assert borders.as_of(undated) is undated


@pytest.mark.slow
def test_borders_a_2008_raid_near_kapoeta_is_in_sudan(pipeline):
    (article,) = pipeline.process([Article("n", "On 3 March 2008, Toposa raiders killed four herders near Kapoeta.")])
    event = article.events[0]
    assert (event.country, event.iso3, event.actor1) == ("Sudan", "SDN", "Toposa Ethnic Militia (Sudan)")
