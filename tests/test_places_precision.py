"""ACLED's geo-precision for districts: a district named bare is read as its town (1); with its
unit word or a "near" cue, the event is somewhere in the district (2). Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize(
    ("text", "home", "name", "precision"),
    [
        ("Rival supporters clashed in Saboti on Tuesday, leaving one dead.", "Kenya", "Saboti", 1),
        ("Rival supporters clashed in Saboti constituency on Tuesday.", "Kenya", "Saboti", 2),
        ("Rival supporters clashed near Saboti on Tuesday.", "Kenya", "Saboti", 2),
        ("Taliban fighters attacked a police post in Andar on Sunday.", "Afghanistan", "Andar", 1),
        ("Taliban fighters attacked a police post in Andar district on Sunday.", "Afghanistan", "Andar", 2),
    ],
)
def test_places_precision_of_a_district_depends_on_how_it_is_named(geo, text, home, name, precision):
    place = next(p for p in geo.find(Article(id="p", text=text), home) if p.name.startswith(name))
    assert place.feature == "admin2"
    assert place.geo_precision == precision
