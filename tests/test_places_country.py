"""Geoparser.country maps names, demonyms and ISO codes to (name, ISO3)."""

from __future__ import annotations

import pytest

from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq", ("Iraq", "IRQ")),
        ("Iraqi", ("Iraq", "IRQ")),
        ("Iraqis", ("Iraq", "IRQ")),
        ("IRQ", ("Iraq", "IRQ")),
        ("U.S.", ("United States", "USA")),
        ("American", ("United States", "USA")),
        ("Kenyan", ("Kenya", "KEN")),
        ("Somali", ("Somalia", "SOM")),
        ("Syrian", ("Syria", "SYR")),
        ("Afghan", ("Afghanistan", "AFG")),
        ("Nigerian", ("Nigeria", "NGA")),
        ("Malian", ("Mali", "MLI")),
        ("Ukrainian", ("Ukraine", "UKR")),
        ("Russian", ("Russia", "RUS")),
        ("Yemeni", ("Yemen", "YEM")),
        ("DRC", ("Democratic Republic of Congo", "COD")),
        ("Ivory Coast", ("Ivory Coast", "CIV")),
        ("Burkinabe", ("Burkina Faso", "BFA")),
        ("KE", ("Kenya", "KEN")),
    ],
)
def test_places_country_names_demonyms_and_codes(
    geo: Geoparser, text: str, expected: tuple[str, str]
) -> None:
    assert geo.country(text) == expected


@pytest.mark.parametrize("text", ["Baghdad", "police", "", "Maysan", "XYZ"])
def test_places_country_none_for_non_countries(geo: Geoparser, text: str) -> None:
    assert geo.country(text) is None
