"""Tallies of events or victims over a period, and charges before a court, report no event."""

import pytest

from wirecoder.events.generic import generic_reason, tally_reason
from wirecoder.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru registered 1,412 homicides in 2021, according to figures from the interior ministry.",
        "The province logged more than 3,000 of them, more than any other.",
        "Al-Shabaab has staged at least 9 attacks since March in Gedo, the army said.",
        "The rebels killed 14 soldiers and a teacher in those attacks, according to the military.",
        "The militia killed more than 60 policemen in 2019, according to a count by the ministry.",
        "Last year, bandits kidnapped more than 300 travellers on this road alone.",
        "About 320 journalists were killed in Mexico last year, the press group said.",
        # a decimal point is no sentence end: "1.2 million ... since 2017" is still read to "since"
        "The insurgency has killed thousands and displaced more than 1.2 million people since 2017.",
        # a quote recalling the event its speaker is introduced by
        '"They shot my husband in front of me," said a survivor of the 2019 massacre in Ogossagou.',
        # a campaign's toll: days of fighting, each day an event of its own
        "The United Nations said this week that at least 2,900 people were killed in the fighting for the city.",
        "More than 1,500 civilians died during the siege of the town, according to local officials.",
    ],
)
def test_events_filters_tallies_are_generic(sentence):
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hospitals reported 4 deaths after gunmen opened fire on the bus.",
        "Gunmen killed five people in a bar in Leon on Saturday night.",
        "Two people were killed in the clashes, which involved machetes.",
        "Militants killed 12 soldiers in an ambush near Gao in 2021.",
        # one attack's toll, or a campaign's told by its day, is an incident's
        "At least 12 people were killed in the fighting for the town, residents said.",
        "More than 100 soldiers were killed in the assault on the base, the army said.",
        "On Tuesday, 150 fighters were killed in the battle for Kidal, the army said.",
        "The army recorded 3 attacks on its positions on Tuesday.",
        # one day's operation, however many strikes
        "On Friday, Russian jets carried out a wave of air strikes on Idlib city.",
        '"They shot my husband in front of me," said a woman in Ogossagou on Saturday.',
    ],
)
def test_events_filters_incidents_are_not_tallies(sentence):
    assert generic_reason(sentence) is None


def test_events_filters_tally_reason_names_the_count():
    assert "1,412" in tally_reason("Peru registered 1,412 homicides in 2021.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        'The court found the three men guilty of murder and of the bombing of a market in Kano.',
        "Boko Haram was blamed for the attack, one of the deadliest in the city.",
    ],
)
def test_events_filters_charges_and_blame_report_no_event(pipeline, text):
    (article,) = pipeline.process([Article("t", text)])
    assert not article.events


@pytest.mark.slow
def test_events_filters_blame_for_a_new_event_reports_it(pipeline):
    text = "The army blamed the ELN for the kidnapping of two engineers near Saravena on Monday."
    (article,) = pipeline.process([Article("t", text)])
    assert [e.sub_event_type for e in article.events] == ["Abduction/forced disappearance"]


def test_events_filters_tallies_a_war_toll_after_an_event_adds_nothing_to_it(pipeline):
    text = ("Soldiers repelled an attack on an army post near Tera on Thursday, killing 15 assailants, the "
            "defence ministry said.\n\nAttacks in the region have killed thousands of people since the "
            "insurgency spread from Mali.\n\nJihadist raids have killed thousands across the Sahel.")
    (article,) = pipeline.process([Article("t", text)])
    assert [e.fatalities for e in article.events] == [15]
