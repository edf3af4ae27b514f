"""Distances, macro-F1 and token overlap."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.evaluate.articles import kind_of, mention_found
from wirecoder.evaluate.gold import GoldMention
from wirecoder.evaluate.metrics import haversine_km, macro_f1, overlap, tokens


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 1.0), 111.2),  # one degree along the equator
        ((-1.2864, 36.8172), (-0.0917, 34.7680), 264.6),  # Nairobi - Kisumu
        ((33.3152, 44.3661), (31.8356, 47.1448), 308.0),  # Baghdad - Amarah
        ((10.0, 20.0), (10.0, 20.0), 0.0),
        ((0.0, 0.0), (0.0, 180.0), 20015.1),  # half the globe
    ],
)
def test_metrics_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=1.0)


lat = st.floats(-90, 90)
lon = st.floats(-180, 180)


@given(lat, lon, lat, lon)
def test_metrics_haversine_is_symmetric_and_bounded(a: float, b: float, c: float, d: float) -> None:
    there = haversine_km(a, b, c, d)
    assert there == pytest.approx(haversine_km(c, d, a, b), abs=1e-6)
    assert 0.0 <= there <= 20016.0


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("A", "A"), ("B", "B")], 1.0),
        ([("A", "B"), ("B", "A")], 0.0),
        # A: tp 2, fn 1 -> 0.8; B: tp 1, fp 1 -> 2/3; mean 0.7333
        ([("A", "A"), ("A", "A"), ("A", "B"), ("B", "B")], (0.8 + 2 / 3) / 2),
        # undetected costs recall only: A: tp 1, fn 1 -> 2/3
        ([("A", "A"), ("A", None)], 2 / 3),
        # a predicted label absent from gold is a label with F1 0
        ([("A", "A"), ("A", "C")], (2 / 3 + 0.0) / 2),
        ([], 0.0),
    ],
)
def test_metrics_macro_f1(pairs: list[tuple[str, str | None]], expected: float) -> None:
    assert macro_f1(pairs) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "share"),
    [
        ("attack , killing 2", "The attack, killing 2 people, was claimed", 1.0),
        ("Al - Monitor reported", "Al-Monitor reported", 1.0),
        ("Russia \u2019 s forces", "Russia\u2019s forces", 1.0),
        ("a b c d", "a b x y z", 0.5),
        ("", "anything", 0.0),
    ],
)
def test_metrics_overlap(a: str, b: str, share: float) -> None:
    assert overlap(tokens(a), tokens(b)) == pytest.approx(share)


_SEGMENT = (
    "Gunmen stormed a market in Gao on Friday . Three traders were killed and "
    "five wounded , the mayor said ."
)


@pytest.mark.parametrize(
    ("trigger", "notes", "found"),
    [
        ("killed", "Three traders were killed and five wounded, the mayor said.", True),
        ("stormed", "Gunmen stormed a market in Gao on Friday.", True),
        # whole segment inside a longer sentence
        (
            "killed",
            "Gunmen stormed a market in Gao on Friday; three traders were killed "
            "and five wounded, the mayor said on Saturday.",
            True,
        ),
        # shares words but not the trigger
        ("killed", "The mayor said on Friday the market in Gao would reopen.", False),
        # has the trigger but is another story
        ("killed", "A soldier was killed by a landmine near Menaka last year.", False),
    ],
)
def test_metrics_mention_found(trigger: str, notes: str, found: bool) -> None:
    mention = GoldMention("Life.Die.Unspecified", trigger, _SEGMENT)
    assert mention_found(mention, notes) is found


@pytest.mark.parametrize(
    ("kairos", "kind"),
    [
        ("Conflict.Attack.DetonateExplode", "attack"),
        ("Conflict.Attack", "attack"),
        ("Life.Die.Unspecified", "die"),
        ("Life.Injure.Unspecified", "injure"),
        ("Justice.ArrestJailDetain.Unspecified", "arrest"),
        ("Conflict.Demonstrate.DemonstrateWithViolence", "demonstrate"),
        ("Contact.Negotiate.Unspecified", None),
        ("Conflict.AttackerUnknown", None),
    ],
)
def test_metrics_kind_of_relevant_kairos_types(kairos: str, kind: str | None) -> None:
    assert kind_of(kairos) == kind
