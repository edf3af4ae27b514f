"""parse_number and NUMBER_PATTERN on a figure in digits times a number word ("2 dozen", "3 score"), as
reports mix digits and words (sentences written for these tests)."""

from __future__ import annotations

import re

import pytest

from wirecoder.casualties import count_casualties
from wirecoder.numbers import NUMBER_PATTERN, parse_number


@pytest.mark.parametrize(
    ("words", "value"),
    [("2 dozen", 24), ("3-dozen", 36), ("2 score", 40), ("4 hundred", 400), ("a score", 20), ("12", 12)],
)
def test_numbers_figure_times_word(words: str, value: int) -> None:
    assert parse_number(words) == value
    assert re.fullmatch(NUMBER_PATTERN, words, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Insurgents beheaded villagers near Mueda; 2 dozen bodies were found.", 24),
        ("Gunmen killed 3 dozen herders in a raid on a cattle camp.", 36),
        ("Clashes left 2 dead and a dozen wounded.", 2),
    ],
)
def test_numbers_figure_times_word_counted(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
