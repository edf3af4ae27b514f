"""ACLED's "village (district, province)" form when the gazetteer lacks the village: the village
is coded at its district's town, under its own name, at precision 1 (the note names a place the
coder located); a district or township named with its unit word stays an area (2); and a name
after "a"/"an" names a kind of site ("a United Nations camp"), not a place. Texts are our own,
in the style of coders' notes and incident summaries."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country, geo_precision), the town whose coordinates stand for it
@pytest.mark.parametrize(
    ("text", "expected", "point"),
    [
        # Unknown village, its district's town, its province.
        ("On 4 May 2022, bandits raided Dansadau (Maru, Zamfara) and killed five farmers.",
         ("Dansadau", "Zamfara", "Nigeria", 1), (12.33, 6.40)),
        ("On 2 March 2021, gunmen killed eleven villagers in Tchoma Bangou (Ouallam, Tillaberi).",
         ("Tchoma Bangou", "Tillaberi", "Niger", 1), (14.32, 2.09)),
        ("On 9 June 2023, a missile hit a shop in Hroza (Kupiansk, Kharkiv), killing four.",
         ("Hroza", "Kharkiv", "Ukraine", 1), (49.71, 37.62)),
        # The village's name is a town abroad (Solhan, Turkey): still the village of the district.
        ("On 6 June 2021, militants attacked Solhan (Sebba, Yagha), killing dozens of civilians.",
         ("Solhan", "Sahel", "Burkina Faso", 1), (13.44, 0.53)),
        # "near" keeps precision 2.
        ("On 1 July 2020, JNIM militants ambushed soldiers near Boni (Douentza, Mopti).",
         ("Boni", "Mopti", "Mali", 2), (15.01, -2.95)),
    ],
)
def test_places_stated_district_town_codes_the_village_at_the_town(
    geo: Geoparser, text: str, expected: tuple, point: tuple
) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected
    assert (round(place.latitude, 2), round(place.longitude, 2)) == point


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A district named with its unit word is an area of the province: 2.
        ("On 20 November 2021, insurgents burned houses in Mecula district (Niassa).",
         ("Mecula", "Niassa", "Mozambique", 2)),
        # A known town in brackets with its province is the town itself (no change).
        ("On 5 May 2022, gunmen killed two traders in Kaura (Kaura, Kaduna).",
         ("Kaura", "Kaduna", "Nigeria", 1)),
        # "a United Nations camp": the camp of an organisation in Gao, not a place named so.
        ("06/05/2017: Assailants fired rockets at a United Nations camp in Gao city, Gao region, Mali.",
         ("Gao", "Gao", "Mali", 1)),
        ("On 3 April 2021, militants shelled an AMISOM base in Afgooye (Lower Shabelle).",
         ("Afgooye", "Lower Shabelle", "Somalia", 1)),
    ],
)
def test_places_stated_district_town_leaves_other_forms(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The district in the brackets is a division abroad (American Samoa's Western, Madagascar's
        # Sava): no place, and the village before the brackets stays in the province.
        ("On 10 November 2020, militiamen killed farmers in Mai Kadra (Western, Tigray).",
         ("Mai Kadra", "Tigray", "Ethiopia")),
        ("On 3 August 2022, Boko Haram fighters raided Kolofata (Mayo-Sava, Extreme-Nord), killing two.",
         ("Kolofata", "Extreme-Nord", "Cameroon")),
        # A district the gazetteer lacks between an unknown place and its province.
        ("On 2 February 2020, regime forces shelled Khan al-Asal (Jebel Saman, Aleppo).",
         ("Khan al-Asal", "Aleppo", "Syria")),
        # A known town in the middle is the district's town (not skipped over).
        ("On 7 March 2023, gunmen killed a farmer in Gidan Bature (Maru, Zamfara).",
         ("Gidan Bature", "Zamfara", "Nigeria")),
    ],
)
def test_places_stated_district_town_unknown_or_foreign_district(
    geo: Geoparser, text: str, expected: tuple
) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected
