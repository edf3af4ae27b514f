"""Actors of today's conflicts in ACLED-style notes (our own sentences): attributions to foreign forces, the
insurgency of a theatre for unnamed insurgents, rangers as soldiers, and names that depend on the date."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow

# text, actor1, inter1, actor2 (None: no second actor), inter2, associated actors (None: not checked)
CASES = [
    # an attribution may name external forces ...
    (
        "On 7 April 2022, a blast damaged a rail bridge near Bucha (Kyiv). Local officials attributed the "
        "attack to Russian forces.",
        "Military Forces of Russia", 8, None, None, None, None,
    ),
    (
        "On 19 May 2022, gunmen shot dead a village head in Melitopol (Zaporizhia). Residents blamed the "
        "killing on Russian troops.",
        "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, None, None,
    ),
    # ... but not the state's own forces, who are the ones who suspect
    (
        "On 11 June 2019, gunmen shot dead a shopkeeper in Garissa town. Police suspect bandits.",
        "Unidentified Armed Group (Kenya)", 3, "Civilians (Kenya)", 7, None, None,
    ),
    # unnamed insurgents in a theatre of one insurgency are that insurgency
    (
        "On 14 June 2022, insurgents raided Nanduli village in Ancuabe district (Cabo Delgado), beheading "
        "a man.",
        "Islamic State (Mozambique)", 2, "Civilians (Mozambique)", 7, None, None,
    ),
    (
        "On 2 September 2021, Rwandan troops ambushed insurgents near Mbau (Cabo Delgado), killing 6 of them.",
        "Military Forces of Rwanda", 8, "Islamic State (Mozambique)", 2, None, None,
    ),
    # ... but gunmen are not insurgents, and Borno's unnamed militants could be either of two groups
    (
        "On 8 May 2022, gunmen robbed and killed a trader in Pemba (Cabo Delgado).",
        "Unidentified Armed Group (Mozambique)", 3, "Civilians (Mozambique)", 7, None, None,
    ),
    (
        "On 22 January 2021, militants attacked a military base in Dikwa (Borno), killing 3 soldiers.",
        "Unidentified Armed Group (Nigeria)", 3, "Military Forces of Nigeria", 1, None, None,
    ),
    # Thai rangers are soldiers
    (
        "On 14 March 2020, gunmen opened fire on a ranger patrol in Rangae district (Narathiwat), wounding "
        "2 rangers.",
        "Unidentified Armed Group (Thailand)", 3, "Military Forces of Thailand", 1, None, None,
    ),
    # the Taliban after the fall of Kabul are the state's forces; before it, the insurgents
    (
        "On 12 October 2022, Taliban forces clashed with NRF fighters in Andarab district (Baghlan), "
        "killing 4 NRF fighters.",
        "Military Forces of Afghanistan", 1, "NRF: National Resistance Front", 2, None, None,
    ),
    (
        "On 12 October 2020, Taliban fighters attacked an army outpost in Nad Ali district (Helmand), "
        "killing 5 soldiers.",
        "Taliban", 2, "Military Forces of Afghanistan", 1, None, None,
    ),
    # a strike whose dead are a named group's members hit that group ...
    (
        "On 12 August 2024, an Israeli drone struck a car near Tyre (South), killing 2 Hezbollah members.",
        "Military Forces of Israel", 8, "Hezbollah", 2, None, None,
    ),
    # ... but a building a group runs is no member of it
    (
        "On 9 May 2023, an Israeli air strike hit a Hamas-run school in Gaza city, killing 10 civilians.",
        "Military Forces of Israel", 8, "Civilians (Palestine)", 7, None, None,
    ),
    # the words of actor1's own phrase are not its target; a phrase of two sides names both
    (
        "On 1 December 2024, HTS-led opposition fighters seized Aleppo city (Aleppo) from regime forces.",
        "HTS: Hayat Tahrir al-Sham", 2, "Military Forces of Syria", 1, None, None,
    ),
    (
        "On 3 March 2021, police and suspected robbers exchanged fire in Kisumu, killing one robber.",
        "Police Forces of Kenya", 1, "Unidentified Armed Group (Kenya)", 3, None, None,
    ),
    # a post attacked is held by those the next sentence's toll names, else by the military
    (
        "03/14/2016: Assailants attacked a checkpoint in Baiji district, Salah al-Din governorate, Iraq. Four "
        "Popular Mobilization Units (PMU) members were killed. The Islamic State of Iraq and the Levant (ISIL) "
        "claimed responsibility for the incident.",
        "Islamic State (Iraq)", 2, "PMF: Popular Mobilization Forces", 3, None, None,
    ),
    (
        "On 4 May 2019, militants attacked a checkpoint in Mandera town. Two civilians were killed.",
        "Unidentified Armed Group (Kenya)", 3, "Military Forces of Kenya", 1, None, None,
    ),
    # an armed group's supporters rallying are protesters, the group their associated actor, no second side
    (
        "On 14 August 2020, thousands of Houthi supporters rallied in Sanaa (Amanat al Asimah) against the "
        "normalisation deal.",
        "Protesters (Yemen)", 6, None, None, "Military Forces of Yemen Houthi", None,
    ),
    (
        "On 2 May 2022, hundreds of Hamas supporters rallied in Gaza city.",
        "Protesters (Palestine)", 6, None, None, "Hamas Movement", None,
    ),
    # ... while the forces that disperse a protest are still its second side
    (
        "On 3 March 2021, police dispersed protesters in Nairobi.",
        "Protesters (Kenya)", 6, "Police Forces of Kenya", 1, None, None,
    ),
]


@pytest.mark.parametrize("text, actor1, inter1, actor2, inter2, assoc1, assoc2", CASES)
def test_actors(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2) -> None:
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2)
