"""ActorCoder.find: every actor mention of a text, with offsets, fast."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.actors import ActorCoder
from wirecoder.actors.countries import COUNTRIES, by_iso3, country_by_word, forces_name

CODER = ActorCoder.load()

# Wire-copy style sentences written for these tests.
SENTENCES = [
    "Suspected Al-Shabaab militants ambushed a Kenya Defence Forces convoy near Mandera.",
    "Police in Kisumu fired tear gas at hundreds of opposition supporters who barricaded roads.",
    "Gunmen riding motorcycles killed 12 villagers in Zamfara state, residents said.",
    "Iraqi troops and Popular Mobilization Forces clashed with Islamic State fighters near Kirkuk.",
    "Russian forces shelled Kharkiv overnight, Ukrainian officials said.",
    "A mob lynched two men suspected of stealing a motorcycle in Kakamega.",
    "Health workers went on strike in Nairobi to demand unpaid allowances.",
    "Fulani herdsmen attacked farmers in Benue, killing seven, police said.",
    "The body of a trader was found dumped in a river in Machakos county.",
    "Pokot and Turkana raiders clashed in Kapedo over grazing land.",
]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (SENTENCES[0], "Kenya", ["Al Shabaab", "Military Forces of Kenya"]),
        (SENTENCES[1], "Kenya", ["Police Forces of Kenya", "Rioters (Kenya)"]),
        (SENTENCES[2], "Nigeria", ["Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"]),
        (
            SENTENCES[3],
            "Iraq",
            ["Military Forces of Iraq", "PMF: Popular Mobilization Forces", "Islamic State (Iraq)"],
        ),
        (SENTENCES[4], "Ukraine", ["Military Forces of Russia"]),
        (SENTENCES[5], "Kenya", ["Rioters (Kenya)", "Civilians (Kenya)"]),
        (SENTENCES[6], "Kenya", ["Protesters (Kenya)"]),
        (
            SENTENCES[7],
            "Nigeria",
            # the police only tell it (", police said."): no side (tests/test_actors_context_told_by.py)
            ["Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)"],
        ),
        (SENTENCES[8], "Kenya", ["Civilians (Kenya)", "Unidentified Armed Group (Kenya)"]),
        (SENTENCES[9], "Kenya", ["Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"]),
    ],
)
def test_actors_find_names_every_actor(text: str, country: str, expected: list[str]) -> None:
    names = [actor.name for _, _, actor in CODER.find(text, country)]
    for name in expected:
        assert name in names, (name, names)


@pytest.mark.parametrize(
    "text",
    ["Coalition air strikes hit a rebel camp in Saada.", "A US drone strike killed two men near Jilib.",
     "Israeli airstrikes pounded the area overnight."],
)
def test_actors_find_a_weapon_strike_implies_no_protesters(text: str) -> None:
    assert all(actor.inter != 6 for _, _, actor in CODER.find(text, "Yemen"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Turkana County officials met in Lodwar.", "Turkana Ethnic Militia (Kenya)"),
        ("The West Pokot governor opened a school.", "Pokot Ethnic Militia (Kenya)"),
        ("Three soldiers were killed by an IED.", "Civilians (Kenya)"),
    ],
)
def test_actors_find_place_names_are_not_militias(text: str, absent: str) -> None:
    assert absent not in [actor.name for _, _, actor in CODER.find(text, "Kenya")]


def test_actors_find_unattributed_harm_implies_unidentified_group() -> None:
    found = CODER.mentions("A police officer was shot dead at his home in Kitengela.", "Kenya")
    implied = [m for m in found if m.kind == "implied"]
    assert [m.actor.name for m in implied] == ["Unidentified Armed Group (Kenya)"]


def test_actors_find_named_perpetrator_suppresses_implied_group() -> None:
    found = CODER.mentions("Al Shabaab said a soldier was killed in the raid.", "Somalia")
    assert all(m.kind != "implied" for m in found)


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_actors_find_offsets_in_range_for_any_text(text: str) -> None:
    for start, end, actor in CODER.find(text, "Kenya"):
        assert 0 <= start < end <= len(text)
        assert actor.name
        assert 1 <= actor.inter <= 8


@given(
    st.lists(
        st.sampled_from(
            [*SENTENCES, "and", "the", "U.S.", "IS", "KH", "Kenyan", "Pokot", "police", ",", "\n"]
        ),
        max_size=12,
    )
)
@settings(max_examples=150, deadline=None)
def test_actors_find_spans_point_at_the_phrase(parts: list[str]) -> None:
    text = " ".join(parts)
    for start, end, actor in CODER.find(text, "Kenya"):
        assert text[start:end] == actor.text
        assert text[start:end].strip() == text[start:end]


def test_actors_find_is_fast() -> None:
    runs = 30
    began = time.perf_counter()
    for _ in range(runs):
        for sentence in SENTENCES:
            CODER.find(sentence, "Kenya")
    per_sentence = (time.perf_counter() - began) / (runs * len(SENTENCES))
    # 0.3 ms is the budget; allow slack for a loaded test machine.
    assert per_sentence < 0.001, f"{per_sentence * 1000:.3f} ms per sentence"


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("American", "USA"),
        ("British", "GBR"),
        ("UK", "GBR"),
        ("Iraqi", "IRQ"),
        ("Congolese", "COD"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("South Sudanese", "SSD"),
        ("Burkinabe", "BFA"),
        ("Ivorian", "CIV"),
        ("Filipino", "PHL"),
    ],
)
def test_actors_countries_demonyms(word: str, iso3: str) -> None:
    country = country_by_word(word)
    assert country is not None and country.iso3 == iso3


def test_actors_countries_table_is_consistent() -> None:
    iso3s = [c.iso3 for c in COUNTRIES]
    assert len(iso3s) == len(set(iso3s))
    assert len(COUNTRIES) >= 190
    assert by_iso3("KEN") is not None and by_iso3("KEN").name == "Kenya"  # type: ignore[union-attr]
    assert forces_name("United States") == "the United States"
    assert forces_name("Kenya") == "Kenya"


@pytest.mark.parametrize(("text", "country"), [("Protesters clashed with Carabineros in Santiago.", "Chile")])
def test_actors_find_national_police_names(text: str, country: str) -> None:
    assert f"Police Forces of {country}" in [actor.name for _, _, actor in CODER.find(text, country)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops patrolled the town. Boko Haram fighters raided Gwoza at night. Residents fled.", ["Boko Haram"]),
        ("Police patrolled the town and residents fled.", []),
    ],
)
def test_actors_find_armed_groups_of_a_long_text(text: str, expected: list[str]) -> None:
    assert [a.name.split(" -")[0] for a in CODER.armed_groups(text, "Nigeria")] == expected


def test_actors_find_rereading_a_text_gives_the_same_mentions() -> None:
    coder = ActorCoder.load()
    text = "Al Shabaab militants attacked a police post in Mandera, killing two officers."
    first = coder.mentions(text, "Kenya")
    first.clear()  # the caller's list is its own
    again = coder.mentions(text, "Kenya")
    assert again == coder.mentions(text, "Kenya") and [m.actor.name for m in again][:2] == [
        "Al Shabaab", "Police Forces of Kenya"]
    assert [m.actor.name for m in coder.mentions(text, "Somalia")][1] == "Police Forces of Somalia"
