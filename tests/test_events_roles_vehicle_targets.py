"""A vehicle driven or rammed into something is the means, what it went into the target; a vehicle
"carrying" forces names them as the ones hit (events.roles)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _actor2(pipeline, text):
    (article,) = pipeline.process([Article("s", text)])
    return article.events[0].actor2


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("06/14/2016: A suicide bomber drove an explosives-laden vehicle into an army barracks in Mukalla city, "
         "Hadramawt governorate, Yemen. Twelve soldiers were killed.", "Military Forces of Yemen"),
        ("A suicide bomber rammed a car packed with explosives into a police training centre in Zliten on Thursday, "
         "killing 60 recruits.", "Police Forces of Libya"),
        ("Militants detonated a roadside bomb as a bus carrying Frontier Corps soldiers passed near Turbat on "
         "Monday, killing four.", "Military Forces of Pakistan"),
        # the people a vehicle carried, when they are not forces, stay civilians
        ("A man drove a truck into a crowd of shoppers at a market in Nice on Thursday, killing 12.", "Civilians (France)"),
        ("Gunmen ambushed a bus carrying miners near Arbinda, killing 10.", "Civilians (Burkina Faso)"),
        ("A group of people hurled stones at a helicopter carrying the Interior Minister in Bungoma on Monday.",
         "Civilians (Kenya)"),
    ],
)
def test_events_roles_rammed_or_carrying_target(pipeline, text, actor2):
    assert _actor2(pipeline, text) == actor2
