"""Ground taken by the kind of place ("seized the mining town of Nyabibwe") and strikes by an air force."""

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(
    ("sentence", "family", "found"),
    [
        # a town described before its name is still ground taken
        ("M23 rebels seized the mining town of Nyabibwe on Wednesday.", "overtake", True),
        ("Al Shabaab fighters captured a strategic village in Hiraan on Sunday.", "overtake", True),
        ("JNIM fighters took the garrison town of Boulkessi after a day of fighting.", "overtake", True),
        # ... but not its people or things
        ("Militants captured the village chief of Tillia on Monday.", "overtake", False),
        ("Gunmen seized the town's mayor on the road to Konna.", "overtake", False),
        ("Bandits seized a city bus on the Kaduna road.", "overtake", False),
        # an air force's strike is from the air
        ("A Sudanese air force strike hit a market in Kutum on Friday.", "air", True),
        ("Myanmar air force bombing killed 12 villagers in Sagaing.", "air", True),
        ("The air force chief visited troops in Maiduguri.", "air", False),
    ],
)
def test_events_cues_ground_and_air(sentence, family, found):
    assert (family in {c.family for c in find_cues(sentence)}) is found
