"""Counts written the way news copy writes them: ``"six"``, ``"3,000"``, ``"a dozen"``, ``"dozens"``.

Vague quantities map to ACLED's coding conventions (see :data:`VAGUE_COUNTS`), so
``parse_number("dozens") == 12``; callers that must tell exact from vague counts
use :func:`is_vague`.
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_PATTERN", "VAGUE_COUNTS", "is_vague", "parse_number"]

_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "dozen": 12, "score": 20,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# ACLED's conventions for counts given without a number. "several"/"a few" -> 3 and
# "many"/"unknown number" -> 10 follow the coded Kenya notes (several: 4 of 5 coded 3);
# "dozens" -> 12 and "hundreds" -> 100 follow ACLED's codebook.
VAGUE_COUNTS: dict[str, int] = {
    "several": 3, "a few": 3, "few": 3, "a handful of": 3, "handful": 3,
    "some": 3, "a number of": 3, "a couple of": 2, "a pair of": 2,
    "many": 10, "multiple": 10, "numerous": 10, "scores": 10, "scores of": 10,
    "unknown number": 10, "an unknown number of": 10, "unspecified number": 10,
    "an unspecified number of": 10, "undisclosed number": 10, "plural": 10,
    "dozens": 12, "dozens of": 12, "tens": 10, "tens of": 10,
    "hundreds": 100, "hundreds of": 100,
    "thousands": 1000, "thousands of": 1000,
}  # fmt: skip

_WORD_ALT = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SCALE_ALT = "hundred|thousand|million"
_TERM = rf"(?:{_WORD_ALT}|{_SCALE_ALT})"
# A count in digits ("12", "3,000", "3, 500" as OCR'd notes write it) or in words
# ("twenty-one", "two hundred and five", "a dozen"). "and" joins only after a scale word,
# so "two and three" stays two counts.
NUMBER_PATTERN = (
    # A figure in digits times a number word: "2 dozen", "3 score", "4 hundred".
    rf"\b\d{{1,3}}[\s-]+(?:dozen|score|{_SCALE_ALT})\b(?!\s+(?:and\s+)?(?:{_WORD_ALT}|\d))"
    r"|\b(?:\d{1,3}(?:,\s?\d{3})+|\d+)(?![\d,.]\d)"
    r"|\bhalf[\s-]+a[\s-]+dozen\b"
    rf"|\b(?:an?\s+(?:dozen|score|{_SCALE_ALT})|{_WORD_ALT})"
    rf"(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand))\s+and\s+){_TERM})*\b"
)
_TIMES = re.compile(rf"^(\d{{1,3}})[\s-]+(dozen|score|{_SCALE_ALT})$")
_DIGITS = re.compile(r"^\d{1,3}(?:,\s?\d{3})+$|^\d+$")
_SPLIT = re.compile(r"[\s-]+")


def is_vague(words: str) -> bool:
    """Whether ``words`` is a conventional vague count ("several", "dozens of")."""
    return words.strip().lower() in VAGUE_COUNTS


def _parse_words(tokens: list[str]) -> int | None:
    """Value of a list of number words, or None when they do not form one number."""
    total = 0
    current = 0
    last = ""  # class of the previous token: unit, tens, scale
    for index, token in enumerate(tokens):
        if token in ("a", "an") and index == 0 and len(tokens) > 1:
            current, last = 1, "unit"
            continue
        if token == "and" and last == "scale":
            continue
        if token in ("dozen", "score"):
            if last not in ("", "unit", "tens"):
                return None
            current = (current or 1) * _UNITS[token]
            last = "scale"
        elif token in _UNITS:
            value = _UNITS[token]
            if last == "unit" or (last == "tens" and value >= 10):
                return None
            current += value
            last = "unit"
        elif token in _TENS:
            if last in ("unit", "tens"):
                return None
            current += _TENS[token]
            last = "tens"
        elif token in _SCALES:
            scale = _SCALES[token]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last = "scale"
        else:
            return None
    return total + current if last else None


def parse_number(words: str) -> int | None:
    """The count written in ``words``, or None when it is not a count.

    Example:
        >>> [parse_number(w) for w in ("six", "Fourteen", "a dozen", "3,000", "twenty-one")]
        [6, 14, 12, 3000, 21]
        >>> parse_number("two hundred"), parse_number("dozens"), parse_number("half a dozen"), parse_number("2 dozen")
        (200, 12, 6, 24)
        >>> parse_number("house") is None
        True
    """
    text = words.strip().lower()
    if not text:
        return None
    if _DIGITS.match(text):
        return int(re.sub(r"[,\s]", "", text))
    if text in VAGUE_COUNTS:
        return VAGUE_COUNTS[text]
    times = _TIMES.match(text)
    if times:  # "2 dozen": the figure times the word's value
        return int(times.group(1)) * {**_UNITS, **_SCALES}[times.group(2)]
    if re.fullmatch(r"half[\s-]+a[\s-]+dozen", text):
        return 6
    tokens = [t for t in _SPLIT.split(text.replace(",", " ")) if t]
    return _parse_words(tokens)
