"""Names several places share, read with no country assumed: the capital over the seats of
counties named alike, a city over a province abroad that nothing supports, a division the text
names as one ("the state of X"). Every text here is our own, written in wire style."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.groups import group_countries

# text -> expected (location, admin1, country, geo_precision) of the event
CASES = [
    # A dozen US counties named Washington have a seat of that name; the capital is the city.
    (
        "Thousands of protesters marched to the Capitol in Washington on Saturday.",
        ("Washington", "District of Columbia", "United States", 1),
    ),
    # A district's main city named alike reads before a province of another country.
    (
        "An air strike hit a house in Gaza on Monday, killing four people.",
        ("Gaza", "Gaza Strip", "Palestine", 1),
    ),
    # An armed group's home countries weigh in: the ADF is Congolese, Beni is not Bolivia's.
    (
        "ADF rebels killed eleven villagers in Beni overnight, a local official said.",
        ("Beni", "Nord-Kivu", "Democratic Republic of Congo", 1),
    ),
    # "near" measures from a point: a city, not a province abroad named alike (a village abroad does not
    # gain so over a district: test_places_sites, "near Bagram Air Base").
    (
        "Rebels overran an army outpost near Beni on Tuesday.",
        ("Beni", "Nord-Kivu", "Democratic Republic of Congo", 2),
    ),
    # A country named before "state of": the state is the one after "of", not the State of Mexico.
    (
        "Gunmen killed 10 police officers in an ambush in the western Mexico state of Michoacan on Tuesday.",
        ("Morelia", "Michoacan", "Mexico", 3),
    ),
    # A capital that is a division of its own, which the packaged data leaves unnamed.
    (
        "Hundreds of people demonstrated in Minsk on Sunday against the election result.",
        ("Minsk", "Minsk", "Belarus", 1),
    ),
    (
        "Police detained dozens of protesters outside parliament in Tbilisi on Thursday.",
        ("Tbilisi", "Tbilisi", "Georgia", 1),
    ),
    # ACLED's "village (district, province)": the province decides between namesakes, and a
    # village of the name far outside it is coded at the district's town; the note names the
    # village, so precision 1 as coders code a place they located.
    (
        "On 12 May, bandits abducted 20 villagers in Gidan Maiwada (Maru, Zamfara).",
        ("Gidan Maiwada", "Zamfara", "Nigeria", 1),
    ),
    # The province after a town in it is the province, not its namesake capital.
    (
        "On 3 March, militants attacked a military post in Douentza, Mopti, killing four soldiers.",
        ("Douentza", "Mopti", "Mali", 1),
    ),
    # "the state of X" names the division: its capital, at province level.
    (
        "Gunmen killed nine people at a restaurant in the central Mexican state of Guanajuato on Saturday.",
        ("Guanajuato", "Guanajuato", "Mexico", 3),
    ),
    (
        "Police said 14 people died when gunmen opened fire in Guanajuato city on Saturday.",
        ("Guanajuato", "Guanajuato", "Mexico", 1),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_namesakes_event_place(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("ADF rebels raided the camp at dawn.", {"COD", "UGA"}),
        ("Fighters of al-Shabaab ambushed a convoy.", {"SOM", "KEN"}),
        # An acronym counts only as written: "adf" in lower case is no group.
        ("The adf file was corrupted.", set()),
        # A party by its name of two words or more; not by its acronym or a one-word name.
        ("Awami League activists marched on Sunday.", {"BGD"}),
        ("NASA supporters cheered the launch, a Jubilee for the town.", set()),
    ],
)
def test_places_namesakes_group_countries(text: str, countries: set[str]) -> None:
    assert set(group_countries(text)) == countries


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # The town reading lies abroad with nothing for it; the article's country has a district
        # of the name, named after its seat.
        (
            "Gunmen abducted 80 students from a school in Kebbi state in northwest Nigeria on Thursday, "
            "police said. A police spokesman said the attack occurred in Yauri town.",
            "Gunmen abducted 80 students",
            ("Yauri", "Kebbi", "Nigeria"),
        ),
    ],
)
def test_places_namesakes_reading_in_the_main_country_over_a_dropped_one(
    geo: Geoparser, text: str, sentence: str, expected: tuple
) -> None:
    start = text.index(sentence)
    place = geo.locate(Article(id="n", text=text), start, text.index(".") + 1)
    assert place is not None and (place.location, place.admin1, place.country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a district, the name in brackets is its province, not the province's main town.
        ("Houthi forces shelled Al-Durayhimi district (Al Hudaydah) on Tuesday, killing two children.",
         ("Al-Durayhimi", "Al Hudaydah", 2)),
    ],
)
def test_places_namesakes_name_after_a_district_is_its_province(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="n", text=text), 0, len(text))
    assert place is not None and (place.location, place.admin1, place.geo_precision) == expected
