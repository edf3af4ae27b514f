"""Cues of rare sub-event types worldwide: weapons caught before use, camps taken apart, gas munitions on
troops, wanted men captured by the state's forces, demonstrations broken up, ground handed over."""

import pytest

from wirecoder.events.cues import find_cues


def _families(sentence):
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "family", "present"),
    [
        # Weapons caught: caches of any arms, hyphenated words between; a mine deactivated; a bomb taken apart.
        ("Troops recovered a cache of high-powered firearms and explosives in Las Navas.", "weapons", True),
        ("Somali forces seized a large consignment of weapons and ammunition at the port of Kismayo.", "weapons", True),
        ("Soldiers deactivated a landmine planted by the ELN in Tame.", "weapons", True),
        ("Army engineers dismantled a bomb found near the market.", "weapons", True),
        # A camp, a hideout or a roadblock taken apart is no weapon stopped.
        ("Troops dismantled an abandoned TTP hideout near Mir Ali.", "weapons", False),
        ("Police dismantled a roadblock erected by protesters.", "weapons", False),
        ("Police recovered the stolen car in Thika.", "weapons", False),
        # ... the camp is another development (ACLED: Other).
        ("Troops dismantled an abandoned TTP hideout near Mir Ali.", "other_sd", True),
        ("Police dismantled an Al Shabaab camp in the Boni forest.", "other_sd", True),
        # Gas munitions on troops are a chemical weapon; tear gas on a crowd is not.
        ("Russian forces dropped tear gas grenades from a drone on Ukrainian positions near Robotyne.", "chemical", True),
        ("Troops fired gas shells at enemy trenches near Bakhmut.", "chemical", True),
        ("Police fired tear gas canisters at protesters in Nairobi.", "chemical", False),
        ("Police used drones to drop tear gas shells on protesting farmers at Shambhu.", "chemical", False),
        # Wanted men captured by the state's forces are arrested.
        ("Mexican soldiers captured a local leader of the CJNG without a shot being fired in Uruapan.", "arrest", True),
        ("Colombian police captured an ELN commander in Arauca on Friday.", "arrest", True),
        ("Iraqi counter-terrorism forces caught three Islamic State suspects in Mosul.", "arrest", True),
        ("Militants captured two soldiers near Djibo.", "arrest", False),
        ("Troops captured the town of Kidal.", "arrest", False),
        # Breaking up a demonstration is an intervention in it.
        ("Police used batons to break up a demonstration by journalists in Tunis.", "intervene", True),
        ("The meeting will break up at noon.", "intervene", False),
        # Ground handed over is transferred; an armed strike is the group's activity.
        ("Troops entered Manbij after the SDF handed the town over under a deal.", "transfer", True),
        ("The army handed over the city to a local militia.", "transfer", True),
        ("The AGC declared an armed strike in Caucasia.", "group_change", True),
        # "the occupied city of Tokmak" names a place held, not one taken.
        ("The village lies on a road towards the occupied city of Tokmak.", "overtake", False),
        ("Shelling hit the Russian-occupied city of Donetsk.", "overtake", False),
        ("Rebels occupied the town of Mbau on Monday.", "overtake", True),
        # Burned or buried alive is killed.
        ("Two suspected thieves were burnt alive in Kisii.", "kill", True),
    ],
)
def test_rare_kinds_have_their_cues(sentence, family, present):
    assert (family in _families(sentence)) is present
