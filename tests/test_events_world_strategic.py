"""Strategic developments told worldwide: agreements, arrests, changes to groups, disrupted
weapons use, bases, looting and destruction, transfers of territory, other.

ACLED-style notes and wire articles (datelines, quotes, background paragraphs) written for these
tests, through the whole pipeline: each text must give exactly these sub-event types.
"""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "On 24 November 2016, the Colombian government and the FARC signed a revised peace agreement in Bogota.",
        ["Agreement"],
        id="col_agree",
    ),
    pytest.param(
        "STOCKHOLM (Reuters) - Yemen's warring parties agreed on Thursday to a ceasefire in the port city of Hodeidah and to a prisoner exchange, U.N. Secretary-General Antonio Guterres said at the close of peace talks in Sweden.",
        ["Agreement"],
        id="yem_agree_wire",
    ),
    pytest.param(
        "On 12 January 2020, police arrested 5 suspected members of Lashkar-e-Jhangvi in a raid in Quetta (Balochistan).",
        ["Arrests"],
        id="pak_arrest",
    ),
    pytest.param(
        "ADDIS ABABA (Reuters) - Ethiopian authorities arrested a prominent journalist in Addis Ababa on Wednesday, his lawyer said, the latest in a string of detentions of media workers.",
        ["Arrests"],
        id="eth_arrest_wire",
    ),
    pytest.param(
        "On 1 September 2020, a senior Al Shabaab commander defected to the Somali government in Baidoa (Bay).",
        ["Change to group/activity"],
        id="som_group",
    ),
    pytest.param(
        "On 18 June 2019, Afghan security forces defused an IED planted on a road in Ghazni city (Ghazni).",
        ["Disrupted weapons use"],
        id="afg_weapons",
    ),
    pytest.param(
        "SRINAGAR, India (Reuters) - Indian troops seized a large cache of weapons and explosives during a search operation in the Kupwara district of Kashmir on Saturday, the army said. No arrests were made.",
        ["Disrupted weapons use"],
        id="ind_weapons_wire",
    ),
    pytest.param(
        "On 5 January 2022, Wagner Group personnel established a base in Timbuktu (Tombouctou), in the former French military camp.",
        ["Headquarters or base established"],
        id="mli_base",
    ),
    pytest.param(
        "On 9 August 2021, French forces handed over their base in Kidal (Kidal) to the Malian army.",
        ["Non-violent transfer of territory"],
        id="mli_transfer",
    ),
    pytest.param(
        "On 3 May 2021, CODECO militiamen looted and burned houses in Fataki (Djugu, Ituri). No casualties were reported.",
        ["Looting/property destruction"],
        id="cod_loot",
    ),
    pytest.param(
        "On 10 October 2019, the Borno state government imposed a dusk-to-dawn curfew on Maiduguri (Borno) after reports of infiltration by insurgents.",
        ["Other"],
        id="nga_other",
    ),
    pytest.param(
        "On 14 September 2021, Malian gendarmes arrested a former minister in Bamako (Bamako) on accusations of corruption.",
        ["Arrests"],
        id="mli_arrest_note",
    ),
    pytest.param(
        "On 5 March 2020, Russia and Turkey agreed to a ceasefire in Idleb (Idleb) during talks in Moscow.",
        ["Agreement"],
        id="syr_agree_note",
    ),
    pytest.param(
        "On 15 August 2021, Taliban fighters entered Kabul (Kabul) without resistance after government forces withdrew from the capital.",
        ["Non-violent transfer of territory"],
        id="afg_transfer",
    ),
    pytest.param(
        "On 18 April 2021, the Somali government declared a state of emergency in Mogadishu (Banadir) following clashes in the capital.",
        ["Other"],
        id="som_other",
    ),
    pytest.param(
        "IMPHAL, India - Army bomb disposal experts defused an improvised explosive device planted near a bridge in Manipur's Bishnupur district on Wednesday, police said. No one has been arrested.",
        ["Disrupted weapons use"],
        id="ind_defuse_wire",
    ),
    pytest.param(
        "On 3 March 2021, police arrested 6 activists in raids in Cavite (Calabarzon), accusing them of possessing illegal firearms.",
        ["Arrests"],
        id="phl_arrest_note",
    ),
    pytest.param(
        "On 20 October 2023, the Malian army deployed troops and armoured vehicles to Anefis (Kidal) ahead of an offensive on Kidal.",
        ["Change to group/activity"],
        id="mli_group_note",
    ),
    pytest.param(
        "On 7 July 2019, Houthi forces stormed and looted the house of a tribal leader in Ibb city (Ibb).",
        ["Looting/property destruction"],
        id="yem_loot_note",
    ),
    pytest.param(
        "On 2 April 2021, Somali police seized a truck carrying explosives at a checkpoint in Afgoye (Lower Shabelle).",
        ["Disrupted weapons use"],
        id="som_weapons_note",
    ),
    pytest.param(
        "On 14 June 2022, Israeli forces demolished 2 Palestinian-owned houses in Masafer Yatta (Hebron) for lacking building permits.",
        ["Looting/property destruction"],
        id="pse_demolition",
    ),
    pytest.param(
        "RAMALLAH, West Bank (Reuters) - Israeli forces arrested 25 Palestinians in overnight raids across the occupied West Bank, the Palestinian Prisoners' Society said on Tuesday.",
        ["Arrests"],
        id="pse_arrests_wire",
    ),
    pytest.param(
        "On 29 December 2022, Ukrainian air defences shot down 16 Russian drones over Kyiv (Kyiv).",
        ["Disrupted weapons use"],
        id="ukr_intercept",
    ),
    pytest.param(
        "On 12 December 2021, Myanmar military troops set fire to more than 100 houses in Mwe Tone village (Sagaing).",
        ["Looting/property destruction"],
        id="mmr_arson_note",
    ),
    pytest.param(
        "MOGADISHU (Reuters) - Al Shabaab militants set up a new base in the town of Bulo Burte in central Somalia after African Union troops withdrew from the area, residents said.",
        ["Headquarters or base established"],
        id="som_base_wire",
    ),
    pytest.param(
        "BAMAKO (Reuters) - UN peacekeepers handed over their camp in the northern town of Ber to Malian authorities on Sunday, a day earlier than planned, the mission said.",
        ["Non-violent transfer of territory"],
        id="mli_transfer_wire",
    ),
    pytest.param(
        "On 4 August 2023, the Ethiopian government declared a state of emergency in Amhara region following clashes between the army and Fano militia.",
        ["Other"],
        id="eth_other_curfew",
    ),
    pytest.param(
        "On 5 August 2019, the Indian government imposed a curfew and restricted movement across Srinagar (Jammu and Kashmir).",
        ["Other"],
        id="ind_internet",
    ),
    pytest.param(
        "On 12 March 2020, investigators found a mass grave containing 30 bodies in Salvatierra (Guanajuato).",
        ["Other"],
        id="mex_mass_grave",
    ),
    pytest.param(
        "On 16 October 2019, Syrian government troops entered Manbij (Aleppo) under a Russian-brokered deal after US forces withdrew.",
        ["Non-violent transfer of territory"],
        id="syr_transfer_deal",
    ),
    pytest.param(
        "On 26 June 2016, the Colombian government and the ELN agreed to a bilateral ceasefire in Havana.",
        ["Agreement"],
        id="ho_col_1",
    ),
    pytest.param(
        "On 3 November 2019, Philippine troops arrested 4 suspected Abu Sayyaf members in Jolo (Sulu).",
        ["Arrests"],
        id="ho_phl_1",
    ),
    pytest.param(
        "On 1 February 2021, the Myanmar military seized power in a coup and detained State Counsellor Aung San Suu Kyi in Naypyitaw.",
        ["Arrests"],
        id="ho_mmr_1",
    ),
    pytest.param(
        "On 20 June 2022, police defused an explosive device found near the national palace in Port-au-Prince (Ouest).",
        ["Disrupted weapons use"],
        id="ho_hti_1",
    ),
    pytest.param(
        "On 11 March 2022, Houthi forces looted and burned a health centre in Harib (Marib). No casualties were reported.",
        ["Looting/property destruction"],
        id="ho_yem_1",
    ),
    pytest.param(
        "On 16 October 2019, Syrian government troops entered Manbij (Aleppo) under a Russian-brokered deal after US forces withdrew.",
        ["Non-violent transfer of territory"],
        id="ho_syr_2",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_strategic_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
