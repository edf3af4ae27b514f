"""Fighters killed, told right after the state forces' operation, are the operation's: "Afghan forces conducted
clearing operations in Achin. 14 militants were killed." is one clash. A toll after another development (a
curfew) is not the forces'. Our own notes."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "fatalities"),
    [
        ("On 11 November 2017, ANDSF conducted clearing operations in Achin district (Nangarhar) against IS-K "
         "militants. 14 IS-K fighters were killed.",
         "Military Forces of Afghanistan", "Islamic State (Afghanistan)", 14),
        ("On 2 March 2019, Somali forces launched a military operation against Al Shabaab in Afgooye (Lower "
         "Shabelle). 9 militants were killed.", "Military Forces of Somalia", "Al Shabaab", 9),
    ],
)  # fmt: skip
def test_folding_operation_toll_is_its_clash(pipeline, text, actor1, actor2, fatalities):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Armed clash", actor1, actor2, fatalities)


def test_folding_toll_after_a_curfew_is_not_the_forces(pipeline):
    (article,) = pipeline.process([Article("note", "Police imposed a curfew in Garissa on Monday. Two people "
                                                   "were killed.")])
    assert not any(e.actor1 == "Police Forces of Kenya" and e.fatalities for e in article.events)
