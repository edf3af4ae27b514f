"""Folding what later sentences add into the event told before them (wirecoder.folding, via the pipeline)."""

from datetime import datetime

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

_PUBLISHED = datetime(2023, 4, 12, 9, 0)


@pytest.mark.parametrize(
    ("text", "injuries"),
    [
        # A claim's toll told after a first report of the wounded alone: the lowest credible toll is none.
        ("Five soldiers were wounded when a roadside bomb struck their convoy near Kunduz on Sunday, the army "
         "said. The Taliban claimed responsibility for the attack, saying its fighters had killed 12 soldiers.", 5),
        # ... also a bare claim of a toll.
        ("Three policemen were wounded when gunmen ambushed their patrol near Gusau on Sunday. The militants "
         "claim 9 dead.", 3),
        # A second source's toll is no better than the group's claim.
        ("Two officers were wounded when gunmen stormed a police station in Apatzingan on Tuesday. The attackers "
         "also set fire to a patrol car. A second report says the gunmen killed four officers.", 2),
    ],
)  # fmt: skip
def test_stages_folding_a_claimed_toll_after_the_wounded_kills_no_one(pipeline, text, injuries):
    (article,) = pipeline.process([Article("c1", text, published=_PUBLISHED)])
    first = article.events[0]
    assert (first.fatalities, first.injuries) == (0, injuries)
    assert all(e.fatalities == 0 for e in article.events)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # With no toll told before, another source's figure is the event's.
        ("Boko Haram fighters raided a village in Borno state on Friday and set houses on fire. Other reports "
         "said 15 villagers were killed.", 15),
        # A toll told first stands against another source's.
        ("Gunmen killed eight people in a raid on a village near Jos on Sunday, police said. The attackers "
         "burned houses and stole cattle. Other sources put the toll at 20.", 8),
    ],
)  # fmt: skip
def test_stages_folding_another_source_retells_the_attack(pipeline, text, fatalities):
    (article,) = pipeline.process([Article("c2", text, published=_PUBLISHED)])
    first = article.events[0]
    assert first.event_type == "Violence against civilians"
    assert first.fatalities == fatalities
    assert all(e.fatalities in (0, fatalities) for e in article.events)


@pytest.mark.parametrize(
    ("text", "fatalities", "actor1"),
    [
        ("Police arrested four men at a checkpoint near Maiduguri on Tuesday. Two others were shot dead while "
         "trying to escape, a police spokesman said.", 2, "Police Forces of Nigeria"),
        ("Security forces detained five men in a raid on a house in Kirkuk on Thursday. Three of those detained "
         "were later found dead, relatives said.", 3, "Military Forces of Iraq"),
        ("Soldiers torched dozens of houses in a village near Bamenda on Sunday. A woman and her child died "
         "during the raid, residents said.", 2, "Military Forces of Cameroon"),
        # Damage told again as an attack: the attack on the village, with no one killed.
        ("Gunmen set fire to 40 houses in a village in Zamfara state on Monday. The houses were torched in a "
         "reprisal attack, residents said.", 0, "Unidentified Armed Group (Nigeria)"),
    ],
)  # fmt: skip
def test_stages_folding_a_killing_told_as_part_of_damage_or_arrests_is_the_event(pipeline, text, fatalities,
                                                                                actor1):
    (article,) = pipeline.process([Article("c3", text, published=_PUBLISHED)])
    (event,) = article.events
    assert event.event_type in {"Violence against civilians", "Battles"}
    assert (event.fatalities, event.actor1) == (fatalities, actor1)


def test_stages_folding_a_killing_told_as_another_incident_stays_apart(pipeline):
    text = "Police arrested 20 suspects in Kano on Monday. Separately, two people were killed in clashes in the city."
    (article,) = pipeline.process([Article("c4", text, published=_PUBLISHED)])
    assert sorted(e.sub_event_type for e in article.events) == ["Armed clash", "Arrests"]


def test_stages_folding_a_witness_account_retells_the_attack(pipeline):
    text = ("At least two customers were killed when gunmen attacked a bar in Mubi on Saturday. Witnesses said two "
            "explosions were followed by heavy gunfire.")
    (article,) = pipeline.process([Article("c5", text, published=_PUBLISHED)])
    (event,) = article.events
    assert (event.sub_event_type, event.fatalities, len(event.evidence)) == ("Attack", 2, 2)


def test_stages_folding_the_same_attackers_elsewhere_are_another_event(pipeline):
    text = ("Gunmen killed two farmers near Gboko on Sunday. Residents said the gunmen also raided another village, "
            "killing three.")
    (article,) = pipeline.process([Article("c6", text, published=_PUBLISHED)])
    assert sorted(e.fatalities for e in article.events) == [2, 3]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Plural back references ("the blasts", "the attacks") retell the plural event just told.
        ("Two suicide bombers detonated explosive vests at a market in Mora on Monday. Nine people, including "
         "the bombers, were killed in the blasts.", 9),
        ("Gunmen raided two villages near Bokkos on Sunday night. At least 14 residents died in the attacks.", 14),
    ],
)  # fmt: skip
def test_stages_folding_a_plural_back_reference_gives_the_toll(pipeline, text, fatalities):
    (article,) = pipeline.process([Article("c9", text, published=_PUBLISHED)])
    assert len(article.events) == 1
    assert article.events[0].fatalities == fatalities
