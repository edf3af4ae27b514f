"""A round-up sentence of several attacks, each clause with its own subject and place, tells one event a clause
(events.clauses.joined_after, events.detect); a toll or fight told at another town is no part of the event before
it (folding)."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.events.clauses import apart, joined_after
from wirecoder.model import Article

_ROUNDUP = ("In separate attacks on Saturday, gunmen killed six villagers in Dogon Dawa in Kaduna state, bandits "
            "abducted 15 worshippers from a mosque in Maru in Zamfara state, and suspected herders killed four farmers "
            "in Agatu, in Benue state, police said.")


def test_events_clauses_joined_after_finds_the_third_clause(nlp):
    doc = nlp(_ROUNDUP)
    found = apart(doc)
    assert found is not None and found.joined
    more = joined_after(doc, found)
    assert [doc[m.start : m.end].text.split()[-1] for m in more] == ["state"]
    assert "Agatu" in doc[more[0].start : more[0].end].text


def test_events_clauses_joined_after_nothing_more_in_two_clauses(nlp):
    doc = nlp("Gunmen killed two farmers in Kaduna on Sunday, and bandits abducted 12 travellers in Zamfara.")
    found = apart(doc)
    assert found is not None and joined_after(doc, found) == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "places"), [
    (_ROUNDUP, {"Maru", "Agatu"}),
    ("Shelling by the Rapid Support Forces on a camp in El Fasher killed 17 people on Tuesday, while army drones "
     "struck RSF positions in Nyala and heavy fighting broke out around Babanusa in West Kordofan, activists said.",
     {"El Fasher", "Nyala", "Babanusa"}),
])
def test_pipeline_a_roundup_gives_an_event_a_clause(pipeline, text, places):
    (article,) = pipeline.process([Article("a", text, published=datetime(2022, 5, 15, 9, 0))])
    assert places <= {e.location for e in article.events}
    assert len(article.events) >= len(places)
