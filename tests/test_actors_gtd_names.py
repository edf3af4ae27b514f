"""The Global Terrorism Database's names of perpetrator groups (its ``gname`` spellings, which its summaries
use too) read as the alias table's actors, in a summary's claim and in a GTD row's gold alike."""

import pytest

from wirecoder.evaluate.gtd import _actor, _group_names


@pytest.mark.parametrize(
    ("gname", "country", "name"),
    [
        ("Sinai Province of the Islamic State", "Egypt", "Islamic State (Egypt)"),
        ("Khorasan Chapter of the Islamic State", "Afghanistan", "Islamic State (Afghanistan)"),
        ("Al-Qaida in the Islamic Maghreb (AQIM)", "Algeria", "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("Houthi extremists (Ansar Allah)", "Yemen", "Military Forces of Yemen Houthi"),
        ("Fulani extremists", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("National Liberation Army of Colombia (ELN)", "Colombia", "ELN: National Liberation Army"),
        ("Basque Fatherland and Freedom (ETA)", "Spain", "ETA: Basque Homeland and Freedom"),
        ("Real Irish Republican Army (RIRA)", "United Kingdom", "IRA: Irish Republican Army"),
        ("Ulster Volunteer Force (UVF)", "United Kingdom", "UVF: Ulster Volunteer Force"),
        ("M-19 (Movement of April 19)", "Colombia", "M-19: 19th of April Movement"),
        ("Al-Gama'at al-Islamiyya (IG)", "Egypt", "Gamaa al-Islamiya"),
        ("Al-Mulathamun Battalion", "Algeria", "Al Mourabitoun"),
        # A longer name holding another group's ("National Liberation Army") is its own group.
        ("Garo National Liberation Army", "India", "GNLA: Garo National Liberation Army"),
        ("Irish National Liberation Army (INLA)", "United Kingdom", "INLA: Irish National Liberation Army"),
        ("Revolutionary People's Liberation Party/Front (DHKP/C)", "Turkey",
         "DHKP-C: Revolutionary People's Liberation Party-Front"),
        # GTD's names of groups of 1980-2020 the table lacked, and GTD's own spellings of others
        ("Tawhid and Jihad", "Iraq", "Jamaat al-Tawhid wal-Jihad"),
        ("Islamic Army in Iraq (IAI)", "Iraq", "Islamic Army in Iraq"),
        ("Jaish al-Mahdi", "Iraq", "Saraya al-Salam"),
        ("Islamic Courts Union (ICU)", "Somalia", "ICU: Islamic Courts Union"),
        ("United Baloch Army (UBA)", "Pakistan", "UBA: United Baloch Army"),
        ("Tehrik-e-Nafaz-e-Shariat-e-Mohammadi (TNSM)", "Pakistan",
         "TNSM: Tehreek-e-Nafaz-e-Shariat-e-Mohammadi"),
        ("Muttahida Qami Movement (MQM)", "Pakistan", "MQM: Muttahida Qaumi Movement"),
        ("People's Liberation Army (India)", "India", "PLA: Peoples Liberation Army of Manipur"),
        ("Kangleipak Communist Party (KCP)", "India", "KCP: Kangleipak Communist Party"),
        ("National Liberation Front of Tripura (NLFT)", "India", "NLFT: National Liberation Front of Tripura"),
        ("Harkatul Jihad-e-Islami", "India", "HuJI: Harkat-ul-Jihad al-Islami"),
        ("Indian Mujahideen", "India", "Indian Mujahideen"),
        ("United Self Defense Units of Colombia (AUC)", "Colombia", "AUC: United Self-Defense Forces of Colombia"),
        ("Gaitanista Self-Defense Forces of Colombia (AGC)", "Colombia",
         "AGC: Gaitanist Self-Defense Forces of Colombia"),
        ("Revolutionary Armed Forces of Colombia (FARC) dissidents", "Colombia", "FARC Dissidents"),
        ("Tupac Amaru Revolutionary Movement (MRTA)", "Peru", "MRTA: Tupac Amaru Revolutionary Movement"),
        ("Democratic Front for the Liberation of Rwanda (FDLR)", "Democratic Republic of the Congo",
         "FDLR: Democratic Forces for the Liberation of Rwanda"),
        ("Ansar al-Dine (Mali)", "Mali", "Ansar Dine"),
        # groups of the 1970s-1990s, as GTD names them
        ("Khmer Rouge", "Cambodia", "Khmer Rouge"),
        ("Zimbabwe African National Union", "Zimbabwe", "ZANU: Zimbabwe African National Union"),
        ("Zimbabwe African National Liberation Army (ZANLA)", "Zimbabwe", "ZANU: Zimbabwe African National Union"),
        ("Zimbabwe People's Revolutionary Army (ZIPRA)", "Zimbabwe", "ZAPU: Zimbabwe African People's Union"),
        ("Front for the National Liberation of the Congo (FNLC)", "Democratic Republic of the Congo",
         "FNLC: Front for the National Liberation of the Congo"),
        ("Front for the Liberation of the Enclave of Cabinda (FLEC)", "Angola",
         "FLEC: Front for the Liberation of the Enclave of Cabinda"),
        ("Armenian Secret Army for the Liberation of Armenia", "France",
         "ASALA: Armenian Secret Army for the Liberation of Armenia"),
        ("Jammu and Kashmir Liberation Front", "India", "JKLF: Jammu and Kashmir Liberation Front"),
        ("Khalistan Commando Force", "India", "KCF: Khalistan Commando Force"),
        ("Mozambique National Resistance Movement (MNR)", "Mozambique", "RENAMO: Mozambican National Resistance"),
        ("Nicaraguan Democratic Force (FDN)", "Nicaragua", "Contras"),
        ("Guatemalan National Revolutionary Unity (URNG)", "Guatemala", "URNG: Guatemalan National Revolutionary Unity"),
        ("Manuel Rodriguez Patriotic Front (FPMR)", "Chile", "FPMR: Manuel Rodriguez Patriotic Front"),
        ("First of October Antifascist Resistance Group (GRAPO)", "Spain",
         "GRAPO: First of October Antifascist Resistance Groups"),
        ("Abu Nidal Organization (ANO)", "Lebanon", "Abu Nidal Organization"),
        ("Black September", "Jordan", "Black September"),
        ("Tupamaros (Uruguay)", "Uruguay", "Tupamaros"),
        ("Montoneros (Argentina)", "Argentina", "Montoneros"),
    ],
)
def test_actors_gtd_names_read_and_scored_alike(coder, gname, country, name):
    read = [a.name for _, _, a in coder.find(f"The {gname} claimed responsibility for the incident.", country)]
    assert (read[:1], _actor(gname, country, _group_names())) == ([name], name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A date is no group ("17N" names the Greek group; "17 November" alone does not).
        ("Gunmen attacked a bus on 17 November near Athens.", "Greece"),
        # The Royal Air Force is not the Red Army Faction.
        ("The RAF flew two sorties over the area.", "United Kingdom"),
    ],
)
def test_actors_gtd_names_not_read_into_other_words(coder, text, country):
    names = [a.name for _, _, a in coder.find(text, country)]
    assert not {"17N: Revolutionary Organization 17 November", "Red Army Faction"} & set(names)
