"""The event filters document themselves: their docstring examples run."""

from __future__ import annotations

import doctest

import pytest

import wirecoder.events.filters as filters
import wirecoder.events.generic as generic
import wirecoder.events.phrase_filters as phrase_filters
from wirecoder.events.filters import token_reason
from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize("module", [filters, phrase_filters, generic], ids=["filters", "phrase_filters", "generic"])
def test_events_filters_docstring_examples_run(nlp, module):
    result = doctest.testmod(module, extraglobs={"nlp": nlp})
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamaulipas has long been one of Mexico's most violent states, with cartels fighting over routes.",
        "Gang violence has surged since the assassination of the president in July 2021.",
        "Kidnappings for ransom have become common in the north, where gangs raid villages.",
        "At least 85 people were killed in gang violence in the capital last week, the UN said.",
        "Some 2,400 civilians were killed in attacks in Burkina Faso in 2022, according to a monitor.",
        "The group gained notoriety in 2014 when it kidnapped 276 schoolgirls from Chibok.",
        "The group still carries out frequent bombings in the capital.",
        "Attacks in the country have killed thousands of people and displaced nearly a million.",
        "The insurgents have killed more than 12,000 people, according to a local monitor.",
        "Jihadist raids have so far claimed the lives of tens of thousands in the region.",
    ],
)
def test_events_filters_background_and_tallies_are_generic(sentence):
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed five people in an attack on a village in Zamfara on Saturday.",
        "The death toll from the attack has risen to 11, police said.",
        "On 3 March 2021, militants killed four soldiers near Boni.",
        "In Kano, protesters burned tyres and blocked the main road.",
        "Residents protested over frequent bandit attacks on their villages.",
        "An air strike on a market in Idlib has killed 12 people, rescuers said.",
        "The massacre in the village has killed hundreds, survivors said.",
    ],
)
def test_events_filters_single_incidents_are_not_generic(sentence):
    assert generic_reason(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "word", "reason"),
    [
        # An event named by its year is an earlier one, and so is what its relative clause tells.
        ("Families gathered to remember the 2014 massacre in which gunmen killed 150 people.", "massacre", "earlier event"),
        ("Families gathered to remember the 2014 massacre in which gunmen killed 150 people.", "killed", "earlier event"),
        ("A year after the bombing that killed 80 people in Kabul, families say nobody was punished.", "killed",
         "earlier event"),
        # "those killed" refers back to victims told elsewhere.
        ("The army said those killed were militants.", "killed", "those killed"),
    ],
)
def test_events_filters_earlier_events_are_no_report(nlp, sentence, word, reason):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert reason in (token_reason(token, "kill") or "")


def test_events_filters_a_count_of_thousands_is_no_year(nlp):
    doc = nlp("Police dispersed 2000 protesters in the capital.")
    assert token_reason(next(t for t in doc if t.text == "protesters"), "protest") is None
