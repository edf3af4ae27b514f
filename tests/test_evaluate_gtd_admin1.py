"""GTD's province names (``provstate``) read as the first-level division wirecoder and ACLED name.

GTD spells divisions its own way, keeps their older names and names the Philippines' provinces where
ACLED names regions; a GTD row's admin1 is the division the gazetteer says the name denotes.
"""

from __future__ import annotations

import pytest

from wirecoder.evaluate.gtd import _admin1, gtd_fields


@pytest.mark.parametrize(
    ("provstate", "country", "admin1"),
    [
        # another spelling of the division
        ("Nineveh", "Iraq", "Ninewa"),
        ("Saladin", "Iraq", "Salah al-Din"),
        ("Banaadir", "Somalia", "Banadir"),
        ("Lower Shebelle", "Somalia", "Lower Shabelle"),
        ("Ar Raqqah", "Syria", "Ar-Raqqa"),
        ("Nimruz", "Afghanistan", "Nimroz"),
        # an older name
        ("North-West Frontier Province", "Pakistan", "Khyber Pakhtunkhwa"),
        ("Federally Administered Tribal Areas", "Pakistan", "Khyber Pakhtunkhwa"),
        ("Orissa", "India", "Odisha"),
        ("Uttaranchal", "India", "Uttarakhand"),
        # a province, in the region that holds it
        ("Sulu", "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao"),
        ("North Cotabato", "Philippines", "Soccsksargen"),
        ("Compostela Valley", "Philippines", "Davao"),
        # a capital district named by its city; a division the gazetteer lists twice
        ("Bogota", "Colombia", "Bogota D.C."),
        ("Sulaymaniyah", "Iraq", "Sulaymaniyah"),
        # already the name wirecoder writes
        ("Northern Ireland", "United Kingdom", "Northern Ireland"),
        ("Borno", "Nigeria", "Borno"),
    ],
)
def test_evaluate_gtd_admin1_names_the_division(geo, provstate, country, admin1):
    assert geo.admin1(provstate, country) == admin1
    assert _admin1(provstate, country) == admin1


@pytest.mark.parametrize(
    ("provstate", "country"),
    [
        ("Rift Valley", "Kenya"),  # a former province the gazetteer does not hold: GTD's name stays
        ("Borno", "Cameroon"),  # a division of another country
        ("Westphalia Heights", "Iraq"),  # no place at all
    ],
)
def test_evaluate_gtd_admin1_keeps_names_it_cannot_place(geo, provstate, country):
    assert geo.admin1(provstate, country) is None
    assert _admin1(provstate, country) == provstate


def test_evaluate_gtd_admin1_in_a_row():
    row = {
        "eventid": "200705020102", "iyear": "2007", "imonth": "5", "iday": "2", "country_txt": "Iraq",
        "provstate": "Saladin", "city": "Samarra", "latitude": "34.2", "longitude": "43.87",
        "specificity": "1", "attacktype1_txt": "Bombing/Explosion", "gname": "Unknown", "nkill": "3",
        "summary": "05/02/2007: A bomb went off near a checkpoint in Samarra city, Saladin province, Iraq.",
    }
    assert gtd_fields(row)[2]["admin1"] == "Salah al-Din"
    assert gtd_fields({**row, "provstate": "Unknown"})[2]["admin1"] is None
