"""A country owning a name by a possessive ("Chad's Lake province", "northern Mali's Boni") holds it:
a reading abroad (Florida's Lake County) is a namesake, and the event is coded in that country only;
a reading inside the country stays. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (country, admin1, location)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 March 2022, Boko Haram fighters attacked an army post in Chad's Lake province.", ("Chad", None, "Lake")),
        ("On 9 May 2021, jihadists ambushed a convoy near northern Burkina Faso's Solhan.",
         ("Burkina Faso", None, "Solhan")),
        # Negative: the country holds a reading of the name, which stays.
        ("On 4 March 2022, jihadists attacked an army post in Nigeria's Jere, killing 3.", ("Nigeria", "Borno", "Jere")),
        ("On 4 March 2022, gunmen attacked a checkpoint in Iraq's Tarmiyah, killing 3.", ("Iraq", "Baghdad", "Tarmiyah")),
        ("On 4 March 2022, fighters attacked an army post in Chad's Lac province.", ("Chad", "Lac", "Bol")),
    ],
)
def test_places_owner_country_holds_the_name(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="o", text=text), 0, len(text))
    assert place is not None
    assert (place.country, place.admin1, place.location) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ACLED's "village (district, province)" with a district the gazetteer lacks: the province holds
        # the village, so the tail of its name is not China's Daye.
        "On 18 August 2021, armed men attacked Darey-Daye village (Gorouol, Tillaberi), killing 37 civilians.",
        "On 18 August 2021, armed men attacked Darey-Daye (Gorouol, Tillaberi), killing 37 civilians.",
    ],
)
def test_places_village_bracket_with_unknown_district_holds(geo: Geoparser, text: str) -> None:
    place = geo.locate(Article(id="v", text=text), 0, len(text))
    assert place is not None
    assert (place.country, place.admin1) == ("Niger", "Tillaberi")
