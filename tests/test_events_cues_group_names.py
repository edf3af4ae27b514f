"""Cue words inside a group's name are no event: "Liberation" written with its capital after a capitalised word
or "for the" names a front, and a bomb told by what it did went off (events.cues). Texts are our own, in the
style of incident summaries and wire copy."""

import pytest

from wirecoder.events.cues import find_cues


def _families(sentence):
    return [c.family for c in find_cues(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels of the Front for the National Liberation of the Congo (FNLC) killed 40 civilians in Kolwezi.",
        "The National Front for the Liberation of Corsica claimed a bomb in Bastia.",
        "Fighters of the Popular Front for the Liberation of Palestine fired rockets near Gaza.",
        "The Armenian Secret Army for the Liberation of Armenia shot a diplomat in Paris.",
    ],
)
def test_events_cues_liberation_in_a_name_is_no_ground_retaken(sentence):
    assert "regain" not in _families(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi forces announced the liberation of Mosul on Sunday after a nine-month battle.",
        "The army said it had liberated three villages near Palma.",
        "Liberation of the town took two weeks, the governor said.",  # a sentence's first word
    ],
)
def test_events_cues_liberation_of_a_place_stays_a_cue(sentence):
    assert "regain" in _families(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The FLNC claimed responsibility for a bomb that damaged a tax office in Ajaccio.", True),
        ("A bomb destroyed a bank branch in Quetta on Tuesday.", True),
        ("A bomb killed two police officers in Peshawar.", True),
        # a bomb found is no blast
        ("Police found a bomb in a bag outside the station.", False),
    ],
)
def test_events_cues_a_bomb_told_by_what_it_did_went_off(sentence, expected):
    assert ("ied" in _families(sentence)) is expected
