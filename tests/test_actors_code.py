"""ActorCoder.code: role phrases -> ACLED actor names and inter codes, across regions."""

from __future__ import annotations

import pytest

from wirecoder.actors import ActorCoder


@pytest.mark.parametrize(
    ("phrase", "country", "name", "inter"),
    [
        # Named armed groups, with alias spellings from wire copy.
        ("suspected Al Shabaab militants", "Kenya", "Al Shabaab", 2),
        ("al-Shabab fighters", "Somalia", "Al Shabaab", 2),
        ("Kataib Hezbollah", "Iraq", "Kata'ib Hizballah", 3),
        ("Kata’ib Hizballah gunmen", "Iraq", "Kata'ib Hizballah", 3),
        (
            "Boko Haram insurgents",
            "Nigeria",
            "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
            2,
        ),
        ("ISWAP fighters", "Nigeria", "Islamic State West Africa Province", 2),
        ("Islamic State militants", "Syria", "Islamic State (Syria)", 2),
        ("ISIS-K", "Afghanistan", "Islamic State (Afghanistan)", 2),
        ("the Taliban", "Afghanistan", "Taliban", 2),
        ("Pakistani Taliban", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan", 2),
        ("JNIM jihadists", "Mali", "JNIM: Group for Support of Islam and Muslims", 2),
        ("M23 rebels", "Democratic Republic of Congo", "M23: March 23 Movement", 2),
        ("the Rapid Support Forces", "Sudan", "RSF: Rapid Support Forces", 2),
        ("Arakan Army troops", "Myanmar", "AA: Arakan Army", 2),
        ("New People's Army rebels", "Philippines", "NPA: New Peoples Army", 2),
        ("ELN guerrillas", "Colombia", "ELN: National Liberation Army", 2),
        ("Mungiki sect members", "Kenya", "Mungiki Militia", 3),
        ("Imbonerakure", "Burundi", "Imbonerakure", 3),
        ("Wagner mercenaries", "Mali", "Wagner Group", 8),
        ("AMISOM peacekeepers", "Somalia", "AMISOM: African Union Mission in Somalia", 8),
        # State forces: a force noun with the event's country, a demonym or a named force.
        ("police officers", "Kenya", "Police Forces of Kenya", 1),
        ("Iraqi troops", None, "Military Forces of Iraq", 1),
        ("U.S. soldiers", "Iraq", "Military Forces of the United States", 8),
        ("US troops", "Syria", "Military Forces of the United States", 8),
        ("Ugandan troops", "Kenya", "Military Forces of Uganda", 8),
        ("KDF soldiers", "Kenya", "Military Forces of Kenya", 1),
        ("KDF soldiers", "Somalia", "Military Forces of Kenya", 8),
        ("GSU officers", "Kenya", "Police Forces of Kenya General Service Unit", 1),
        ("the army", "Nigeria", "Military Forces of Nigeria", 1),
        ("gendarmes", "Burkina Faso", "Police Forces of Burkina Faso", 1),
        ("Israeli forces", "Palestine", "Military Forces of Israel", 8),
        ("IDF", "Israel", "Military Forces of Israel", 1),
        ("Tatmadaw", "Myanmar", "Military Forces of Myanmar", 1),
        ("Russian forces", "Ukraine", "Military Forces of Russia", 8),
        ("prison warders", "Kenya", "Police Forces of Kenya Prison Guards", 1),
        (
            "Major-General Qassim al-Moussawi, spokesman for the Iraqi military",
            "Iraq",
            "Military Forces of Iraq",
            1,
        ),
        # Generic categories.
        ("unidentified gunmen", "Kenya", "Unidentified Armed Group (Kenya)", 3),
        ("bandits", "Nigeria", "Unidentified Armed Group (Nigeria)", 3),
        ("Somali bandits", "Kenya", "Unidentified Armed Group (Somalia)", 3),
        ("a mob", "Kenya", "Rioters (Kenya)", 5),
        ("hundreds of protesters", "Kenya", "Protesters (Kenya)", 6),
        ("demonstrators", "Chile", "Protesters (Chile)", 6),
        ("a man and his 12-year-old son", "Kenya", "Civilians (Kenya)", 7),
        ("two British tourists", "Kenya", "Civilians (International)", 7),
        ("Somali refugees", "Kenya", "Civilians (Somalia)", 7),
        ("a Briton", "Kenya", "Civilians (International)", 7),
        ("Ethiopian protesters", "Kenya", "Protesters (Ethiopia)", 6),
        ("foreign tourists", "Egypt", "Civilians (International)", 7),
        ("security guards", "South Africa", "Private Security Forces (South Africa)", 8),
        ("cattle raiders", "Kenya", "Unidentified Ethnic Militia (Kenya)", 4),
        # organised crime is an armed group; a named cartel is itself
        ("suspected cartel members", "Mexico", "Unidentified Armed Group (Mexico)", 3),
        ("drug traffickers", "Colombia", "Unidentified Armed Group (Colombia)", 3),
        ("the Sinaloa cartel", "Mexico", "Sinaloa Cartel", 3),
        ("a park ranger", "Kenya", "Police Forces of Kenya", 1),
        ("the mayor of the town", "Mali", "Civilians (Mali)", 7),
        ("a traditional ruler", "Nigeria", "Civilians (Nigeria)", 7),
        ("clan militiamen", "Somalia", "Unidentified Clan Militia (Somalia)", 4),
        # an officer of a civil service carries no arms; a police officer does
        ("a county health officer", "Kenya", "Civilians (Kenya)", 7),
        ("a public works officer", "Kenya", "Civilians (Kenya)", 7),
        ("a police officer", "Kenya", "Police Forces of Kenya", 1),
        # Identity groups take the event's country, or their own when foreign.
        ("Pokot raiders", "Kenya", "Pokot Ethnic Militia (Kenya)", 4),
        ("Fulani herdsmen", "Nigeria", "Fulani Ethnic Militia (Nigeria)", 4),
        ("Fulani militia", "Burkina Faso", "Fulani Ethnic Militia (Burkina Faso)", 4),
        ("Merrile militia", "Kenya", "Merrile Ethnic Militia (Ethiopia)", 4),
        ("Habar Gidir clan militia", "Somalia", "Habar Gidir Clan Militia (Somalia)", 4),
        ("Israeli settlers", "Palestine", "Settlers (Israel)", 4),
    ],
)
def test_actors_code_phrase(
    coder: ActorCoder, phrase: str, country: str | None, name: str, inter: int
) -> None:
    actor = coder.code(phrase, country)
    assert actor is not None, phrase
    assert (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize(
    "phrase",
    ["the weather", "Turkana County", "the Kenyan", "the IS said", "is was us", "a statement"],
)
def test_actors_code_returns_none_without_actor(coder: ActorCoder, phrase: str) -> None:
    assert coder.code(phrase, "Kenya") is None


@pytest.mark.parametrize(
    ("phrase", "context", "name", "assoc"),
    [
        (
            "students",
            "Hundreds of students protested on Monday over a rise in fees.",
            "Protesters (Kenya)",
            ("Students (Kenya)",),
        ),
        (
            "students",
            "Students blocked the highway and pelted police with stones.",
            "Rioters (Kenya)",
            ("Students (Kenya)",),
        ),
        (
            "students",
            "Gunmen stormed the college, killing three students.",
            "Civilians (Kenya)",
            ("Students (Kenya)",),
        ),
        ("striking teachers", None, "Protesters (Kenya)", ("Teachers (Kenya)",)),
        (
            "ODM supporters",
            "ODM supporters demonstrated outside the tallying centre.",
            "Protesters (Kenya)",
            ("ODM: Orange Democratic Movement",),
        ),
        (
            "a mob",
            "A mob lynched a suspected thief in the market.",
            "Rioters (Kenya)",
            ("Vigilante Group (Kenya)",),
        ),
        (
            "herders",
            "Armed herders clashed with farmers over pasture.",
            "Unidentified Communal Militia (Kenya)",
            (),
        ),
    ],
)
def test_actors_code_with_assoc_reads_context(
    coder: ActorCoder, phrase: str, context: str | None, name: str, assoc: tuple[str, ...]
) -> None:
    actor, associated = coder.code_with_assoc(phrase, "Kenya", context=context)
    assert actor is not None
    assert actor.name == name
    assert associated == assoc


def test_actors_code_without_country_names_bare_categories(coder: ActorCoder) -> None:
    actor = coder.code("unidentified gunmen", None)
    assert actor is not None and actor.name == "Unidentified Armed Group"


def test_actors_code_unknown_country_still_labels(coder: ActorCoder) -> None:
    actor = coder.code("protesters", "Atlantis")
    assert actor is not None and actor.name == "Protesters (Atlantis)"
