"""Who is on the agent's side is no second side: allies named with the agent ("Mozambican and Rwandan troops")
or backing it ("FACA soldiers supported by Wagner Group") are its associates, and the opponent is the group
the ground was taken from; a crowd that backs an armed actor ("supporters of the junta") riots as Rioters; what
demonstrators protested against ("a sect demonstrating against MONUSCO") is no side when forces fired on them.
Notes written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 8 August 2021, Mozambican and Rwandan troops recaptured Mbau (Cabo Delgado) from Islamic State "
         "insurgents.", "Military Forces of Mozambique", "Islamic State (Mozambique)"),
        ("On 25 January 2021, FACA soldiers supported by Wagner Group recaptured Bossangoa (Ouham) from CPC rebels.",
         "Military Forces of the Central African Republic", "CPC: Coalition of Patriots for Change"),
        ("On 12 May 2022, Malian troops alongside Wagner Group fighters retook Hombori (Mopti) from JNIM militants.",
         "Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims"),
        # two states' forces that fought each other stay on both sides
        ("On 3 May 2022, Kenyan and Somali troops clashed near Beled Hawo (Gedo).",
         "Military Forces of Kenya", "Military Forces of Somalia"),
    ],
)
def test_allies_are_no_second_side(first_event, text, actor1, actor2):
    event = first_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2"),
    [
        ("On 28 July 2023, supporters of the CNSP junta gathered in Zinder (Zinder) and set fire to the door of an "
         "opposition party office. [size=hundreds]", "Violent demonstration", "Rioters (Niger)", None),
        ("On 30 August 2023, soldiers opened fire on members of a church demonstrating against MONUSCO in Bunia "
         "(Ituri), killing 6 people.", "Excessive force against protesters",
         "Protesters (Democratic Republic of Congo)", "Military Forces of the Democratic Republic of Congo"),
        # supporters of a party and the police who fought them: the police stay the second side
        ("On 3 June 2019, supporters of KANU and police clashed at a rally in Nakuru (Nakuru).",
         "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya"),
    ],
)
def test_backers_and_grievances_are_no_side(first_event, text, sub_event_type, actor1, actor2):
    event = first_event(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub_event_type, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 22 June 2021, militia members shot dead a community leader in Duque de Caxias (Rio de Janeiro).",
         "Militia (Brazil)"),
        ("On 20 December 2022, Cartel de Jalisco Nueva Generacion gunmen attacked a bar in Celaya (Guanajuato), "
         "killing 4.", "CJNG: Jalisco New Generation Cartel"),
        # elsewhere militiamen are no Brazilian militia
        ("On 22 June 2021, militiamen killed two farmers near Djugu (Ituri).",
         "Unidentified Armed Group (Democratic Republic of Congo)"),
    ],
)
def test_latin_american_armed_groups_by_acled_name(first_event, text, actor1):
    assert first_event(text).actor1 == actor1
