"""Places found by probing wire copy from countries the Kenya notes never name: division names the
data writes with French, Spanish or Portuguese unit words, and towns placed by the division named
beside them. Every text here is our own, written in wire style."""

from __future__ import annotations

import pytest

from wirecoder.places.names import strip_admin_suffix


@pytest.mark.parametrize(
    ("key", "bare"),
    [
        ("province du sanmatenga", "sanmatenga"),
        ("province de la kompienga", "kompienga"),
        ("province des bale", "bale"),
        ("departement du mayo sava", "mayo sava"),
        ("cercle de niono", "niono"),
        ("concelho do buzi", "buzi"),
        ("provincia ayopaya", "ayopaya"),
        ("province of sulu", "sulu"),
    ],
)
def test_places_division_unit_word_before_its_name(key: str, bare: str) -> None:
    assert strip_admin_suffix(key) == bare


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A village the gazetteer lacks takes the first-order division of the province beside it.
        (
            "OUAGADOUGOU (AFP) - Gunmen killed 14 worshippers in an attack on a church in Alamou in "
            "Burkina Faso's Sanmatenga province on Sunday, security sources said.",
            ("Alamou", "Centre-Nord", "Burkina Faso"),
        ),
        (
            "OUAGADOUGOU, May 2 (Reuters) - Jihadists attacked a gendarmerie post in Burkina Faso's "
            "northern Kossi province on Thursday, killing five gendarmes, the army said.",
            ("Kossi", "Boucle du Mouhoun", "Burkina Faso"),
        ),
    ],
)
def test_places_province_named_in_the_data_with_unit_words(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A landmark the gazetteer lacks, named before its town, is not a town: the town is the place.
        (
            "KHARTOUM, June 3 (Reuters) - Security forces stormed a protest camp outside the Defence "
            "Ministry in Khartoum on Monday, killing at least 13 people, doctors said.",
            ("Khartoum", "Khartoum", "Sudan"),
        ),
        (
            "ADEN, Yemen (Reuters) - Separatist fighters seized the Presidential Palace in Aden on "
            "Saturday after four days of clashes with government forces, residents said.",
            ("Aden", "Aden", "Yemen"),
        ),
    ],
)
def test_places_landmark_before_its_town(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first word of an Arabic name alone is no district spelt with other vowels (Meerut,
        # India): the whole name is matched loosely in the article's country.
        (
            "BEIRUT (Reuters) - Syrian government air strikes hit a market in the town of Maarat "
            "al-Numan in Idlib province on Monday, killing at least 15 civilians, a war monitor said.",
            ("Maarat al-Numan", "Idleb", "Syria"),
        ),
    ],
)
def test_places_first_word_of_a_longer_name_is_no_variant(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected


# text, expected (location, admin1, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town the gazetteer lacks, in "a direction + country's + division": the division holds it.
        (
            "NIAMEY, Dec 11 (Reuters) - Islamist militants killed 71 soldiers in an attack on a "
            "military camp in Inates in western Niger's Tillaberi region, the defence ministry said.",
            ("Inates", "Tillaberi", "Niger"),
        ),
        (
            "BAMAKO (AFP) - Jihadists attacked an army post in Dioura in central Mali's Mopti "
            "region on Sunday, killing 12 soldiers.",
            ("Dioura", "Mopti", "Mali"),
        ),
    ],
)
def test_places_town_in_a_directed_countrys_division(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None
    assert (place.location, place.admin1, place.country) == expected


# text, expected (location, country)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town opening a church's or mosque's name locates it, however small the town, when the
        # next word could open no person's name ("Catholic", "Grand", "Central").
        (
            "NAIROBI (Reuters) - Bandits shot dead two police reservists guarding the Kapedo "
            "Catholic church on Sunday, police said.",
            ("Kapedo", "Kenya"),
        ),
        (
            "MAIDUGURI, Nigeria (AP) - A suicide bomber blew himself up near the Maiduguri Grand "
            "Mosque during dawn prayers on Friday, killing five worshippers.",
            ("Maiduguri", "Nigeria"),
        ),
        (
            "BAGHDAD (Reuters) - Islamic State militants blew up the Mosul Great Mosque on "
            "Wednesday as Iraqi forces closed in, the army said.",
            ("Mosul", "Iraq"),
        ),
    ],
)
def test_places_town_opening_a_church_or_mosque_name(locate, text: str, expected: tuple) -> None:
    place = locate(text)
    assert place is not None
    assert (place.location, place.country) == expected
