"""Articles that report several distinct events, each coded once.

ACLED-style notes and wire articles (datelines, quotes, background paragraphs) written for these
tests, through the whole pipeline: each text must give exactly these sub-event types.
"""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "KYIV (Reuters) - Russian shelling killed two civilians in the southern city of Kherson on Tuesday, regional governor Oleksandr Prokudin said.\n\nSeparately, a Russian drone strike hit an energy facility in the Odesa region overnight, causing a fire but no casualties, the Ukrainian military said.\n\nIn the east, Ukrainian troops repelled 14 Russian attacks near the town of Bakhmut, the general staff said.",
        ["Air/drone strike", "Armed clash", "Shelling/artillery/missile attack"],
        id="multi_ukr",
    ),
    pytest.param(
        "MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel in Mogadishu on Saturday and battled security forces for hours, killing at least 10 people, police said.\n\nIn a separate incident, a roadside bomb killed three soldiers near Afgoye, a military officer said.",
        ["Armed clash", "Remote explosive/landmine/IED"],
        id="multi_som",
    ),
    pytest.param(
        "ISLAMABAD (Reuters) - Gunmen shot dead two polio workers in Pakistan's northwest on Monday, police said.\n\nIn Lahore, hundreds of traders staged a protest against rising electricity bills, blocking a main road for several hours.",
        ["Attack", "Violent demonstration"],
        id="multi_pak",
    ),
    pytest.param(
        "KABUL (Reuters) - A roadside bomb killed four police officers in Kandahar province on Monday, officials said.\n\nIn a separate attack, Taliban fighters stormed a checkpoint in Helmand overnight, killing six soldiers, the defence ministry said. The ministry said 11 attackers were also killed.\n\nMeanwhile, in Kabul, hundreds of people protested peacefully against rising food prices.",
        ["Armed clash", "Peaceful protest", "Remote explosive/landmine/IED"],
        id="multi_afg",
    ),
    pytest.param(
        "ABUJA (Reuters) - Gunmen killed 12 villagers in an attack in Zamfara state on Saturday, police said. In neighbouring Katsina state, soldiers rescued 20 kidnapped travellers and arrested three suspected bandits, the army said.",
        ["Arrests", "Attack"],
        id="multi_nga",
    ),
    pytest.param(
        "BEIRUT (Reuters) - Syrian government air strikes killed 11 civilians in Idlib province on Sunday, rescuers said.\n\nIn the northeast, Kurdish-led forces arrested 20 suspected Islamic State members in raids near Raqqa, a spokesman said.\n\nSeparately, hundreds of people protested in the southern city of Sweida against worsening living conditions.",
        ["Air/drone strike", "Arrests", "Peaceful protest"],
        id="multi_syr",
    ),
    pytest.param(
        "KYIV (Reuters) - Ukraine's military said on Wednesday its forces had shot down 29 of 34 drones launched by Russia overnight, while the remaining drones hit energy facilities in the Lviv region, causing power cuts.",
        ["Air/drone strike", "Disrupted weapons use"],
        id="b7_ukr_statement",
    ),
    pytest.param(
        "PORT-AU-PRINCE (Reuters) - Gang members shot dead at least 20 people in the town of Pont-Sonde on Thursday and set fire to homes and cars, the United Nations said.\n\nSeparately, police said they had arrested 15 suspected gang members in the capital's Delmas district.",
        ["Arrests", "Attack"],
        id="b7_hti_sev",
    ),
    pytest.param(
        "GAZA (Reuters) - Israeli air strikes killed 20 Palestinians in Rafah overnight, health officials said.\n\nIn the occupied West Bank, Israeli forces arrested 12 people in raids in Jenin and Nablus, the Palestinian prisoners' club said.",
        ["Air/drone strike", "Arrests"],
        id="ho_multi_1",
    ),
    pytest.param(
        "KABUL (Reuters) - A bomb hidden in a cart exploded in a market in Kabul on Monday, killing three people, police said. Hours later, Taliban fighters attacked a checkpoint in Kunduz province, sparking a gunfight that killed five soldiers.",
        ["Armed clash", "Remote explosive/landmine/IED"],
        id="ho_multi_2",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_several_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
