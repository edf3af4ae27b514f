"""Names of people that are also names of towns: an initial or a short title before a word makes it
a person's name, and a government's seat named for its building is no town. Texts are our own,
in wire style."""

from __future__ import annotations

import doctest

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser, around
from wirecoder.places.around import person_before
from wirecoder.places.index import CITY


def _names(geo: Geoparser, text: str) -> list[str]:
    return [place.name for place in geo.find(Article(id="p", text=text))]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A suicide bomber killed six airmen near Bagram, among them Special Agent Chester J. McBride.", "McBride"),
        ("Mary K. Boston, a spokeswoman for the mission in Kabul, said two soldiers died.", "Boston"),
        ("Police in Garissa arrested Abdi H. Mandera on Friday over the attack.", "Mandera"),
        ("Mr. Houston told reporters in Baghdad the convoy was hit twice.", "Houston"),
        ("Dr. Jackson treated the wounded at the hospital in Kandahar.", "Jackson"),
        ("Gen. Austin said the raid near Mosul killed four militants.", "Austin"),
    ],
)
def test_places_persons_initial_or_short_title_makes_a_person(geo, text, person):
    names = _names(geo, text)
    assert person not in names and len(names) >= 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesters marched through St. Louis on Saturday.", None),  # "St." opens places, no title
        ("Floods and clashes left 20 dead in S. Punjab, officials in Lahore said.", "Punjab"),  # a compass letter
    ],
)
def test_places_persons_places_after_abbreviations_stay(geo, text, place):
    if place is not None:
        assert place in _names(geo, text)


@pytest.mark.parametrize(
    "text",
    [
        "The White House condemned the bombing in Kabul on Tuesday.",
        "The Elysee said France would send more troops to Gao.",
    ],
)
def test_places_persons_seat_of_government_is_no_town(geo, text):
    names = _names(geo, text)
    assert "White House" not in names and "Elysee" not in names


@pytest.mark.parametrize(
    ("before", "person"),
    [("Chester J. ", True), ("Lt. ", True), ("the U.S. ", False), ("in St. ", False), ("in Mt. ", False)],
)
def test_places_persons_what_reads_as_a_name_before_a_word(before, person):
    # The "S." of "U.S." is no initial; "St." and "Mt." open places.
    assert person_before(before + "Marsabit", len(before), {CITY}) is person


def test_places_persons_module_example_runs():
    assert doctest.testmod(around).failed == 0
