"""Vague trouble beside the report ("... as unrest entered its third week") does not make the crowd violent,
a strike that kills is the forces' strike, and things described as damaged or trouble someone is said to stir
are no events."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _events(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    return [(e.sub_event_type, e.actor1, e.actor2) for e in article.events]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Iranian security forces opened fire on protesters in Zahedan on 30 September 2022, killing at least 41 "
         "people, as unrest over the death of a young woman entered its third week.", "Excessive force against protesters"),
        ("Soldiers fired on demonstrators in Mandalay on 20 February 2021, killing two, as unrest over the coup spread.",
         "Excessive force against protesters"),
        ("Police fired tear gas at protesters in Conakry on 5 May 2022 amid unrest over fuel prices.",
         "Protest with intervention"),
    ],
)
def test_vague_trouble_beside_the_report_is_the_setting(pipeline, text, sub):
    assert _events(pipeline, text)[0][0] == sub


def test_unrest_that_is_the_report_stays_a_riot(pipeline):
    (article,) = pipeline.process([Article("note", "Unrest broke out in Kisumu on 6 March 2023 as youths burned tyres.")])
    assert article.events[0].event_type == "Riots"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("An Israeli strike killed five people in a home in Rafah on 23 April 2024.", "Military Forces of Israel"),
        ("Russian strike on Odesa kills four on 11 March 2025", "Military Forces of Russia"),
    ],
)
def test_a_strike_that_kills_is_the_forces_strike(pipeline, text, actor1):
    sub, agent, target = _events(pipeline, text)[0]
    assert (sub, agent) == ("Air/drone strike", actor1)
    assert not target.startswith("Protesters")


@pytest.mark.parametrize(
    "text",
    [
        "Video posted by a brigade showed soldiers raising the flag over a damaged building in the village.",
        "Tehran accuses the groups of fomenting the unrest.",
    ],
)
def test_no_event_is_told(pipeline, text):
    assert _events(pipeline, text) == []


def test_damage_done_is_still_told(pipeline):
    assert _events(pipeline, "Protesters damaged cars and shops in Nakuru on 7 July 2023.")[0][0] == "Violent demonstration"
