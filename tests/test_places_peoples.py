"""Peoples named like towns of their own country: read as the people when the text speaks of
people and names another place, as the town otherwise. Every text here is our own, in wire style."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.peoples import people_names


def _read(geo: Geoparser, text: str, name: str, home: str | None = None):
    places = geo.find(Article(id="p", text=text), home)
    return next(p for p in places if p.name == name)


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        # A people word after the name.
        ("Kikuyu youths blocked the highway at Naivasha on Monday.", "Kikuyu", "Kenya"),
        # Two peoples side by side.
        ("Clashes between Kikuyu and Maasai herders left two dead near Narok.", "Kikuyu", "Kenya"),
        # A count before the name, and a plural.
        ("Police said 40 Kikuyu had fled to a church in Eldoret.", "Kikuyu", "Kenya"),
        ("Hundreds of Kikuyus gathered outside the chief's office in Molo.", "Kikuyu", None),
        # The same in Nigeria: Igbo is also a town's name in Anambra.
        ("Igbo traders clashed with Hausa youths at a market in Kano on Friday.", "Igbo", None),
    ],
)
def test_places_peoples_people_named_like_a_town_is_the_people(geo, text, name, home):
    place = _read(geo, text, name, home)
    assert place.feature == "demonym"
    assert place.admin1 is None and place.latitude is None


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # A locative cue and the unit holding it: the town.
        ("A trader was shot dead in Kikuyu, Kiambu County, on Sunday.", "Kikuyu", "Kiambu"),
        # A facility word: the road, not the people.
        ("Two bodies were found on the Kikuyu road near Nairobi early on Tuesday.", "Kikuyu", "Kiambu"),
        # A school's name that a people word only opens.
        ("Students at Marakwet Boys School in Iten set fire to a dormitory.", "Marakwet", "Elgeyo-Marakwet"),
        # A province named after its people stays the province: it is where they live.
        ("Turkana raiders stole 300 goats near Kapedo on Friday.", "Turkana", "Turkana"),
    ],
)
def test_places_peoples_place_readings_stay(geo, text, name, admin1):
    place = _read(geo, text, name, "Kenya")
    assert place.feature != "demonym"
    assert place.admin1 == admin1


def test_places_peoples_town_stays_when_the_article_names_no_other_place(geo):
    # With nothing else named, the town of the people's name is the best guess the text gives.
    place = _read(geo, "Kikuyu youths attacked a bus and burned two cars.", "Kikuyu", "Kenya")
    assert place.feature == "city"


@pytest.mark.parametrize("name", ["Kikuyu", "Igbo", "Turkana", "Hausa"])
def test_places_peoples_table_lists_the_peoples(name):
    assert name.lower() in people_names()
