"""Craft named alone are a state's forces only as the ones acting, not when counted or brought down
(wirecoder.actors.mentions)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, country, expected", [
    ("Air defence shot down 12 drones over Kyiv.", "Ukraine", ["Military Forces of Ukraine"]),
    ("Ukrainian air defence shot down 9 Shahed-type drones launched by Russian forces over Kyiv overnight.",
     "Ukraine", ["Military Forces of Ukraine", "Military Forces of Russia"]),
    ("Jets bombed a market in El Fasher.", "Sudan", ["Military Forces of Sudan"]),
    ("Russian drones hit Kharkiv overnight.", "Ukraine", ["Military Forces of Russia"]),
    # the means of the side named ("with drones"), and a unit of an owner named next ("a patrol of the National Guard")
    ("Russian forces struck a grain terminal in Odesa with drones.", "Ukraine", ["Military Forces of Russia"]),
    ("Gunmen ambushed a patrol of the National Guard near Zapopan.", "Mexico",
     ["Unidentified Armed Group (Mexico)", "Police Forces of Mexico National Guard"]),
])
def test_actors_mentions_craft_downed(coder, sentence, country, expected):
    assert [m.actor.name for m in coder.mentions(sentence, country)] == expected
