"""Sites named after the town they stand in ("the Baiji Oil Refinery", "Laikipia Nature Conservancy",
"the Ngong Range"): the town locates the event, weakly. Texts are our own, in wire style."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize(
    ("text", "home", "admin1"),
    [
        ("Militants stormed the Baiji Oil Refinery before dawn on Monday.", "Iraq", "Salah al-Din"),
        ("Two rockets struck the Kirkuk Air Base overnight, officials said.", "Iraq", "Kirkuk"),
        ("Herders shot a ranger patrolling the Laikipia Nature Conservancy.", "Kenya", "Laikipia"),
        ("A shell left over from training on the Ngong Range killed two boys.", "Kenya", "Kajiado"),
    ],
)
def test_places_sites_town_opening_a_site_name_locates_it(geo, text, home, admin1):
    place = geo.locate(Article(id="s", text=text), 0, len(text), home=home)
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the Moi Teaching and Referral Hospital said two patients died.",  # a person's name
        "Robert Gates visited the troops on Monday.",
    ],
)
def test_places_sites_names_of_people_still_open_no_place(geo, text):
    place = geo.locate(Article(id="s", text=text), 0, len(text), home="Kenya")
    assert place is not None and place.admin1 is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # A district opens a base's name as a town does.
        ("A suicide bomber rammed a patrol near Bagram Air Base on Monday.", "Bagram"),
        # The site locates like its place, against a country named after it.
        ("The United States condemned the attack near Bagram Air Base in Afghanistan that killed six airmen.",
         "Bagram"),
        ("Rockets hit Kandahar Air Field overnight, wounding two American contractors.", "Kandahar"),
    ],
)
def test_places_sites_base_locates_like_its_place(geo, text, location):
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None and place.location == location
