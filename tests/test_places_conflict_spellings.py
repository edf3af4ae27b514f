"""Towns, camps and district seats of conflict reporting under the spellings copy uses, which the
packaged GeoNames data lacks or keeps as a district only (``data/towns.tsv``, ``data/sites.tsv``),
and dotted initials that abbreviate a town's name ("D.I. Khan"). Texts are our own."""

from __future__ import annotations

import math

import pytest

from wirecoder.model import Article
from wirecoder.sentences import split_sentences


def _near(lat1: float, lon1: float, lat2: float, lon2: float, km: float = 25.0) -> bool:
    """Whether two points lie within ``km`` (equirectangular, fine at this scale)."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat1)) < km


@pytest.mark.parametrize(
    ("text", "admin1", "point"),
    [
        ("On 3 March 2022, gunmen shot dead two policemen in D.I. Khan.", "Khyber Pakhtunkhwa", (31.83, 70.90)),
        ("A bomb hidden in a cart exploded in D.G. Khan on Friday.", "Punjab", (30.05, 70.64)),
        ("Eritrean troops looted shops in Shire, residents said.", "Tigray", (14.10, 38.28)),
        ("Unidentified gunmen killed a trader in Assosa town on Monday.", "Benshangul/Gumuz", (10.07, 34.53)),
        ("AQAP militants attacked a checkpoint in Seiyun, killing two soldiers.", "Hadramawt", (15.94, 48.79)),
        ("A woman was shot dead inside the al-Hol camp on Tuesday.", "Al-Hasakeh", (36.38, 41.15)),
        ("Turkish drones struck an SDF position near Ain Issa.", "Ar-Raqqa", (36.39, 38.86)),
        ("Boko Haram fighters raided Kolofata overnight, killing three villagers.", "Extreme-Nord", (11.17, 14.01)),
        ("Militants attacked an army camp in Rajouri on Sunday.", "Jammu and Kashmir", (33.38, 74.31)),
        ("Police fired pellets at stone-throwers in Baramulla.", "Jammu and Kashmir", (34.20, 74.34)),
        # GeoNames has no population for the Syrian town: the site's estimate outweighs Morocco's.
        ("Turkish-backed factions shelled Ras al-Ain on Monday.", "Al-Hasakeh", (36.85, 40.07)),
        # ... but a text that names Morocco keeps the Moroccan town.
        ("Farmers blocked a road in Ras El Ain, near Settat, Morocco.", "Casablanca-Settat", (32.98, -7.40)),
        # A hyphenated name whose last part copy writes in lower case.
        ("Protesters marched through Hpa-an (Karen) against conscription.", "Kayin", (16.89, 97.64)),
        ("Soldiers searched a Mosul-area village for weapons.", "Ninewa", (36.34, 43.13)),
        ("Gunmen shot a village chief in Shariff Aguak on Wednesday.",
         "Bangsamoro Autonomous Region in Muslim Mindanao", (6.86, 124.44)),
    ],
)
def test_places_conflict_spellings_resolve_to_the_town(geo, text, admin1, point):
    place = geo.locate(Article(id="w", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1
    assert _near(place.latitude, place.longitude, *point)


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Mission said it would send more observers.",  # an acronym, not a place
        "J.K. Rowling spoke at the opening of the library.",  # a person's initials
    ],
)
def test_places_conflict_spellings_initials_alone_are_no_place(geo, text):
    place = geo.locate(Article(id="w", text=text), 0, len(text))
    assert place is None or place.admin1 is None


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Gunmen killed four villagers near D.I. Khan on Saturday. Police said so.", 2),
        ("He met J.K. Rowling in London. Then he left.", 2),
        # A sentence opener after initials still ends the sentence.
        ("They marched in Washington, D.C. The police watched.", 2),
        ("Officials in the U.S. Embassy declined to comment.", 1),
    ],
)
def test_places_conflict_spellings_dotted_initials_do_not_end_a_sentence(text, sentences):
    assert len(split_sentences(text)) == sentences
