"""A district named with a town word ("Tarin Kot city", "the border town of Hulugho") is the town it is
named after, coded at precision 1; with its unit word ("Sangin district") or as where an unfound village
lies ("Wanalo village of Hamisi") it stays the district, precision 2 (places.places)."""

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize(
    ("text", "location", "precision"),
    [
        ("04/14/2019: Assailants set fire to a girls' school in Tarin Kot city, Uruzgan province, Afghanistan.",
         "Tarin Kot", 1),
        ("Al Shabaab militants attacked a police post in the border town of Hulugho, Garissa county.", "Hulugho", 1),
        ("On 3 May 2018, a mob in Kegoye village of Hamisi, Vihiga county, beat a suspected thief to death.",
         "Hamisi", 2),
        ("Unknown gunmen killed a chief in Hamisi sub-county, Vihiga county, on Monday.", "Hamisi", 2),
    ],
)
def test_places_district_called_town(geo, text, location, precision):
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert (place.location, place.geo_precision) == (location, precision)
