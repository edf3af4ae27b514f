"""Fire is located where it was aimed, not where it came from; "(coded to X)" names the place coded;
a division the text puts in another country's province is no namesake of it."""

from __future__ import annotations

import doctest

import pytest

import wirecoder.places.cues as cues
from wirecoder.places.cues import aimed_at


@pytest.mark.parametrize(
    ("text", "name", "aimed"),
    [
        ("Militants fired rockets from the Gaza Strip towards Ashkelon.", "Ashkelon", True),
        ("Houthi forces launched two drones at Khamis Mushait.", "Khamis Mushait", True),
        ("Mortar shells were lobbed into the town of Chaman.", "Chaman", True),
        # the launch site, and a place that is not fire's target
        ("Militants fired rockets from the Gaza Strip towards Ashkelon.", "Gaza Strip", False),
        ("Troops moved towards Kunduz.", "Kunduz", False),
    ],
)
def test_places_cues_aimed_at_reads_the_target_of_fire(text, name, aimed):
    assert aimed_at(text, text.index(name)) is aimed


def test_places_cues_aimed_at_docstring_runs():
    result = doctest.testmod(cues)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas fired rockets from the Gaza Strip towards Ashkelon.", ("Ashkelon", "Israel")),
        ("Houthi forces launched a ballistic missile from Sanaa towards Marib city.", ("Marib", "Yemen")),
        # "(coded to X)": the coder's choice over the site the note names
        ("Unidentified militants fired rockets at Balad air base in Salah al-Din (coded to Balad).",
         ("Balad", "Iraq")),
        ("Gunmen ambushed a convoy near Dhamar Hills (coded to Ibb).", ("Ibb", "Yemen")),
    ],
)
def test_places_locate_fire_where_aimed_and_coded_to(locate, text, expected):
    place = locate(text)
    assert place is not None and (place.location, place.country) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # no Dara of Afghanistan in the gazetteer: the province, not Syria's Dar'a governorate
        ("Taliban forces clashed with NRF fighters in Dara district, Panjshir province.", "Afghanistan", "Panjshir"),
        ("Protesters gathered in Sulaymaniyah, Kurdistan, Iraq.", "Iraq", "Sulaymaniyah"),
    ],
)
def test_places_keep_division_named_in_another_country(locate, text, country, admin1):
    place = locate(text)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "location"),
    [
        # what the event was about, after where it happened
        ("Rioters stormed the embassy in Baghdad and set it on fire, protesting a Quran burning in Stockholm.",
         "Baghdad"),
        ("Traders in Karachi closed their shops in protest at the killing of a trader in Quetta.", "Karachi"),
        # a people's name is no place the event happened in: the place after "in response to" stands
        ("5 raiders killed (likely to be Samburu) by police in response to a raid in which 12 people were "
         "killed in Baringo District.", "Kabarnet"),
    ],
)
def test_places_locate_not_in_what_the_event_was_about(locate, text, location):
    place = locate(text)
    assert place is not None and place.location == location
