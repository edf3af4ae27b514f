"""Name keys and value coercion used to compare predictions with gold."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.evaluate.normalise import (
    actor_key,
    admin1_key,
    as_date,
    as_float,
    as_int,
    fold,
    location_key,
    same_actor,
)


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Police Forces of Kenya (2013-)", "Police Forces of Kenya", True),
        ("Police Forces of Kenya (2002-2013)", "police forces of kenya (2013-)", True),
        ("Military Forces of Nigeria (1999-)", "Military Forces of Nigeria (2015 - )", True),
        ("Civilians (Kenya)", "Civilians", True),
        ("Civilians", "Civilians (Kenya)", True),
        ("Civilians (Kenya)", "Civilians (Somalia)", False),
        ("Protesters (Kenya)", "Rioters (Kenya)", False),
        ("SLDF: Sabaot Land Defence Force", "Sabaot Land Defence Force", True),
        ("MRC: Mombasa Republican Council", "MRC: Mombasa Republican Council", True),
        ("Forces Armées de la République", "Forces Armees de la Republique", True),
        ("Police Forces of Kenya (2013-) General Service Unit", "Police Forces of Kenya", False),
        ("Al Shabaab", "al-Shabaab", True),
        (None, None, True),
        (None, "Civilians (Kenya)", False),
        ("Civilians (Kenya)", "", False),
    ],
)
def test_normalise_same_actor(gold: str | None, predicted: str | None, same: bool) -> None:
    assert same_actor(gold, predicted) is same


def test_normalise_same_actor_uses_aliases() -> None:
    aliases = {"kdf": "Military Forces of Kenya (2013-)"}
    assert same_actor("Military Forces of Kenya (2013-)", "KDF", aliases)
    assert not same_actor("Military Forces of Kenya (2013-)", "KDF")


def test_normalise_actor_key_splits_qualifier() -> None:
    key = actor_key("Unidentified Armed Group (Kenya)")
    assert key is not None
    assert (key.base, key.qualifiers) == ("unidentified armed group", frozenset({"kenya"}))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maysan", "Maysan Governorate"),
        ("Kilifi County", "kilifi"),
        ("Tharaka-Nithi", "Tharaka Nithi County"),
        ("Murang'a", "Muranga"),
        ("Murang\u2019a County", "Murang'a"),
        ("Al Anbar", "Anbar Governorate"),
        ("Kyiv Oblast", "Kyiv"),
        ("Borno State", "Borno"),
        ("Punjab Province", "Punjab"),
        ("Ségou Region", "Segou"),
        ("Nairobi City", "Nairobi"),
    ],
)
def test_normalise_admin1_key_matches(a: str, b: str) -> None:
    assert admin1_key(a) == admin1_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nairobi", "Mombasa"), ("West Pokot", "Pokot"), ("North Kivu", "South Kivu")],
)
def test_normalise_admin1_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert admin1_key(a) != admin1_key(b)


@pytest.mark.parametrize("name", ["State", "Region", "County"])
def test_normalise_admin1_key_keeps_a_lone_suffix_word(name: str) -> None:
    assert admin1_key(name) == name.lower()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mukurwe-ini", "Mukurwe ini", True),
        ("Eldoret", "ELDORET", True),
        ("Kisumu", "Kisii", False),
    ],
)
def test_normalise_location_key(a: str, b: str, same: bool) -> None:
    assert (location_key(a) == location_key(b)) is same


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1), (3, 3), (2.0, 2), (" 7 ", 7), ("", None), (None, None), ("4.0", 4)],
)
def test_normalise_as_int(value: object, expected: int | None) -> None:
    assert as_int(value) == expected


@pytest.mark.parametrize("value", ["many", 1.5, True, [1], "2.5"])
def test_normalise_as_int_rejects(value: object) -> None:
    with pytest.raises(ValueError, match="whole number"):
        as_int(value, "gold.fatalities")


@pytest.mark.parametrize(("value", "expected"), [("-3.35", -3.35), (40, 40.0), (None, None)])
def test_normalise_as_float(value: object, expected: float | None) -> None:
    assert as_float(value) == expected


@pytest.mark.parametrize("value", ["north", "nan", True])
def test_normalise_as_float_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        as_float(value)


@pytest.mark.parametrize(
    "value",
    ["2019-12-31", "31 December 2019", "31-December-2019", "31 Dec 2019", date(2019, 12, 31)],
)
def test_normalise_as_date(value: object) -> None:
    assert as_date(value) == date(2019, 12, 31)


def test_normalise_as_date_rejects() -> None:
    with pytest.raises(ValueError, match="2019-12-31"):
        as_date("last Tuesday", "gold.event_date")


@given(st.text())
def test_normalise_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(min_size=1))
def test_normalise_same_actor_is_reflexive(name: str) -> None:
    assert same_actor(name, name)
