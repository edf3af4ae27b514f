"""Probes of where events happen in Somalia, Nigeria and the Sahel (Mali, Burkina Faso, Niger), run
by test_places_world_probes (no tests here). Every text is our own, written in the style of
coders' notes or of wire copy with a dateline; the expected places are facts. Cases marked xfail
are known gaps.
"""

from __future__ import annotations

import pytest
from places_world_support import Expected

CASES = [
    pytest.param(
        "MOGADISHU (Reuters) - Al Shabaab fighters stormed a military base in Bulo Marer in "
        "Somalia's Lower Shabelle region on Tuesday, killing at least eight soldiers.",
        Expected("Somalia", "Lower Shabelle", "Bulo Marer", 2, None),
        id="SO-1",
    ),
    pytest.param(
        "On 14 March 2020, Al Shabaab militants attacked an SNA base in Afgoye (Lower Shabelle), "
        "killing 2 soldiers.",
        Expected("Somalia", "Lower Shabelle", "Afgoye", 1, (2.14, 45.12)),
        id="SO-2",
    ),
    pytest.param(
        "On 2 July 2021, an IED exploded near a police station in Jowhar (Middle Shabelle), "
        "injuring 4.",
        Expected("Somalia", "Middle Shabelle", "Jowhar", 1, (2.78, 45.5)),
        id="SO-3",
    ),
    pytest.param(
        "On 20 January 2022, clan militias clashed over land near Beledweyne (Hiraan), killing 5.",
        Expected("Somalia", "Hiraan", "Beledweyne", 2, (4.74, 45.2)),
        id="SO-4",
    ),
    pytest.param(
        "On 9 October 2020, Al Shabaab fired mortars at the AMISOM base in Baidoa (Bay).",
        Expected("Somalia", "Bay", "Baidoa", 1, (3.11, 43.65)),
        id="SO-5",
    ),
    pytest.param(
        "KISMAYO, Somalia (AP) - Gunmen killed a local elder in the southern port city of Kismayo"
        " on Monday, police said.",
        Expected("Somalia", "Lower Juba", "Kismayo", 1, (-0.36, 42.55)),
        id="SO-6",
    ),
    pytest.param(
        "On 5 May 2021, Puntland forces clashed with Al Shabaab in the Galgala mountains near "
        "Bosaso (Bari).",
        Expected("Somalia", "Bari", "Bosaso", 2, (11.28, 49.18)),
        id="SO-7",
    ),
    pytest.param(
        "On 11 August 2019, Somaliland and Puntland forces clashed near Las Anod (Sool), killing "
        "4.",
        Expected("Somalia", "Sool", "Las Anod", 2, (8.48, 47.36)),
        id="SO-8",
    ),
    pytest.param(
        "On 28 February 2021, Al Shabaab militants attacked Dhusamareb (Galgaduud), killing 3 "
        "civilians.",
        Expected("Somalia", "Galgaduud", "Dhusamareb", 1, (5.54, 46.39)),
        id="SO-9",
    ),
    pytest.param(
        "On 16 June 2020, a suicide bomber killed 2 soldiers at a checkpoint in Galkayo (Mudug).",
        Expected("Somalia", "Mudug", "Galkayo", 1, (6.77, 47.43)),
        id="SO-10",
    ),
    pytest.param(
        "MAIDUGURI, Nigeria (Reuters) - Boko Haram insurgents killed 12 farmers near Maiduguri, "
        "the capital of Borno state, on Saturday, residents said.",
        Expected("Nigeria", "Borno", "Maiduguri", 2, (11.85, 13.16)),
        id="NG-1",
    ),
    pytest.param(
        "On 13 February 2021, ISWAP fighters attacked a military base in Dikwa (Borno State), "
        "killing 3 soldiers.",
        Expected("Nigeria", "Borno", "Dikwa", 1, (12.03, 13.92)),
        id="NG-2",
    ),
    pytest.param(
        "On 26 February 2021, gunmen abducted 279 schoolgirls from a school in Jangebe, Talata "
        "Mafara LGA (Zamfara).",
        Expected("Nigeria", "Zamfara", None, None, None),
        id="NG-3",
    ),
    pytest.param(
        "On 5 June 2022, gunmen attacked a church in Owo (Ondo), killing 40 worshippers.",
        Expected("Nigeria", "Ondo", "Owo", 1, (7.2, 5.59)),
        id="NG-4",
    ),
    pytest.param(
        "On 18 January 2021, bandits killed 10 villagers in Birnin Gwari LGA (Kaduna).",
        Expected("Nigeria", "Kaduna", "Birnin Gwari", 2, (10.66, 6.54)),
        id="NG-5",
    ),
    pytest.param(
        "JOS, Nigeria (AP) - Gunmen attacked villages in Bokkos local government area of Plateau "
        "state overnight, killing at least 16 people, police said.",
        Expected("Nigeria", "Plateau", "Bokkos", 2, (9.3, 9.0)),  # somewhere in the LGA, as NG-5
        id="NG-6",
    ),
    pytest.param(
        "On 7 April 2021, Fulani militia killed 7 farmers in Guma LGA (Benue).",
        Expected("Nigeria", "Benue", None, 2, None),
        id="NG-7",
    ),
    pytest.param(
        "On 12 December 2020, bandits abducted over 300 students from a school in Kankara "
        "(Katsina).",
        Expected("Nigeria", "Katsina", "Kankara", 1, (11.93, 7.41)),
        id="NG-8",
    ),
    pytest.param(
        "On 5 April 2021, gunmen attacked the police headquarters in Owerri (Imo), freeing 1800 "
        "inmates.",
        Expected("Nigeria", "Imo", "Owerri", 1, (5.48, 7.03)),
        id="NG-9",
    ),
    pytest.param(
        "On 30 March 2021, Boko Haram fighters attacked Geidam (Yobe), killing 5 civilians.",
        Expected("Nigeria", "Yobe", "Geidam", 1, (12.89, 11.93)),
        id="NG-10",
    ),
    pytest.param(
        "On 23 March 2019, Dan Na Ambassagou militiamen killed 157 Fulani villagers in Ogossagou "
        "(Mopti).",
        Expected("Mali", "Mopti", "Ogossagou", 1, None),
        id="ML-1",
    ),
    pytest.param(
        "BAMAKO (Reuters) - Suspected jihadists killed 16 soldiers in an attack on an army post "
        "in central Mali's Mopti region on Sunday, the army said.",
        Expected("Mali", "Mopti", "Mopti", 3, (14.49, -4.2)),
        id="ML-2",
    ),
    pytest.param(
        "On 2 December 2021, JNIM militants attacked a bus near Bandiagara (Mopti), killing 31 "
        "civilians.",
        Expected("Mali", "Mopti", "Bandiagara", 2, (14.35, -3.61)),
        id="ML-3",
    ),
    pytest.param(
        "On 10 August 2022, ISGS militants attacked FAMa positions in Tessit (Gao), killing 42 "
        "soldiers.",
        Expected("Mali", "Gao", "Tessit", 1, None),
        id="ML-4",
    ),
    pytest.param(
        "On 7 April 2021, unidentified gunmen attacked a MINUSMA camp in Aguelhok (Kidal), "
        "killing 4 peacekeepers.",
        Expected("Mali", "Kidal", "Aguelhok", 1, (19.46, 0.86)),
        id="ML-5",
    ),
    pytest.param(
        "On 16 October 2020, JNIM militants clashed with Dozo militia near Niono (Segou).",
        Expected("Mali", "Segou", "Niono", 2, (14.25, -5.99)),
        id="ML-6",
    ),
    pytest.param(
        "On 3 January 2021, French airstrikes killed 19 people at a wedding in Bounti (Mopti).",
        Expected("Mali", "Mopti", "Bounti", 1, None),
        id="ML-7",
    ),
    pytest.param(
        "On 14 May 2022, FAMa and Wagner forces executed civilians in Moura (Mopti).",
        Expected("Mali", "Mopti", "Moura", 1, None),
        id="ML-8",
    ),
    pytest.param(
        "On 9 September 2021, JNIM attacked FAMa near Boni in Douentza cercle (Mopti).",
        Expected("Mali", "Mopti", "Boni", 2, None),
        id="ML-9",
        marks=pytest.mark.xfail(reason="unknown village near a cercle seat coded at the seat"),
    ),
    pytest.param(
        "GAO, Mali (AP) - A roadside bomb hit a UN convoy near the town of Ansongo in northern "
        "Mali on Friday, killing two peacekeepers.",
        Expected("Mali", "Gao", "Ansongo", 1, (15.66, 0.5)),
        id="ML-10",
    ),
    pytest.param(
        "On 14 March 2021, JNIM militants attacked a gendarmerie post in Boulkessi (Soum "
        "province), killing 3.",
        Expected("Burkina Faso", "Sahel", "Boulkessi", 1, None),
        id="BF-1",
    ),
    pytest.param(
        "On 5 June 2021, ISGS militants killed 160 civilians in Solhan (Yagha province).",
        Expected("Burkina Faso", "Sahel", "Solhan", 1, None),
        id="BF-2",
    ),
    pytest.param(
        "OUAGADOUGOU (Reuters) - Gunmen killed 15 people at a market in Djibo in northern Burkina"
        " Faso on Monday, security sources said.",
        Expected("Burkina Faso", "Sahel", "Djibo", 1, (14.1, -1.63)),
        id="BF-3",
    ),
    pytest.param(
        "On 20 August 2021, JNIM fighters ambushed a convoy near Gorom-Gorom (Oudalan), killing "
        "47 people.",
        Expected("Burkina Faso", "Sahel", "Gorom-Gorom", 2, (14.44, -0.24)),
        id="BF-4",
    ),
    pytest.param(
        "On 1 November 2020, unidentified gunmen killed 5 VDP members in Barsalogho (Sanmatenga).",
        Expected("Burkina Faso", "Centre-Nord", "Barsalogho", 1, (13.42, -1.06)),
        id="BF-5",
    ),
    pytest.param(
        "On 9 January 2022, militants attacked a military post near Titao (Loroum), killing 6.",
        Expected("Burkina Faso", "Nord", "Titao", 2, (13.76, -2.07)),
        id="BF-6",
    ),
    pytest.param(
        "On 4 May 2020, JNIM militants attacked a mine convoy near Fada N'Gourma (Gourma).",
        Expected("Burkina Faso", "Est", "Fada N'Gourma", 2, (12.06, 0.36)),
        id="BF-7",
    ),
    pytest.param(
        "On 21 February 2022, unidentified gunmen attacked a gold mining site near Seytenga (Seno"
        " province), killing 86.",
        Expected("Burkina Faso", "Sahel", None, 2, (14.0, 0.25)),
        id="BF-8",
        marks=pytest.mark.xfail(reason="Seno province missing; its namesake in Laos wins"),
    ),
    pytest.param(
        "OUAGADOUGOU, Burkina Faso (AP) - Suspected jihadists attacked a military detachment in "
        "Arbinda in the country's north on Sunday, killing 19 soldiers.",
        Expected("Burkina Faso", "Sahel", "Arbinda", 1, (14.23, -0.87)),
        id="BF-9",
    ),
    pytest.param(
        "On 10 October 2021, JNIM attacked a gendarmerie in Dedougou (Mouhoun province).",
        Expected("Burkina Faso", "Boucle du Mouhoun", "Dedougou", 1, (12.46, -3.46)),
        id="BF-10",
    ),
    pytest.param(
        "On 21 March 2021, gunmen killed 141 civilians in Tillia (Tahoua).",
        Expected("Niger", "Tahoua", "Tillia", 1, (16.14, 4.79)),
        id="NE-1",
    ),
    pytest.param(
        "NIAMEY (Reuters) - Islamist militants attacked a military camp in Chinagodrar in western"
        " Niger's Tillaberi region on Thursday, killing 89 soldiers.",
        Expected("Niger", "Tillaberi", "Chinagodrar", 2, None),
        id="NE-2",
    ),
    pytest.param(
        "On 10 December 2019, ISGS militants attacked an army camp in Inates (Tillaberi), killing"
        " 71 soldiers.",
        Expected("Niger", "Tillaberi", "Inates", 1, None),
        id="NE-3",
    ),
    pytest.param(
        "On 12 December 2020, Boko Haram fighters attacked Toumour (Diffa), killing 28.",
        Expected("Niger", "Diffa", "Toumour", 1, None),
        id="NE-4",
    ),
    pytest.param(
        "On 2 January 2021, militants attacked the villages of Tchoma Bangou and Zaroumadareye "
        "near Ouallam (Tillaberi), killing 100.",
        Expected("Niger", "Tillaberi", None, 2, None),
        id="NE-5",
    ),
    pytest.param(
        "On 15 August 2022, militants attacked a gendarmerie post in Torodi (Tillaberi), killing "
        "2.",
        Expected("Niger", "Tillaberi", "Torodi", 1, (13.11, 1.8)),
        id="NE-6",
    ),
    pytest.param(
        "On 6 June 2021, Boko Haram fighters attacked Bosso (Diffa), killing 4 soldiers.",
        Expected("Niger", "Diffa", "Bosso", 1, (13.7, 13.31)),
        id="NE-7",
    ),
    pytest.param(
        "NIAMEY, Niger (AP) - Gunmen killed seven soldiers in an ambush near Ayorou in the "
        "Tillaberi region on Tuesday, the defence ministry said.",
        Expected("Niger", "Tillaberi", "Ayorou", 2, (14.73, 0.92)),
        id="NE-8",
    ),
    pytest.param(
        "On 9 February 2023, JNIM militants ambushed soldiers near Tabatol (Tillaberi), killing "
        "17.",
        Expected("Niger", "Tillaberi", None, 2, None),
        id="NE-9",
    ),
]
