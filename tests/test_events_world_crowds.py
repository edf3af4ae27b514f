"""Protests and riots told worldwide: marches, sit-ins, hartals and bandhs, interventions,
excessive force, riots, lynchings.

ACLED-style notes and wire articles (datelines, quotes, background paragraphs) written for these
tests, through the whole pipeline: each text must give exactly these sub-event types.
"""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "On 10 September 2018, Congress party workers enforced a bandh in Bhopal (Madhya Pradesh) against fuel price hikes. Shops and markets remained shut. No incidents were reported.",
        ["Peaceful protest"],
        id="ind_bandh",
    ),
    pytest.param(
        "DHAKA (Reuters) - Opposition activists clashed with police in Dhaka on Sunday on the first day of a 48-hour hartal called by the Bangladesh Nationalist Party, police said. Protesters torched three buses and threw stones at police, who fired tear gas and rubber bullets.",
        ["Violent demonstration"],
        id="bgd_hartal_wire",
    ),
    pytest.param(
        "On 15 November 2022, around 300 teachers staged a sit-in outside the Press Club in Karachi (Sindh) to demand regularisation of their jobs.",
        ["Peaceful protest"],
        id="pak_sitin",
    ),
    pytest.param(
        "On 28 April 2021, thousands of people marched in Cali (Valle del Cauca) against the proposed tax reform.",
        ["Peaceful protest"],
        id="col_march",
    ),
    pytest.param(
        "On 2 January 2019, villagers blocked the national highway near Sitapur (Uttar Pradesh) demanding compensation for a road accident victim.",
        ["Violent demonstration"],
        id="ind_blockade",
    ),
    pytest.param(
        "On 3 June 2019, Rapid Support Forces stormed the protest sit-in outside army headquarters in Khartoum, killing at least 35 protesters.",
        ["Excessive force against protesters"],
        id="sdn_excessive",
    ),
    pytest.param(
        "On 14 February 2018, police arrested 15 members of the opposition during a rally in Dhaka (Bangladesh). The rally was dispersed with tear gas.",
        ["Protest with intervention"],
        id="bgd_rally_tear_gas",
    ),
    pytest.param(
        "YANGON (Reuters) - Police in Myanmar fired water cannon and tear gas to disperse thousands of protesters marching against the military coup in the capital Naypyitaw on Monday, witnesses said.",
        ["Protest with intervention"],
        id="mmr_intervention_wire",
    ),
    pytest.param(
        "On 7 July 2018, protesters set fire to cars and looted shops in Port-au-Prince (Ouest) after the government announced fuel price increases.",
        ["Violent demonstration"],
        id="hti_riot",
    ),
    pytest.param(
        "On 28 September 2015, a mob lynched a man in Dadri (Uttar Pradesh) over rumours that he had stored beef at his home.",
        ["Mob violence"],
        id="ind_mob",
    ),
    pytest.param(
        "On 20 July 2019, villagers beat to death 2 men suspected of being child abductors in Badda (Dhaka).",
        ["Mob violence"],
        id="bgd_mob",
    ),
    pytest.param(
        "On 30 March 2018, thousands of Palestinians demonstrated near the border fence east of Gaza City. Israeli troops fired live ammunition, killing 15 demonstrators.",
        ["Excessive force against protesters"],
        id="pse_protest",
    ),
    pytest.param(
        "BAGHDAD (Reuters) - Iraqi security forces shot dead at least 15 protesters in Nassiriya on Thursday, medical sources said, as thousands of demonstrators gathered on a bridge in the southern city.",
        ["Excessive force against protesters"],
        id="irq_excessive_wire2",
    ),
    pytest.param(
        "KOLKATA, India - A 12-hour bandh called by the BJP to protest against the killing of party workers paralysed life in several districts of West Bengal on Monday. Shops, markets and schools remained closed and buses stayed off the roads. Police said the shutdown passed off peacefully.",
        ["Peaceful protest"],
        id="ind_bandh_wire",
    ),
    pytest.param(
        "On 5 January 2015, BNP activists enforced a hartal in Bogura (Rajshahi), blocking roads with burning tyres and vandalising vehicles.",
        ["Violent demonstration"],
        id="bgd_hartal_note",
    ),
    pytest.param(
        "On 12 March 2019, transporters observed a wheel-jam strike in Quetta (Balochistan) against the imposition of new taxes.",
        ["Peaceful protest"],
        id="pak_wheeljam",
    ),
    pytest.param(
        "On 5 December 2016, doctors went on strike across public hospitals in Lagos (Lagos) over unpaid salaries.",
        ["Peaceful protest"],
        id="nga_doctors_strike",
    ),
    pytest.param(
        "LAGOS (Reuters) - Nigerian police fired tear gas at hundreds of protesters in Lagos on Saturday as they marched to mark the anniversary of demonstrations against police brutality, a Reuters witness said. Several people were arrested.",
        ["Protest with intervention"],
        id="nga_protest_wire",
    ),
    pytest.param(
        "On 12 July 2020, residents of a neighbourhood in Barranquilla (Atlantico) beat a suspected thief to death after catching him robbing a shop.",
        ["Mob violence"],
        id="col_lynch",
    ),
    pytest.param(
        "LAHORE, Pakistan (Reuters) - An angry mob beat to death a Sri Lankan factory manager and burned his body in the eastern city of Sialkot on Friday over accusations of blasphemy, police said.",
        ["Mob violence"],
        id="pak_mob_wire",
    ),
    pytest.param(
        "NEW DELHI (Reuters) - Rival groups of Hindus and Muslims threw stones at each other and set fire to shops in the northern Indian town of Nuh on Monday during a religious procession, police said. At least four people were killed.",
        ["Violent demonstration"],
        id="ind_riot_wire",
    ),
    pytest.param(
        "MEXICO CITY (Reuters) - Tens of thousands of women marched through Mexico City on Wednesday to protest against gender violence, with some demonstrators smashing windows and spray-painting monuments, and police responding with fire extinguishers.",
        ["Violent demonstration"],
        id="mex_protest_wire",
    ),
    pytest.param(
        "On 20 June 2022, nurses held a peaceful demonstration outside the Ministry of Health in Abuja (Federal Capital Territory) demanding better pay.",
        ["Peaceful protest"],
        id="nga_nurses_demo",
    ),
    pytest.param(
        "NEW DELHI (Reuters) - Thousands of farmers blocked highways leading into New Delhi on Tuesday, camping on the roads with tractors, as they pressed their demand for guaranteed crop prices. Police set up concrete barricades and fired tear gas at a group of farmers trying to break through.",
        ["Violent demonstration"],
        id="ind_farmers_wire",
    ),
    pytest.param(
        "On 19 July 2024, police opened fire on students protesting against job quotas in Dhaka (Dhaka), killing 20 protesters.",
        ["Excessive force against protesters"],
        id="bgd_excessive_note",
    ),
    pytest.param(
        "On 14 February 2019, demonstrators erected burning barricades and threw stones at police in Port-au-Prince (Ouest), demanding the resignation of the president.",
        ["Violent demonstration"],
        id="hti_riot_note",
    ),
    pytest.param(
        "On 1 July 2018, villagers lynched 5 men suspected of being child kidnappers in Rainpada (Maharashtra).",
        ["Mob violence"],
        id="ind_mob_note",
    ),
    pytest.param(
        "TEL AVIV (Reuters) - Tens of thousands of Israelis rallied in Tel Aviv on Saturday night against the government's plans to overhaul the judiciary, the tenth straight week of demonstrations.",
        ["Peaceful protest"],
        id="isr_rally_wire",
    ),
    pytest.param(
        "On 7 April 2023, Palestinian youths threw stones at Israeli forces near Beita (Nablus), who responded with tear gas and rubber-coated bullets.",
        ["Violent demonstration"],
        id="pse_riot",
    ),
    pytest.param(
        "On 14 March 2023, supporters of the Awami League and BNP clashed with sticks and stones in Feni (Chattogram), injuring 20 people.",
        ["Mob violence"],
        id="bgd_clash_parties",
    ),
    pytest.param(
        "On 15 August 2022, about 40 women marched in Kabul (Kabul) demanding the right to work and education. Taliban fighters fired into the air to disperse them.",
        ["Protest with intervention"],
        id="afg_protest_women",
    ),
    pytest.param(
        "PORT-AU-PRINCE (Reuters) - Residents of a Port-au-Prince neighbourhood stoned and burned to death 13 suspected gang members on Monday after police stopped their minibus, witnesses said.",
        ["Mob violence"],
        id="hti_lynch_wire",
    ),
    pytest.param(
        "On 23 January 2019, National Guard troops fired live rounds at anti-government protesters in Caracas (Capital District), killing 4.",
        ["Excessive force against protesters"],
        id="ven_protest_excessive",
    ),
    pytest.param(
        "On 5 March 2022, hundreds of residents rallied against the Russian occupation in Kherson city (Kherson). Russian troops fired into the air and detained several protesters.",
        ["Protest with intervention"],
        id="ukr_protest_occupied",
    ),
    pytest.param(
        "On 28 April 2022, trade unions held a general strike across Colombo (Western) demanding the resignation of the president. Shops and offices remained closed.",
        ["Peaceful protest"],
        id="lka_hartal",
    ),
    pytest.param(
        "On 28 March 2025, royalist protesters set fire to buildings and vehicles and clashed with police in Kathmandu (Bagmati); 2 people were killed.",
        ["Violent demonstration"],
        id="npl_riot",
    ),
    pytest.param(
        "On 3 February 2021, a mob set ablaze a woman accused of witchcraft in Nalgonda (Telangana).",
        ["Mob violence"],
        id="ken_like_lynch_world",
    ),
    pytest.param(
        "ADDIS ABABA (Reuters) - Hundreds of university students protested in the town of Bahir Dar on Monday against the killing of a student, chanting slogans against the regional government, witnesses said. There were no reports of violence.",
        ["Peaceful protest"],
        id="ho_eth_1",
    ),
    pytest.param(
        "On 11 February 2020, trade unions called a 24-hour bandh in Kolkata (West Bengal); protesters blocked railway tracks and burned tyres.",
        ["Violent demonstration"],
        id="ho_ind_1",
    ),
    pytest.param(
        "DHAKA (Reuters) - Police fired rubber bullets and tear gas at garment workers protesting over wages in the industrial hub of Gazipur on Tuesday, wounding at least 20, witnesses said.",
        ["Excessive force against protesters"],
        id="ho_bgd_1",
    ),
    pytest.param(
        "On 18 April 2022, a group of residents of Huejutla (Hidalgo) lynched 2 men accused of kidnapping children.",
        ["Mob violence"],
        id="ho_mex_1",
    ),
    pytest.param(
        "BELGRADE (Reuters) - Some 500,000 workers affiliated with the country's largest union stopped work for two hours on Wednesday to demand payment of wage arrears, the union said.",
        ["Peaceful protest"],
        id="srb_stopped_work",
    ),
    pytest.param(
        "On 6 March 2023, municipal workers downed tools in Tshwane (Gauteng) over a wage dispute.",
        ["Peaceful protest"],
        id="zaf_downed_tools",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_crowds_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
