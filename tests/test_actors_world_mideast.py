"""Actors and inter codes in ACLED-style notes and wire copy from the Middle East (our own sentences).

Syria, Iraq, Yemen, Israel and Palestine, Lebanon, Turkey and Iran: regime forces, HTS, the SDF, the
Islamic State by country, the Houthis, the Saudi-led coalition (Operation Restoring Hope), Kata'ib Hizballah,
the PKK, Hamas, PIJ, Hezbollah, settlers; foreign forces striking abroad are external (inter 8).
"""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow

# text, actor1, inter1, actor2 (None: no second actor), inter2, an associated actor of actor1 and of actor2 (None: not checked)
CASES = [
    (
        "On 14 February 2023, regime forces shelled Kansafra village in Jabal al-Zawiya (Idleb), killing "
        "a woman and her child.",
        "Military Forces of Syria", 1, "Civilians (Syria)", 7, None, None,
    ),
    (
        "On 2 March 2021, Russian warplanes carried out airstrikes on the outskirts of Maarat Misrin "
        "(Idleb). No casualties were reported.",
        "Military Forces of Russia", 8, None, None, None, None,
    ),
    (
        "On 5 June 2022, HTS fighters clashed with regime forces on the Kabani front in Latakia "
        "countryside, killing 3 regime soldiers.",
        "HTS: Hayat Tahrir al-Sham", 2, "Military Forces of Syria", 1, None, None,
    ),
    (
        "On 9 August 2022, Turkish forces shelled SDF positions near Tal Tamr (Al-Hasakeh). No casualties"
        " were reported.",
        "Military Forces of Turkey", 8, "QSD: Syrian Democratic Forces", 2, None, None,
    ),
    (
        "On 20 January 2022, IS militants attacked Ghwayran prison in Al-Hasakeh city and clashed with "
        "SDF fighters. Dozens were killed.",
        "Islamic State (Syria)", 2, "QSD: Syrian Democratic Forces", 2, None, None,
    ),
    (
        "On 11 April 2023, unidentified gunmen shot dead a civilian in Dar'a city.",
        "Unidentified Armed Group (Syria)", 3, "Civilians (Syria)", 7, None, None,
    ),
    (
        "On 3 July 2023, an Israeli airstrike targeted a Hezbollah weapons depot near Damascus "
        "International Airport.",
        "Military Forces of Israel", 8, "Hezbollah", 2, None, None,
    ),
    (
        "IDLIB, Syria (Reuters) - Syrian government forces pounded rebel-held areas of southern Idlib on "
        "Tuesday, killing at least seven civilians, rescuers said.",
        "Military Forces of Syria", 1, "Civilians (Syria)", 7, None, None,
    ),
    (
        "On 28 May 2023, protesters gathered in Suwayda city to demand the fall of the regime.",
        "Protesters (Syria)", 6, None, None, None, None,
    ),
    (
        "On 14 March 2024, an IS cell ambushed a bus carrying regime soldiers in the Palmyra desert "
        "(Homs), killing 8 soldiers.",
        "Islamic State (Syria)", 2, "Military Forces of Syria", 1, None, None,
    ),
    (
        "On 4 May 2021, IS militants attacked a PMF position in Tarmiyah (Baghdad), killing 2 PMF "
        "members.",
        "Islamic State (Iraq)", 2, "PMF: Popular Mobilization Forces", 3, None, None,
    ),
    (
        "On 8 January 2020, Iranian forces fired ballistic missiles at Ain al-Asad air base (Al Anbar), "
        "which houses US troops.",
        "Military Forces of Iran", 8, "Military Forces of the United States", 8, None, None,
    ),
    (
        "On 25 October 2019, protesters demonstrated in Tahrir Square in Baghdad against corruption; "
        "police fired tear gas to disperse them.",
        "Protesters (Iraq)", 6, "Police Forces of Iraq", 1, None, None,
    ),
    (
        "On 3 February 2024, US forces carried out airstrikes on Kata'ib Hezbollah positions in Al-Qaim "
        "(Al Anbar), killing 16 people.",
        "Military Forces of the United States", 8, "Kata'ib Hizballah", 3, None, None,
    ),
    (
        "On 14 July 2022, a Turkish drone strike targeted a PKK vehicle near Sinjar (Ninewa), killing 2 "
        "PKK members.",
        "Military Forces of Turkey", 8, "PKK: Kurdistan Workers Party", 2, None, None,
    ),
    (
        "On 20 November 2021, supporters of the Sadrist Movement protested in Najaf against the election "
        "results.",
        "Protesters (Iraq)", 6, None, None, "Sadrist Movement", None,
    ),
    (
        "BAGHDAD (Reuters) - A roadside bomb struck an Iraqi army patrol in Salahuddin province on "
        "Sunday, killing two soldiers, security sources said.",
        "Unidentified Armed Group (Iraq)", 3, "Military Forces of Iraq", 1, None, None,
    ),
    (
        "On 29 August 2022, Saraya al-Salam fighters clashed with PMF members in the Green Zone of "
        "Baghdad, killing 30 people.",
        "Saraya al-Salam", 3, "PMF: Popular Mobilization Forces", 3, None, None,
    ),
    (
        "On 12 June 2023, unidentified gunmen killed a shepherd in Khanaqin district (Diyala).",
        "Unidentified Armed Group (Iraq)", 3, "Civilians (Iraq)", 7, None, None,
    ),
    (
        "On 3 March 2022, Houthi forces shelled residential areas in Taizz city, killing a child.",
        "Military Forces of Yemen Houthi", 1, "Civilians (Yemen)", 7, None, None,
    ),
    (
        "On 12 April 2022, Saudi-led coalition airstrikes hit Sanaa airport. No casualties were reported.",
        "Operation Restoring Hope", 8, None, None, None, None,
    ),
    (
        "On 2 June 2021, AQAP militants attacked an STC checkpoint in Mudiya (Abyan), killing 3 STC "
        "fighters.",
        "AQAP: Al Qaeda in the Arabian Peninsula", 2, "STC: Southern Transitional Council", 2, None, None,
    ),
    (
        "On 5 September 2023, unidentified gunmen assassinated a school teacher in Taizz city.",
        "Unidentified Armed Group (Yemen)", 3, "Civilians (Yemen)", 7, None, None,
    ),
    (
        "SANAA (AP) - Yemen's Houthi rebels fired a ballistic missile at the central city of Marib on "
        "Sunday, killing eight civilians including a child, officials said.",
        "Military Forces of Yemen Houthi", 1, "Civilians (Yemen)", 7, None, None,
    ),
    (
        "On 9 May 2023, Murad tribesmen clashed with Houthi forces in Harib district (Marib), killing 4.",
        "Murad Tribal Militia (Yemen)", 4, "Military Forces of Yemen Houthi", 1, None, None,
    ),
    (
        "On 15 October 2022, Houthi fighters attacked Giants Brigades positions in Hays district (Al "
        "Hudaydah).",
        "Military Forces of Yemen Houthi", 1, "Giants Brigades", 2, None, None,
    ),
    (
        "On 10 November 2023, Israeli airstrikes hit a residential building in Jabalia (Gaza), killing 20"
        " civilians.",
        "Military Forces of Israel", 8, "Civilians (Palestine)", 7, None, None,
    ),
    (
        "On 3 July 2023, Israeli forces clashed with PIJ militants in Jenin camp (Jenin).",
        "Military Forces of Israel", 8, "PIJ: Palestinian Islamic Jihad", 2, None, None,
    ),
    (
        "On 26 February 2023, Israeli settlers attacked Palestinian homes in Huwara (Nablus), killing a "
        "man.",
        "Settlers (Israel)", 4, "Civilians (Palestine)", 7, None, None,
    ),
    (
        "On 12 February 2024, protesters demonstrated in Tel Aviv calling for a hostage deal; police used"
        " water cannon to disperse them.",
        "Protesters (Israel)", 6, "Police Forces of Israel", 1, None, None,
    ),
    (
        "On 23 September 2024, Israeli airstrikes hit villages in south Lebanon, killing 50 civilians.",
        "Military Forces of Israel", 8, "Civilians (Lebanon)", 7, None, None,
    ),
    (
        "BEIRUT (AP) - An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members "
        "on Wednesday, the group said.",
        "Military Forces of Israel", 8, "Hezbollah", 2, None, None,
    ),
    (
        "On 13 November 2022, a bomb exploded on Istiklal Avenue in Istanbul, killing 6 civilians. "
        "Authorities blamed the PKK.",
        "PKK: Kurdistan Workers Party", 2, "Civilians (Turkey)", 7, None, None,
    ),
    (
        "On 26 October 2022, Jaish al-Adl militants attacked a police station in Zahedan (Sistan and "
        "Baluchestan), killing 2 policemen.",
        "Jaish al-Adl", 2, "Police Forces of Iran", 1, None, None,
    ),
    (
        "On 4 April 2023, Turkish-backed factions shelled SDF positions near Manbij (Aleppo).",
        "Syrian National Army", 2, "QSD: Syrian Democratic Forces", 2, None, None,
    ),
    (
        "On 2 February 2024, a US drone strike killed a Kata'ib Hezbollah commander in Baghdad.",
        "Military Forces of the United States", 8, "Kata'ib Hizballah", 3, None, None,
    ),
    (
        "On 18 January 2024, Hamas's armed wing, the Qassam Brigades, said it ambushed Israeli forces in "
        "Khan Younis.",
        "Hamas Movement", 2, "Military Forces of Israel", 8, None, None,
    ),
    (
        "JERUSALEM (Reuters) - Israeli troops shot dead a Palestinian gunman in the occupied West Bank "
        "city of Nablus on Tuesday, the military said.",
        "Military Forces of Israel", 8, "Unidentified Armed Group (Palestine)", 3, None, None,
    ),
    (
        "On 6 March 2023, Peshmerga forces clashed with PKK fighters near Sidakan (Erbil).",
        "Military Forces of Iraq Peshmerga", 1, "PKK: Kurdistan Workers Party", 2, None, None,
    ),
    (
        "On 20 March 2023, Turkish airstrikes targeted PKK positions in the Qandil mountains (Erbil).",
        "Military Forces of Turkey", 8, "PKK: Kurdistan Workers Party", 2, None, None,
    ),
    (
        "On 2 March 2024, Israeli forces opened fire on Palestinians waiting for aid in Gaza City, "
        "killing over 100 people.",
        "Military Forces of Israel", 8, "Civilians (Palestine)", 7, None, None,
    ),
    (
        "On 22 August 2023, Palestinian gunmen shot dead an Israeli settler near Huwara (Nablus).",
        "Unidentified Armed Group (Palestine)", 3, "Civilians (Israel)", 7, None, None,
    ),
    (
        "On 8 October 2023, Hezbollah fired rockets and shells at Israeli positions in the Shebaa Farms.",
        "Hezbollah", 2, "Military Forces of Israel", 1, None, None,
    ),
    (
        "ADEN (Reuters) - Fighters from the UAE-backed Southern Transitional Council clashed with "
        "government forces in Aden on Sunday, residents said.",
        "STC: Southern Transitional Council", 2, "Military Forces of Yemen", 1, None, None,
    ),
    (
        "On 2 January 2024, a drone attack targeted US forces at Erbil air base (Erbil). The Islamic "
        "Resistance in Iraq claimed responsibility.",
        "Islamic Resistance in Iraq", 3, "Military Forces of the United States", 8, None, None,
    ),
]


@pytest.mark.parametrize(("text", "actor1", "inter1", "actor2", "inter2", "assoc1", "assoc2"), CASES)
def test_actors_world_mideast_actors_and_inters(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2)
