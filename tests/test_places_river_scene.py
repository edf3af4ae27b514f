"""Where an event sits when its sentence names a river, a province as its scene, or a nationality beside a town:
"crossed the Ruvuma River" is water, not the region; "In Pattani, police defused a bomb ... in Khok Pho
district" is in Khok Pho; "In Beryslav, a Russian drone" keeps Beryslav."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "sentence", "location"), [
    # a river named after a region does not locate the event: the article's town does
    ("Mtwara police said on Sunday that insurgents had attacked a village.\n\nInsurgents who crossed the Ruvuma "
     "River from Mozambique killed three villagers.", "Insurgents who crossed", "Mtwara"),
    ("Militants who crossed the Tana river attacked a police post in Garsen.", None, "Garsen"),
])
def test_places_river_is_no_place(locate, text: str, sentence: str | None, location: str) -> None:
    assert locate(text, sentence).location == location


@pytest.mark.parametrize(("text", "location"), [
    ("In Pattani, police defused a pipe bomb found near a railway crossing in Khok Pho district on Saturday.",
     "Khok Pho"),
    ("In Ghazni, Taliban fighters stormed a police post in Andar district on Friday.", "Andar"),
    # a town in another province is not inside the scene
    ("In Pattani, police said a bomb had gone off in Hat Yai.", "Pattani"),
    # a scene called a town is the town, and the scene's own part is no finer place
    ("In Isiolo Town, hundreds of traders marched to the Isiolo North constituency offices on Monday.", "Isiolo"),
    # no scene opening: the sentence's own ranking stands
    ("Police defused a pipe bomb in Pattani on Saturday.", "Pattani"),
])
def test_places_town_inside_the_scene(locate, text: str, location: str) -> None:
    assert locate(text).location == location


def test_places_nationality_holds_no_town(locate) -> None:
    text = ("Russian forces shelled the city of Kherson on Friday night, killing two civilians.\n\n"
            "In Beryslav, a Russian drone dropped an explosive device on a car on Saturday morning.")
    assert locate(text, "In Beryslav").location == "Beryslav"
