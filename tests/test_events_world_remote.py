"""Explosions/Remote violence told worldwide: air and drone strikes, shelling, IEDs and mines,
suicide bombs, grenades, chemical weapons.

ACLED-style notes and wire articles (datelines, quotes, background paragraphs) written for these
tests, through the whole pipeline: each text must give exactly these sub-event types.
"""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "On 4 February 2020, Russian warplanes carried out airstrikes on Maarat al-Numan (Idleb), killing 6 civilians, including 2 children.",
        ["Air/drone strike"],
        id="syr_air_note",
    ),
    pytest.param(
        "IDLIB, Syria (Reuters) - Air strikes by Syrian government and Russian jets killed at least nine people in a market in the town of Ariha on Monday, rescue workers said.\n\nThe White Helmets civil defence group said the strikes hit a crowded vegetable market in the morning. Moscow denies targeting civilians.\n\nThe northwestern province has been the last major rebel stronghold since 2019, and fighting there has displaced nearly a million people over the past year.",
        ["Air/drone strike"],
        id="syr_air_wire",
    ),
    pytest.param(
        "On 12 March 2021, a US drone strike targeted a vehicle carrying suspected AQAP members in Al Sawmaah district (Al Bayda), killing 3.",
        ["Air/drone strike"],
        id="yem_drone",
    ),
    pytest.param(
        "On 9 May 2023, Russian forces shelled Kherson city (Kherson), killing 3 civilians and wounding 11.",
        ["Shelling/artillery/missile attack"],
        id="ukr_shell_note",
    ),
    pytest.param(
        'KYIV, Ukraine (AP) — Russian missiles slammed into an apartment building in the city of Dnipro on Saturday, killing at least 12 people and trapping dozens under rubble, Ukrainian officials said.\n\n"They are deliberately targeting civilians," President Volodymyr Zelenskyy said in his nightly address.\n\nRussia has launched thousands of missiles at Ukrainian cities since its full-scale invasion began in February 2022.',
        ["Shelling/artillery/missile attack"],
        id="ukr_missile_wire",
    ),
    pytest.param(
        "On 10 May 2021, Hamas fighters fired rockets from Gaza towards Ashkelon (HaDarom), wounding 2 Israeli civilians.",
        ["Shelling/artillery/missile attack"],
        id="gaza_rocket",
    ),
    pytest.param(
        "On 2 June 2019, regime forces fired mortar shells at the town of Kafr Nabudah (Hama). No casualties were reported.",
        ["Shelling/artillery/missile attack"],
        id="syr_mortar",
    ),
    pytest.param(
        "On 21 July 2021, an IED planted by the Taliban exploded in Lashkar Gah (Helmand), killing a district police chief.",
        ["Remote explosive/landmine/IED"],
        id="afg_ied",
    ),
    pytest.param(
        'MOGADISHU (Reuters) - A roadside bomb struck a minibus carrying passengers on the outskirts of Mogadishu on Tuesday, killing at least seven people, police said.\n\n"The bomb was planted on the side of the road and detonated by remote control as the bus passed," police officer Abdullahi Hassan told Reuters.\n\nNo group immediately claimed responsibility. Al Shabaab has carried out many similar attacks in the Horn of Africa country.',
        ["Remote explosive/landmine/IED"],
        id="som_ied_wire",
    ),
    pytest.param(
        "On 3 October 2022, a Malian army vehicle hit a landmine between Boni and Hombori (Mopti), killing 2 soldiers.",
        ["Remote explosive/landmine/IED"],
        id="mli_mine",
    ),
    pytest.param(
        "On 30 January 2023, a suicide bomber blew himself up inside a mosque in the police lines in Peshawar (Khyber Pakhtunkhwa), killing 84 people, most of them policemen.",
        ["Suicide bomb"],
        id="pak_suicide",
    ),
    pytest.param(
        "MAIDUGURI, Nigeria (Reuters) - Two female suicide bombers detonated explosives at a crowded market in Konduga, Borno state, on Sunday, killing at least 12 people, a local militia leader said.\n\nThe attack bore the hallmarks of Boko Haram, which has used women and girls as suicide bombers. The group's insurgency has killed more than 35,000 people since 2009.",
        ["Suicide bomb"],
        id="nga_suicide_wire",
    ),
    pytest.param(
        "On 7 March 2019, militants hurled a grenade at a bus stand in Jammu (Jammu and Kashmir), killing 2 people and wounding 30.",
        ["Grenade"],
        id="ind_grenade",
    ),
    pytest.param(
        "BUJUMBURA (Reuters) - Unidentified attackers threw grenades into a bar in the Burundian capital late on Friday, wounding at least 15 people, police said.",
        ["Grenade"],
        id="bdi_grenade_wire",
    ),
    pytest.param(
        "On 7 April 2018, Syrian government helicopters dropped barrels containing chlorine gas on Douma (Rural Damascus), killing at least 40 people.",
        ["Chemical weapon"],
        id="syr_chem",
    ),
    pytest.param(
        "ADDIS ABABA (Reuters) - A drone strike on a busy market in the town of Finote Selam in Ethiopia's Amhara region killed at least 30 people on Sunday, two hospital officials and a witness said.\n\nThe government has been fighting the Fano militia in Amhara since August. A government spokesman did not respond to requests for comment. The military has previously denied targeting civilians.",
        ["Air/drone strike"],
        id="eth_drone_wire",
    ),
    pytest.param(
        "MOGADISHU (Reuters) - A suicide car bomber rammed a vehicle packed with explosives into a checkpoint near the presidential palace in Mogadishu on Wednesday, killing at least eight people, police said.\n\nAl Shabaab, which is allied with al Qaeda and wants to topple Somalia's central government, claimed responsibility in a statement on its radio station. The group has been waging an insurgency since 2006.",
        ["Suicide bomb"],
        id="som_suicide_wire",
    ),
    pytest.param(
        "BANGKOK (Reuters) - Myanmar military jets bombed a village in the northwestern Sagaing region on Tuesday, killing at least 50 people including children who had gathered for the opening of a local office of the opposition movement, witnesses and media said.\n\nThe junta has increasingly relied on air power against resistance forces since it seized power in a coup in 2021. A spokesman for the junta said the strike had targeted militants.",
        ["Air/drone strike"],
        id="mmr_air_wire",
    ),
    pytest.param(
        "On 15 February 2021, unidentified militants fired several rockets at Erbil International Airport (Erbil), killing a foreign contractor and wounding 8 others.",
        ["Shelling/artillery/missile attack"],
        id="irq_rocket_note",
    ),
    pytest.param(
        "On 30 May 2023, Russian forces launched a drone attack on Kyiv city (Kyiv), wounding 2 civilians and damaging residential buildings.",
        ["Air/drone strike"],
        id="ukr_drone_note",
    ),
    pytest.param(
        "ZAPORIZHZHIA, Ukraine (Reuters) - Russian artillery pounded the frontline town of Orikhiv overnight, killing an elderly couple and damaging a school, the regional governor said on Telegram on Wednesday.\n\nOrikhiv, which had a pre-war population of about 14,000, has been shelled almost daily since the early weeks of the war.",
        ["Shelling/artillery/missile attack"],
        id="ukr_shell_wire2",
    ),
    pytest.param(
        "GAZA (Reuters) - An Israeli air strike on a house in the Nuseirat refugee camp in central Gaza killed at least 15 people, including women and children, Palestinian health officials said on Tuesday.\n\nThe Israeli military said it had struck a Hamas command centre in the area and that it takes steps to mitigate harm to civilians.",
        ["Air/drone strike"],
        id="isr_air_gaza",
    ),
    pytest.param(
        "BEIRUT (Reuters) - A car bomb exploded in a crowded market in the northern Syrian town of Azaz on Saturday, killing at least 19 people, a war monitor and civil defence officials said.\n\nTurkish-backed rebel groups control Azaz, which lies close to the Turkish border. There was no immediate claim of responsibility.",
        ["Remote explosive/landmine/IED"],
        id="syr_ied_wire",
    ),
    pytest.param(
        "On 4 April 2016, unidentified assailants lobbed a hand grenade at a shop in Turbat (Balochistan). No casualties were reported.",
        ["Grenade"],
        id="pak_grenade_note",
    ),
    pytest.param(
        "On 6 September 2022, a suicide bomber detonated explosives near the entrance of the Russian embassy in Kabul (Kabul), killing 2 embassy staff and 4 Afghans.",
        ["Suicide bomb"],
        id="afg_suicide_note",
    ),
    pytest.param(
        "On 21 January 2024, a Ukrainian drone attack hit an oil terminal in Ust-Luga (Leningrad), causing a fire. No casualties were reported.",
        ["Air/drone strike"],
        id="rus_drone_refinery",
    ),
    pytest.param(
        "On 4 August 2023, a civilian was killed after stepping on a landmine near Izium (Kharkiv).",
        ["Remote explosive/landmine/IED"],
        id="ukr_mine_civ",
    ),
    pytest.param(
        "KYIV (Reuters) - Ukrainian forces struck a Russian ammunition depot in the occupied town of Nova Kakhovka with HIMARS rockets on Monday night, killing several Russian soldiers, Ukraine's southern military command said.",
        ["Shelling/artillery/missile attack"],
        id="ukr_himars_wire",
    ),
    pytest.param(
        "On 20 October 2024, Israeli warplanes struck several buildings in Haret Hreik (Beirut Southern Suburbs), Mount Lebanon. No casualties were reported.",
        ["Air/drone strike"],
        id="lbn_air",
    ),
    pytest.param(
        "On 26 April 2023, Maoists triggered an IED blast that hit a police vehicle in Dantewada (Chhattisgarh), killing 10 policemen and the driver.",
        ["Remote explosive/landmine/IED"],
        id="ind_maoist_ied",
    ),
    pytest.param(
        "BEIRUT (Reuters) - A suspected chemical attack on the rebel-held town of Khan Sheikhoun in Syria's Idlib province killed dozens of people on Tuesday, including children, a war monitor and medics said. Witnesses described seeing people choking and foaming at the mouth.",
        ["Chemical weapon"],
        id="syr_chem_wire",
    ),
    pytest.param(
        "KABUL (Reuters) - A magnetic bomb attached to a minibus exploded in western Kabul on Saturday, killing at least seven people, police said. Islamic State claimed responsibility for the attack in a statement on its Amaq news agency.",
        ["Remote explosive/landmine/IED"],
        id="afg_ied_wire2",
    ),
    pytest.param(
        "KHARKIV, Ukraine (Reuters) - A Russian guided aerial bomb hit a hypermarket in Kharkiv on Saturday, killing at least 12 people and injuring 43, regional governor Oleh Syniehubov said.",
        ["Air/drone strike"],
        id="ukr_aerial_bomb",
    ),
    pytest.param(
        "JERUSALEM (Reuters) - An Israeli drone strike killed a senior Hezbollah commander in southern Lebanon on Monday, Lebanese security sources said.\n\nHezbollah and Israel have been exchanging fire across the border since October 2023.",
        ["Air/drone strike"],
        id="b7_isr_strike_bg",
    ),
    pytest.param(
        "DUBAI (Reuters) - Yemen's Houthis fired two anti-ship missiles at a commercial vessel in the Red Sea on Tuesday, causing minor damage, the U.S. military said.",
        ["Shelling/artillery/missile attack"],
        id="b7_yem_houthi_ship",
    ),
    pytest.param(
        "On 14 July 2022, Russian forces launched Kalibr missiles at Vinnytsia city (Vinnytsia), killing 23 civilians.",
        ["Shelling/artillery/missile attack"],
        id="ho_ukr_1",
    ),
    pytest.param(
        "KHARKIV, Ukraine (Reuters) - A Russian guided aerial bomb hit a hypermarket in Kharkiv on Saturday, killing at least 12 people and injuring 43, regional governor Oleh Syniehubov said.",
        ["Air/drone strike"],
        id="ho_ukr_2",
    ),
    pytest.param(
        "On 3 January 2024, an explosion caused by an IED planted in a motorcycle killed 2 civilians in Al-Bab (Aleppo).",
        ["Remote explosive/landmine/IED"],
        id="ho_syr_1",
    ),
    pytest.param(
        "On 17 August 2019, a drone struck a PMF weapons depot near Balad (Salah al-Din), causing explosions. No casualties were reported.",
        ["Air/drone strike"],
        id="ho_irq_1",
    ),
    pytest.param(
        "JALALABAD, Afghanistan (Reuters) - A suicide bomber struck a wedding party in Nangarhar province on Sunday, killing at least 20 guests, a provincial spokesman said. Islamic State claimed responsibility.",
        ["Suicide bomb"],
        id="ho_afg_1",
    ),
    pytest.param(
        "On 20 May 2021, unidentified men threw a hand grenade at a police patrol in Quetta (Balochistan), wounding 3 policemen.",
        ["Grenade"],
        id="ho_pak_1",
    ),
    # A strike told by what it hit, with no weapon named.
    pytest.param(
        "On 3 February 2024, US and British forces struck Houthi missile launchers in Hajjah (Hajjah), officials said.",
        ["Air/drone strike"],
        id="yem_struck_launchers",
    ),
    pytest.param(
        "Israeli forces hit Hezbollah weapons depots near Baalbek on Tuesday, the army said.",
        ["Air/drone strike"],
        id="lbn_hit_depots",
    ),
    # A volley told by its size is one event.
    pytest.param(
        "On 14 April 2024, Iranian forces launched a salvo of ballistic missiles at Israel.",
        ["Shelling/artillery/missile attack"],
        id="irn_volley_size",
    ),
    pytest.param(
        "Militants fired dozens of rockets at Ashkelon on Tuesday, the army said.",
        ["Shelling/artillery/missile attack"],
        id="isr_dozens_of_rockets",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_remote_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
