"""Event location in wire copy from outside Kenya: datelines left in the text, places named as
destinations, divisions named with their country ("Yemen's Saada province") and district-level
units ("the Khyber tribal region"). Every text here is our own, written in wire style."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.cues import cue_before
from wirecoder.places.focus import dateline_end


# text, the event's sentence, expected (location or None, admin1, country, geo_precision)
CASES = [
    # A dateline the cleaner left in the text is the dateline, not the event's own place.
    (
        "MOGADISHU, Aug 3 2019 (AFP) - Al-Shabaab militants stormed a military base in the Lower "
        "Shabelle region on Saturday, officials said.",
        None,
        (None, "Lower Shabelle", "Somalia", 3),
    ),
    (
        "ADEN, Yemen, January 10, 2020 (Reuters) - Coalition air strikes hit a camp in Yemen's "
        "Saada province on Friday, killing 11 fighters.",
        None,
        (None, "Sadah", "Yemen", 3),
    ),
    (
        "KABUL, Sept 14 2019 (AP) - Taliban fighters attacked a police checkpoint in Helmand "
        "province overnight, killing six policemen.",
        None,
        (None, "Helmand", "Afghanistan", 3),
    ),
    (
        "BAMAKO, Nov 2 2019 (AFP) - Jihadists attacked an army post in the Menaka region on "
        "Friday, killing 53 soldiers.",
        None,
        (None, "Menaka", "Mali", 3),
    ),
    # With no other place in the sentence, the dateline stands.
    (
        "PESHAWAR, Pakistan, October 5, 2014 (AP) - Gunmen shot dead two health workers on "
        "Sunday, officials said.",
        None,
        ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan", 1),
    ),
    # A destination ("the road to", "heading to the city of") is not where it happened.
    (
        "Hundreds of people protested in Basra on Tuesday against power cuts, blocking the main "
        "road to the port of Umm Qasr.",
        None,
        ("Basrah", "Basrah", "Iraq", 1),
    ),
    (
        "Protesters in Butembo burned tyres on the main road to the city of Goma to denounce "
        "the killings.",
        None,
        ("Butembo", "Nord-Kivu", "Democratic Republic of Congo", 1),
    ),
    (
        "Gunmen from the town of Jarabulus shelled Kurdish positions in Manbij on Sunday.",
        None,
        ("Manbij", "Aleppo", "Syria", 1),
    ),
    # Pakistan's tribal agencies and districts, named without "Agency".
    (
        "Taliban gunmen attacked a polio vaccination team in the Khyber tribal region on Sunday.",
        None,
        (None, "Khyber Pakhtunkhwa", "Pakistan", 2),
    ),
    (
        "Militants attacked a checkpoint in the Bajaur tribal district on Friday, killing two soldiers.",
        None,
        (None, "Khyber Pakhtunkhwa", "Pakistan", 2),
    ),
    # Districts the data names with a unit word first ("Province of Sulu"), or whose seat it
    # left out of the district (Gwoza), and a town written with its governorate's spelling.
    (
        "Abu Sayyaf gunmen abducted two fishermen in Sulu province on Monday, the military said.",
        None,
        (None, "Bangsamoro Autonomous Region in Muslim Mindanao", "Philippines", 2),
    ),
    (
        "Communist rebels ambushed an army patrol in the town of Las Navas in Northern Samar "
        "province, killing a soldier.",
        None,
        ("Las Navas", "Eastern Visayas", "Philippines", 1),
    ),
    (
        "Gunmen killed 12 farmers in Gwoza local government area of Borno state on Sunday.",
        None,
        ("Gwoza", "Borno", "Nigeria", 2),
    ),
    (
        "Houthi fighters shelled Hodeidah on Monday, killing three civilians, residents said.",
        None,
        ("Al Hudaydah", "Al Hudaydah", "Yemen", 1),
    ),
    # A district spelt with other vowels than the data's ("Nehm" for Nihm), and a landmark that
    # only says where the place before it lies.
    (
        "Houthi fighters and government forces clashed in the Nehm district east of Sanaa on "
        "Thursday, tribal sources said.",
        None,
        ("Nehm", "Sanaa", "Yemen", 2),
    ),
    (
        "Taliban fighters overran the Shindand district, about 100 km south of Herat, on Sunday.",
        None,
        ("Shindand", "Herat", "Afghanistan", 2),
    ),
    # A district-level event takes the district's name, at its main town's coordinates.
    (
        "Taliban fighters seized the centre of Warduj district in Badakhshan province on Friday.",
        None,
        ("Warduj", "Badakhshan", "Afghanistan", 2),
    ),
    # "the city of X" names the town, not the governorate of the same name.
    (
        "In the northern city of Raqqa, Kurdish-led forces clashed with Islamic State fighters.",
        None,
        ("Raqqa", "Ar-Raqqa", "Syria", 1),
    ),
    (
        "Gunmen ambushed a convoy 20 km west of Herat on Sunday, police said.",
        None,
        ("Herat", "Herat", "Afghanistan", 2),
    ),
]


@pytest.mark.parametrize(("text", "sentence", "expected"), CASES)
def test_places_wire_event_place(locate, text: str, sentence: str | None, expected: tuple) -> None:
    place = locate(text, sentence or text)
    assert place is not None
    location, admin1, country, precision = expected
    if location is not None:
        assert place.location == location
    assert (place.admin1, place.country, place.geo_precision) == (admin1, country, precision), place.reason


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("MOGADISHU, Aug 3 2019 (AFP) - Gunmen", "MOGADISHU, Aug 3 2019 (AFP) - "),
        ("PESHAWAR, Pakistan, October 5, 2014 (AP) - Gunmen", "PESHAWAR, Pakistan, October 5, 2014 (AP) - "),
        ("KANO, Nigeria — Gunmen", "KANO, Nigeria — "),
        ("BAGHDAD (Reuters) - Gunmen", "BAGHDAD (Reuters) - "),
        ("Mogadishu, Aug 3 2019 (AFP) - Gunmen", "Mogadishu, Aug 3 2019 (AFP) - "),
        ("Kabul, Afghanistan (AP) — Gunmen", "Kabul, Afghanistan (AP) — "),
        ("US-backed forces attacked Raqqa - officials said", ""),
        ("Police in Garissa (Kenya) - officials said", ""),
        ("Gunmen attacked MOGADISHU - officials said", ""),
    ],
)
def test_places_wire_dateline_end(text: str, head: str) -> None:
    assert dateline_end(text) == len(head)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("blocking the main road to the port of Umm Qasr", "to"),
        ("fighters from the town of Jarabulus", "from"),
        ("a convoy heading towards the city of Aguililla", "towards"),
        ("clashes in the town of Saraqeb", "town of"),
        ("shelled the town of Saraqeb", "town of"),
        ("five km west of Saraqeb", "west of"),
        ("the governor of Saraqeb", "of"),
    ],
)
def test_places_wire_cue_of_a_destination(text: str, cue: str) -> None:
    name = text.split()[-1] if not text.endswith("Umm Qasr") else "Umm Qasr"
    assert cue_before(text, text.rindex(name)) == cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yemeni troops clashed with Houthi fighters in the Nehm district on Thursday.", "Nehm"),
        ("Houthi fighters shelled villages in the Nehm District of Sanaa province.", "Nehm"),
    ],
)
def test_places_wire_division_spelt_with_other_vowels(geo: Geoparser, text: str, name: str) -> None:
    # A loose match needs the article's own places or people in the country, not an assumed one.
    places = geo.find(Article(id="t", text=text))
    place = next(p for p in places if p.name == name)
    assert (place.admin2, place.country, place.feature) == ("Nihm", "Yemen", "admin2")


def test_places_wire_no_vowel_variant_without_a_unit_word(geo: Geoparser) -> None:
    text = "Clashes broke out in Nehm on Thursday, residents of Yemen said."
    assert not any(p.name == "Nehm" for p in geo.find(Article(id="t", text=text)))


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Basra", "Iraq", "city"),  # an English spelling of Basrah, the town and the governorate
        ("Garissa", "Kenya", "city"),
        ("Nandi", "Kenya", "admin1"),  # the county, not Kapsabet, which some sources call Nandi
    ],
)
def test_places_wire_town_named_like_its_division(geo: Geoparser, name: str, country: str, feature: str) -> None:
    text = f"Police fired tear gas at protesters in {name} on Monday."
    places = geo.find(Article(id="t", text=text))
    place = next(p for p in places if p.name == name)
    assert (place.country, place.feature) == (country, feature)


@pytest.mark.parametrize(
    ("text", "home", "country"),
    [
        ("Hundreds of Muslims marched against Israeli air strikes in Gaza after Friday prayers.", "Kenya", "Kenya"),
        ("Traders protested over the killing of a driver in Uganda, blocking the highway.", "Kenya", "Kenya"),
        # Without an assumed country there is nothing better than the place named.
        ("Hundreds of Muslims marched against Israeli air strikes in Gaza after Friday prayers.", None, "Palestine"),
    ],
)
def test_places_wire_protest_topic_abroad(geo: Geoparser, text: str, home: str | None, country: str) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text), home=home)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "location", "country"),
    [
        # A regional desk's dateline yields to the one other nationality a text names.
        ("BEIRUT (Reuters) - Syrian warplanes bombed a village on Tuesday, killing six civilians.", None, "Syria"),
        ("NAIROBI (Reuters) - Somali troops killed five militants on Tuesday, officials said.", None, "Somalia"),
        # Not to the desk's own people, nor when the dateline is no desk.
        ("BEIRUT (Reuters) - Lebanese troops clashed with gunmen on Tuesday, the army said.", "Beirut", "Lebanon"),
        ("MOSUL, Iraq (Reuters) - Turkish jets struck a village on Tuesday, officials said.", "Mosul", "Iraq"),
        # A country named for its forces ("US troops") is who acted, not where: the dateline stands.
        ("BAGHDAD (Reuters) - US troops killed five militants on Tuesday, the military said.", "Baghdad", "Iraq"),
    ],
)
def test_places_wire_desk_dateline_and_nationalities(
    locate, text: str, location: str | None, country: str
) -> None:
    place = locate(text, text[text.index("-") + 2 :])
    assert (place.location, place.country) == (location, country)
