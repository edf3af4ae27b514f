"""The two packages' GeoNames snapshots place some towns a little apart (Djibo, Dori, Kaya): joined
on the same name and population nearby, such towns keep their provinces, so a province named in a
note is known and coded at its main town. Texts are our own, in the style of coders' notes."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.index import ADMIN2
from wirecoder.places.names import fold


@pytest.mark.parametrize(
    ("province", "town"),
    [("Soum", "Djibo"), ("Seno", "Dori"), ("Yatenga", "Ouahigouya"), ("Sanmatenga", "Kaya")],
)
def test_places_build_join_province_holds_its_main_town(geo: Geoparser, province: str, town: str) -> None:
    gazetteer = geo.gazetteer
    divisions = [h.entry for h in gazetteer.lookup(fold(province)) if gazetteer.kinds[h.entry] == ADMIN2
                 and gazetteer.countries[gazetteer.country[h.entry]][0] == "BF"]
    assert divisions, f"{province} is no province"
    assert gazetteer.names[gazetteer.anchor[divisions[0]]] == town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 8 May 2022, militants killed four civilians near Ouahigouya (Yatenga, Nord).",
            ("Ouahigouya", "Nord", "Yatenga"),
        ),
        (
            # Negative: a town the data puts in its province already keeps it.
            "On 3 June 2022, gunmen attacked a market in Titao (Loroum, Nord), killing two.",
            ("Titao", "Nord", "Loroum"),
        ),
    ],
)
def test_places_build_join_note_gets_its_province(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="j", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == expected
