"""Middle East and North Africa: rules found on notes, GTD summaries and wire paragraphs we wrote about Iraq,
Syria, Yemen, Lebanon, Israel and Palestine, Libya, Egypt, Turkey and Iran (our own sentences, invented details).

Territory changing hands without a fight, Turkish and Israeli division names, a kibbutz, a site in the town
the text names, "al-Askari" as a name, GTD's spelling of AQAP, the dead of "both sides", twin blasts told as
one, and a group "blamed" for an attack.
"""

from __future__ import annotations

import pytest

from wirecoder.accents import strip_accents


def _check(first_event, text: str, expected: dict[str, object]) -> None:
    event = first_event(text)
    assert {field: getattr(event, field) for field in expected} == expected


@pytest.mark.parametrize(
    ("text", "plain"),
    [("Diyarbakır", "Diyarbakir"), ("Elazığ", "Elazig"), ("Łódź", "Lodz"), ("Tromsø", "Tromso"), ("Đakovica", "Dakovica")],
)
def test_accents_letters_without_marks(text, plain):
    """Letters NFKD keeps whole (Turkish dotless i, Polish l, Nordic o) lose their accent too."""
    assert strip_accents(text) == plain


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 June 2015, YPG fighters took control of Tal Abyad (Ar-Raqqa) after IS militants withdrew from "
            "the town without a fight.",
            {"sub_event_type": "Non-violent transfer of territory", "actor1": "YPG: Peoples Protection Units",
             "actor2": "Islamic State (Syria)"},
        ),
        (
            "MOSUL, Iraq, June 10, 2014 (Reuters) - Islamic State militants seized control of Mosul on Tuesday after "
            "Iraqi army units fled the city, largely unopposed.",
            {"sub_event_type": "Non-violent transfer of territory", "actor1": "Islamic State (Iraq)",
             "actor2": "Military Forces of Iraq"},
        ),
        (
            # fighting told: still a battle for the town
            "On 2 May 2016, Iraqi forces recaptured Hit (Al Anbar) from IS after heavy clashes, killing 20 militants.",
            {"sub_event_type": "Government regains territory"},
        ),
    ],
)
def test_events_territory_without_a_fight(first_event, text, expected):
    _check(first_event, text, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 May 2021, a rocket fired by Hamas hit a house in Sderot (HaDarom), wounding two residents.",
            {"country": "Israel", "admin1": "HaDarom", "location": "Sderot"},
        ),
        (
            "On 9 March 2022, police dispersed a protest in Nazareth with tear gas.",
            {"country": "Israel", "admin1": "HaZafon", "location": "Nazareth"},
        ),
        (
            "On 7 October 2023, Hamas gunmen attacked Kibbutz Nir Oz, killing 40 residents.",
            {"country": "Israel", "admin1": "HaDarom", "location": "Nir Oz", "geo_precision": 1},
        ),
        (
            "On 4 November 2016, PKK militants detonated a car bomb near a police station in Diyarbakır, "
            "killing 8 people.",
            {"country": "Turkey", "admin1": "Diyarbakir"},
        ),
        (
            "On 3 May 2019, hundreds of people demonstrated in Martyrs Square in Tripoli against the offensive.",
            {"country": "Libya", "location": "Tripoli", "geo_precision": 1},
        ),
        (
            "04/02/2017: A suicide bomber detonated an explosive device inside St. Mary and St. Joseph Church in "
            "Alexandria city, Alexandria governorate, Egypt. At least 17 people were killed in the blast.",
            {"country": "Egypt", "location": "Alexandria", "geo_precision": 1},
        ),
        (
            "On 20 May 2019, GNA forces shelled LNA positions near Tajoura (Tripoli). No casualties were reported.",
            {"location": "Tajoura", "latitude": pytest.approx(32.88, abs=0.05)},
        ),
        (
            "On 2 March 2017, HTS and Ahrar al-Sham fighters clashed in Darat Izza (Aleppo).",
            {"location": "Darat Izza", "longitude": pytest.approx(36.85, abs=0.05), "geo_precision": 1},
        ),
    ],
)
def test_places_mideast_names(first_event, text, expected):
    _check(first_event, text, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "al-Askari" is a shrine's name, not the Swahili word Kenyan copy uses for guards
            "03/02/2007: Assailants detonated an explosive device near the al-Askari shrine in Samarra city, "
            "Salah ad Din governorate, Iraq. No casualties were reported.",
            {"actor1": "Unidentified Armed Group (Iraq)", "actor2": None},
        ),
        (
            # the claim names the group; the toll told next is the bombing's
            "07/14/2016: A suicide bomber detonated an explosives-laden vehicle near a checkpoint in Qamishli city, "
            "Al-Hasakah governorate, Syria. At least 44 people, including the bomber, were killed in the blast. "
            "The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.",
            {"actor1": "Islamic State (Syria)", "fatalities": 44},
        ),
        (
            "08/05/2016: A suicide bomber detonated an explosive device at a bus station in Aden city, Aden "
            "governorate, Yemen. Nine people were killed and 12 others were injured in the blast. "
            "Al-Qaida in the Arabian Peninsula (AQAP) claimed responsibility for the incident.",
            {"actor1": "AQAP: Al Qaeda in the Arabian Peninsula"},
        ),
        (
            "On 19 July 2016, HTS fighters clashed with Nour al-Din al-Zinki in Atarib (Aleppo).",
            {"actor1": "HTS: Hayat Tahrir al-Sham", "actor2": "Harakat Nour al-Din al-Zinki"},
        ),
        (
            "On 20 August 2016, a suicide bomber blew himself up at a wedding party in Gaziantep, killing 50 people. "
            "IS was blamed for the attack.",
            {"actor1": "Islamic State (Turkey)", "actor2": "Civilians (Turkey)"},
        ),
    ],
)
def test_actors_mideast_gtd(first_event, text, expected):
    _check(first_event, text, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 8 June 2019, HTS and NLF fighters clashed near Kafr Nabudah (Hama), leaving 9 fighters from both "
         "sides dead.", 9),
        ("On 8 June 2019, regime forces and rebels clashed near Kafr Nabudah (Hama); clashes left 11 fighters on "
         "both sides dead.", 11),
        # the toll in the twin blasts is the toll of the bombing just told, not an event of its own
        ("01/21/2021: Two suicide bombers detonated explosive devices in a market in Baghdad city, Baghdad "
         "governorate, Iraq. At least 32 people were killed and 110 others were injured in the twin blasts.", 32),
    ],
)
def test_casualties_mideast_tolls(first_event, text, fatalities):
    assert first_event(text).fatalities == fatalities
