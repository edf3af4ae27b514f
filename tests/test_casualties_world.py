"""count_casualties on phrasings from wires around the world (sentences written for these tests):
lives lost beside the wounded, casualties that include the dead, tolls dated "days ago" and
objects followed by their time."""

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
    ],
)  # fmt: skip
def test_casualties_world_phrasings(sentence: str, fatalities: int, injuries: int | None) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert (result.fatalities, result.injuries) == (fatalities, injuries), result.reason
