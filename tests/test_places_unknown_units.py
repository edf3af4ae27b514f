"""Names the gazetteer lacks, told by a unit word or written as Southeast Asian names are: a camp or
site of people who fled ("the Lala displacement site (Djugu, Ituri)") is the settlement of its
name, and a name may open with a one-letter word mid-sentence ("at A Nang Pa (Hpakant, Kachin)").
Texts are our own, in the style of coders' notes."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 March 2022, militiamen raided the Rhoe displacement site (Djugu, Ituri), killing 11 people.",
            ("Rhoe", "Ituri", "Democratic Republic of Congo"),
        ),
        (
            "On 4 May 2020, a suicide bomber struck the Mozogo IDP camp (Mayo-Tsanaga, Far North), killing 9.",
            ("Mozogo", "Extreme-Nord", "Cameroon"),
        ),
        (
            "On 7 June 2023, gunmen shot two residents of the Zamzam IDPs camp (El Fasher, North Darfur).",
            ("Zamzam", "North Darfur", "Sudan"),
        ),
        (
            "On 18 May 2022, aircraft bombed a funeral at A Lel Chaung (Hpakant, Kachin), killing 8 people.",
            ("A Lel Chaung", "Kachin", "Myanmar"),
        ),
        (
            "On 2 April 2023, junta troops torched houses in U Yin Kone (Kanbalu, Sagaing), killing a man.",
            ("U Yin Kone", "Sagaing", "Myanmar"),
        ),
    ],
)
def test_places_unknown_units_name_the_place(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="u", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected


@pytest.mark.parametrize(
    ("text", "not_location"),
    [
        # "A" opening a sentence is the article, never part of a name.
        ("A Kachin Independence Army unit attacked a base near Hpakant (Kachin) on 3 May 2022.", "A Kachin"),
        # The acronym is the camp's kind, not a word of its name.
        ("On 2 August 2020, a bomber attacked the Nguetechewe IDP camp (Mayo-Tsanaga, Far North).", "Nguetechewe IDP"),
    ],
)
def test_places_unknown_units_keep_other_words_out(geo: Geoparser, text: str, not_location: str) -> None:
    place = geo.locate(Article(id="u", text=text), 0, len(text))
    assert place is not None
    assert place.location != not_location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A saint's or sheikh's name opens many villages' names: with a unit word it is a place (the
        # gazetteer lacks it: coded at its district, as ACLED codes an unfound village).
        (
            "08/03/2017: Assailants attacked a checkpoint in Sheikh Amir village, Khanaqin district, Diyala "
            "governorate, Iraq. Two soldiers were killed.",
            ("Sheikh Amir", "Khanaqin"),
        ),
        # Negative: without a unit word, a title before a name is a person's.
        (
            "On 4 April 2018, Sheikh Amir condemned an attack on a checkpoint in Khanaqin (Diyala).",
            ("Khanaqin", "Khanaqin"),
        ),
    ],
)
def test_places_unknown_units_titled_village(geo: Geoparser, text: str, expected: tuple[str, str]) -> None:
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None
    assert (place.name, place.location) == expected
