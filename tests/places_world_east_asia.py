"""Probes of where events happen in Myanmar and the Philippines, run by test_places_world_probes (no
tests here). Every text is our own, written in the style of coders' notes or of wire copy with a
dateline; the expected places are facts. Cases marked xfail are known gaps.
"""

from __future__ import annotations

import pytest
from places_world_support import Expected

CASES = [
    pytest.param(
        "On 2 May 2021, the Tatmadaw raided a village near Kalay (Sagaing), killing 4 PDF "
        "members.",
        Expected("Myanmar", "Sagaing", "Kalay", 2, (23.19, 94.06)),
        id="MM-1",
    ),
    pytest.param(
        "YANGON (Reuters) - Myanmar security forces shot dead at least five protesters in the "
        "central town of Monywa on Saturday, witnesses said.",
        Expected("Myanmar", "Sagaing", "Monywa", 1, (22.11, 95.13)),
        id="MM-2",
    ),
    pytest.param(
        "On 14 November 2022, the Arakan Army clashed with military forces near Maungdaw "
        "(Rakhine).",
        Expected("Myanmar", "Rakhine", "Maungdaw", 2, (20.82, 92.37)),
        id="MM-3",
    ),
    pytest.param(
        "On 12 March 2021, military forces fired on protesters in Myitkyina (Kachin), killing 2.",
        Expected("Myanmar", "Kachin", "Myitkyina", 1, (25.38, 97.4)),
        id="MM-4",
    ),
    pytest.param(
        "On 13 May 2021, the Chinland Defense Force ambushed military troops in Mindat (Chin), "
        "killing 5.",
        Expected("Myanmar", "Chin", "Mindat", 1, (21.37, 93.97)),
        id="MM-5",
    ),
    pytest.param(
        "On 8 June 2021, military forces burned houses in Kinma village, Pauk township (Magway).",
        Expected("Myanmar", "Magway", None, 2, (21.45, 94.45)),
        id="MM-6",
    ),
    pytest.param(
        "On 20 April 2022, KIA fighters attacked a military outpost in Hpakant (Kachin).",
        Expected("Myanmar", "Kachin", "Hpakant", 1, (25.61, 96.31)),
        id="MM-7",
    ),
    pytest.param(
        "On 3 August 2021, a bomb exploded near a police station in Myawaddy (Kayin), injuring 2 "
        "police officers.",
        Expected("Myanmar", "Kayin", "Myawaddy", 1, (16.69, 98.51)),
        id="MM-8",
    ),
    pytest.param(
        "On 10 December 2021, military troops killed 11 villagers in Done Taw village near "
        "Salingyi (Sagaing).",
        Expected("Myanmar", "Sagaing", None, 2, (21.97, 95.07)),
        id="MM-9",
    ),
    pytest.param(
        "On 5 March 2021, BIFF militants clashed with the military in Datu Salibo (Maguindanao), "
        "killing 3.",
        Expected(
            "Philippines",
            "Bangsamoro Autonomous Region in Muslim Mindanao",
            "Datu Salibo",
            1,
            None,
        ),
        id="PH-1",
    ),
    pytest.param(
        "MANILA (Reuters) - Suspected Abu Sayyaf gunmen ambushed soldiers in the southern "
        "province of Sulu on Tuesday, killing three, the army said.",
        Expected(
            "Philippines",
            "Bangsamoro Autonomous Region in Muslim Mindanao",
            "Sulu",
            2,
            (6.05, 121.0),
        ),
        id="PH-2",
    ),
    pytest.param(
        "On 11 June 2020, NPA rebels attacked a police patrol in Catarman (Northern Samar), "
        "killing 1.",
        Expected("Philippines", "Eastern Visayas", "Catarman", 1, (12.5, 124.64)),
        id="PH-3",
    ),
    pytest.param(
        "COTABATO CITY, Philippines (AP) - Government troops clashed with Islamic State-linked "
        "militants in Maguindanao province on Sunday, killing five militants.",
        Expected("Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", None, 2, None),
        id="PH-4",
    ),
    pytest.param(
        "On 24 August 2020, two bombs exploded in Jolo (Sulu), killing 15 people.",
        Expected(
            "Philippines",
            "Bangsamoro Autonomous Region in Muslim Mindanao",
            "Jolo",
            1,
            (6.05, 121.0),
        ),
        id="PH-5",
    ),
    pytest.param(
        "On 17 July 2021, police killed a suspected drug dealer in Caloocan (Metro Manila).",
        Expected("Philippines", "Metropolitan Manila", "Caloocan", 1, (14.65, 120.97)),
        id="PH-6",
    ),
    pytest.param(
        "On 28 February 2021, the military clashed with NPA rebels in Kalinga province, killing 2"
        " rebels.",
        Expected("Philippines", "Cordillera Administrative Region", "Kalinga", 2, None),
        id="PH-7",
    ),
]
