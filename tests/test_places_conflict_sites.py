"""Camps, forests, mountains and towns conflict copy names that GeoNames' towns of 500+ people lack
or leave without a population (data/sites.tsv, data/towns.tsv): each is found alone, with no
division in the text, and in its country. Texts are our own, in the style of coders' notes."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country), (latitude, longitude) within 0.2 degrees
@pytest.mark.parametrize(
    ("text", "expected", "point"),
    [
        (
            "On 12 March 2021, armed nomads killed two women collecting firewood outside Kalma camp.",
            ("Kalma", "South Darfur", "Sudan"), (11.99, 24.98),
        ),
        (
            "On 18 May 2021, ISWAP fighters clashed with JAS fighters in Sambisa Forest, killing eight.",
            ("Sambisa Forest", "Borno", "Nigeria"), (11.25, 13.45),
        ),
        (
            "On 2 June 2017, aircraft struck IS positions in Tora Bora, killing 14 militants.",
            ("Tora Bora", "Nangarhar", "Afghanistan"), (34.12, 70.22),
        ),
        (
            "On 22 July 2023, eleven people were killed in tribal clashes in Parachinar.",
            ("Parachinar", "Khyber Pakhtunkhwa", "Pakistan"), (33.90, 70.10),
        ),
        ("On 14 April 2021, Houthi shelling killed a child in Hays.", ("Hays", "Al Hudaydah", "Yemen"), (13.93, 43.48)),
        ("On 22 February 2020, airstrikes killed five civilians in Ariha.", ("Ariha", "Idleb", "Syria"), (35.81, 36.61)),
        (
            "On 3 January 2015, militants attacked fishermen near Baga (Kukawa, Borno), killing 16.",
            ("Baga", "Borno", "Nigeria"), (13.12, 13.84),
        ),
        (
            "On 2 May 2021, Kenyan soldiers killed four Al Shabaab militants in Boni Forest.",
            ("Boni Forest", "Lamu", "Kenya"), (-1.63, 41.25),
        ),
    ],
)
def test_places_conflict_sites(geo: Geoparser, text: str, expected: tuple, point: tuple) -> None:
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected
    assert abs(place.latitude - point[0]) < 0.2 and abs(place.longitude - point[1]) < 0.2
