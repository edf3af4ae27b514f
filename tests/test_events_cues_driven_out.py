"""Ground taken by driving the other side out of a named place ("drove Russian forces out of Robotyne")."""

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian troops drove Russian forces out of the village of Robotyne on Sunday.",
        "Somali troops pushed al-Shabaab militants out of Bulo Burde on Tuesday, a commander said.",
        "Rebels of the M23 drove Congolese soldiers out of Bunagana after heavy fighting.",
        "Iraqi forces expelled Islamic State fighters out of the town of Hit on Thursday.",
    ],
)
def test_driving_armed_men_out_of_a_place_takes_ground(sentence):
    assert "overtake" in {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police drove hawkers out of the Nairobi CBD on Monday.",  # a crowd moved on, no ground taken
        "The floods forced thousands of families out of Beledweyne.",  # people displaced
        "Villagers chased the bandits out of Gidan Goga on Monday.",  # a crowd's verb
        "The army drove the trucks out of the depot.",  # no armed side, no place named
    ],
)
def test_driving_people_out_is_no_taking_of_ground(sentence):
    assert "overtake" not in {c.family for c in find_cues(sentence)}
