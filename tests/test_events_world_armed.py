"""Battles and violence against civilians told worldwide: clashes, territory changing hands,
attacks, abductions and disappearances, sexual violence.

ACLED-style notes and wire articles (datelines, quotes, background paragraphs) written for these
tests, through the whole pipeline: each text must give exactly these sub-event types.
"""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "On 3 March 2021, JNIM militants attacked a Malian army post in Boni (Douentza, Mopti), killing 4 soldiers. The army said 10 assailants were killed.",
        ["Armed clash"],
        id="mli_clash",
    ),
    pytest.param(
        "BOGOTA (Reuters) - Clashes between the ELN guerrilla group and dissidents of the former FARC rebels killed at least 23 fighters in Colombia's Arauca province near the border with Venezuela, the defense minister said on Monday.\n\nThe fighting, which began on Sunday, forced hundreds of families to flee their homes.",
        ["Armed clash"],
        id="col_clash_wire",
    ),
    pytest.param(
        "On 17 October 2019, members of the Sinaloa Cartel engaged in a gun battle with National Guard troops in Culiacan (Sinaloa), after the arrest of Ovidio Guzman. 8 people were killed.",
        ["Armed clash"],
        id="mex_clash",
    ),
    pytest.param(
        "On 6 December 2019, Syrian government forces recaptured Maarat al-Numan (Idleb) from HTS fighters.",
        ["Government regains territory"],
        id="syr_regain",
    ),
    pytest.param(
        "BAGHDAD (Reuters) - Iraqi forces retook the town of Tal Afar from Islamic State on Thursday after an eight-day offensive, the military said.\n\nThe town, 80 km west of Mosul, had been in the hands of the militants since 2014.",
        ["Government regains territory"],
        id="irq_regain_wire",
    ),
    pytest.param(
        "On 14 May 2012, fighters of Ansar Dine and MNLA took control of the town of Gao (Gao) after government troops withdrew.",
        # taken with no fight told: ACLED's non-violent transfer (its codebook: "without engaging in a violent act")
        ["Non-violent transfer of territory"],
        id="mli_overtake",
    ),
    pytest.param(
        "YANGON (Reuters) - Ethnic armed groups in Myanmar's northern Shan state seized control of the town of Chinshwehaw on the Chinese border after days of fighting, the alliance said in a statement on Saturday.",
        ["Non-state actor overtakes territory"],
        id="mmr_overtake_wire",
    ),
    # A town taken by name, with no "the town of" before it; a person's full name taken is no town.
    pytest.param(
        "On 18 February 2024, Russian forces captured Avdiivka after Ukrainian troops withdrew.",
        ["Non-state actor overtakes territory"],
        id="ukr_overtake_bare_name",
    ),
    pytest.param(
        "MNDAA fighters captured Laukkai town from junta forces on Friday, the group said.",
        ["Non-state actor overtakes territory"],
        id="mmr_overtake_name_town",
    ),
    pytest.param(
        "Taliban fighters seized Kunduz on Sunday after a week of fighting on the city's edges.",
        ["Non-state actor overtakes territory"],
        id="afg_overtake_seized_name",
    ),
    pytest.param(
        "Police captured Ahmed Ali on Monday in Kano.",
        [],
        id="nga_person_captured_no_town",
    ),
    pytest.param(
        "On 11 November 2017, members of the Fulani ethnic militia attacked Numan (Adamawa), killing 15 villagers.",
        ["Attack"],
        id="nga_attack",
    ),
    pytest.param(
        'OUAGADOUGOU (Reuters) - Gunmen killed at least 50 civilians in an attack on the village of Seytenga in northern Burkina Faso over the weekend, the government said on Monday.\n\n"The terrorists went from house to house killing mostly men," a resident told Reuters by phone.\n\nViolence linked to al Qaeda and Islamic State has killed thousands of people in Burkina Faso since 2015 and displaced nearly 2 million.',
        ["Attack"],
        id="bfa_attack_wire",
    ),
    pytest.param(
        "On 2 February 2022, gunmen shot dead a journalist outside his home in Tijuana (Baja California).",
        ["Attack"],
        id="mex_attack",
    ),
    pytest.param(
        "On 16 October 2021, members of the 400 Mawozo gang abducted 17 missionaries, including children, in Ganthier (Ouest).",
        ["Abduction/forced disappearance"],
        id="hti_abduct",
    ),
    pytest.param(
        "KADUNA, Nigeria (Reuters) - Gunmen kidnapped more than 100 students from a school in Kuriga, in Nigeria's northwest Kaduna state, on Thursday, a teacher and residents said.\n\nKidnappings for ransom have become common in northern Nigeria, where armed gangs known locally as bandits raid villages and schools.",
        ["Abduction/forced disappearance"],
        id="nga_abduct_wire",
    ),
    pytest.param(
        "On 23 April 2020, members of an FDLR faction raped 3 women in Kibirizi (Rutshuru, Nord-Kivu) while they were working in their fields.",
        ["Sexual violence"],
        id="cod_sexual",
    ),
    pytest.param(
        "On 8 March 2022, Fano militiamen attacked civilians in Jawi (Amhara), killing 6 people.",
        ["Attack"],
        id="eth_attack",
    ),
    pytest.param(
        "On 5 August 2017, police officers shot dead a suspected drug dealer during an anti-drug operation in Caloocan (Metro Manila).",
        ["Attack"],
        id="phl_attack",
    ),
    pytest.param(
        'KHARTOUM (Reuters) - Fighting between Sudan\'s army and the paramilitary Rapid Support Forces (RSF) raged in the city of El Fasher on Friday, residents said, with heavy artillery fire heard across the city.\n\n"We are hiding in our homes. The shelling has not stopped since dawn," one resident said by phone.\n\nThe war, which erupted in April 2023, has killed tens of thousands of people and driven more than 10 million from their homes, according to the United Nations.',
        ["Armed clash"],
        id="sdn_clash_wire",
    ),
    pytest.param(
        "MEXICO CITY (AP) — Gunmen abducted a group of 20 migrants from a bus in the northern state of Tamaulipas on Sunday, the state prosecutor's office said. Authorities have opened an investigation and said no ransom demand had been received.\n\nTamaulipas, which borders Texas, has long been one of Mexico's most violent states, with drug cartels fighting over smuggling routes.",
        ["Abduction/forced disappearance"],
        id="mex_abduct_wire",
    ),
    pytest.param(
        "MANILA (Reuters) - Philippine troops clashed with Islamic State-linked militants in the southern province of Lanao del Sur on Tuesday, killing four militants, the army said. One soldier was wounded in the firefight, which lasted about two hours.",
        ["Armed clash"],
        id="phl_clash_wire",
    ),
    pytest.param(
        'PORT-AU-PRINCE (Reuters) - Gang members set fire to dozens of homes and killed at least 12 people in the Cite Soleil neighbourhood of Haiti\'s capital over the weekend, a human rights group said on Monday.\n\n"They went from house to house, shooting people and burning the houses," a resident told Reuters.\n\nGang violence has surged since the assassination of President Jovenel Moise in July 2021.',
        ["Attack"],
        id="hti_gang_wire",
    ),
    pytest.param(
        "JENIN, West Bank (Reuters) - Israeli forces killed three Palestinian gunmen in a gunfight during a raid on the Jenin refugee camp on Thursday, the Palestinian health ministry and the Israeli military said. The military said troops came under fire during an operation to arrest wanted militants.",
        ["Armed clash"],
        id="isr_raid_wire",
    ),
    pytest.param(
        "KABUL (Reuters) - Gunmen shot dead five female employees of an airport in Kandahar city on Tuesday as they travelled to work, police said.\n\nNo group has claimed responsibility. The Taliban, who are fighting to topple the Western-backed government, denied involvement.",
        ["Attack"],
        id="afg_attack_wire",
    ),
    pytest.param(
        "On 2 February 2022, M23 rebels clashed with FARDC soldiers near Bunagana (Rutshuru, Nord-Kivu). Casualties unknown.",
        ["Armed clash"],
        id="cod_clash_note",
    ),
    pytest.param(
        "On 4 June 2019, Houthi forces abducted a teacher from his home in Al Hudaydah city (Al Hudaydah). His whereabouts remain unknown.",
        ["Abduction/forced disappearance"],
        id="yem_abduct_note",
    ),
    pytest.param(
        "On 10 June 2014, Islamic State fighters took control of Mosul (Ninewa) after the Iraqi army abandoned its positions.",
        ["Non-state actor overtakes territory"],
        id="irq_overtake",
    ),
    pytest.param(
        "On 25 November 2023, the Myanmar military retook control of the town of Kawlin (Sagaing) from People's Defence Force fighters.",
        ["Government regains territory"],
        id="mmr_regain_note",
    ),
    pytest.param(
        "OUAGADOUGOU (Reuters) - Burkina Faso's army said on Friday it had killed about 100 militants after they attacked a military base in the north of the country, in a battle that also left 12 soldiers dead.",
        ["Armed clash"],
        id="bfa_clash_wire",
    ),
    pytest.param(
        "On 14 January 2020, unidentified gunmen shot and killed a social leader in Tumaco (Narino).",
        ["Attack"],
        id="col_attack_note",
    ),
    pytest.param(
        "BENI, Congo (Reuters) - Suspected ADF rebels killed at least 22 civilians with machetes in a night-time raid on a village near Beni in eastern Democratic Republic of Congo, local officials said on Sunday.\n\nThe ADF, which originated in neighbouring Uganda in the 1990s, has killed thousands of civilians in eastern Congo over the past decade.",
        ["Attack"],
        id="cod_attack_wire",
    ),
    pytest.param(
        "NAIROBI (Reuters) - RSF fighters raped at least 12 women and girls during an attack on a village in Sudan's West Darfur state last week, a local rights group said on Monday.",
        ["Sexual violence"],
        id="sdn_sexual_wire",
    ),
    pytest.param(
        "On 18 May 2022, OLA militants abducted 9 passengers travelling on a bus near Gimbi (West Wellega, Oromia).",
        ["Abduction/forced disappearance"],
        id="eth_abduct_note",
    ),
    pytest.param(
        "On 2 October 2021, Israeli settlers attacked Palestinian farmers harvesting olives near Burin (Nablus), injuring 3.",
        ["Attack"],
        id="pse_settlers",
    ),
    pytest.param(
        "On 3 March 2023, Ukrainian and Russian forces fought near Bakhmut (Donetsk). Ukraine claimed 40 Russian soldiers were killed.",
        ["Armed clash"],
        id="ukr_clash_note",
    ),
    pytest.param(
        "KYIV (Reuters) - Ukrainian troops recaptured the village of Robotyne in the southern Zaporizhzhia region, Deputy Defence Minister Hanna Maliar said on Monday.",
        ["Government regains territory"],
        id="ukr_regain_wire",
    ),
    pytest.param(
        "On 20 January 2019, HTS militants took control of Darat Izza (Aleppo) after clashes with Nour al-Din al-Zinki.",
        ["Non-state actor overtakes territory"],
        id="syr_sdf_overtake",
    ),
    pytest.param(
        "BAGHDAD (Reuters) - Unknown gunmen abducted a prominent Iraqi activist in the southern city of Amara on Sunday, his family said. Security forces launched a search operation.",
        ["Abduction/forced disappearance"],
        id="irq_kidnap_wire",
    ),
    pytest.param(
        "ADEN (Reuters) - Clashes between Houthi fighters and government forces in the central province of Marib killed at least 25 combatants on both sides over the past 24 hours, military sources said.",
        ["Armed clash"],
        id="yem_clash_wire",
    ),
    pytest.param(
        "On 13 September 2023, security forces killed 2 militants in a gunfight in Anantnag (Jammu and Kashmir); 3 soldiers were also killed.",
        ["Armed clash"],
        id="ind_kashmir_clash",
    ),
    pytest.param(
        "PESHAWAR, Pakistan (Reuters) - Militants attacked a police station in Pakistan's northwestern Lakki Marwat district overnight, killing four policemen in a gunfight that lasted several hours, police said on Tuesday. The Pakistani Taliban claimed responsibility.",
        ["Armed clash"],
        id="pak_ttp_attack_wire",
    ),
    pytest.param(
        "On 5 May 2021, clashes between farmers and herders in Guma (Benue) left 7 people dead.",
        ["Armed clash"],
        id="nga_herder_clash",
    ),
    pytest.param(
        "On 24 October 2020, separatist gunmen stormed a school in Kumba (Sud-Ouest), killing 7 pupils.",
        ["Attack"],
        id="cmr_separatists",
    ),
    pytest.param(
        "MAPUTO (Reuters) - Islamist insurgents beheaded more than 50 people in a village in Mozambique's northern Cabo Delgado province, state media reported on Monday, citing police.",
        ["Attack"],
        id="moz_insurgents_wire",
    ),
    pytest.param(
        "On 8 June 2021, security forces forcibly disappeared a Baloch student from his home in Turbat (Balochistan). His family said he has not been heard from since.",
        ["Abduction/forced disappearance"],
        id="pak_disappear",
    ),
    pytest.param(
        "DHAKA (Reuters) - An opposition activist has been missing since plainclothes men who identified themselves as police picked him up from his home in Dhaka on Tuesday night, his family said on Thursday. Police denied detaining him.",
        ["Abduction/forced disappearance"],
        id="bgd_disappear_wire",
    ),
    pytest.param(
        "GOMA, Congo (Reuters) - Armed men raped at least 30 women in a displacement camp near Goma over the past week, the medical charity MSF said on Friday, calling for urgent protection for civilians.",
        ["Sexual violence"],
        id="cod_sexual_wire",
    ),
    pytest.param(
        'MOGADISHU (Reuters) - Somali forces backed by U.S. air strikes retook the town of Harardhere from Al Shabaab on Tuesday, the government said.\n\n"Our forces have liberated Harardhere after the terrorists fled," Information Minister Daud Aweis told reporters. "We will continue until every town is free."\n\nAl Shabaab has lost much of its territory since 2011 but still carries out frequent bombings in Mogadishu.',
        ["Government regains territory"],
        id="b7_som_quote",
    ),
    pytest.param(
        "MEXICO CITY (Reuters) - Gunmen killed a mayor in the southern state of Guerrero on Sunday, a week after he took office, state authorities said. Last week, gunmen also killed the local government's secretary.",
        ["Attack"],
        id="b7_mex_last_week",
    ),
    pytest.param(
        "RAIPUR, India (Reuters) - Indian security forces killed 29 Maoist rebels in a gunfight in the central state of Chhattisgarh on Tuesday, police said, one of the deadliest clashes in the decades-long insurgency.",
        ["Armed clash"],
        id="b7_ind_encounter_bg",
    ),
    pytest.param(
        "On 9 June 2022, Al Shabaab fighters ambushed an AMISOM convoy near Janaale (Lower Shabelle). Fighting lasted for an hour; 4 soldiers were killed.",
        ["Armed clash"],
        id="ho_som_1",
    ),
    pytest.param(
        "BAMAKO (Reuters) - Jihadist fighters seized the town of Ber in northern Mali after the army withdrew, local officials said on Monday.",
        ["Non-state actor overtakes territory"],
        id="ho_mli_1",
    ),
    pytest.param(
        "On 15 March 2023, the Burkinabe army regained control of Djibo (Soum, Sahel) after JNIM fighters withdrew.",
        ["Non-violent transfer of territory"],
        id="ho_bfa_1",
    ),
    pytest.param(
        "On 26 February 2021, gunmen abducted 279 schoolgirls from a government school in Jangebe (Zamfara).",
        ["Abduction/forced disappearance"],
        id="ho_nga_1",
    ),
    pytest.param(
        "On 12 September 2021, ADF militants killed 8 civilians with machetes in Kisunga (Beni, Nord-Kivu).",
        ["Attack"],
        id="ho_cod_1",
    ),
    pytest.param(
        "On 6 June 2023, RSF fighters raped 5 women in El Geneina (West Darfur).",
        ["Sexual violence"],
        id="ho_sdn_1",
    ),
    # Armed rebels entering a town with nothing else told: they took it; a crowd entering a square did not.
    pytest.param(
        "On 29 January 2025, M23 rebels entered Bukavu on Sunday, residents said.",
        ["Non-state actor overtakes territory"],
        id="cod_rebels_entered_town",
    ),
    pytest.param(
        "Jihadists entered Djibo overnight, local sources said.",
        ["Non-state actor overtakes territory"],
        id="bfa_jihadists_entered",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_armed_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
