"""Hard boundaries between ACLED sub-event types: the cue words and the rule that decide each side.

Sentences written for these tests, in the style of ACLED notes and GTD summaries.
"""

import pytest

from wirecoder.events.classify import classify
from wirecoder.events.cues import find_cues


def _families(sentence):
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "expected"),
    [
        # Chemical weapons named by their agent, and irritant gas dropped on troops (no crowd to disperse).
        ("A helicopter dropped chlorine barrels on Kafr Zita (Hama), wounding 20 people.", "A helicopter",
         "Kafr Zita", "Chemical weapon"),
        ("Russian forces dropped grenades containing tear gas on Ukrainian trenches near Avdiivka.",
         "Russian forces", None, "Chemical weapon"),
        ("Police fired tear gas canisters at protesters in Dakar.", "Police", "protesters",
         "Protest with intervention"),
        # A strike told by its target or toll is an air or drone strike, unless a missile or shell is named.
        ("A strike on a convoy near Jilib killed four al Shabaab fighters.", None, "four al Shabaab fighters",
         "Air/drone strike"),
        ("Two militia commanders were killed in a US strike near Al Qaim.", None, "Two militia commanders",
         "Air/drone strike"),
        ("A missile strike on a shopping centre in Kremenchuk killed 20 civilians.", None, "20 civilians",
         "Shelling/artillery/missile attack"),
        ("Russian missiles struck energy facilities in Lviv overnight.", "Russian missiles", "energy facilities",
         "Shelling/artillery/missile attack"),
        ("Israeli forces struck Hezbollah rocket launchers near Tyre.", "Israeli forces", "Hezbollah rocket launchers",
         "Air/drone strike"),
        ("A drone strike on a military base in Tal Tamr wounded three soldiers.", None, "three soldiers",
         "Air/drone strike"),
        # A state's forces bombing is from the air.
        ("The army bombed a market in Hpakant (Kachin), killing 11 people.", "The army", "11 people",
         "Air/drone strike"),
        # People seized and taken away by unknown men are abducted.
        ("Unknown men seized two activists in Bamako and took them to an undisclosed location.", "Unknown men",
         "two activists", "Abduction/forced disappearance"),
        # Riot police are the forces answering a crowd, not rioters.
        ("Riot police dispersed a march of opposition supporters in Conakry.", "Riot police",
         "a march of opposition supporters", "Protest with intervention"),
        ("Rioters torched cars in Conakry after the vote.", "Rioters", "cars", "Violent demonstration"),
        # A traders' strike told by shops shut.
        ("Traders in Anantnag kept their shutters down against the new land laws.", "Traders", None,
         "Peaceful protest"),
        # Prisoners exchanged are an agreement carried out.
        ("The Houthis and the government exchanged 300 prisoners in Marib.", "The Houthis", "300 prisoners",
         "Agreement"),
        # Forces arriving somewhere change what the group can do there.
        ("Wagner reinforcements arrived in Bambari ahead of the rainy season.", "Wagner reinforcements", None,
         "Change to group/activity"),
        ("Chadian troops were airlifted to Niamey on Tuesday.", "Chadian troops", None, "Change to group/activity"),
        # A base handed over, however it is named.
        ("French troops handed over the Menaka forward operating base to the Malian army.", "French troops",
         "the Menaka forward operating base", "Non-violent transfer of territory"),
        # Ground changing hands with no fight told is a non-violent transfer, whoever takes it.
        ("Rebels took control of Kalehe without a fight.", "Rebels", "Kalehe", "Non-violent transfer of territory"),
        ("The army regained control of Kidal after the rebels withdrew from the town.", "The army", "Kidal",
         "Non-violent transfer of territory"),
        ("Militants took control of Tessit after the soldiers withdrew.", "Militants", "Tessit",
         "Non-violent transfer of territory"),
        ("Government troops retook Palma after three days of fighting.", "Government troops", "Palma",
         "Government regains territory"),
        ("Russian forces captured the town of Marinka after Ukrainian troops withdrew.", "Russian forces",
         "the town", "Non-state actor overtakes territory"),
        # A launch stopped in the air is a disrupted weapons use, however the interception is told.
        ("Houthi forces fired a ballistic missile at Jizan; Saudi air defences destroyed it.", "Houthi forces",
         "a ballistic missile", "Disrupted weapons use"),
        ("Two drones launched at the base were shot down before reaching it.", None, "Two drones",
         "Disrupted weapons use"),
        # A base set up, with words of its own between.
        ("JNIM fighters set up a large new camp near Diafarabe.", "JNIM fighters", "a large new camp",
         "Headquarters or base established"),
        ("Rebels established two forward command posts in Mweso.", "Rebels", "two forward command posts",
         "Headquarters or base established"),
    ],
)
def test_classify_decides_hard_boundaries(sentence, agent, target, expected):
    assert classify(_families(sentence), sentence, agent, target) == expected


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("A chlorine leak at the water treatment plant forced residents to leave.", "chemical"),
        ("Teachers began a strike on Monday over unpaid allowances.", "air"),
        ("Dockworkers held a strike against the new port tariffs.", "air"),
        ("Militants bombed a bus in Quetta.", "air"),
        ("Riot police were deployed around parliament.", "riot"),
        ("The two sides exchanged fire for an hour.", "agree"),
        ("Kenyan forces stationed in Mandera chased the fighters across the border.", "group_change"),
        ("Police took the suspects to Central police station.", "abduct"),
        ("The government built two camps for the displaced near Goma.", "base"),
        ("Engineers built a new road to the base.", "base"),
        ("Police intercepted it at a roadblock in Garissa.", "weapons"),
    ],
)
def test_cues_leave_out_look_alikes_of_boundaries(sentence, family):
    assert family not in _families(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # The note's admin1 in brackets after a town taken by name.
        ("M23 rebels captured Bunagana (Nord-Kivu) after fighting with the army.", "captured Bunagana "),
        ("Taliban fighters seized Kunduz city after a night of fighting.", "seized Kunduz "),
    ],
)
def test_cues_read_a_town_taken_by_name(sentence, cue):
    assert cue in [c.text for c in find_cues(sentence) if c.family == "overtake"]


def test_cues_leave_a_person_captured_by_name():
    assert "overtake" not in _families("Troops captured Ahmed Ali (a commander) in a raid.")
