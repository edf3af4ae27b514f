"""Two clauses joined in one sentence, each with its own subject and place, tell two events (events.clauses,
events.detect); the day told once at the sentence's end dates both (apart.joined_date)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.events.clauses import apart
from wirecoder.model import Article


@pytest.mark.parametrize("text", [
    "A bomb tore through a police van in Quetta and a grenade attack hit a market in Peshawar on Monday.",
    "Gunmen killed two farmers in Kaduna on Sunday, and bandits abducted 12 travellers in Zamfara.",
])
def test_events_clauses_a_joined_clause_elsewhere_is_apart(nlp, text):
    found = apart(nlp(text))
    assert found is not None and found.joined and not found.in_passing


def test_events_clauses_a_place_the_parser_missed_still_sets_a_clause_beside(nlp):
    # the small model takes "Gao" for a person: the preposition before it says it is a place
    found = apart(nlp("Militants stormed a checkpoint near Gao while an army convoy struck a mine outside Menaka."))
    assert found is not None and not found.in_passing


@pytest.mark.parametrize("text", [
    "Gunmen stormed the village of Kurmin Masara and killed 11 people, police said.",  # one subject
    "Soldiers shelled Sheikh Miskeen and rebels fired back from the town.",  # one place
])
def test_events_clauses_one_report_is_not_split(nlp, text):
    found = apart(nlp(text))
    assert found is None or not found.joined


@pytest.mark.slow
@pytest.mark.parametrize(("text", "places", "day"), [
    ("A bomb tore through a police van in Quetta and a grenade attack hit a market in Peshawar on Monday, "
     "officials said.", {"Quetta", "Peshawar"}, date(2019, 5, 13)),
    ("Gunmen shot dead a village head in Maiduguri and suspected militants burned a church in Damboa on "
     "Saturday.", {"Maiduguri", "Damboa"}, date(2019, 5, 11)),
])
def test_events_clauses_joined_clauses_give_two_events_of_one_day(pipeline, text, places, day):
    (article,) = pipeline.process([Article("a", text, published=datetime(2019, 5, 14, 9, 0))])
    assert {e.location for e in article.events} == places
    assert {e.event_date for e in article.events} == {day}


@pytest.mark.parametrize("text", [
    "A soldier was killed in Gao and two others wounded when militants attacked their convoy near Tessit.",
    "Four people died and nine others were injured in clashes between herders and farmers in Yelwata on Sunday.",
])
def test_events_clauses_one_events_toll_told_in_two_clauses_is_not_split(nlp, text):
    found = apart(nlp(text))
    assert found is None or not found.joined
