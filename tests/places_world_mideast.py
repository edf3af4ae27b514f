"""Probes of where events happen in Iraq, Syria and Yemen, run by test_places_world_probes (no tests
here). Every text is our own, written in the style of coders' notes or of wire copy with a
dateline; the expected places are facts. Cases marked xfail are known gaps.
"""

from __future__ import annotations

import pytest
from places_world_support import Expected

CASES = [
    pytest.param(
        "On 12 June 2021, ISIS militants attacked a PMF checkpoint in Tarmiyah (Baghdad), killing"
        " 2 PMF members.",
        Expected("Iraq", "Baghdad", "Tarmiyah", 1, (33.67, 44.39)),
        id="IQ-1",
    ),
    pytest.param(
        "On 5 February 2020, an IED exploded near a Federal Police vehicle near Tuz Khurmatu "
        "(Salah al-Din). No casualties were reported.",
        Expected("Iraq", "Salah al-Din", "Tuz Khurmatu", 2, (34.88, 44.63)),
        id="IQ-2",
    ),
    pytest.param(
        "BAGHDAD (Reuters) - Gunmen killed three farmers in Iraq's northern Nineveh province on "
        "Tuesday, police said.",
        Expected("Iraq", "Ninewa", "Mosul", 3, (36.34, 43.13)),
        id="IQ-3",
    ),
    pytest.param(
        "On 20 August 2019, ISIS fighters attacked an Iraqi army post in Baiji (Saladin), killing"
        " one soldier.",
        Expected("Iraq", "Salah al-Din", "Baiji", 1, (34.93, 43.49)),
        id="IQ-4",
    ),
    pytest.param(
        "KIRKUK, Iraq (AP) - A roadside bomb struck an army patrol near Hawija on Sunday, killing"
        " two soldiers, officials said.",
        Expected("Iraq", "Kirkuk", "Hawija", 2, (35.33, 43.77)),
        id="IQ-5",
    ),
    pytest.param(
        "On 3 March 2021, a rocket landed near the Ain al-Asad air base in Al-Baghdadi "
        "(Al-Anbar). No casualties.",
        Expected("Iraq", "Al Anbar", None, None, (33.8, 42.44)),
        id="IQ-6",
    ),
    pytest.param(
        "On 9 July 2020, ISIS militants killed 2 shepherds near Khanaqin (Diyala).",
        Expected("Iraq", "Diyala", "Khanaqin", 2, (34.35, 45.39)),
        id="IQ-7",
    ),
    pytest.param(
        "BASRA, Iraq (Reuters) - Protesters set fire to the provincial government building in "
        "Basra on Friday.",
        Expected("Iraq", "Basrah", "Basrah", 1, (30.51, 47.81)),
        id="IQ-8",
    ),
    pytest.param(
        "On 11 November 2019, protesters were shot dead by security forces in Nasiriyah (Dhi "
        "Qar).",
        Expected("Iraq", "Thi-Qar", "Nasiriyah", 1, (31.05, 46.26)),
        id="IQ-9",
    ),
    pytest.param(
        "On 1 May 2021, ISIS militants attacked Peshmerga forces in Makhmour district (Ninawa), "
        "killing 3.",
        Expected("Iraq", None, None, 2, None),
        id="IQ-10",
    ),
    pytest.param(
        "On 7 March 2021, regime forces shelled Maarat al-Numan (Idlib), killing one civilian.",
        Expected("Syria", "Idleb", None, 1, (35.65, 36.68)),
        id="SY-1",
    ),
    pytest.param(
        "BEIRUT (Reuters) - Syrian government air strikes killed six civilians in the town of "
        "Saraqeb in Idlib province on Wednesday, a war monitor said.",
        Expected("Syria", "Idleb", "Saraqeb", 1, (35.86, 36.8)),
        id="SY-2",
    ),
    pytest.param(
        "On 14 October 2019, SNA factions clashed with SDF near Ras al-Ain (Al-Hasakeh), killing "
        "5.",
        Expected("Syria", "Al-Hasakeh", None, 2, (36.85, 40.07)),
        id="SY-3",
    ),
    pytest.param(
        "On 2 April 2020, an IED exploded in a market in Al-Bab (Aleppo), killing 4 civilians.",
        Expected("Syria", "Aleppo", "Al-Bab", 1, (36.37, 37.52)),
        id="SY-4",
    ),
    pytest.param(
        "On 22 January 2021, unidentified gunmen shot dead an SDF fighter in Hajin (Deir ez-Zor).",
        Expected("Syria", "Deir-ez-Zor", "Hajin", 1, (34.69, 40.83)),
        id="SY-5",
    ),
    pytest.param(
        "AMMAN (Reuters) - Syrian army shelling killed two children in the southern town of Tafas"
        " in Deraa province, residents said.",
        Expected("Syria", "Dar'a", "Tafas", 1, (32.74, 36.07)),
        id="SY-6",
    ),
    pytest.param(
        "On 5 June 2020, Russian warplanes struck positions near Jisr al-Shughur (Idleb).",
        Expected("Syria", "Idleb", None, 2, (35.81, 36.32)),
        id="SY-7",
    ),
    pytest.param(
        "On 10 September 2019, ISIS cells attacked a regime checkpoint near Palmyra (Homs), "
        "killing 3 soldiers.",
        Expected("Syria", "Homs", None, 2, (34.56, 38.28)),
        id="SY-8",
    ),
    pytest.param(
        "On 18 March 2020, Turkish drones struck an SDF vehicle near Tal Tamr (Hasakah).",
        Expected("Syria", "Al-Hasakeh", None, 2, (36.65, 40.37)),
        id="SY-9",
    ),
    pytest.param(
        "On 30 July 2021, protesters demonstrated in Douma (Rural Damascus) against living "
        "conditions.",
        Expected("Syria", "Rural Damascus", "Douma", 1, (33.57, 36.4)),
        id="SY-10",
    ),
    pytest.param(
        "On 4 March 2021, Houthi forces shelled residential areas in Taizz city (Taizz), killing "
        "2 civilians.",
        Expected("Yemen", "Taizz", "Taizz", 1, (13.58, 44.02)),
        id="YE-1",
    ),
    pytest.param(
        "ADEN (Reuters) - Clashes between Houthi fighters and government forces in Yemen's Marib "
        "province killed 30 people on Sunday, military sources said.",
        Expected("Yemen", "Marib", "Marib", 3, (15.46, 45.33)),
        id="YE-2",
    ),
    pytest.param(
        "On 12 April 2019, Saudi-led coalition airstrikes hit Al Hazm (Al Jawf), killing 4.",
        Expected("Yemen", "Al Jawf", "Al Hazm", 1, (16.16, 44.78)),
        id="YE-3",
    ),
    pytest.param(
        "On 2 July 2020, AQAP militants attacked a checkpoint in Zinjibar (Abyan), killing 2 STC "
        "fighters.",
        Expected("Yemen", "Abyan", "Zinjibar", 1, (13.13, 45.38)),
        id="YE-4",
    ),
    pytest.param(
        "On 15 February 2021, Houthi forces and government forces clashed in Qatabah district (Ad"
        " Dali).",
        Expected("Yemen", "Ad Dali", "Qatabah", 2, (13.86, 44.7)),
        id="YE-5",
    ),
    pytest.param(
        "MUKALLA, Yemen (AP) - A suicide bomber struck a police academy in the southern port city"
        " of Mukalla on Monday, killing 12 recruits.",
        Expected("Yemen", "Hadramawt", None, 1, (14.54, 49.12)),
        id="YE-6",
    ),
    pytest.param(
        "On 8 September 2020, Saudi artillery shelled Shada district (Sadah), injuring 3 "
        "civilians.",
        Expected("Yemen", "Sadah", None, 2, None),
        id="YE-7",
    ),
    pytest.param(
        "On 20 December 2018, clashes were reported in Hays (Al Hudaydah) between Joint Forces "
        "and Houthis.",
        Expected("Yemen", "Al Hudaydah", "Hays", 1, (13.93, 43.48)),
        id="YE-8",
    ),
    pytest.param(
        "On 6 May 2019, gunmen shot dead a security officer in Ataq (Shabwa).",
        Expected("Yemen", "Shabwah", "Ataq", 1, (14.54, 46.83)),
        id="YE-9",
    ),
    pytest.param(
        "On 11 August 2021, Houthi forces fired a ballistic missile at Al Mukha (Taiz), killing 3"
        " soldiers.",
        Expected("Yemen", "Taizz", "Al Mukha", 1, (13.32, 43.25)),
        id="YE-10",
    ),
]
