"""Actors and inter codes in ACLED-style notes and wire copy from South and South-East Asia (our own sentences).

Afghanistan, Pakistan, India, Bangladesh, Myanmar, Thailand, Indonesia and the Philippines: the Taliban,
TTP, BLA, CPI (Maoist), the Arakan Army and PDFs, the NPA; party supporters as protesters or rioters with
the party associated (BJP, TMC, PTI, BNP); unidentified militants; state forces abroad.
"""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow

# text, actor1, inter1, actor2 (None: no second actor), inter2, an associated actor of actor1 and of actor2 (None: not checked)
CASES = [
    (
        "On 12 May 2020, Taliban militants attacked an army checkpoint in Nad Ali (Helmand), killing 4 "
        "soldiers.",
        "Taliban", 2, "Military Forces of Afghanistan", 1, None, None,
    ),
    (
        "On 26 August 2021, an IS-K suicide bomber detonated explosives at Kabul airport, killing over "
        "170 civilians and 13 US soldiers.",
        "Islamic State (Afghanistan)", 2, "Civilians (Afghanistan)", 7, None, None,
    ),
    (
        "On 8 March 2022, women protested in Kabul demanding the right to work and education.",
        "Protesters (Afghanistan)", 6, None, None, "Women (Afghanistan)", None,
    ),
    (
        "KABUL (Reuters) - A roadside bomb killed five civilians, including two children, in "
        "Afghanistan's eastern province of Nangarhar on Tuesday, officials said. No group claimed "
        "responsibility.",
        "Unidentified Armed Group (Afghanistan)", 3, "Civilians (Afghanistan)", 7, None, None,
    ),
    (
        "On 2 October 2019, US airstrikes targeted Taliban positions in Kunduz, killing 12 militants.",
        "Military Forces of the United States", 8, "Taliban", 2, None, None,
    ),
    (
        "On 10 July 2023, Pakistani forces shelled villages in Dangam district (Kunar), injuring 3 "
        "civilians.",
        "Military Forces of Pakistan", 8, "Civilians (Afghanistan)", 7, None, None,
    ),
    (
        "On 6 February 2023, TTP militants attacked a police station in Lakki Marwat (Khyber "
        "Pakhtunkhwa), killing 2 policemen.",
        "TTP: Tehreek-i-Taliban Pakistan", 2, "Police Forces of Pakistan", 1, None, None,
    ),
    (
        "On 3 May 2022, BLA militants attacked an FC camp in Kech (Balochistan), killing 4 FC soldiers.",
        "BLA: Balochistan Liberation Army", 2, "Military Forces of Pakistan", 1, None, None,
    ),
    (
        "On 9 May 2023, PTI supporters protesting the arrest of Imran Khan stormed and set fire to the "
        "Corps Commander's house in Lahore.",
        "Rioters (Pakistan)", 5, None, None, "PTI: Pakistan Tehreek-e-Insaf", None,
    ),
    (
        "On 15 October 2022, PTI supporters held a peaceful protest in Islamabad against rising "
        "inflation.",
        "Protesters (Pakistan)", 6, None, None, "PTI: Pakistan Tehreek-e-Insaf", None,
    ),
    (
        "PESHAWAR, Pakistan (AP) - Gunmen on a motorcycle shot and killed a polio worker in northwestern "
        "Pakistan on Monday, police said.",
        "Unidentified Armed Group (Pakistan)", 3, "Civilians (Pakistan)", 7, None, None,
    ),
    (
        "On 12 August 2023, lawyers protested in Karachi against the killing of a colleague.",
        "Protesters (Pakistan)", 6, None, None, "Lawyers (Pakistan)", None,
    ),
    (
        "On 2 March 2024, police baton-charged TLP supporters protesting in Rawalpindi, injuring 12.",
        "Protesters (Pakistan)", 6, "Police Forces of Pakistan", 1, None, None,
    ),
    (
        "On 3 April 2021, CPI (Maoist) cadres ambushed CRPF personnel in Bijapur (Chhattisgarh), killing "
        "22 security personnel.",
        "CPI (Maoist): Communist Party of India (Maoist)", 2,
        "Police Forces of India Central Reserve Police Force", 1, None, None,
    ),
    (
        "On 12 May 2022, BJP supporters clashed with TMC supporters in Cooch Behar (West Bengal). 3 "
        "people were injured.",
        "Rioters (India)", 5,
        "Rioters (India)", 5, "BJP: Bharatiya Janata Party", "AITC: All India Trinamool Congress",
    ),
    (
        "On 14 February 2021, farmers protested against the farm laws in Patiala (Punjab).",
        "Protesters (India)", 6, None, None, "Farmers (India)", None,
    ),
    (
        "On 1 June 2022, militants shot dead a bank manager in Kulgam (Jammu and Kashmir).",
        "Unidentified Armed Group (India)", 3, "Civilians (India)", 7, None, None,
    ),
    (
        "On 10 January 2023, police lathi-charged Congress workers protesting in Bhopal, injuring 5.",
        "Protesters (India)", 6, "Police Forces of India", 1, None, None,
    ),
    (
        "On 7 September 2022, a mob lynched a man suspected of cattle smuggling in Alwar (Rajasthan).",
        "Rioters (India)", 5, "Civilians (India)", 7, None, None,
    ),
    (
        "On 18 March 2023, students of Jadavpur University protested in Kolkata demanding campus "
        "elections.",
        "Protesters (India)", 6, None, None, "Students (India)", None,
    ),
    (
        "NEW DELHI (Reuters) - Indian soldiers killed three suspected militants in a gunfight in "
        "Kashmir's Shopian district on Wednesday, police said.",
        "Military Forces of India", 1, "Unidentified Armed Group (India)", 3, None, None,
    ),
    (
        "On 6 May 2023, suspected Kuki militants opened fire on Meitei villagers in Bishnupur (Manipur), "
        "killing 2.",
        "Kuki Ethnic Militia (India)", 4, "Civilians (India)", 7, None, None,
    ),
    (
        "On 28 October 2023, BNP activists clashed with police in Dhaka; a policeman was killed.",
        "Rioters (Bangladesh)", 5, "Police Forces of Bangladesh", 1, "BNP: Bangladesh Nationalist Party", None,
    ),
    (
        "On 1 February 2023, garment workers protested in Gazipur demanding wage hikes.",
        "Protesters (Bangladesh)", 6, None, None, "Labour Group (Bangladesh)", None,
    ),
    (
        "On 5 December 2022, BNP supporters held a rally in Chattogram.",
        "Protesters (Bangladesh)", 6, None, None, "BNP: Bangladesh Nationalist Party", None,
    ),
    (
        "DHAKA (Reuters) - Bangladesh police fired tear gas and rubber bullets at thousands of student "
        "protesters in Dhaka on Tuesday, injuring dozens.",
        "Protesters (Bangladesh)", 6, "Police Forces of Bangladesh", 1, None, None,
    ),
    (
        "On 3 February 2023, the military conducted airstrikes on Myauk Kyun village in Sagaing region, "
        "killing 4 civilians.",
        "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, None, None,
    ),
    (
        "On 12 November 2023, the Arakan Army attacked a military outpost in Rathedaung township "
        "(Rakhine).",
        "AA: Arakan Army", 2, "Military Forces of Myanmar", 1, None, None,
    ),
    (
        "On 5 March 2022, PDF members ambushed a junta convoy in Kani township (Sagaing), killing 6 "
        "soldiers.",
        "PDF: Peoples Defense Force", 2, "Military Forces of Myanmar", 1, None, None,
    ),
    (
        "On 6 June 2022, Pyu Saw Htee members killed a villager in Myaung township (Sagaing).",
        "Pyu Saw Htee", 3, "Civilians (Myanmar)", 7, None, None,
    ),
    (
        "YANGON (Reuters) - Myanmar's military launched air strikes on a village in the central Sagaing "
        "region on Tuesday, killing at least 50 people, residents and media said.",
        "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, None, None,
    ),
    (
        "On 7 January 2023, KIA fighters clashed with the Tatmadaw in Hpakant township (Kachin).",
        "KIA: Kachin Independence Army", 2, "Military Forces of Myanmar", 1, None, None,
    ),
    (
        "On 10 February 2022, NPA rebels clashed with army troops in Las Navas (Northern Samar).",
        "NPA: New Peoples Army", 2, "Military Forces of the Philippines", 1, None, None,
    ),
    (
        "On 12 August 2022, police killed a drug suspect in a buy-bust operation in Caloocan (Metro "
        "Manila).",
        "Police Forces of the Philippines", 1, "Civilians (Philippines)", 7, None, None,
    ),
    (
        "On 5 April 2021, Abu Sayyaf militants clashed with soldiers in Patikul (Sulu), killing 2 "
        "soldiers.",
        "Abu Sayyaf Group", 2, "Military Forces of the Philippines", 1, None, None,
    ),
    (
        "On 17 January 2023, unidentified gunmen shot dead a village chief in Datu Piang (Maguindanao).",
        "Unidentified Armed Group (Philippines)", 3, "Civilians (Philippines)", 7, None, None,
    ),
    (
        "MANILA (Reuters) - Philippine troops killed five suspected communist rebels in a clash in the "
        "central province of Negros Occidental on Thursday, the military said.",
        "Military Forces of the Philippines", 1, "NPA: New Peoples Army", 2, None, None,
    ),
    (
        "On 16 April 2023, TPNPB rebels attacked soldiers in Nduga (Papua), killing 6 soldiers.",
        "TPNPB: West Papua National Liberation Army", 2, "Military Forces of Indonesia", 1, None, None,
    ),
    (
        "On 11 March 2025, BLA militants hijacked the Jaffar Express train in Bolan (Balochistan), "
        "killing 26 hostages.",
        "BLA: Balochistan Liberation Army", 2, "Civilians (Pakistan)", 7, None, None,
    ),
    (
        "ISLAMABAD (Reuters) - Pakistani security forces killed 8 militants in a raid in North "
        "Waziristan, the military said on Sunday.",
        "Military Forces of Pakistan", 1, "Unidentified Armed Group (Pakistan)", 3, None, None,
    ),
    (
        "On 11 April 2023, a Myanmar Air Force jet bombed a gathering in Pazigyi village (Kanbalu, "
        "Sagaing), killing over 160 people.",
        "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, None, None,
    ),
    (
        "On 3 December 2023, a bomb exploded during a Catholic Mass at Mindanao State University in "
        "Marawi, killing 4 worshippers. The Islamic State claimed responsibility.",
        "Islamic State (Philippines)", 2, "Civilians (Philippines)", 7, None, None,
    ),
    (
        "On 14 March 2023, Uttar Pradesh police shot dead a gangster in an encounter in Prayagraj.",
        "Police Forces of India", 1, "Civilians (India)", 7, None, None,
    ),
    (
        "SRINAGAR (Reuters) - Militants shot dead a police officer in Indian Kashmir's Srinagar city on "
        "Sunday, police said.",
        "Unidentified Armed Group (India)", 3, "Police Forces of India", 1, None, None,
    ),
    (
        "QUETTA (Reuters) - A bomb attack on a police truck killed five policemen in Pakistan's "
        "southwestern province of Balochistan on Monday, officials said.",
        "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1, None, None,
    ),
    (
        "On 8 February 2024, BIFF fighters clashed with army troops in Datu Saudi Ampatuan (Maguindanao "
        "del Sur), killing 3 soldiers.",
        "BIFF: Bangsamoro Islamic Freedom Fighters", 2, "Military Forces of the Philippines", 1, None, None,
    ),
    (
        "On 26 January 2024, Dawlah Islamiyah militants ambushed soldiers in Munai (Lanao del Norte).",
        "Dawlah Islamiyah", 2, "Military Forces of the Philippines", 1, None, None,
    ),
    (
        "On 2 October 2023, junta airstrikes hit a displacement camp in Laiza (Kachin), killing 29 "
        "civilians.",
        "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, None, None,
    ),
    (
        "On 5 August 2024, protesters set fire to the Awami League office in Dhanmondi (Dhaka).",
        "Rioters (Bangladesh)", 5, None, None, None, None,
    ),
    (
        "On 16 December 2014, TTP militants attacked the Army Public School in Peshawar, killing 149 "
        "people, mostly students.",
        "TTP: Tehreek-i-Taliban Pakistan", 2, "Civilians (Pakistan)", 7, None, None,
    ),
    (
        "On 3 November 2022, lawyers boycotted courts and marched in Lahore against the attack on Imran "
        "Khan.",
        "Protesters (Pakistan)", 6, None, None, "Lawyers (Pakistan)", None,
    ),
    (
        "On 20 February 2024, farmers marching to Delhi clashed with police at the Shambhu border "
        "(Punjab); police fired tear gas.",
        "Rioters (India)", 5, "Police Forces of India", 1, "Farmers (India)", None,
    ),
    (
        "On 14 May 2023, the military shelled a village in Tedim township (Chin), injuring 3 children.",
        "Military Forces of Myanmar", 1, "Civilians (Myanmar)", 7, None, None,
    ),
    (
        "On 11 January 2023, an IS suicide bomber struck outside the foreign ministry in Kabul, killing 5"
        " civilians.",
        "Islamic State (Afghanistan)", 2, "Civilians (Afghanistan)", 7, None, None,
    ),
]


@pytest.mark.parametrize(("text", "actor1", "inter1", "actor2", "inter2", "assoc1", "assoc2"), CASES)
def test_actors_world_asia_actors_and_inters(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2)
