"""Unit words of second-order divisions in other countries than Kenya: Nigeria's LGAs ("Bokkos LGA",
"Kauru local government area"), Mali's cercles, DR Congo's territories ("Beni territory") and
Myanmar's townships ("Tabayin township") put the event somewhere in the unit named after its town,
precision 2; a "raion" between a village and its oblast ("(Kupiansk raion, Kharkiv oblast)") still
ties the village to the oblast. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 May 2023, armed herders attacked several villages in Bokkos LGA, Plateau state.",
         ("Bokkos", "Plateau", 2)),
        ("On 9 July 2022, bandits killed 6 farmers in Kauru local government area (Kaduna).", ("Kauru", "Kaduna", 2)),
        ("On 20 November 2021, ADF fighters killed 12 civilians in Kisima village, Beni territory (Nord-Kivu).",
         ("Beni", "Nord-Kivu", 2)),
        ("On 1 February 2022, CODECO fighters raided a displacement camp in Djugu territory (Ituri).",
         ("Djugu", "Ituri", 2)),
        ("On 16 September 2022, helicopters fired on a school in Tabayin township (Sagaing).", ("Tabayin", "Sagaing", 2)),
        # Negative: named bare, the unit's town itself.
        ("On 20 November 2021, ADF fighters killed 12 civilians in Beni (Nord-Kivu).", ("Beni", "Nord-Kivu", 1)),
        ("On 16 September 2022, helicopters fired on a school in Tabayin (Sagaing).", ("Tabayin", "Sagaing", 1)),
    ],
)
def test_places_district_unit_words_precision(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="u", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "admin1", "near"),
    [
        # No Novoselivka of Kharkiv in the gazetteer: the village is coded at its raion's town, not at
        # the Novoselivka of Odesa 700 km away.
        ("On 3 May 2023, Russian forces shelled Novoselivka (Kupiansk raion, Kharkiv oblast).", "Kharkiv", (49.71, 37.62)),
        ("On 8 June 2023, Russian drones struck Kupiansk (Kupiansk raion, Kharkiv oblast).", "Kharkiv", (49.71, 37.62)),
    ],
)
def test_places_raion_between_village_and_oblast(geo: Geoparser, text: str, admin1: str, near: tuple) -> None:
    place = geo.locate(Article(id="r", text=text), 0, len(text))
    assert place is not None and place.latitude is not None
    assert place.admin1 == admin1
    assert abs(place.latitude - near[0]) < 0.3 and abs(place.longitude - near[1]) < 0.3


def test_places_territory_in_a_name_is_not_a_district(geo: Geoparser) -> None:
    text = "Bushfires burned across the Northern Territory of Australia on 4 January 2020."
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None and place.admin1 == "Northern Territory"
