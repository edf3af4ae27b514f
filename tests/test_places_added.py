"""What our own tables and rules add for places outside Kenya: towns and camps GeoNames lacks
(``data/sites.tsv``), other names of districts (``data/admin2.tsv``), a town's English display
name, Arabic articles inside a name, a division in brackets that is also an English word, a
compass word closing a county's name, unknown names with their division in brackets, and a
person's double-barrelled names that are no place. Texts are our own, in the style of coders'
notes."""

from __future__ import annotations

import re

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.index import ADMIN2, CITY
from wirecoder.places.names import arabic_spellings


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Kutupalong", "Bangladesh", "Chittagong"),
        ("Zaatari", "Jordan", "Mafraq"),
        ("Hagadera", "Kenya", "Garissa"),
        ("Pibor", "South Sudan", "Jonglei"),
        ("Palma", "Mozambique", "Cabo Delgado"),
        ("Pauk", "Myanmar", "Magway"),
        ("Tinzaouaten", "Mali", "Kidal"),
        ("Tin Zaouaten", "Mali", "Kidal"),
    ],
)
def test_places_added_site_is_a_town_of_its_division(
    geo: Geoparser, name: str, country: str, admin1: str
) -> None:
    gazetteer = geo.gazetteer
    towns = [h.entry for h in gazetteer.lookup(name.lower()) if gazetteer.kinds[h.entry] == CITY]
    placed = {
        (gazetteer.countries[gazetteer.country[e]][2], gazetteer.names[gazetteer.admin1[e]])
        for e in towns
    }
    assert (country, admin1) in placed


def test_places_added_district_other_name(geo: Geoparser) -> None:
    gazetteer = geo.gazetteer
    districts = [
        gazetteer.names[h.entry]
        for h in gazetteer.lookup("maguindanao")
        if gazetteer.kinds[h.entry] == ADMIN2
    ]
    assert districts == ["Maguindanao del Sur"]


@pytest.mark.parametrize(
    ("key", "spelling", "present"),
    [
        ("jisr ash shughur", "jisr al shughur", True),  # inside a name: copy writes "al"
        ("ras al ayn", "ras el ain", True),
        ("ad durayhimi", "al durayhimi", False),  # a first word is left to article_variants
    ],
)
def test_places_added_article_inside_an_arabic_name(key: str, spelling: str, present: bool) -> None:
    assert (spelling in arabic_spellings(key)) is present


# text, expected (location, admin1, country, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A division that is also an English word, in brackets after a town it holds.
        (
            "On 14 April 2022, armed youth attacked Leer (Unity), killing 8 civilians.",
            ("Leer", "Unity", "South Sudan", 1),
        ),
        # A compass word between a town and a unit word closes the county's name: no East region.
        (
            "On 18 February 2022, two sections clashed in Tonj East county (Warrap), killing 18.",
            ("Tonj", "Warrap", "South Sudan", 1),
        ),
        (
            "On 22 May 2021, cattle raiders killed 5 herders in Rumbek East county (Lakes).",
            ("Rumbek", "Lakes", "South Sudan", 1),
        ),
        # A name the gazetteer lacks with its division in brackets, without a locative cue.
        (
            "On 8 May 2022, gunmen attacked Kreinik (West Darfur), killing 168.",
            ("Kreinik", "West Darfur", "Sudan", 1),
        ),
        (
            "On 12 January 2021, Boko Haram militants attacked Mozogo (Far North), killing 13.",
            ("Mozogo", "Extreme-Nord", "Cameroon", 1),
        ),
        # The division in brackets after a district and its unit word is the province; the event is
        # somewhere in the cercle, coded at its town with precision 2, as a district named so is.
        (
            "On 9 September 2021, JNIM attacked an army post in Douentza cercle (Mopti).",
            ("Douentza", "Mopti", "Mali", 2),
        ),
        # A province named only: coded at its capital under the name copy uses.
        (
            "On 13 May 2022, prisoners were exchanged in the Zaporizhzhia region.",
            ("Zaporizhzhia", "Zaporizhzhia", "Ukraine", 3),
        ),
        # Another name of a district: the people named alike do not hide the place.
        (
            "On 5 March 2021, BIFF militants clashed with the army in Datu Salibo (Maguindanao).",
            ("Datu Salibo", "Bangsamoro Autonomous Region in Muslim Mindanao", "Philippines", 1),
        ),
        # A country named before its forces says whose they are, as a demonym does, not where.
        (
            "US forces carried out an air strike on al Shabaab fighters near Jilib on Monday.",
            ("Jilib", "Middle Juba", "Somalia", 2),
        ),
        (
            "UK officials said a drone hit a tanker off Fujairah on Friday.",
            ("Fujairah", "Fujairah", "United Arab Emirates", 1),
        ),
    ],
)
def test_places_added_event_place(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gang leader Michel-Ange Louis-Jeune said his men had taken the Cite Soleil neighbourhood.",
        "Rebel spokesman Jean-Pierre Marie-Louise denied that his fighters had killed civilians.",
    ],
)
def test_places_added_double_barrelled_names_are_a_person(geo: Geoparser, text: str) -> None:
    person = re.search(r"[A-Z][a-z]+-[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+", text)
    assert person is not None
    found = geo.find(Article(id="p", text=text))
    assert not [p for p in found if p.start < person.end() and p.end > person.start()]


def test_places_added_hyphenated_route_keeps_every_town(geo: Geoparser) -> None:
    text = "Bandits ambushed a truck on the Isiolo-Garissa-Wajir road on Monday."
    assert [p.name for p in geo.find(Article(id="r", text=text))] == ["Isiolo", "Garissa", "Wajir"]


def test_places_added_town_display_name_and_point(locate) -> None:
    place = locate("Russian missiles struck an apartment block in Zaporizhzhia on Thursday.")
    assert place is not None and place.location == "Zaporizhzhia"
    assert abs(place.latitude - 47.85) < 0.1 and abs(place.longitude - 35.12) < 0.1
