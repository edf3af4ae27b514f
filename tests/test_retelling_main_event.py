"""A story's main event told again further down (the place it happened, a toll update, the group blamed,
the next paragraph's detail) stays one event and takes what the retelling adds; an event told apart
("Separately", "Later on Sunday", another town) stays an event of its own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "Fighting between rival militias in the Libyan city of Zawiya killed at least 9 people on Friday, "
        "the Health Ministry said.\n\nThe ministry said on Saturday that the toll from the Zawiya clashes had "
        "risen to 14 dead and 40 wounded.",
        [("Armed clash", 14, "Zawiya")],
        id="toll_update",
    ),
    pytest.param(
        "Insurgents attacked the town of Macomia in northern Mozambique on Thursday, killing at least 11 "
        "civilians, the police said.\n\nMilitants launched the attack on Macomia before dawn from the coast, a "
        "police spokesman told reporters in Pemba.",
        [("Attack", 11, "Macomia")],
        id="the_attack_on_its_town",
    ),
    pytest.param(
        "Gunmen killed 12 people at a cattle market in central Mali on Sunday, local officials said.\n\n"
        "The toll from the Bankass attack stood at 12, and officials blamed Katiba Macina for the killings.",
        [("Attack", 12, "Bankass")],
        id="toll_names_place_and_group",
    ),
    pytest.param(
        "An air strike by the military killed at least nine people in a village in Sagaing Region on "
        "Tuesday, residents said.\n\nA fighter jet dropped a bomb on Kani village at noon as people were leaving "
        "a monastery, a resident said.",
        [("Air/drone strike", 9, "Kani")],
        id="next_paragraph_detail",
    ),
    pytest.param(
        "An air strike by the military killed at least 8 people in a village in Myanmar's Sagaing Region on "
        "Tuesday, residents said.\n\nA jet dropped two bombs on the village as people gathered for a festival, a "
        "villager said.\n\nA rebel commander said the death toll from the air strike had risen to 40. The "
        "Irrawaddy could not independently verify that figure.",
        [("Air/drone strike", 8, "Monywa")],
        id="unverified_toll_update",
    ),
    pytest.param(
        "An air strike by the military killed at least 8 people in a village in Myanmar's Sagaing Region on "
        "Tuesday, residents said.\n\nA jet dropped two bombs on the village as people gathered for a festival, a "
        "villager said.\n\nA rebel commander said the death toll from the air strike had risen to 40.",
        [("Air/drone strike", 40, "Monywa")],
        id="toll_update_after_detail",
    ),
    pytest.param(
        "Gunmen killed 14 people on a bus in central Mali's Mopti region on Friday, officials said.\n\n"
        "\"They stopped the bus and shot the men,\" said Amadou Cisse, the mayor of Bandiagara.",
        [("Attack", 14, "Mopti")],
        id="speakers_town_is_not_the_place",
    ),
    pytest.param(
        "Two students were killed on Tuesday when police opened fire on protesters in Rajshahi, witnesses "
        "said.\n\n\"We were marching peacefully, but they fired at us,\" a student said at a hospital in Bogura.",
        [("Excessive force against protesters", 2, "Rajshahi")],
        id="quote_told_where_its_speaker_is",
    ),
    pytest.param(
        "Gunmen killed 12 people at a cattle market near Bankass on Sunday, local officials said.\n\n"
        "Separately, gunmen attacked a bus near Bandiagara on Sunday, officials said.",
        [("Attack", 0, "Bandiagara"), ("Attack", 12, "Bankass")],
        id="separately_stays_apart",
    ),
    pytest.param(
        "Gunmen killed 12 people at a cattle market near Bankass on Sunday, local officials said.\n\n"
        "Later on Sunday, gunmen attacked the village of Kani-Bonzon, burning granaries, a resident said.",
        [("Attack", 0, "Kani-Bonzon"), ("Attack", 12, "Bankass")],
        id="later_stays_apart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_retelling_main_event(pipeline, text, expected):
    (article,) = pipeline.process([Article("probe", text)])
    got = sorted((e.sub_event_type, e.fatalities, e.location) for e in article.events)
    assert got == sorted(expected)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "Gunmen killed 12 people at a cattle market in central Mali on Sunday, local officials said.\n\n"
            "The toll from the Bankass attack stood at 12, and officials blamed Katiba Macina for the killings.",
            "Katiba Macina",
            id="group_blamed_in_toll_update",
        ),
    ],
)
def test_retelling_actor(pipeline, text, actor1):
    (article,) = pipeline.process([Article("probe", text)])
    assert [e.actor1 for e in article.events] == [actor1]


def test_summary_lede_gives_no_event_of_its_own(pipeline):
    text = ("At least seven people were killed on Tuesday as rival groups clashed in Kano, Kaduna and Zaria, "
            "police said.\n\nIn Kano, four people died as youths fought with machetes near the central market.\n\n"
            "In Kaduna, three people were killed in clashes near a mosque, police said.\n\n"
            "In Zaria, youths burned two cars, police said.")
    (article,) = pipeline.process([Article("probe", text)])
    assert not any(e.evidence_start == 0 and len(e.evidence) == 1 for e in article.events)
    assert {"Kano", "Kaduna"} <= {e.location for e in article.events}


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "Two soldiers were killed when a roadside bomb hit their patrol in Yala province on Monday.\n\n"
            "\"BRN insurgents detonated the bomb by mobile phone,\" a police officer said.",
            "BRN: Barisan Revolusi Nasional",
            id="account_naming_the_doer",
        ),
        pytest.param(
            "Two soldiers were killed when a roadside bomb hit their patrol in Yala province on Monday.\n\n"
            "\"They detonated the bomb by mobile phone,\" a police officer said.",
            "Unidentified Armed Group (Thailand)",
            id="account_pointing_back_names_no_one",
        ),
    ],
)
def test_account_names_the_doer(pipeline, text, actor1):
    (article,) = pipeline.process([Article("probe", text)])
    assert article.events[0].actor1 == actor1
