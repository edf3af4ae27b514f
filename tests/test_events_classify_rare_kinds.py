"""Rare sub-event types told worldwide, decided from a sentence's cues and roles (ACLED's definitions).

Houses burned with no one hurt are property destroyed; a crowd killing suspects, or fighting with sticks and
stones, is mob violence; the arms that killed protesters name armed men, not a crowd.
"""

import pytest

from wirecoder.events.classify import classify
from wirecoder.events.cues import find_cues


def _families(sentence):
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "main", "expected"),
    [
        # Houses torched and nothing more: property destruction, whoever burned them.
        ("Bandits torched houses in Kapsowar overnight.", "Bandits", "houses", "loot",
         "Looting/property destruction"),
        ("Rapid Support Forces fighters looted the central market and torched houses in Geneina.",
         "Rapid Support Forces fighters", "the central market", "loot", "Looting/property destruction"),
        # ... harm to people told besides makes it the attack.
        ("Gunmen torched houses and killed three villagers in Zamfara.", "Gunmen", "houses", "kill", "Attack"),
        ("Militiamen shot two farmers and torched houses in Djugu.", "Militiamen", "two farmers", "kill", "Attack"),
    ],
)
def test_houses_burned_are_property_destroyed_unless_people_are_harmed(sentence, agent, target, main, expected):
    assert classify(_families(sentence), sentence, agent, target, main) == expected


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "expected"),
    [
        # A crowd killing the ones it suspects: mob justice, whatever they are suspected of.
        ("Residents dragged out 13 suspected gang members and burned them to death in Port-au-Prince.", None,
         "them", "Mob violence"),
        ("Villagers lynched two suspected bandits near Katsina.", "Villagers", "two suspected bandits", "Mob violence"),
        ("Two suspected cattle rustlers were burnt alive by residents in Kapedo.", "residents",
         "Two suspected cattle rustlers", "Mob violence"),
        # The suspects who kill are the killers, not a crowd's victims.
        ("Suspected cattle rustlers shot and hacked 38 people to death in Todonyang.", None, "38 people", "Attack"),
        ("Suspected gang members hacked a watchman to death in Mathare.", None, "a watchman", "Attack"),
    ],
)
def test_a_crowd_killing_suspects_is_mob_violence(sentence, agent, target, expected):
    assert classify(_families(sentence), sentence, agent, target, "kill") == expected


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "expected"),
    [
        # Crowds fighting with what comes to hand: no armed group in it (ACLED: mob violence).
        ("Rival groups of youths clashed with sticks and stones in Churachandpur.", "Rival groups of youths",
         None, "Mob violence"),
        ("Traders and hawkers clashed with stones and bottles at the market in Kisumu.", "Traders and hawkers",
         None, "Mob violence"),
        # Guns, arrows or an armed side make it a clash.
        ("Rival clans clashed with guns and stones near Galkayo.", "Rival clans", None, "Armed clash"),
        ("Police clashed with youths armed with stones in Kibera.", "Police", "youths", "Armed clash"),
    ],
)
def test_crowds_fighting_with_sticks_and_stones_are_a_mob(sentence, agent, target, expected):
    assert classify(_families(sentence), sentence, agent, target, "fight") == expected


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "expected"),
    [
        # "killed by live ammunition": the forces' fire on the crowd, no crowd killing it.
        ("The doctors said the protesters were killed by live ammunition in Omdurman.", "live ammunition",
         "the protesters", "Excessive force against protesters"),
        ("Two demonstrators were killed by bullets in Conakry, the opposition said.", "bullets", "Two demonstrators",
         "Excessive force against protesters"),
        # A crowd on the demonstrators is still a mob.
        ("Government supporters attacked anti-government protesters in Harare, killing one.",
         "Government supporters", "anti-government protesters", "Mob violence"),
    ],
)
def test_arms_named_as_the_killers_are_armed_men(sentence, agent, target, expected):
    assert classify(_families(sentence), sentence, agent, target, "kill") == expected
