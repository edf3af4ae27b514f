"""An event's confidence falls with what its coding lacks (wirecoder.trust): no place, no side, no date, hearsay, a date
long before or after the article; a full coding keeps it, and the order of the events is kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from wirecoder.model import Article, Event
from wirecoder.trust import weigh, weighed

_ARTICLE = Article(id="a", text="", published=datetime(2024, 5, 10))
_FULL = Event("a", "e1", "Battles", "Armed clash", "Troops fought rebels near Beni on Wednesday.", 0, 10,
              confidence=0.8, actor1="Military Forces of the Democratic Republic of Congo (2019-)",
              location="Beni", event_date=date(2024, 5, 8))


def test_trust_a_full_coding_keeps_its_confidence():
    assert weighed(_ARTICLE, _FULL).confidence == 0.8


@pytest.mark.parametrize("lacking", [
    {"location": None},
    {"actor1": None},
    {"notes": "Troops reportedly fought rebels near Beni on Wednesday."},
    {"notes": "Rebels are believed to have attacked an army post near Beni."},
    {"event_date": None},
    {"event_date": date(2023, 11, 2)},  # history the story recalls
    {"event_date": date(2024, 5, 17)},  # a march called for next week
])
def test_trust_each_lack_lowers_confidence(lacking):
    assert weighed(_ARTICLE, replace(_FULL, **lacking)).confidence < 0.8


def test_trust_an_undated_source_costs_its_events_nothing():
    undated = replace(_ARTICLE, published=None)
    assert weighed(undated, replace(_FULL, event_date=None)).confidence == 0.8


def test_trust_lacks_add_up_to_below_half():
    event = replace(_FULL, location=None, actor1=None, notes="Fighting was reportedly heard.")
    assert weighed(_ARTICLE, event).confidence < 0.5


def test_trust_keeps_the_order():
    second = replace(_FULL, event_id="e2", location=None, confidence=0.9)
    article = weigh(replace(_ARTICLE, events=(second, _FULL)))
    assert [e.event_id for e in article.events] == ["e2", "e1"]
