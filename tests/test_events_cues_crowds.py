"""What crowds do, read as notes tell it: a pot-banging protest is a demonstration; "set fire to 200 houses"
names what burned; two crowds told in one phrase ("supporters of two factions") are rioters on both sides
of their brawl; an official a mob attacks is a civilian. Notes written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _first(pipeline, text: str):
    (article,) = pipeline.process([Article("note", text)])
    return article.events[0] if article.events else None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 February 2021, residents of Mandalay (Mandalay) banged pots and pans against the coup.",
        "On 20 October 2019, residents of Santiago (Santiago Metropolitan) held a cacerolazo against the curfew.",
    ],
)
def test_pot_banging_is_a_protest(pipeline, text) -> None:
    event = _first(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_cooking_pots_are_no_protest(pipeline) -> None:
    assert _first(pipeline, "On 4 May 2021, traders sold pots and pans at the market in Mandalay (Mandalay).") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 6 June 2023, soldiers set fire to 80 houses in Pauk (Magway).", "Civilians (Myanmar)"),
        ("On 2 May 2022, rioters set fire to a police station in Kisumu (Kisumu).", "Police Forces of Kenya"),
        ("On 2 May 2022, protesters set fire to tyres in Nairobi (Nairobi).", None),  # tyres burn in any protest
        # a party's office burned: premises, no crowd on the other side
        ("On 6 August 2024, protesters torched the Awami League office in Khulna (Khulna).", None),
    ],
)
def test_set_fire_to_names_what_burned(pipeline, text, expected) -> None:
    assert _first(pipeline, text).actor2 == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 8 April 2023, supporters of two factions of the Awami League clashed in Feni (Chittagong).",
         "Rioters (Bangladesh)"),
        ("On 2 March 2021, two groups of students clashed in Kisii (Kisii) over a football match.", "Rioters (Kenya)"),
        ("On 5 March 2021, a mob beat a suspected thief in Kisii (Kisii).", "Civilians (Kenya)"),
    ],
)
def test_two_crowds_in_one_phrase(pipeline, text, expected) -> None:
    assert _first(pipeline, text).actor2 == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 9 July 2023, a mob torched the residence of a state minister in Imphal (Manipur).", "Civilians (India)"),
        ("On 3 May 2022, a mob beat up the county commissioner in Garissa (Garissa).", "Civilians (Kenya)"),
    ],
)
def test_officials_a_mob_attacks_are_civilians(pipeline, text, expected) -> None:
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor2) == ("Mob violence", expected)
