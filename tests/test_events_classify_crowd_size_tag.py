"""ACLED's coders tag the notes of demonstrations alone with the crowd's size ("[size=hundreds]", "[size=no
report]"), so destruction or arrests told in a tagged note are a crowd's riot or a protest's intervention, not
a strategic development; and a crowd "gathered" in a place written the notes' way ("in Bamako (Bamako)") to
demand something is a protest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.classify import classify
from wirecoder.events.cues import find_cues
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("families", "sentence", "main", "expected"),
    [
        ({"loot"}, "On 3 May 2021, party supporters set fire to the door of the governor's office in Kano. "
                   "[size=hundreds]", "loot", "Violent demonstration"),
        ({"loot"}, "On 6 July 2022, residents burned two buses in Sao Goncalo. [size=no report]", "loot",
         "Violent demonstration"),
        ({"arrest"}, "On 4 May 2021, police arrested five traders blocking the road in Kisumu. [size=dozens]",
         "arrest", "Protest with intervention"),
        # no tag: the same acts stay strategic developments
        ({"loot"}, "On 3 May 2021, party supporters set fire to the door of the governor's office in Kano.", "loot",
         "Looting/property destruction"),
        ({"arrest"}, "On 4 May 2021, police arrested five traders in Kisumu.", "arrest", "Arrests"),
        # a tagged note whose crowd killed is left to the crowd rules: a lynching stays mob violence
        ({"kill", "mob"}, "On 2 March 2021, a mob lynched a suspected thief in Ikorodu. [size=no report]", "mob",
         "Mob violence"),
    ],
)
def test_crowd_size_tag_makes_a_demonstration(families, sentence, main, expected):
    assert classify(frozenset(families), sentence, main=main) == expected


@pytest.mark.parametrize(
    ("sentence", "protest"),
    [
        ("On 9 June 2020, hundreds gathered at Independence Square in Bamako (Bamako) to demand the "
         "president's resignation.", True),
        ("On 2 May 2022, teachers gathered outside the governor's office in Mopti (Mopti) and denounced unpaid wages.",
         True),
        ("On 9 June 2020, residents gathered in Kidal (Kidal) to mourn the victims of the ambush.", True),
        # gathered for no demonstration
        ("On 9 June 2020, elders gathered in Gao (Gao) for a reconciliation meeting.", False),
    ],
)
def test_gathered_in_a_note_place_to_demand(sentence, protest):
    assert any(c.family == "protest" for c in find_cues(sentence)) is protest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        ("On 14 March 2022, supporters of the ruling party gathered in Conakry (Conakry) and set fire to the door of "
         "an opposition office. [size=hundreds]", "Riots", "Rioters (Guinea)"),
        ("On 2 April 2021, hundreds of traders gathered at the main market in Bamako (Bamako) to demand lower "
         "taxes. [size=hundreds]", "Protests", "Protesters (Mali)"),
    ],
)
def test_tagged_notes_through_the_pipeline(pipeline, text, event_type, actor1):
    (article,) = pipeline.process([Article("note", text)])
    events = article.events
    assert events and (events[0].event_type, events[0].actor1) == (event_type, actor1)
