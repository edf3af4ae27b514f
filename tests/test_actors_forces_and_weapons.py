"""Forces named by their soldiers' kind ("Russian conscripts"), groups of Indonesia's jihadist scene, and
the state whose dropped bombs struck ("a Russian glide bomb"); sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.actors import ActorCoder
from wirecoder.actors.cues import planted_by
from wirecoder.actors.state import MILITARY_CONTEXT, STATE_WEAPON


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("Russian conscripts", "Russia", "Military Forces of Russia"),
        ("Ukrainian infantrymen", "Ukraine", "Military Forces of Ukraine"),
        ("JAD militants", "Indonesia", "JAD: Jamaah Ansharut Daulah"),
        ("members of Jamaah Ansharut Daulah", "Indonesia", "JAD: Jamaah Ansharut Daulah"),
        ("East Indonesia Mujahideen fighters", "Indonesia", "MIT: Mujahidin Indonesia Timur"),
    ],
)
def test_actors_forces_and_groups(coder: ActorCoder, phrase: str, country: str, name: str) -> None:
    actor = coder.code(phrase, country)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("MIT researchers", "Indonesia"),  # no bare acronym for the Mujahidin
        ("new recruits", "Ukraine"),  # recruits may be any side's
    ],
)
def test_actors_forces_and_groups_negative(coder: ActorCoder, phrase: str, country: str) -> None:
    actor = coder.code(phrase, country)
    assert actor is None or not actor.name.startswith(("MIT", "Military Forces"))


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("On 2 May 2024, a Russian glide bomb hit a shop in Kostiantynivka (Donetsk).", "Russian"),
        ("On 3 June 2016, Syrian barrel bombs fell on a market in Daraya (Rural Damascus).", "Syrian"),
        ("On 9 March 2023, Israeli guided bombs struck a house in Rafah (Gaza Strip).", "Israeli"),
        ("On 4 April 2022, Russian cluster munitions hit a bus stop in Kharkiv (Kharkiv).", "Russian"),
    ],
)
def test_state_weapon_bombs(sentence: str, who: str) -> None:
    weapon = STATE_WEAPON.search(sentence)
    assert weapon is not None and weapon["who"] == who
    assert MILITARY_CONTEXT.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 June 2019, a Somali bomb disposal team defused an IED in Afgooye (Lower Shabelle).",
        "On 3 June 2019, a Kenyan bomb expert examined the site in Mandera.",
    ],
)
def test_state_weapon_bombs_negative(sentence: str) -> None:
    assert STATE_WEAPON.search(sentence) is None


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("Israeli air defences", "Israel", "Military Forces of Israel"),
        ("Saudi air defense systems", "Saudi Arabia", "Military Forces of Saudi Arabia"),
    ],
)
def test_air_defences_are_military(coder: ActorCoder, phrase: str, country: str, name: str) -> None:
    actor = coder.code(phrase, country)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("On 20 May 2024, air defences intercepted a drone launched by Hezbollah over Metula (Northern).", "Hezbollah"),
        ("On 3 May 2023, air defences downed a missile fired by the Houthis towards Jazan (Jazan).", "the Houthis"),
        ("On 3 May 2023, a rocket fired by militants into Sderot (Southern) hit a house.", "militants"),
        # negative: no weapon laid or fired by anyone named
        ("On 3 May 2023, air defences intercepted a drone over Metula (Northern).", None),
    ],
)  # fmt: skip
def test_weapon_fired_by(sentence: str, who: str | None) -> None:
    assert planted_by(sentence) == who
