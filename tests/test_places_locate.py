"""Event location on wire-style texts we wrote, across countries, plus the reference seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.model import Article, Entity
from wirecoder.places import Geoparser

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_cd099b75bd647a97.txt"


CASES = [
    # text, expected (location, admin1, country, geo_precision)
    (
        "Government aircraft struck a market in Idlib on Tuesday, killing nine people, a war "
        "monitor said. Shelling was also reported in western Aleppo.",
        ("Idlib", "Idleb", "Syria", 1),
    ),
    (
        "A suicide bomber blew himself up at a checkpoint in Mogadishu on Friday, police said.",
        ("Mogadishu", "Banadir", "Somalia", 1),
    ),
    (
        "Al Shabaab fighters attacked an army base in Lower Shabelle region, officials said.",
        (None, "Lower Shabelle", "Somalia", 3),
    ),
    (
        "A missile hit the railway station in Kramatorsk, in Donetsk Oblast, killing dozens.",
        ("Kramatorsk", "Donetsk", "Ukraine", 1),
    ),
    (
        "Insurgents raided a village near Maiduguri, the capital of Borno State, residents said.",
        ("Maiduguri", "Borno", "Nigeria", 2),
    ),
    (
        "Two policemen were killed when a roadside bomb exploded in Kandahar city on Sunday.",
        ("Kandahar", "Kandahar", "Afghanistan", 1),
    ),
    (
        "Gunmen shot dead two herders in Baragoi, Samburu County, on Monday night.",
        ("Baragoi", "Samburu", "Kenya", 1),
    ),
    (
        "Clashes broke out between rival forces in Aden, the interim capital, residents said.",
        ("Aden", "Aden", "Yemen", 1),
    ),
    (
        "Houthi shelling killed three civilians in Taiz on Wednesday, a medical source said.",
        ("Taizz", "Taizz", "Yemen", 1),
    ),
    (
        "Police fired tear gas at protesters in Amarah, the capital of Maysan, on Saturday.",
        ("Amarah", "Maysan", "Iraq", 1),
    ),
    # The event's sentence names only the country; the town the article names there is finer.
    (
        "Protests over fuel prices spread across Nigeria on Monday. The largest crowd gathered in "
        "Kano, where police fired tear gas.",
        ("Kano", "Kano", "Nigeria", 1),
    ),
    # A town naming where a businessman or traders come from yields to one named on its own.
    (
        "Hundreds of Kano youths marched to demand the release of a Lagos businessman held by police.",
        ("Kano", "Kano", "Nigeria", 1),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_locate_event_place(locate, text: str, expected: tuple) -> None:
    place = locate(text, text.split(". ")[0])
    assert place is not None
    location, admin1, country, precision = expected
    if location is not None:
        assert place.location == location
    assert (place.admin1, place.country, place.geo_precision) == (admin1, country, precision)
    assert place.latitude is not None and place.longitude is not None
    assert place.reason


def test_places_locate_seed_baghdad_and_maysan(geo: Geoparser) -> None:
    if not SEED.is_file():
        pytest.skip(f"the reference seed is not at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    article = Article(id="seed", text=text, dateline="BAGHDAD")
    places = geo.find(article)
    rocket = "Kata’ib Hizballah last month claimed responsibility for a rocket attack on a Baghdad base"
    start = text.index(rocket)
    place = geo.locate(article, start, start + len(rocket), places)
    assert place is not None
    assert (place.location, place.admin1, place.country, place.iso3) == ("Baghdad", "Baghdad", "Iraq", "IRQ")
    troops = "about 3,000 Iraqi troops and police were mobilized against militias and smugglers in southern Maysan province"
    start = text.index(troops)
    place = geo.locate(article, start, start + len(troops), places)
    assert place is not None
    # A province-level report: ACLED codes the province's main town, precision 3.
    assert (place.admin1, place.country, place.geo_precision, place.feature) == ("Maysan", "Iraq", 3, "admin1")


def test_places_locate_falls_back_to_the_dateline(locate) -> None:
    text = "Security forces arrested twelve suspects overnight, a spokesman said."
    place = locate(text, dateline="MOGADISHU")
    assert place is not None and place.country == "Somalia" and place.start == -1


def test_places_locate_demonym_only_is_country_level(locate) -> None:
    place = locate("Kenyan police shot dead a suspected robber, witnesses said.")
    assert place is not None
    # The country and nothing finer: its capital would be a guess.
    assert (place.country, place.iso3, place.feature) == ("Kenya", "KEN", "demonym")
    assert (place.admin1, place.location, place.latitude, place.geo_precision) == (None, None, None, None)


def test_places_locate_none_without_any_place(locate) -> None:
    assert locate("Students rioted over unpaid fees, the principal said.") is None


def test_places_find_uses_ner_labels_for_known_places(geo: Geoparser) -> None:
    text = "shelling hit kramatorsk overnight"  # lower case: only NER can point at it
    entity = Entity(start=text.index("kramatorsk"), end=text.index("kramatorsk") + 10, text="kramatorsk", label="PRODUCT")
    places = geo.find(Article(id="n", text=text, entities=(entity,)))
    assert [p.country for p in places] == ["Ukraine"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the attack was planned. Nice weather did not help.",
        "Most of the victims were women. Reading the statement, he wept.",
        "Split between factions, the party met. Of the dead, six were soldiers.",
    ],
)
def test_places_find_ignores_common_words(geo: Geoparser, text: str) -> None:
    assert geo.find(Article(id="c", text=text)) == ()


def test_places_find_ignores_person_names(geo: Geoparser) -> None:
    text = "Defence Secretary Robert Gates met President Hamid Karzai on Monday."
    assert [p.name for p in geo.find(Article(id="p", text=text))] == []


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Baghdad Kenya in, near. Aden Mosul xyz\n")), max_size=120))
def test_places_find_offsets_match_text(geo: Geoparser, text: str) -> None:
    for place in geo.find(Article(id="h", text=text)):
        assert place.start == -1 or text[place.start : place.end] == place.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The other side of a border, or where attackers came from or fled to, is not where it happened.
        ("Gunmen killed a police reservist near the border with Somalia, officials said.", None),
        ("Militants shot dead two herders at a well in Mandera before fleeing into Somalia.", "Kenya"),
        ("Fighters crossed from Syria and attacked a checkpoint in Sinjar overnight.", "Iraq"),
        ("Raiders from Ethiopia stole 300 goats in Moyale on Sunday.", "Kenya"),
        # Named as the place itself, a country still locates the event.
        ("A roadside bomb killed four soldiers in Somalia on Monday.", "Somalia"),
    ],
)
def test_places_locate_country_named_as_elsewhere(locate, text: str, expected: str | None) -> None:
    place = locate(text)
    assert (place.country if place else None) == expected


def test_places_locate_regional_bureau_dateline_yields_to_the_story(locate) -> None:
    # A Bangkok dateline on a Myanmar story: the text's own country wins the fallback.
    text = (
        "Myanmar troops shelled villages in the Sagaing region on Thursday, residents said.\n\n"
        "Soldiers also burned dozens of houses, according to a resistance group in Sagaing."
    )
    sentence = "Soldiers also burned dozens of houses, according to a resistance group in Sagaing."
    place = locate(text, sentence, dateline="BANGKOK")
    assert place is not None and place.country == "Myanmar"
    # With no in-text place at all, the dateline still stands in.
    other = "Soldiers burned dozens of houses, a resistance group said."
    place = locate(other, dateline="BANGKOK")
    assert place is not None and place.country == "Thailand"


def test_places_locate_sizeable_namesake_abroad_yields(geo: Geoparser) -> None:
    # Kani, Japan (about 100,000 people) is not meant in a story plainly about Myanmar.
    text = (
        "Myanmar's military council imposed martial law on Kani township in Sagaing region, "
        "state media in Myanmar reported."
    )
    places = geo.find(Article(id="t", text=text))
    assert "Japan" not in {p.country for p in places}


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # A route named after its ends locates the event less than a place named on its own.
        ("Gunmen ambushed a police convoy on the Kabul-Jalalabad highway in Laghman province on Sunday.",
         None, ("Afghanistan", "Laghman")),
        # The two ends of a route are towns: neither holds the other ("Mandera" is no county here).
        ("A roadside bomb hit a police truck on the Mandera-Lafey road on Tuesday.", None,
         ("Kenya", "Mandera", "Mandera")),
        # Where attackers came from is not where they struck, nor is the unit holding it.
        ("Militiamen from Jowhar in Middle Shabelle attacked a village in Bay region on Monday.",
         None, ("Somalia", "Bay")),
        ("Insurgents from Bama and Konduga attacked Damboa on Friday.", None, ("Nigeria", "Borno", "Damboa")),
        # A coder's note of the place coded settles it, in whichever sentence it sits.
        ("Gunmen from Dinsoor attacked Kalabata village, killing a child. Kalabata could not be found; "
         "coordinates for Baidoa, Bay, were used.", "Gunmen from Dinsoor attacked Kalabata village, killing a child.",
         ("Somalia", "Bay", "Baidoa")),
        # A unit word closes a name: "Katilu Division" is Katilu, not a longer name.
        ("Raiders attacked herders at Kalemng village, Katilu Division, Turkana District.", None,
         ("Kenya", "Turkana", "Katilu")),
    ],
)
def test_places_locate_routes_origins_and_coders_notes(
    locate, text: str, sentence: str | None, expected: tuple
) -> None:
    place = locate(text, sentence)
    assert place is not None
    assert (place.country, place.admin1, place.location)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An institution named after its town stands there, when nothing else says where.
        ("Basra Oil Company workers protested over unpaid salaries on Sunday.", ("Iraq", "Basrah")),
        ("Students at Mosul University Teaching Hospital staged a sit-in.", ("Iraq", "Ninewa")),
        ("Police dispersed Kisumu Water and Sewerage Company employees who were protesting.", ("Kenya", "Kisumu")),
        # "the Green Zone" is a part of the city, no Green elsewhere; the command stays in Baghdad.
        ("Baghdad Operations Command said rockets hit the Green Zone.", ("Iraq", "Baghdad")),
    ],
)
def test_places_locate_institution_named_after_its_town(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None and (place.country, place.admin1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town whose coordinates stand in for an unfound place nearby: precision 2.
        ("Gunmen attacked Buulo Mareer village (not found; coordinates for Afgooye, Lower Shabelle, used).",
         ("Afgooye", "Lower Shabelle", 2)),
        # The precision the note states wins.
        ("Militants shelled Tal Afar villages (coded as Tal Afar with GP1).", ("Tal Afar", "Ninewa", 1)),
        # A route's end inside the province named is finer than the province.
        ("Gunmen ambushed a convoy on the Kabul-Jalalabad highway in Nangarhar province.",
         ("Jalalabad", "Nangarhar", 1)),
    ],
)
def test_places_locate_coded_precision_and_route_end_in_province(
    locate, text: str, expected: tuple
) -> None:
    place = locate(text)
    assert place is not None and (place.location, place.admin1, place.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "sentence", "location"),
    [
        # The country is named most, but the article also names a place inside it.
        ("A Nigerian official says five farmers were killed by a bomb that went off in a field. "
         "Maiduguri residents blamed Boko Haram. Nigeria has fought the group since 2009, and Nigeria's "
         "army says it is winning.", "five farmers were killed by a bomb that went off in a field", "Maiduguri"),
    ],
)
def test_places_locate_focus_on_a_country_yields_to_a_place_inside_it(locate, text, sentence, location):
    place = locate(text, sentence)
    assert place is not None and place.location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # The event's sentence names the province; the next one the town in it where it happened.
        ("Suspected FARC dissidents killed four soldiers in an ambush in the southwestern province of Cauca "
         "on Sunday, the army said. The soldiers were patrolling a rural area near the town of Suarez.",
         "Suarez"),
        # A sentence that opens on a place of its own is another scene: the province stands.
        ("Suspected FARC dissidents killed four soldiers in an ambush in the southwestern province of Cauca "
         "on Sunday, the army said. In Suarez, protesters blocked a highway on Monday.",
         "Popayan"),
        ("Militants killed 17 soldiers in an attack in Mali's Mopti region on Sunday. Separately, a bomb "
         "wounded two traders in the town of Djenne.", "Mopti"),
    ],
)
def test_places_locate_province_yields_to_the_one_town_named_in_it(locate, text, location):
    place = locate(text, text[: text.index(". ") + 1])
    assert place is not None and place.location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # A province-level report is coded at the province's capital, not its biggest town.
        ("Jihadists killed 14 villagers in Burkina Faso's Sahel region on Sunday.", "Dori"),
        ("Gunmen killed 11 people in the Mexican state of Guerrero on Saturday.", "Chilpancingo"),
        ("Rebels attacked an army post in Colombia's Narino province on Monday.", "Pasto"),
        ("Separatists burned a school in Cameroon's South-West region.", "Buea"),
    ],
)
def test_places_locate_province_report_at_its_capital(locate, text, location):
    place = locate(text)
    assert place is not None and place.location == location and place.geo_precision == 3
