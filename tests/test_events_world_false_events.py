"""Texts that report no event: totals over a period, denials, threats, plans, background history,
anniversaries, generic statements.

ACLED-style notes and wire articles (datelines, quotes, background paragraphs) written for these
tests, through the whole pipeline: each text must give exactly these sub-event types.
"""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "At least 1,200 civilians were killed in Syria in March, the Syrian Observatory for Human Rights said in its monthly report, the highest monthly toll this year.",
        [],
        id="neg_monthly",
    ),
    pytest.param(
        "The Taliban denied carrying out the attack on the checkpoint and said their fighters had not been in the area.",
        [],
        id="neg_denial",
    ),
    pytest.param(
        "Al Shabaab threatened to attack Kenyan towns unless Nairobi withdrew its troops from Somalia.",
        [],
        id="neg_threat",
    ),
    pytest.param(
        "Opposition parties in Bangladesh plan to hold a nationwide hartal next week to protest against the election result.",
        [],
        id="neg_plan",
    ),
    pytest.param(
        "The conflict in eastern Congo has killed millions of people since the 1990s, and more than 120 armed groups operate in the region.",
        [],
        id="neg_background",
    ),
    pytest.param(
        "Attacks on aid workers in South Sudan have become increasingly frequent, the United Nations said in a statement on Friday.",
        [],
        id="neg_generic",
    ),
    pytest.param(
        "Mexico recorded more than 30,000 homicides in 2022, according to official figures.",
        [],
        id="neg_annual",
    ),
    pytest.param(
        '"We will attack every army post in this region until the soldiers leave our land," a JNIM commander said in a video posted online on Monday.',
        [],
        id="neg_quote_threat",
    ),
    pytest.param(
        "Families gathered in silence on Saturday to remember the 2014 massacre in which gunmen killed 150 people at a school in Peshawar.",
        [],
        id="neg_anniversary",
    ),
    pytest.param(
        "Human Rights Watch accused Ethiopian forces of killing hundreds of civilians in Tigray during the two-year war, in a report published on Thursday.",
        [],
        id="neg_report",
    ),
    pytest.param(
        "A court in Bamako sentenced three men to death on Wednesday for their role in the 2015 attack on the Radisson Blu hotel, which killed 20 people.",
        [],
        id="neg_trial",
    ),
    pytest.param(
        "At least 85 people were killed in gang violence in Port-au-Prince last week, the United Nations said.",
        [],
        id="neg_weekly",
    ),
    pytest.param(
        "Aid agencies fear that fighting could spread to the city of Goma, home to more than a million people.",
        [],
        id="neg_feared",
    ),
    pytest.param(
        "The army denied reports that its soldiers had killed civilians in the village, saying those killed were militants.",
        [],
        id="neg_claim_denied",
    ),
    pytest.param(
        "Boko Haram gained international notoriety in 2014 when it kidnapped 276 schoolgirls from the town of Chibok.",
        [],
        id="neg_history",
    ),
    pytest.param(
        "Opposition leaders called for nationwide protests next Friday against the arrest of their leader.",
        [],
        id="neg_call",
    ),
    pytest.param(
        "Some 2,400 civilians were killed in attacks in Burkina Faso in 2022, according to ACLED.",
        [],
        id="neg_annual2",
    ),
    pytest.param(
        "Thousands of mourners attended the funeral on Sunday of the 12 soldiers killed in last week's ambush in northern Mali.",
        [],
        id="neg_funeral",
    ),
    pytest.param(
        "In an interview, the commander said his forces had killed hundreds of militants over the past year and would continue their offensive.",
        [],
        id="neg_interview",
    ),
    pytest.param(
        "A year after the bombing that killed 80 people at a school in Kabul, families say nobody has been held accountable.",
        [],
        id="neg_anniv2",
    ),
    pytest.param(
        '"If the army enters the town, we will fight," a rebel spokesman said.',
        [],
        id="neg_statement_cond",
    ),
    pytest.param(
        "Teachers will go on strike from Monday if the government does not pay their salaries, the union said.",
        [],
        id="neg_will_protest",
    ),
    pytest.param(
        "Police said they had foiled a plot to bomb a church in Lahore and that investigations were continuing.",
        [],
        id="neg_reported_plan",
    ),
    pytest.param(
        "The United Nations said on Tuesday that more than 8,000 civilians had been killed in Ukraine since February 2022.",
        [],
        id="ho_neg_1",
    ),
    pytest.param(
        "Islamic State threatened to carry out more attacks on Shi'ite mosques in Afghanistan in a statement released on Friday.",
        [],
        id="ho_neg_2",
    ),
    pytest.param(
        "Human rights groups have long accused Philippine police of carrying out extrajudicial killings of drug suspects.",
        [],
        id="ho_neg_3",
    ),
    pytest.param(
        "The army plans to launch an offensive against rebels in the coming weeks, a military source said.",
        [],
        id="ho_neg_4",
    ),
    pytest.param(
        "Farmers' unions said they would block highways across Punjab next week if the government did not meet their demands.",
        [],
        id="ho_neg_5",
    ),
    # Denial of what was hit, and a record of volleys over a war: no strike.
    pytest.param(
        "The ministry said its aircraft only struck military targets and denied hitting the hospital.",
        [],
        id="neg_only_struck_targets",
    ),
    pytest.param(
        "Hezbollah has fired thousands of rockets at northern Israel since October.",
        [],
        id="neg_volleys_record",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_false_events_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
