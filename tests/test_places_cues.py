"""The cue before a name: the quick test of the word before it answers as the full patterns do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.places.cues import _cue_before, cue_before

_WORDS = ["in", "at", "near", "the", "from", "and", "of", "southern", "said", "town", "km", "coded", "as",
          "Location:", "outskirts", "north", "to", "Mandera", "Idlib", "Kano", "(", ",", "-", "al", "\n", "2"]


@given(st.lists(st.sampled_from(_WORDS), max_size=10), st.sampled_from(["Baidoa", "Sana'a", "Herat"]))
@settings(max_examples=400, deadline=None)
def test_places_cues_quick_test_agrees_with_the_patterns(words, name):
    text = " ".join(words) + " " + name
    start = text.rindex(name)
    assert cue_before(text, start) == _cue_before(text, start)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Gunmen attacked a market in Baidoa on Monday.", "in"),
        ("Fighting broke out on the outskirts of Baidoa.", "outskirts of"),
        ("The herders came from Baidoa and Burhakaba.", "from"),
        ("Clashes in Afgoye, Baidoa and Burhakaba.", "in"),
        ("Officials said Baidoa was calm.", ""),
        ("The al-Baidoa brigade withdrew.", ""),
        # A place owning the name passes its cue on; an owner inside a body's name does not.
        ("Shells fell on a market in Bay region's Baidoa district.", "in"),
        ("Staff of the University of Mogadishu's Baidoa campus protested.", ""),
    ],
)
def test_places_cues_cue_before_names(text, cue):
    assert cue_before(text, text.index("Baidoa")) == cue


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        ("A roadside bomb killed three civilians in Nangarhar's Achin district.", "Afghanistan", ("Achin", "Nangarhar")),
        ("Bandits killed 20 villagers in Zamfara's Maru local government area.", "Nigeria", ("Maru", "Zamfara")),
    ],
)
def test_places_cues_place_after_its_owner_locates_the_event(text, home, expected):
    from wirecoder.model import Article
    from wirecoder.places import Geoparser

    place = Geoparser.load().locate(Article(id="c", text=text), 0, len(text), home=home)
    assert place is not None and (place.location, place.admin1) == expected
