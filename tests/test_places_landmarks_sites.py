"""A place named before a site and a distance off another town ("the Kati military camp, 15 km
northwest of Bamako") is the place; the town after the direction is only its landmark, whatever the
direction (intermediate ones included, hyphenated or not) and however the distance is written.
Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("On 22 July 2022, militants attacked the Kati military camp, 15 km northwest of Bamako.", "Kati"),
        ("Gunmen stormed the Kati army barracks, some 15km north-west of Bamako, on Friday.", "Kati"),
        ("A car bomb hit a checkpoint in Afgooye, about 30 kilometres northwest of Mogadishu.", "Afgooye"),
        ("Rebels shelled the Tibu police station, 40 miles southeast of Cucuta.", "Tibu"),
        ("Troops clashed with fighters in Jowhar, 90 km north-east of Mogadishu, on Tuesday.", "Jowhar"),
        # Negative: no place before the direction, so the town is where it happened (near it).
        ("On 2 May 2022, a bomb hit a truck 20 km northwest of Bamako, killing two drivers.", "Bamako"),
    ],
)
def test_places_landmarks_sites_the_place_before_the_direction(geo: Geoparser, text: str, location: str) -> None:
    place = geo.locate(Article(id="l", text=text), 0, len(text))
    assert place is not None
    assert place.location == location
