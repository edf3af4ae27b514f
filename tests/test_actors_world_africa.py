"""Actors and inter codes in ACLED-style notes and wire copy from Africa (our own sentences).

Sahel, Lake Chad, Great Lakes, Horn and Sudan: named groups with ACLED's names (JNIM, ISWAP, Islamic State
Sahel Province, Boko Haram - JAS, ADF, M23, CODECO, RSF, TPLF, OLA, Al Shabaab), state forces at home and abroad
(Eritrea in Ethiopia, Wagner), unidentified gunmen, communal militias and crowds.
"""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow

# text, actor1, inter1, actor2 (None: no second actor), inter2, an associated actor of actor1 and of actor2 (None: not checked)
CASES = [
    (
        "On 3 January 2022, ISWAP fighters attacked a military base in Marte (Borno), killing 4 soldiers.",
        "Islamic State West Africa Province", 2, "Military Forces of Nigeria", 1, None, None,
    ),
    (
        "On 15 February 2021, Boko Haram militants killed 10 farmers in Kwatandashi (Borno).",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2,
        "Civilians (Nigeria)", 7, None, "Farmers (Nigeria)",
    ),
    (
        "On 17 March 2022, bandits abducted 20 villagers in Maru LGA (Zamfara).",
        "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, None, None,
    ),
    (
        "On 6 January 2023, Fulani militiamen attacked farmers in Guma LGA (Benue), killing 7.",
        "Fulani Ethnic Militia (Nigeria)", 4, "Civilians (Nigeria)", 7, None, None,
    ),
    (
        "On 25 February 2023, APC and PDP supporters clashed in Kano during the elections, injuring "
        "several people.",
        "Rioters (Nigeria)", 5, "Rioters (Nigeria)", 5, None, None,
    ),
    (
        "On 11 March 2021, IPOB gunmen attacked a police station in Owerri (Imo), killing 2 police "
        "officers.",
        "IPOB: Indigenous People of Biafra", 3, "Police Forces of Nigeria", 1, None, None,
    ),
    (
        "On 1 August 2024, protesters demonstrated in Abuja against hardship; police fired tear gas to "
        "disperse them.",
        "Protesters (Nigeria)", 6, "Police Forces of Nigeria", 1, None, None,
    ),
    (
        "MAIDUGURI, Nigeria (Reuters) - Gunmen killed at least 30 people in an attack on a village in "
        "northeast Nigeria's Borno state, a local official said on Sunday.",
        "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, None, None,
    ),
    (
        "On 7 April 2022, JNIM militants attacked a FAMa position in Boulkessi (Mopti), killing 5 "
        "soldiers.",
        "JNIM: Group for Support of Islam and Muslims", 2, "Military Forces of Mali", 1, None, None,
    ),
    (
        "On 27 March 2022, FAMa and Wagner forces killed around 300 civilians in Moura (Mopti).",
        "Military Forces of Mali", 1, "Civilians (Mali)", 7, None, None,
    ),
    (
        "On 4 September 2023, Islamic State Sahel militants attacked a village near Menaka, killing 12 "
        "civilians.",
        "Islamic State Sahel Province", 2, "Civilians (Mali)", 7, None, None,
    ),
    (
        "On 10 February 2023, Dozo hunters clashed with JNIM militants near Segou.",
        "Dozo Communal Militia (Mali)", 4, "JNIM: Group for Support of Islam and Muslims", 2, None, None,
    ),
    (
        "On 2 September 2024, unidentified gunmen killed 2 traders on the road to Gao.",
        "Unidentified Armed Group (Mali)", 3, "Civilians (Mali)", 7, None, None,
    ),
    (
        "On 12 January 2025, CSP-DPA fighters clashed with FAMa and Wagner near Kidal.",
        "CSP-DPA: Strategic Framework for the Defense of the People of Azawad", 2,
        "Military Forces of Mali", 1, None, None,
    ),
    (
        "BAMAKO (Reuters) - Suspected jihadists attacked a military camp in central Mali on Sunday, "
        "killing eight soldiers, the army said.",
        "Unidentified Armed Group (Mali)", 3, "Military Forces of Mali", 1, None, None,
    ),
    (
        "On 26 June 2022, JNIM militants attacked VDP members in Seytenga (Seno), killing 4 VDP.",
        "JNIM: Group for Support of Islam and Muslims", 2,
        "VDP: Volunteers for the Defense of the Homeland", 3, None, None,
    ),
    (
        "On 4 June 2021, unidentified gunmen killed 160 civilians in Solhan (Yagha).",
        "Unidentified Armed Group (Burkina Faso)", 3, "Civilians (Burkina Faso)", 7, None, None,
    ),
    (
        "On 12 January 2023, ISSP militants ambushed a gendarmerie convoy near Dori (Seno).",
        "Islamic State Sahel Province", 2, "Police Forces of Burkina Faso", 1, None, None,
    ),
    (
        "On 2 February 2022, protesters rallied in Ouagadougou in support of the junta and against "
        "France.",
        "Protesters (Burkina Faso)", 6, None, None, None, None,
    ),
    (
        "OUAGADOUGOU (AFP) - Gunmen killed 11 soldiers in an attack on a military post in northern "
        "Burkina Faso, the army said on Monday.",
        "Unidentified Armed Group (Burkina Faso)", 3, "Military Forces of Burkina Faso", 1, None, None,
    ),
    (
        "On 8 May 2023, Koglweogo members killed 3 suspected thieves in Kaya (Sanmatenga).",
        "Koglweogo Militia", 3, "Civilians (Burkina Faso)", 7, None, None,
    ),
    (
        "On 13 June 2022, M23 rebels clashed with FARDC in Bunagana (Rutshuru, North Kivu).",
        "M23: March 23 Movement", 2, "Military Forces of the Democratic Republic of Congo", 1, None, None,
    ),
    (
        "On 8 August 2022, ADF militants killed 12 civilians in Beni territory (North Kivu).",
        "ADF: Allied Democratic Forces", 2, "Civilians (Democratic Republic of Congo)", 7, None, None,
    ),
    (
        "On 1 February 2022, CODECO militiamen attacked the Plaine Savo IDP camp in Djugu (Ituri), "
        "killing 60 displaced people.",
        "CODECO: Cooperative for the Development of Congo", 2,
        "Civilians (Democratic Republic of Congo)", 7, None, None,
    ),
    (
        "GOMA, Congo (Reuters) - M23 rebels seized the town of Rubaya on Tuesday after fighting with the "
        "Congolese army and allied militias, local sources said.",
        "M23: March 23 Movement", 2, "Military Forces of the Democratic Republic of Congo", 1, None, None,
    ),
    (
        "On 12 December 2023, Wazalendo fighters clashed with M23 rebels in Masisi territory.",
        "Wazalendo Militia", 3, "M23: March 23 Movement", 2, None, None,
    ),
    (
        "On 20 July 2023, MONUSCO peacekeepers repelled a CODECO attack on an IDP site in Djugu (Ituri).",
        "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", 8,
        "CODECO: Cooperative for the Development of Congo", 2, None, None,
    ),
    (
        "On 15 April 2023, RSF fighters clashed with SAF in Khartoum.",
        "RSF: Rapid Support Forces", 2, "Military Forces of Sudan", 1, None, None,
    ),
    (
        "On 5 November 2023, RSF fighters and allied Arab militias killed hundreds of Masalit civilians "
        "in Ardamata (West Darfur).",
        "RSF: Rapid Support Forces", 2, "Civilians (Sudan)", 7, None, None,
    ),
    (
        "On 20 January 2024, SAF airstrikes hit a market in Nyala, killing 15 civilians.",
        "Military Forces of Sudan", 1, "Civilians (Sudan)", 7, None, None,
    ),
    (
        "KHARTOUM (Reuters) - Fighting between Sudan's army and the paramilitary Rapid Support Forces "
        "raged in the capital for a third day on Monday, residents said.",
        "Military Forces of Sudan", 1, "RSF: Rapid Support Forces", 2, None, None,
    ),
    (
        "On 2 March 2024, SPLM-N fighters clashed with SAF in Dilling (South Kordofan).",
        "SPLM-N: Sudan Peoples Liberation Movement-North", 2, "Military Forces of Sudan", 1, None, None,
    ),
    (
        "On 4 November 2020, TPLF forces attacked the ENDF Northern Command base in Mekelle.",
        "TPLF: Tigray Peoples Liberation Front", 2, "Military Forces of Ethiopia", 1, None, None,
    ),
    (
        "On 18 June 2022, OLA militants killed hundreds of Amhara civilians in Gimbi (West Wellega).",
        "OLF-Shane: Oromo Liberation Front-Shane", 2, "Civilians (Ethiopia)", 7, None, None,
    ),
    (
        "On 5 January 2022, Eritrean forces killed 10 civilians in Adwa (Tigray).",
        "Military Forces of Eritrea", 8, "Civilians (Ethiopia)", 7, None, None,
    ),
    (
        "On 13 August 2023, an ENDF drone strike hit Finote Selam (West Gojjam), killing 26 civilians.",
        "Military Forces of Ethiopia", 1, "Civilians (Ethiopia)", 7, None, None,
    ),
    (
        "On 10 April 2023, Fano militiamen clashed with the ENDF in Debre Birhan (Amhara).",
        "Fano Militia", 4, "Military Forces of Ethiopia", 1, None, None,
    ),
    (
        "On 3 February 2023, al-Shabaab militants attacked a SNA base in Hawadley (Hiraan), killing 5 "
        "soldiers.",
        "Al Shabaab", 2, "Military Forces of Somalia", 1, None, None,
    ),
    (
        "On 12 January 2022, a US airstrike targeted al-Shabaab fighters near Jilib (Middle Juba).",
        "Military Forces of the United States", 8, "Al Shabaab", 2, None, None,
    ),
    (
        "On 2 April 2023, Habar Gidir and Marehan clan militias clashed in Galkayo, killing 6.",
        "Habar Gidir Clan Militia (Somalia)", 4, "Marehan Clan Militia (Somalia)", 4, None, None,
    ),
    (
        "On 29 October 2022, two car bombs exploded at the Ministry of Education in Mogadishu, killing "
        "over 100 people. Al Shabaab claimed responsibility.",
        "Al Shabaab", 2, "Civilians (Somalia)", 7, None, None,
    ),
    (
        "On 14 August 2023, ATMIS troops clashed with al-Shabaab militants in Lower Shabelle.",
        "ATMIS: African Union Transition Mission in Somalia", 8, "Al Shabaab", 2, None, None,
    ),
    (
        "On 14 March 2023, Ambazonian separatists attacked a gendarmerie post in Bamenda (North-West), "
        "killing 2 gendarmes.",
        "Ambazonian Separatists", 2, "Police Forces of Cameroon", 1, None, None,
    ),
    (
        "On 10 December 2019, Islamic State militants attacked a military camp in Inates (Tillaberi), "
        "killing 71 soldiers.",
        "Islamic State Sahel Province", 2, "Military Forces of Niger", 1, None, None,
    ),
    (
        "NIAMEY (Reuters) - Suspected jihadists killed 12 Nigerien soldiers in an ambush near the border "
        "with Mali on Tuesday, the defence ministry said.",
        "Unidentified Armed Group (Niger)", 3, "Military Forces of Niger", 1, None, None,
    ),
    (
        "On 20 April 2021, FACT rebels clashed with the Chadian army in Kanem province, killing the "
        "president.",
        "FACT: Front for Change and Concord in Chad", 2, "Military Forces of Chad", 1, None, None,
    ),
    (
        "On 5 May 2022, Wagner mercenaries killed 10 civilians in Gordil (Vakaga).",
        "Wagner Group", 8, "Civilians (Central African Republic)", 7, None, None,
    ),
    (
        "On 12 July 2022, IS militants attacked an army checkpoint in Rafah (North Sinai), killing 5 "
        "soldiers.",
        "Islamic State (Egypt)", 2, "Military Forces of Egypt", 1, None, None,
    ),
    (
        "On 3 March 2023, SPLA-IO forces clashed with SSPDF in Upper Nile, killing 10 soldiers.",
        "SPLM/A-IO: Sudan Peoples Liberation Movement/Army-In Opposition", 2,
        "Military Forces of South Sudan", 1, None, None,
    ),
    (
        "On 6 February 2023, Murle youths raided cattle camps in Pibor, killing 12 herders.",
        "Murle Ethnic Militia (South Sudan)", 4, "Civilians (South Sudan)", 7, None, None,
    ),
    (
        "ADDIS ABABA (Reuters) - Ethiopian federal troops and Amhara militias clashed in the town of "
        "Gondar on Wednesday, residents said.",
        "Military Forces of Ethiopia", 1, "Amhara Ethnic Militia (Ethiopia)", 4, None, None,
    ),
    (
        "On 14 May 2023, the Janjaweed attacked Masalit neighbourhoods in El Geneina, killing dozens of "
        "civilians.",
        "Janjaweed Militia", 3, "Civilians (Sudan)", 7, None, None,
    ),
    (
        "LAGOS (Reuters) - Gunmen kidnapped 287 pupils from a school in Kuriga in northwest Nigeria's "
        "Kaduna state on Thursday, residents said.",
        "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, None, "Students (Nigeria)",
    ),
    (
        "MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel in Mogadishu on Friday, killing at "
        "least 15 people, police said.",
        "Al Shabaab", 2, "Civilians (Somalia)", 7, None, None,
    ),
    (
        "On 14 October 2023, insurgents linked to the Islamic State beheaded 3 civilians in Macomia "
        "district (Cabo Delgado).",
        "Islamic State (Mozambique)", 2, "Civilians (Mozambique)", 7, None, None,
    ),
    (
        "On 24 August 2024, JNIM militants attacked civilians digging trenches in Barsalogho "
        "(Sanmatenga), killing hundreds.",
        "JNIM: Group for Support of Islam and Muslims", 2, "Civilians (Burkina Faso)", 7, None, None,
    ),
    (
        "On 20 November 2020, Tigrayan forces fired rockets at Bahir Dar airport (Amhara).",
        "TPLF: Tigray Peoples Liberation Front", 2, None, None, None, None,
    ),
    (
        "KHARTOUM (Reuters) - Sudan's paramilitary Rapid Support Forces shelled a camp for displaced "
        "people near El Fasher on Saturday, killing 12 people, aid workers said.",
        "RSF: Rapid Support Forces", 2, "Civilians (Sudan)", 7, None, None,
    ),
    (
        "KINSHASA (Reuters) - Burundian troops fighting alongside the Congolese army clashed with M23 "
        "rebels near Sake on Friday, sources said.",
        "Military Forces of Burundi", 8, "M23: March 23 Movement", 2, None, None,
    ),
    (
        "On 27 April 2015, Chadian troops clashed with Boko Haram militants near Malam Fatori (Borno).",
        "Military Forces of Chad", 8,
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2, None, None,
    ),
    (
        "On 21 August 2022, al-Shabaab militants stormed the Hayat Hotel in Mogadishu, killing 21 "
        "civilians.",
        "Al Shabaab", 2, "Civilians (Somalia)", 7, None, None,
    ),
    (
        "On 3 May 2024, Kenyan troops clashed with al-Shabaab fighters near Kolbio (Lower Juba).",
        "Military Forces of Kenya", 8, "Al Shabaab", 2, None, None,
    ),
    (
        "On 26 July 2024, CSP-DPA rebels and JNIM fighters ambushed a convoy of Malian soldiers and "
        "Wagner mercenaries near Tinzaouatene (Kidal).",
        "CSP-DPA: Strategic Framework for the Defense of the People of Azawad", 2,
        "Military Forces of Mali", 1, None, None,
    ),
    (
        "On 11 May 2024, VDP members killed 7 Fulani civilians in Dori (Seno).",
        "VDP: Volunteers for the Defense of the Homeland", 3, "Civilians (Burkina Faso)", 7, None, None,
    ),
    (
        "On 21 March 2024, suspected IS Sahel militants ambushed Nigerien soldiers near Tahoua, killing "
        "23 soldiers.",
        "Islamic State Sahel Province", 2, "Military Forces of Niger", 1, None, None,
    ),
    (
        "On 10 May 2024, Islamic State militants attacked Macomia town (Cabo Delgado) and clashed with "
        "SAMIM troops.",
        "Islamic State (Mozambique)", 2,
        "SAMIM: Southern African Development Community Mission in Mozambique", 8, None, None,
    ),
    (
        "BANGUI (Reuters) - Rebels of the 3R group killed 10 civilians in an attack on a village in "
        "northwestern Central African Republic, the U.N. mission said.",
        "3R: Return, Reclamation, Rehabilitation", 2, "Civilians (Central African Republic)", 7, None, None,
    ),
    (
        "On 4 March 2024, Al Shabaab militants attacked a police camp in Mandera, killing 2 police "
        "officers.",
        "Al Shabaab", 2, "Police Forces of Kenya", 1, None, None,
    ),
    (
        "On 2 August 2023, resident doctors went on strike in Abuja over unpaid allowances.",
        "Protesters (Nigeria)", 6, None, None, "Health Workers (Nigeria)", None,
    ),
    (
        "On 9 May 2022, teachers protested in Lagos over unpaid salaries.",
        "Protesters (Nigeria)", 6, None, None, "Teachers (Nigeria)", None,
    ),
    (
        "On 24 December 2023, gunmen attacked Christian villages in Bokkos (Plateau), killing over 100 "
        "villagers.",
        "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7, None, None,
    ),
    (
        "On 7 April 2023, al-Shabaab militants killed a district commissioner in Afgoye (Lower Shabelle).",
        "Al Shabaab", 2, "Civilians (Somalia)", 7, None, None,
    ),
]


@pytest.mark.parametrize(("text", "actor1", "inter1", "actor2", "inter2", "assoc1", "assoc2"), CASES)
def test_actors_world_africa_actors_and_inters(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2)
