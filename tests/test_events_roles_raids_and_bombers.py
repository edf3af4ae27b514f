"""Whom an event was done to: a raid that entered a place and arrested people names the people ("raided Beit
Ummar and arrested three Palestinians"), and an election rally struck by a bomber is no demonstration. Stone
pelters clashing with police are a violent demonstration. Our own sentences."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded
from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "actor2", "inter2"),
    [
        ("On 16 July 2019, Israeli forces raided Beit Ummar and arrested 3 Palestinians.",
         "Military Forces of Israel", 8, "Civilians (Palestine)", 7),
        ("On 16 July 2019, IDF forces raided Jenin refugee camp (Jenin) and arrested 4 Palestinians.",
         "Military Forces of Israel", 8, "Civilians (Palestine)", 7),
        # no one named as suffering the raid but the place: as before
        ("Al Shabaab militants stormed Mandera and killed five police officers.",
         "Al Shabaab", 2, "Police Forces of Kenya", 1),
        ("On 13 July 2018, a suicide bomber blew himself up at an election rally in Mastung (Balochistan), "
         "killing 128 people.", "Unidentified Armed Group (Pakistan)", 3, "Civilians (Pakistan)", 7),
        ("On 13 July 2018, a suicide bomber blew himself up at a police checkpoint in Quetta, killing 3 people.",
         "Unidentified Armed Group (Pakistan)", 3, "Police Forces of Pakistan", 1),
        # a demonstration's crowd stays its protesters
        ("On 13 July 2018, a suicide bomber blew himself up at a protest rally in Quetta, killing 12 people.",
         "Unidentified Armed Group (Pakistan)", 3, "Protesters (Pakistan)", 6),
    ],
)  # fmt: skip
def test_events_roles_whom_it_was_done_to(pipeline, text, actor1, inter1, actor2, inter2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, None, None)


@pytest.mark.parametrize(
    ("text", "sub", "actor1"),
    [
        ("On 9 July 2016, stone pelters clashed with police in Kulgam (Jammu and Kashmir).",
         "Violent demonstration", "Rioters (India)"),
        ("On 9 July 2016, stone-pelters attacked a police post in Sopore (Jammu and Kashmir).",
         "Violent demonstration", "Rioters (India)"),
        # a mob punishing a man is mob violence
        ("On 2 March 2016, a mob lynched a suspected thief in Kayole (Nairobi).", "Mob violence", "Rioters (Kenya)"),
    ],
)  # fmt: skip
def test_events_roles_stone_pelters_demonstrate(pipeline, text, sub, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert (article.events[0].sub_event_type, article.events[0].actor1) == (sub, actor1)
