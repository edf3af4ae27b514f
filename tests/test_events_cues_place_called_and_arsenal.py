"""A place taken named and then described ("seized Sinja, the capital of Sennar state") is ground taken; a person
named so is not ("captured Ahmed Ali, a commander"). An arsenal seized is weapons stopped."""

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(
    ("sentence", "family", "found"),
    [
        ("The RSF seized Wad Madani, the capital of Gezira state, on Monday after the army withdrew.", "overtake", True),
        ("JNIM fighters captured Boulkessi, a garrison town near the border, after heavy fighting.", "overtake", True),
        ("Rebels overran Kitshanga, a strategic hub on the road to Goma, on Tuesday.", "overtake", True),
        ("Troops captured Ahmed Ali, a commander of the group, near Beledweyne.", "overtake", False),
        ("Police seized John Kamau, a trader, at his shop.", "overtake", False),
        ("Soldiers seized an arsenal at a gang hideout in Tepic, including 20 rifles.", "weapons", True),
        ("Police seized a large arsenal of firearms from a warehouse in Culiacan.", "weapons", True),
        ("The army showed its arsenal at a parade in Abuja.", "weapons", False),
    ],
)
def test_events_cues_place_called_and_arsenal(sentence, family, found):
    assert (family in {c.family for c in find_cues(sentence)}) is found
