"""Which capitalised neighbours make a place part of a longer name and which do not: an acronym,
a possessive without its apostrophe, a division named right after a town, a participle opening
the sentence. Every text here is our own, written in wire or coder's-note style."""

from __future__ import annotations

import pytest

from wirecoder.places import Geoparser
from wirecoder.places.recognise import recognise


def _names(geo: Geoparser, text: str) -> list[str]:
    return [m.text for m in recognise(geo.gazetteer, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An acronym after a place names the body that stands there, not a longer place name.
        ("Gunmen attacked the Mosul ISF headquarters overnight.", "Mosul"),
        ("Police fired on the crowd at the Kirkuk KDP office.", "Kirkuk"),
        ("Militants attacked the Mokowe GSU camp at dawn.", "Mokowe"),
        # An acronym before a place and a facility word.
        ("Supporters disrupted the ODM Busia Governor nominations.", "Busia"),
        # A possessive written without its apostrophe leaves the next name its own.
        ("Hundreds of troops deployed in Somalias Kismayo port area.", "Kismayo"),
        ("Three people were killed in new attacks in Kenyas Lamu coastal region.", "Lamu"),
        # A town, then the division holding it with the comma left out.
        ("Two soldiers were killed in Baiji Salahuddin province on Sunday.", "Salahuddin"),
        ("Two soldiers were killed in Baiji Salahuddin province on Sunday.", "Baiji"),
        # A participle opening the sentence is no part of the name.
        ("Striking Kano state workers marched on Monday.", "Kano"),
        # Landforms and reserves keep the place before them.
        ("Herders burned a lodge on the Laikipia Plateau overnight.", "Laikipia"),
        # A lower-case part after a hyphen belongs to the name.
        ("Coffee farmers uprooted their trees in Mukurwe-ini on Monday.", "Mukurwe-ini"),
    ],
)
def test_places_recognise_neighbour_is_no_longer_name(geo: Geoparser, text: str, name: str) -> None:
    assert name in _names(geo, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Robert Gates said the troops would stay.", "Gates"),
        # "Trans" is no town of its own: "Trans Mara District" stays one unknown name.
        ("Sugarcane farmers in Trans Mara District protest a tax.", "Mara"),
        # A bare unit word is no place, whatever stands before it.
        ("Men were attacked in Silaloni, Samburu Sub-County, in Kwale.", "Sub-County"),
    ],
)
def test_places_recognise_longer_name_stays_whole(geo: Geoparser, text: str, name: str) -> None:
    assert name not in _names(geo, text)


@pytest.mark.parametrize(
    ("text", "home", "admin1"),
    [
        # A district spelt with other vowels, alone after "in", in the country assumed.
        ("Gunmen attacked a checkpoint in Garmser overnight.", "Afghanistan", "Helmand"),
        # Without a country assumed nothing vouches for the loose match.
        ("Gunmen attacked a checkpoint in Garmser overnight.", None, None),
        # A village the gazetteer lacks, placed in its unit, is no misspelt unit.
        ("Gunmen attacked a checkpoint in Garmser village overnight.", "Afghanistan", None),
    ],
)
def test_places_recognise_unit_spelt_with_other_vowels(
    geo: Geoparser, text: str, home: str | None, admin1: str | None
) -> None:
    from wirecoder.model import Article

    places = geo.find(Article(id="t", text=text), home)
    assert [p.admin1 for p in places if p.feature == "admin2"][:1] == ([admin1] if admin1 else [])


@pytest.mark.parametrize(
    ("text", "home", "admins"),
    [
        # Before a unit word, a division spelt with other inner vowels ("Garmser" for Garmsir) ...
        ("Fighting broke out in the Garmser district on Monday.", "Afghanistan", ["Helmand"]),
        # ... but not a name whose ends differ: "Rangae district" is no Ranong province
        ("A bomb exploded as a patrol passed in Rangae district on Wednesday.", "Thailand", []),
    ],
)
def test_places_recognise_division_variant_keeps_the_ends(
    geo: Geoparser, text: str, home: str, admins: list[str]
) -> None:
    from wirecoder.model import Article

    places = geo.find(Article(id="t", text=text), home)
    assert [p.admin1 for p in places if p.start >= 0] == admins


@pytest.mark.parametrize(
    ("text", "home", "admin1"),
    [
        # A name the gazetteer writes as one word, written as two.
        ("Al Shabaab fighters attacked a base in Beled Weyne on Monday.", None, "Hiraan"),
        ("Clashes took place in Trans Mara between two clans.", "Kenya", "Narok"),
    ],
)
def test_places_recognise_name_written_in_two_words(
    geo: Geoparser, text: str, home: str | None, admin1: str
) -> None:
    from wirecoder.model import Article

    assert admin1 in [p.admin1 for p in geo.find(Article(id="t", text=text), home)]
