"""Divisions ACLED writes in parts (MIMU's map of Myanmar): Shan State as Shan-North, Shan-South and
Shan-East, Bago Region as Bago-East and Bago-West. A place takes the part of the nearest district seat,
unless the text names the part; a place known only by its division gets no part guessed, and other
divisions keep their names. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.split import part_of


# text, expected admin1
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 4 March 2022, junta artillery shelled Kyaukme (Shan), killing 3 civilians.", "Shan-North"),
        ("On 4 March 2022, junta jets bombed Pekon (Shan), killing 3 civilians.", "Shan-South"),
        ("On 4 March 2022, a bomb exploded in a market in Tachileik (Shan).", "Shan-East"),
        ("On 4 March 2022, soldiers opened fire on protesters in Taungoo (Bago).", "Bago-East"),
        ("On 4 March 2022, soldiers opened fire on protesters in Pyay (Bago).", "Bago-West"),
        # The part the text names wins over the seat nearest to the division's main town.
        ("On 4 March 2022, the MNDAA attacked a junta post near Chinshwehaw (Shan-North).", "Shan-North"),
        # Known only by its division (coded at the division's main town): no part is guessed.
        ("On 4 March 2022, the MNDAA seized several junta posts near Wein Yaw (Shan).", "Shan"),
        ("On 4 March 2022, junta jets bombed villages in Shan state.", "Shan"),
        # Negative: an undivided division keeps its name.
        ("On 4 March 2022, soldiers opened fire on protesters in Monywa (Sagaing).", "Sagaing"),
    ],
)
def test_places_split_division_part(geo: Geoparser, text: str, admin1: str) -> None:
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None
    assert place.admin1 == admin1


def test_places_split_part_of_needs_a_point(geo: Geoparser) -> None:
    assert part_of(geo.gazetteer, "MM", "Shan", None, None) == "Shan"
    assert part_of(geo.gazetteer, "MM", "Shan", 22.94, 97.75) == "Shan-North"
    assert part_of(geo.gazetteer, "KE", "Nakuru", -0.3, 36.1) == "Nakuru"
