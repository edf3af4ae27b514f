"""Probes of where events happen in Afghanistan, Pakistan, India and Bangladesh, run by
test_places_world_probes (no tests here). Every text is our own, written in the style of coders'
notes or of wire copy with a dateline; the expected places are facts. Cases marked xfail are
known gaps.
"""

from __future__ import annotations

import pytest
from places_world_support import Expected

CASES = [
    pytest.param(
        "On 3 May 2021, Taliban militants attacked an ANA checkpoint in Lashkar Gah (Helmand), "
        "killing 4 soldiers.",
        Expected("Afghanistan", "Helmand", "Lashkar Gah", 1, (31.59, 64.37)),
        id="AF-1",
    ),
    pytest.param(
        "KABUL (Reuters) - Taliban fighters overran a police post in the northern province of "
        "Kunduz on Tuesday, killing seven policemen, officials said.",
        Expected("Afghanistan", "Kunduz", "Kunduz", 3, (36.73, 68.86)),
        id="AF-2",
    ),
    pytest.param(
        "On 17 August 2020, Taliban militants clashed with ANDSF in Imam Sahib district (Kondoz),"
        " killing 3.",
        Expected("Afghanistan", "Kunduz", "Imam Sahib", 2, (37.18, 68.91)),
        id="AF-3",
    ),
    pytest.param(
        "On 9 October 2020, ANDSF airstrikes killed 12 Taliban in Shah Wali Kot district "
        "(Kandahar).",
        Expected("Afghanistan", "Kandahar", "Shah Wali Kot", 2, (31.97, 65.92)),
        id="AF-4",
        marks=pytest.mark.xfail(reason="Shah Wali Kot district missing from the gazetteer"),
    ),
    pytest.param(
        "On 25 March 2021, an IED killed 2 civilians near Ghazni city (Ghazni).",
        Expected("Afghanistan", "Ghazni", "Ghazni", 2, (33.55, 68.42)),
        id="AF-5",
    ),
    pytest.param(
        "JALALABAD, Afghanistan (AP) - A suicide bomber blew himself up at a funeral in eastern "
        "Nangarhar province on Saturday, killing 15 people.",
        Expected("Afghanistan", "Nangarhar", "Jalalabad", 3, (34.43, 70.45)),
        id="AF-6",
    ),
    pytest.param(
        "On 4 June 2019, ISKP militants attacked Taliban positions in Achin district (Nangarhar).",
        Expected("Afghanistan", "Nangarhar", "Achin", 2, None),
        id="AF-7",
    ),
    pytest.param(
        "On 22 July 2020, Taliban killed 3 police officers in Maimana (Faryab).",
        Expected("Afghanistan", "Faryab", "Maimana", 1, (35.92, 64.78)),
        id="AF-8",
    ),
    pytest.param(
        "On 14 January 2021, Taliban attacked an ANA base in Tarin Kot (Uruzgan).",
        Expected("Afghanistan", "Uruzgan", "Tarin Kot", 1, (32.63, 65.87)),
        id="AF-9",
    ),
    pytest.param(
        "On 30 April 2020, an IED exploded in Pul-e Khumri (Baghlan), wounding 5 civilians.",
        Expected("Afghanistan", "Baghlan", "Pul-e Khumri", 1, (35.94, 68.71)),
        id="AF-10",
    ),
    pytest.param(
        "PESHAWAR, Pakistan (Reuters) - A suicide bomber killed 12 people at a mosque in the "
        "northwestern city of Peshawar on Friday.",
        Expected("Pakistan", "Khyber Pakhtunkhwa", "Peshawar", 1, (34.01, 71.58)),
        id="PK-1",
    ),
    pytest.param(
        "On 6 January 2021, unidentified gunmen shot dead 11 coal miners in Machh (Balochistan).",
        Expected("Pakistan", "Balochistan", "Machh", 1, (29.87, 67.33)),
        id="PK-2",
    ),
    pytest.param(
        "On 12 March 2022, TTP militants attacked a police station in Bannu (KP), killing 2 "
        "policemen.",
        Expected("Pakistan", "Khyber Pakhtunkhwa", "Bannu", 1, (32.99, 70.6)),
        id="PK-3",
    ),
    pytest.param(
        "On 18 May 2021, security forces killed 4 militants in Mir Ali (Khyber Pakhtunkhwa).",
        Expected("Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", 1, (32.99, 70.27)),
        id="PK-4",
    ),
    pytest.param(
        "QUETTA, Pakistan (AP) - A bomb hidden in a motorcycle exploded near a market in Quetta "
        "on Wednesday, killing five people.",
        Expected("Pakistan", "Balochistan", "Quetta", 1, (30.19, 67.01)),
        id="PK-5",
    ),
    pytest.param(
        "On 2 August 2020, BLA militants attacked an FC post in Turbat (Balochistan), killing 3 "
        "FC personnel.",
        Expected("Pakistan", "Balochistan", "Turbat", 1, (26.0, 63.04)),
        id="PK-6",
    ),
    pytest.param(
        "On 10 April 2021, TLP supporters clashed with police in Lahore (Punjab), leaving 2 dead.",
        Expected("Pakistan", "Punjab", "Lahore", 1, (31.55, 74.34)),
        id="PK-7",
    ),
    pytest.param(
        "On 4 September 2020, militants ambushed a convoy in Dera Ismail Khan (Khyber "
        "Pakhtunkhwa).",
        Expected("Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 1, (31.83, 70.9)),
        id="PK-8",
    ),
    pytest.param(
        "On 29 June 2020, BLA militants attacked the Pakistan Stock Exchange in Karachi (Sindh), "
        "killing 4.",
        Expected("Pakistan", "Sindh", "Karachi", 1, (24.86, 67.01)),
        id="PK-9",
    ),
    pytest.param(
        "SRINAGAR, India (Reuters) - Suspected militants shot dead two policemen in Indian "
        "Kashmir's Pulwama district on Thursday, police said.",
        Expected("India", "Jammu and Kashmir", "Pulwama", 2, (33.87, 74.9)),
        id="IN-1",
    ),
    pytest.param(
        "On 3 April 2021, Maoists ambushed CRPF personnel near Tarrem in Bijapur district "
        "(Chhattisgarh), killing 22.",
        Expected("India", "Chhattisgarh", None, 2, None),
        id="IN-2",
    ),
    pytest.param(
        "On 15 May 2023, Kuki and Meitei groups clashed in Churachandpur (Manipur), killing 3.",
        Expected("India", "Manipur", "Churachandpur", 1, (24.33, 93.68)),
        id="IN-3",
    ),
    pytest.param(
        "On 9 February 2021, militants shot dead a shopkeeper in Srinagar (Jammu and Kashmir).",
        Expected("India", "Jammu and Kashmir", "Srinagar", 1, (34.08, 74.8)),
        id="IN-4",
    ),
    pytest.param(
        "On 20 October 2020, Maoists killed a villager in Sukma (Chhattisgarh), accusing him of "
        "being a police informer.",
        Expected("India", "Chhattisgarh", "Sukma", 1, (18.39, 81.66)),
        id="IN-5",
    ),
    pytest.param(
        "IMPHAL, India (AP) - Gunmen killed nine people in a village in Manipur's Imphal East "
        "district on Wednesday, officials said.",
        Expected("India", "Manipur", None, 2, (24.8, 93.95)),
        id="IN-6",
    ),
    pytest.param(
        "On 1 May 2019, Maoists blew up a police vehicle near Kurkheda in Gadchiroli "
        "(Maharashtra), killing 15 commandos.",
        Expected("India", "Maharashtra", None, None, (20.6, 80.2)),
        id="IN-7",
    ),
    pytest.param(
        "On 12 June 2021, militants attacked a police party in Sopore (Jammu and Kashmir), "
        "killing 2 policemen and 2 civilians.",
        Expected("India", "Jammu and Kashmir", "Sopore", 1, (34.3, 74.47)),
        id="IN-8",
    ),
    pytest.param(
        "On 22 October 2021, ARSA militants killed 6 people in a madrasa in Balukhali camp in "
        "Ukhia (Cox's Bazar).",
        Expected("Bangladesh", "Chittagong", None, None, (21.2, 92.15)),
        id="BD-1",
    ),
    pytest.param(
        "DHAKA (Reuters) - Rohingya leader Mohib Ullah was shot dead in the Kutupalong refugee "
        "camp in Bangladesh on Wednesday, police said.",
        Expected("Bangladesh", "Chittagong", "Kutupalong", 1, (21.21, 92.16)),
        id="BD-2",
    ),
    pytest.param(
        "On 9 March 2022, BNP and Awami League supporters clashed in Chattogram city "
        "(Chittagong), injuring 15.",
        Expected("Bangladesh", "Chittagong", "Chattogram", 1, (22.34, 91.83)),
        id="BD-3",
    ),
    pytest.param(
        "On 27 August 2020, police killed 2 suspected drug traders in a gunfight in Teknaf (Cox's"
        " Bazar).",
        Expected("Bangladesh", "Chittagong", "Teknaf", 1, (20.86, 92.3)),
        id="BD-4",
    ),
    pytest.param(
        "On 14 July 2020, JSS factions clashed in Bandarban (Chittagong), killing 6.",
        Expected("Bangladesh", "Chittagong", "Bandarban", 1, (22.2, 92.22)),
        id="BD-5",
    ),
    pytest.param(
        "On 5 January 2022, garment workers protested in Gazipur (Dhaka) demanding unpaid wages.",
        Expected("Bangladesh", "Dhaka", "Gazipur", 1, (24.0, 90.42)),
        id="BD-6",
    ),
    pytest.param(
        "On 3 December 2021, Awami League factions clashed over a local election in Narsingdi "
        "(Dhaka), killing 1.",
        Expected("Bangladesh", "Dhaka", "Narsingdi", 1, (23.92, 90.72)),
        id="BD-7",
    ),
    pytest.param(
        "DHAKA, Bangladesh (AP) - Police fired tear gas at protesters in the port city of "
        "Chittagong on Saturday.",
        Expected("Bangladesh", "Chittagong", "Chittagong", 1, (22.34, 91.83)),
        id="BD-8",
    ),
    pytest.param(
        "On 30 June 2021, protesters blocked a road in Sylhet (Sylhet) demanding the release of a"
        " local leader.",
        Expected("Bangladesh", "Sylhet", "Sylhet", 1, (24.9, 91.87)),
        id="BD-9",
    ),
]
