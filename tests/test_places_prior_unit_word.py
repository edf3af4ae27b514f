""""X state", "X province": the word names a division of a country whose divisions are so called."""

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Benin's Plateau is a department, Nigeria's a state (wire copy writes "state" in lower case)
        ("Gunmen killed two farmers near Kuru in Plateau state on Monday.", "Plateau", "Nigeria"),
        ("Gunmen stormed the house of two farmers in Kuru, Plateau state, on Monday night.", "Plateau", "Nigeria"),
        # ... and without the word, nothing changes for a name that is only one country's
        ("Gunmen killed five villagers in Bokkos, Plateau State, on Monday.", "Plateau State", "Nigeria"),
        ("Farmers protested in Punjab state on Monday.", "Punjab", "India"),
        ("Police fired tear gas at protesters in Punjab province on Monday.", "Punjab", "Pakistan"),
    ],
)
def test_places_prior_unit_word_picks_the_country(geo: Geoparser, text: str, name: str, country: str) -> None:
    places = geo.find(Article(id="t", text=text))
    assert [p.country for p in places if p.name == name] == [country]
