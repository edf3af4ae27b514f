"""parse_number: digits, words, hyphenated tens, scales and ACLED's vague counts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.numbers import NUMBER_PATTERN, is_vague, parse_number

_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """English words for 0 <= n < 1000, written independently of the parser."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        joiner = "-" if hyphen else " "
        return _TENS[tens] + (joiner + _UNITS[unit] if unit else "")
    hundreds, rest = divmod(n, 100)
    head = f"{_UNITS[hundreds]} hundred"
    if not rest:
        return head
    return f"{head} {'and ' if use_and else ''}{_words(rest, hyphen)}"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("six", 6),
        ("Fourteen", 14),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("Half-a-dozen", 6),
        ("two hundred", 200),
        ("3,000", 3000),
        ("3, 500", 3500),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("two hundred and five", 205),
        ("a hundred", 100),
        ("one thousand two hundred", 1200),
        ("dozens", 12),
        ("hundreds", 100),
        ("several", 3),
        ("many", 10),
        ("12", 12),
    ],
)
def test_numbers_parse_known_values(words: str, expected: int) -> None:
    assert parse_number(words) == expected


@pytest.mark.parametrize("words", ["", "house", "a", "two three", "twenty thirty", "police"])
def test_numbers_parse_rejects_non_counts(words: str) -> None:
    assert parse_number(words) is None


@pytest.mark.parametrize(("words", "vague"), [("dozens", True), ("Several", True), ("six", False)])
def test_numbers_is_vague(words: str, vague: bool) -> None:
    assert is_vague(words) is vague


@given(st.integers(min_value=0, max_value=999), st.booleans(), st.booleans(), st.booleans())
def test_numbers_parse_round_trips_words(n: int, hyphen: bool, use_and: bool, title: bool) -> None:
    words = _words(n, hyphen, use_and)
    assert parse_number(words.title() if title else words) == n


@given(st.integers(min_value=0, max_value=10**7))
def test_numbers_parse_round_trips_digits(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=999))
def test_numbers_pattern_finds_written_count(n: int) -> None:
    words = _words(n)
    found = re.search(NUMBER_PATTERN, f"Police said {words} people were held.", re.IGNORECASE)
    assert found is not None and parse_number(found.group(0)) == n
