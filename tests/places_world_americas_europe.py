"""Probes of where events happen in Mexico, Colombia and Ukraine, run by test_places_world_probes
(no tests here). Every text is our own, written in the style of coders' notes or of wire copy
with a dateline; the expected places are facts. Cases marked xfail are known gaps.
"""

from __future__ import annotations

import pytest
from places_world_support import Expected

CASES = [
    pytest.param(
        "On 12 January 2021, CJNG gunmen clashed with Carteles Unidos in Aguililla (Michoacan), "
        "killing 4.",
        Expected("Mexico", "Michoacan", "Aguililla", 1, (18.73, -102.79)),
        id="MX-1",
    ),
    pytest.param(
        "MEXICO CITY (Reuters) - Gunmen killed 11 people in an attack on a bar in the central "
        "Mexican city of Celaya on Saturday, officials said.",
        Expected("Mexico", "Guanajuato", "Celaya", 1, (20.52, -100.81)),
        id="MX-2",
    ),
    pytest.param(
        "On 3 May 2022, gunmen shot dead a police officer in Fresnillo (Zacatecas).",
        Expected("Mexico", "Zacatecas", "Fresnillo", 1, (23.17, -102.87)),
        id="MX-3",
    ),
    pytest.param(
        "On 7 October 2021, unidentified gunmen killed 5 men in Iguala (Guerrero).",
        Expected("Mexico", "Guerrero", "Iguala", 1, (18.35, -99.54)),
        id="MX-4",
    ),
    pytest.param(
        "On 14 June 2022, members of the Gulf Cartel clashed with the army in Reynosa "
        "(Tamaulipas), killing 4.",
        Expected("Mexico", "Tamaulipas", "Reynosa", 1, (26.09, -98.28)),
        id="MX-5",
    ),
    pytest.param(
        "On 5 January 2023, Sinaloa Cartel gunmen blocked roads and attacked the military in "
        "Culiacan (Sinaloa), killing 29.",
        Expected("Mexico", "Sinaloa", "Culiacan", 1, (24.8, -107.39)),
        id="MX-6",
    ),
    pytest.param(
        "CIUDAD JUAREZ, Mexico (AP) - Gunmen attacked a prison in Ciudad Juarez on Sunday, "
        "killing 10 guards, officials said.",
        Expected("Mexico", "Chihuahua", "Ciudad Juarez", 1, (31.72, -106.46)),
        id="MX-7",
    ),
    pytest.param(
        "On 20 March 2021, teachers protested in Chilpancingo (Guerrero) demanding unpaid "
        "salaries.",
        Expected("Mexico", "Guerrero", "Chilpancingo", 1, (17.55, -99.5)),
        id="MX-8",
    ),
    pytest.param(
        "On 4 February 2022, gunmen killed a journalist in Tijuana (Baja California).",
        Expected("Mexico", "Baja California", "Tijuana", 1, (32.53, -117.02)),
        id="MX-9",
    ),
    pytest.param(
        "On 9 September 2021, a municipal police officer was shot dead in Irapuato (Guanajuato).",
        Expected("Mexico", "Guanajuato", "Irapuato", 1, (20.68, -101.35)),
        id="MX-10",
    ),
    pytest.param(
        "On 1 March 2021, ELN militants clashed with FARC dissidents near Tame (Arauca), killing "
        "3.",
        Expected("Colombia", "Arauca", "Tame", 2, (6.46, -71.73)),
        id="CO-1",
    ),
    pytest.param(
        "BOGOTA (Reuters) - A car bomb exploded at an army base in the northeastern city of "
        "Cucuta on Tuesday, wounding 36 people, officials said.",
        Expected("Colombia", "Norte de Santander", "Cucuta", 1, (7.89, -72.5)),
        id="CO-2",
    ),
    pytest.param(
        "On 14 May 2021, protesters clashed with ESMAD in Cali (Valle del Cauca), leaving 2 dead.",
        Expected("Colombia", "Valle del Cauca", "Cali", 1, (3.45, -76.53)),
        id="CO-3",
    ),
    pytest.param(
        "On 8 August 2020, unidentified gunmen killed 8 young people in Samaniego (Narino).",
        Expected("Colombia", "Narino", "Samaniego", 1, (1.34, -77.59)),
        id="CO-4",
    ),
    pytest.param(
        "On 22 November 2021, FARC dissidents attacked a police station in Suarez (Cauca), "
        "injuring 2.",
        Expected("Colombia", "Cauca", "Suarez", 1, (2.95, -76.69)),
        id="CO-5",
    ),
    pytest.param(
        "On 3 June 2022, the Clan del Golfo killed a social leader in Ituango (Antioquia).",
        Expected("Colombia", "Antioquia", "Ituango", 1, (7.17, -75.76)),
        id="CO-6",
    ),
    pytest.param(
        "On 16 February 2022, ELN militants attacked a military base in Tibu (Norte de "
        "Santander).",
        Expected("Colombia", "Norte de Santander", "Tibu", 1, (8.64, -72.73)),
        id="CO-7",
    ),
    pytest.param(
        "On 30 January 2021, FARC dissidents killed 2 soldiers near Tumaco (Narino).",
        Expected("Colombia", "Narino", "Tumaco", 2, (1.81, -78.76)),
        id="CO-8",
    ),
    pytest.param(
        "On 18 September 2020, armed men killed 3 people in Buenaventura (Valle del Cauca).",
        Expected("Colombia", "Valle del Cauca", "Buenaventura", 1, (3.88, -77.03)),
        id="CO-9",
    ),
    pytest.param(
        "On 20 May 2023, Wagner forces captured Bakhmut (Donetsk) after months of fighting.",
        Expected("Ukraine", "Donetsk", "Bakhmut", 1, (48.59, 38.0)),
        id="UA-1",
    ),
    pytest.param(
        "KYIV (Reuters) - Russian missiles struck an apartment block in the southeastern city of "
        "Zaporizhzhia on Thursday, killing 3 people, officials said.",
        Expected("Ukraine", "Zaporizhzhia", "Zaporizhzhia", 1, (47.84, 35.14)),
        id="UA-2",
    ),
    pytest.param(
        "On 17 February 2024, Russian forces captured Avdiivka (Donetsk).",
        Expected("Ukraine", "Donetsk", "Avdiivka", 1, (48.14, 37.74)),
        id="UA-3",
    ),
    pytest.param(
        "On 8 April 2022, a Russian missile strike hit the railway station in Kramatorsk "
        "(Donetsk), killing 61 civilians.",
        Expected("Ukraine", "Donetsk", "Kramatorsk", 1, (48.72, 37.56)),
        id="UA-4",
    ),
    pytest.param(
        "On 3 October 2022, Russian artillery shelled Nikopol (Dnipropetrovsk), damaging houses.",
        Expected("Ukraine", "Dnipropetrovsk", "Nikopol", 1, (47.57, 34.39)),
        id="UA-5",
    ),
    pytest.param(
        "On 12 June 2022, Russian and Ukrainian forces clashed in Sievierodonetsk (Luhansk).",
        Expected("Ukraine", "Luhansk", "Sievierodonetsk", 1, (48.95, 38.49)),
        id="UA-6",
    ),
    pytest.param(
        "On 26 September 2022, Russian forces shelled Kupiansk (Kharkiv), injuring 2.",
        Expected("Ukraine", "Kharkiv", "Kupiansk", 1, (49.71, 37.62)),
        id="UA-7",
    ),
    pytest.param(
        "KHERSON, Ukraine (AP) - Russian shelling killed two people in the southern city of "
        "Kherson on Monday, the regional governor said.",
        Expected("Ukraine", "Kherson", "Kherson", 1, (46.64, 32.62)),
        id="UA-8",
    ),
    pytest.param(
        "On 5 August 2023, Ukrainian drones struck positions near Orikhiv (Zaporizhzhia region).",
        Expected("Ukraine", "Zaporizhzhia", "Orikhiv", 2, (47.57, 35.79)),
        id="UA-9",
    ),
    pytest.param(
        "On 10 October 2022, a Russian missile struck central Kyiv (Kyiv City), killing 8.",
        Expected("Ukraine", "Kyiv City", "Kyiv", 1, (50.45, 30.52)),
        id="UA-10",
    ),
]
