"""Where the text puts a town: a country or division right after it ("X, Country", "X (Region)",
"X township (State)") decides, a namesake abroad never stands for it, and a name the gazetteer
lacks is coded in the stated unit. Sentences written for these tests in wire and coder style."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


def _where(geo: Geoparser, text: str) -> tuple:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None, text
    return place.location, place.admin1, place.country, place.geo_precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The country named after a town: no namesake abroad, the town's name in that country.
        (
            "On 3 May 2022, soldiers burned houses in Kani, Myanmar, residents said.",
            ("Kani", "Sagaing", "Myanmar", 1),
        ),
        # A division in brackets after a town holds it, whatever the town's namesakes abroad
        # (Palma, Mozambique, comes from data/sites.tsv: GeoNames has only Palma, Spain, and others).
        (
            "On 5 April 2021, insurgents attacked Palma (Cabo Delgado), killing 3 civilians.",
            ("Palma", "Cabo Delgado", "Mozambique", 1),
        ),
        (
            "On 3 May 2022, the Myanmar military raided the village of Kani (Sagaing) and burned houses.",
            ("Kani", "Sagaing", "Myanmar", 1),
        ),
        # A name the gazetteer lacks, with a unit word, in the division named after it.
        (
            "On 10 November 2022, military forces shelled Myaung township (Sagaing), killing 2 civilians.",
            ("Myaung", "Sagaing", "Myanmar", 2),
        ),
        (
            "Gunmen killed three herders at Nadome Village, Turkana, on Sunday night.",
            ("Nadome", "Turkana", "Kenya", 2),
        ),
        # A town the text names in its own division keeps its own coordinates.
        (
            "Boko Haram fighters attacked Gajiram (Nganzai, Borno), killing 5 soldiers.",
            ("Gajiram", "Borno", "Nigeria", 1),
        ),
        (
            "Police fired tear gas at protesters in Tegucigalpa, Honduras, on Friday.",
            ("Tegucigalpa", "Francisco Morazan", "Honduras", 1),
        ),
    ],
)
def test_places_stated_unit_holds_town(geo: Geoparser, text: str, expected: tuple) -> None:
    assert _where(geo, text) == expected


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # One of a list of towns is no town inside the next one.
        ("Riots broke out in Kondele, Nyalenda, Obunga, Manyatta and Bandani estates.", "Obunga"),
        # A shop or a street is not a town.
        ("A grenade was hurled near Basabra Supermarket in Wajir on Tuesday.", "Basabra"),
        # A name the text puts in a unit that another unit contradicts is left alone.
        ("Men armed with bows attacked camel keepers in Silaloni, Samburu Sub-County, in Kwale.", "Silaloni"),
    ],
)
def test_places_stated_not_a_town(geo: Geoparser, text: str, location: str) -> None:
    places = geo.find(Article(id="t", text=text))
    assert all(not (p.location or "").startswith(location) for p in places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names the gazetteer spells otherwise, or that wire copy writes with an apostrophe or "au".
        ("SAF warplanes bombed RSF positions in Khartoum Bahri, killing 5 civilians.", ("Khartoum Bahri", "Sudan")),
        ("Al Shabaab fighters retook the town of Bardere on Friday.", ("Bardere", "Somalia")),
        ("Rohingya refugees held a rally in Cox's Bazar on Sunday.", ("Cox's Bazar", "Bangladesh")),
        ("Gang members attacked the National Penitentiary in Port-au-Prince.", ("Port-au-Prince", "Haiti")),
        # The Sinai is Egypt's, not a hamlet in Mexico.
        ("Tribesmen attacked a police post in Sinai, killing two policemen.", ("Arish", "Egypt")),
    ],
)
def test_places_stated_wire_names(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # An institution named after a person or a small namesake is no place of its own.
        ("Students at Moi University protest over unpaid bursaries.", None),
        # A town that opens a university's name still locates the protest.
        ("Students at Garissa University protest over insecurity.", "Kenya"),
    ],
)
def test_places_stated_institution_names(geo: Geoparser, text: str, country: str | None) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert (place.country if place else None) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A village in a story about one country is not a city of 100,000 abroad ...
        ("On 3 May 2022, the Myanmar military raided the village of Kani and burned houses.", "Myanmar"),
        # ... but a city the text ties to its own country stays.
        ("Syrian refugees protested in the Turkish city of Gaziantep on Monday.", "Turkey"),
    ],
)
def test_places_stated_village_abroad(geo: Geoparser, text: str, country: str) -> None:
    places = geo.find(Article(id="t", text=text))
    assert {p.country for p in places if p.feature == "city"} <= {country}
    assert country in {p.country for p in places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country's capital named by the word "capital" after its country or people.
        (
            "Gang members killed at least 20 people in a crowded neighbourhood of Haiti's capital.",
            ("Port-au-Prince", "Haiti"),
        ),
        ("A car bomb exploded in the Somali capital on Friday, killing five.", ("Mogadishu", "Somalia")),
        # A town the gazetteer lacks, in the country after a possessive with no unit the gazetteer knows.
        (
            "Jihadists killed 15 civilians in the village of Seytenga in Burkina Faso's Seno province.",
            ("Seytenga", "Burkina Faso"),
        ),
    ],
)
def test_places_stated_capital_and_country(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No town of the name in the district's province: the district's main town stands for it.
        (
            "On 10 October 2019, cartel gunmen ambushed police in El Aguaje, Aguililla municipality "
            "(Michoacan), killing 13 officers.",
            ("El Aguaje", "Michoacan", "Mexico", 2),
        ),
    ],
)
def test_places_stated_district_holds_a_namesake(geo: Geoparser, text: str, expected: tuple) -> None:
    assert _where(geo, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An English word as a town's name, with the division that holds it in brackets.
        (
            "On 4 April 2021, ELN militants killed a social leader in the rural area of Tame (Arauca).",
            ("Tame", "Arauca", "Colombia", 1),
        ),
    ],
)
def test_places_stated_common_word_held_by_its_division(geo: Geoparser, text: str, expected: tuple) -> None:
    assert _where(geo, text) == expected


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # A village the gazetteer lacks, with no place attached: coded at the place named before it.
        (
            "Russian warplanes struck the outskirts of the town of Maarat Misrin in Idlib province on "
            "Tuesday. Government artillery pounded the village of Kansafra the same day, killing two farmers.",
            "Government artillery pounded",
            ("Kansafra", "Idleb", "Syria", 2),
        ),
        # A town named with its position in a province: "X, a town in Y".
        (
            "An air strike on Tuesday near Kunyo Barrow, a town in Lower Shabelle, killed three militants.",
            "An air strike",
            ("Kunyo Barrow", "Lower Shabelle", "Somalia", 2),
        ),
        # A township whose name is also an English word, in the region after it.
        (
            "Military jets bombed a village in Pale township in the central Sagaing region on Thursday.",
            "Military jets",
            ("Pale", "Sagaing", "Myanmar", 2),
        ),
        # A nationality before "town of" says whose town it is, not a region of that name.
        (
            "Al Shabaab militants stormed a police station in the Somali town of Balcad, 30 km north of "
            "Mogadishu, killing five officers.",
            "Al Shabaab militants",
            ("Balcad", "Middle Shabelle", "Somalia", 1),
        ),
        # Of the ends of a route, the one in the province the story is about.
        (
            "Gunmen blocked the Kaduna-Abuja highway near the village of Katari on Sunday. Police in Kaduna "
            "said six suspects were arrested in Kaduna state.",
            "Gunmen blocked",
            ("Katari", "Kaduna", "Nigeria", 2),
        ),
    ],
)
def test_places_stated_town_the_gazetteer_lacks(geo: Geoparser, text: str, sentence: str, expected: tuple) -> None:
    start = text.index(sentence)
    end = text.index(".", start) + 1
    place = geo.locate(Article(id="t", text=text), start, end)
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "village"),
    [
        # An unfound village put next to a known town is coded at the town, as coders do.
        ("Al Shabaab claimed it killed 9 people in Harbul village near Garissa town.", "Harbul"),
        # Where people walked from is not where they marched.
        ("Relatives walked from their Lifunga village to Ukwala trading centre in Siaya County to protest.",
         "Lifunga"),
    ],
)
def test_places_stated_village_attached_or_left_is_no_place(geo: Geoparser, text: str, village: str) -> None:
    assert village not in [place.name for place in geo.find(Article(id="t", text=text))]
