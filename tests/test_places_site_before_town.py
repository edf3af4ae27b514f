"""A name followed by a site word in lower case and the place holding the site ("in Dehmazang square, Kabul
city", "at Tahrir square in Cairo") is a site of that place, not a town of its own (places.stated)."""

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("07/23/2016: Suicide bombers struck a protest in Dehmazang square, Kabul city, Kabul province, Afghanistan.",
         "Kabul", "Kabul"),
        ("A bomb exploded near Dehmazang square in Kabul on Saturday.", "Kabul", "Kabul"),
        # no site word, or no place after it: the name is the place
        ("Gunmen attacked Mandera hospital on Monday, killing a nurse.", "Mandera", "Mandera"),
        ("Suicide bombers struck a protest in Dehmazang, Kabul province, Afghanistan.", "Dehmazang", "Kabul"),
    ],
)
def test_places_site_before_town(geo, text, location, admin1):
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert (place.location, place.admin1) == (location, admin1)
