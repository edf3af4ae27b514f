"""count_casualties on phrasings from wires around the world (sentences written for these tests):
lives lost beside the wounded, casualties that include the dead, tolls dated "days ago",
objects followed by their time, bodies found, martyrdom and raised tolls."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        # "lost their lives" ends the dead; the wounded after it are counted on their own.
        ("Seven people lost their lives and 15 were injured when a mob clashed with police in Sylhet.", 7, 15),
        ("Five pilgrims lost their lives, and four others sustained injuries in the stampede.", 5, 4),
        # Casualties are the dead and the wounded: only the dead among them are fatalities.
        ("A bomb in a mosque in Herat caused 12 casualties, among them two dead, police said.", 2, None),
        ("The shelling of Kharkiv left 20 casualties, including at least three killed.", 3, None),
        # ... but the dead among the dead are counted once.
        ("Three villagers were killed in Djibo, including two beheaded.", 3, None),
        ("Militants killed 12 people, including four children, in Borno.", 12, None),
        # "N days ago" dates the news; in a relative clause it is an earlier death.
        ("Cattle raiders killed nine people in Jonglei State two days ago, a commissioner said.", 9, None),
        ("Police arrested a man who killed his neighbour two days ago in Kasese.", 0, None),
        # The time after an object ends it.
        ("Bandits killed a herder last week near Gusau.", 1, None),
        ("Bandits killed a herder a few days ago near Gusau.", 1, None),
        ("Gunmen killed two traders a few hours ago in Kaduna.", 2, None),
        # Bodies found: the figure after the verb, however long the subject before it.
        ("Authorities in the state of Guerrero found 10 bodies in a van near Iguala.", 10, None),
        ("Soldiers retrieved five bodies from the river near Malakal.", 5, None),
        # Martyrs with a figure are the dead; without one, or in a name, they are not.
        ("Israeli air strikes on Khan Younis on Thursday evening left 5 martyrs and 20 wounded.", 5, 20),
        ("Three martyrs were buried in Jenin after the raid.", 3, None),
        ("The Al-Aqsa Martyrs Brigades claimed the attack on the checkpoint.", 0, None),
        ("The families of the martyrs marched through Isfahan.", 0, None),
        # Two ways of killing joined by "or" share their victims.
        ("Hundreds of civilians were stabbed or hacked to death in Mai Kadra on Monday night.", 100, None),
        ("Five villagers were shot or stabbed to death near Kajuru.", 5, None),
        # Pakistani military copy tells its own dead as martyrdom.
        ("Two soldiers embraced martyrdom while three terrorists were killed in Kurram.", 5, None),
        # A toll raised or revised upward in a later sentence is the new toll.
        ("Gunmen killed 23 villagers in Mopti. The toll was later raised to 160.", 160, None),
        ("Gunmen raided a bus in Kidal. The toll was revised upward to 40 on Monday.", 40, None),
        # "Left N dead and M wounded": the dead end the wounded's phrase.
        ("A suicide bombing at a market in Sadr City left 35 people dead and more than 60 wounded.", 35, 60),
        ("Protesters clashed with police in Dakar, leaving one dead and 20 injured.", 1, 20),
        ("Two dead bodies were found on the road to Garissa.", 2, None),
        ("Gunmen shot dead one trader and injured another in Bosaso.", 1, 1),
        # Reported speech shifts the tense: "police confirmed that gunmen had killed".
        ("Police confirmed that gunmen had killed a local chief in Tillaberi late last month.", 1, None),
        # "Earlier this week" counts back from the report; in a relative clause it is background.
        ("Soldiers killed 11 suspected rebels in clashes near Beni earlier this week, the army said.", 11, None),
        ("Police shot a man who had killed his wife earlier this week.", 0, None),
        # "Bringing to N the number killed in Sunday's attack": that attack's new toll.
        (("Two more students died on Tuesday, bringing to seven the number of people killed in Sunday's "
          "attack on the school."), 7, None),
        ("Two more people died, bringing to 40 the number of people killed in attacks in the region.", 2, None),
        (("The army said it killed 12 more militants, taking to 40 the number of insurgents killed since "
          "January."), 12, None),
    ],
)  # fmt: skip
def test_casualties_world_phrasings(sentence: str, fatalities: int, injuries: int | None) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert (result.fatalities, result.injuries) == (fatalities, injuries), result.reason
