"""Cue families told by their mechanism, in any of its words: aircraft as the agent of a strike, gas munitions
named by what they are laden with, bombs worn on the body, deals reached to end fighting, a group ending its
neutrality, forces engaging named armed men, and towns taken by name (by forces, or with no fight)."""

import pytest

from wirecoder.events.cues import find_cues


def _families(sentence):
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "family", "present"),
    [
        # Aircraft as the agent, whatever the verb of the strike.
        ("Russian jets pounded villages around Maarat al-Numan on Sunday.", "air", True),
        ("An army Antonov plane bombed the cattle market in Kutum.", "air", True),
        ("Helicopters battered insurgent hideouts in the Sambisa forest.", "air", True),
        ("Fighter jets pummelled rebel trenches near Hawzen.", "air", True),
        ("Israeli warplanes flattened a residential block in Gaza City overnight.", "air", True),
        ("The army used helicopters to attack fleeing villagers near Kutum.", "air", True),
        ("A jet crashed near the airport in Kismayo.", "air", False),
        ("The council levelled the market in Kibera.", "air", False),
        # Gas munitions named by their load.
        ("Russian troops used grenades laden with CS gas against Ukrainian trenches near Synkivka.", "chemical", True),
        ("The army fired gas-filled shells at rebel lines near Jobar.", "chemical", True),
        ("Trucks laden with maize crossed into Malawi.", "chemical", False),
        # A bomb worn on the body makes the bomber a suicide bomber.
        ("A woman detonated explosives strapped to her body at a checkpoint in Mora.", "suicide", True),
        ("The attacker wore an explosive vest under his coat.", "suicide", True),
        ("Two female bombers blew up at the entrance of the Konduga camp.", "suicide", True),
        ("A bomb hidden under a car seat exploded in Quetta.", "suicide", False),
        # A deal of war or peace reached; not one over pay.
        ("The two militias reached an agreement to end hostilities in Pibor.", "agree", True),
        ("Mediators brokered a power-sharing deal between the factions in Malakal.", "agree", True),
        ("The army and the rebels agreed a cessation of hostilities in Tigray.", "agree", True),
        ("Doctors struck a deal to end the strike in Kisumu.", "agree", False),
        ("The union reached a deal with the government on salaries.", "agree", False),
        # A group ending its neutrality or joining a war changes its activity.
        ("The Joint Force abandoned its neutrality in the war on Thursday.", "group_change", True),
        ("The SPLM-N faction joined the war alongside the army.", "group_change", True),
        ("Kenya joined the talks in Addis Ababa.", "group_change", False),
        # An explosive device thrown at something is a grenade; not one thrown into a lake.
        ("Unidentified men threw an explosive device at a house in Tegucigalpa.", "grenade", True),
        ("Attackers hurled an explosive at the party office in Dhaka.", "grenade", True),
        ("Fishermen threw explosive charges into the lake to kill fish.", "grenade", False),
        # The crowd-control arms of police intervene.
        ("Protesters were hit by stun grenades fired by police in Tbilisi.", "intervene", True),
        ("Police fired plastic bullets at the crowd in Belfast.", "intervene", True),
        ("Stun grenades were found in the car.", "grenade", False),
        # Camps set up, one or many; not camps for the displaced.
        ("ISWAP fighters built camps on islands in Lake Chad.", "base", True),
        ("The county built camps for the displaced in Garissa.", "base", False),
        # A suspect punished by a crowd.
        ("A crowd of youths burned a suspected witch in Kisii.", "mob", True),
        ("Police arrested a suspected thief in Kisii.", "mob", False),
        # Forces engaging armed men fight them.
        ("Soldiers engaged the jihadists near Bankass for several hours.", "fight", True),
        ("The minister engaged the community elders in dialogue.", "fight", False),
    ],
)
def test_events_cues_mechanism_families(sentence, family, present):
    assert (family in _families(sentence)) is present


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        # Forces who "took" a town by name, a date or a cause after it.
        ("Russian forces took Vuhledar (Donetsk) on 1 October 2024 after a long assault.", True),
        ("Islamist fighters took Gao after heavy fighting.", True),
        ("Police took Mohamed Ali to the station on Monday.", False),
        ("Villagers took Ahmed after the meeting.", False),
        # A town entered or taken with no fight, by anyone named.
        ("The Taliban entered Mazar-i-Sharif (Balkh) on 14 August 2021 without a fight.", True),
        ("The rebels also took Kiwanja without a fight, as soldiers had withdrawn.", True),
        ("Jihadists entered Hombori unopposed on Monday.", True),
        ("Government troops moved into Kidal after the rebels pulled out.", True),
        ("Ugandan troops moved into Bunia on Monday.", False),
        ("The President entered Parliament without a word.", False),
        # ... or left with no fight.
        ("Russian troops abandoned the nearby town of Dudchany without a fight, officials said.", True),
        ("The army ceded Kidal without resistance on Monday.", True),
        ("Villagers abandoned Kasese without a fight.", False),
    ],
)
def test_events_cues_places_taken_by_name(sentence, present):
    assert ("overtake" in _families(sentence)) is present


def test_events_cues_a_crowd_entering_unopposed_takes_no_ground():
    assert "overtake" not in _families("Thousands of students entered Independence Square without a fight.")
