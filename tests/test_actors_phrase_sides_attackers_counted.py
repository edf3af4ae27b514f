"""A toll that counts the attackers besides their victims ("killing 13 civilians and the bomber") names the
victims as the target, not the attackers (actors.phrase_sides). Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 10 January 2021, Boko Haram militants detonated a suicide bomb at a market in Kolofata (Far North), "
         "killing 9 civilians and the bomber.", "Civilians (Cameroon)"),
        ("On 2 May 2018, a suicide bomber blew himself up in a mosque in Mubi (Adamawa), killing 27 worshippers "
         "as well as the bomber.", "Civilians (Nigeria)"),
        # the attackers alone are the side a fight names
        ("On 4 April 2019, police killed two gunmen and a bystander in Kaya (Centre-Nord).",
         "Unidentified Armed Group (Burkina Faso)"),
    ],
)  # fmt: skip
def test_actors_phrase_sides_attackers_counted(first_event, text, actor2):
    assert first_event(text).actor2 == actor2
