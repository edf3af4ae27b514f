"""Coders' type prefixes ("Movement of forces: ...") type the note they open."""

from __future__ import annotations

import doctest

import pytest

import wirecoder.events.prefixes as prefixes
from wirecoder.events.prefixes import prefixed_sub_event_type
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        ("Movement of forces: the army sent two battalions to the border near Moyale.", "Change to group/activity"),
        ("Recruitment: the militia enlisted about 200 young men in Ituri.", "Change to group/activity"),
        ("Property destruction: unknown people burnt a school in Kasai.", "Looting/property destruction"),
        ("Arrests: police detained three suspected collaborators in Gao.", "Arrests"),
        ("Defusal: soldiers defused a roadside bomb outside Mopti.", "Disrupted weapons use"),
        ("Detonation: bomb disposal experts blew up a mortar shell found near Baidoa.", "Disrupted weapons use"),
        ("Non-violent activity: the group held a rally to raise funds in Kismayo.", "Other"),
        ("12 March. Arrests: police detained two men in Beledweyne.", "Arrests"),
        # A colon after a speaker or a place is no type.
        ("Police said: three men were arrested.", None),
        ("Mogadishu: gunmen killed a trader.", None),
        ("Gunmen killed a trader in Mogadishu.", None),
    ],
)
def test_events_prefixes_name_the_sub_event_type(sentence, sub_event_type):
    assert prefixed_sub_event_type(sentence) == sub_event_type


def test_events_prefixes_docstring_examples_run():
    result = doctest.testmod(prefixes)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # No event word at all: the prefix alone reports the development.
        ("Movement of forces: two army battalions were redeployed to the border near Moyale on 3 May 2015.",
         "Change to group/activity"),
        # An explosion word under a defusal prefix is the controlled blast, not an attack.
        ("Detonation: on 3 May 2015 police blew up an explosive device found near a school in Garissa.",
         "Disrupted weapons use"),
    ],
)
def test_events_prefixes_type_the_note(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == sub_event_type
