"""A division's capital named with its division ("Dnipro (Dnipropetrovsk)", "Sweida city") is the
city, at precision 1: the city's old name that the division still bears, or the division's English
display name that the city shares, must not turn the city into the division. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, admin1, country, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2023, a missile struck a factory in Dnipro (Dnipropetrovsk), killing four workers.",
            ("Dnipro", "Dnipropetrovsk", "Ukraine", 1),
        ),
        (
            "On 9 May 2019, gunmen killed a shopkeeper in As-Sweida city (As-Sweida).",
            ("As-Sweida", "As-Sweida", "Syria", 1),
        ),
        (
            # Negative: a town named like its county, told with the county, stays in its own country.
            "On 2 May 2021, gunmen attacked herders near Bor (Bor South, Jonglei), killing three.",
            ("Bor", "Jonglei", "South Sudan", 2),
        ),
        (
            # Negative: the division alone stays the division, coded at its capital (precision 3).
            "On 6 June 2022, shelling hit several villages in Dnipropetrovsk oblast, killing two.",
            ("Dnipro", "Dnipropetrovsk", "Ukraine", 3),
        ),
    ],
)
def test_places_capital_in_brackets_is_the_city(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="c", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.country, place.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A district named bare is read as its town, so it is the place before its province's brackets.
        (
            "On 4 August 2019, a missile hit a military parade in Al Buraiqeh (Aden), killing 30 soldiers.",
            ("Al Buraiqeh", "Aden", 1),
        ),
        # Negative: with its unit word the district is an area; a town near which it happened is finer.
        (
            "On 9 May 2020, clashes in Al Buraiqeh district near Aden city killed four fighters.",
            ("Aden", "Aden", 2),
        ),
    ],
)
def test_places_capital_in_brackets_district_named_bare(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="d", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A district's coordinates standing in for an unfound village: precision 2, like a town's.
        (
            "On 5 March, raiders stole cattle at Nyabikaye village (coordinates for Kuria East, Migori, used).",
            ("Kuria East", 2),
        ),
        (
            "On 8 June, bandits shot a herder near Ngarua (coordinates for Ol Moran, Laikipia, used).",
            ("Ol Moran", 2),
        ),
    ],
)
def test_places_capital_in_brackets_stand_in_district(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="k", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.geo_precision) == expected
