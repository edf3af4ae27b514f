"""Word tokens with offsets and a folded matching key.

Aliases and text are compared token by token on a *key* that ignores case,
accents and apostrophes, so "Kata'ib", "Kata’ib" and "Kataib" meet, and
hyphens or slashes split words, so "al-Shabaab" and "Al Shabaab" meet.
Dotted acronyms ("U.S.") become one token ("US").

Example:
    >>> [t.key for t in tokenize("Kata’ib Hezbollah's al-Nujaba")]
    ['kataib', 'hezbollah', 'al', 'nujaba']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from wirecoder.accents import strip_accents

__all__ = ["Token", "fold", "tokenize", "keys", "next_key", "prev_key"]

_APOSTROPHES = "'’‘`´ʼ"
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K., U.S.A.
    rf"|[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*"
)
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: ``text[start:end] == surface``; ``key`` is what matching compares."""

    start: int
    end: int
    surface: str
    key: str


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, strip accents and apostrophes: ``"Kata’ib" -> "kataib"``."""
    stripped = strip_accents(word)
    return "".join(ch for ch in stripped.lower() if ch not in _APOSTROPHES and ch != ".")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens; a trailing possessive "'s" is left out of the token."""
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        surface = match.group()
        possessive = _POSSESSIVE.search(surface)
        if possessive and possessive.start() > 0:
            end -= 2
            surface = surface[:-2]
        elif surface.endswith("."):  # "U.S." keeps its dots in the surface, not in the key
            pass
        tokens.append(Token(start, end, surface, fold(surface)))
    return tokens


def keys(phrase: str) -> tuple[str, ...]:
    """The token keys of a phrase, as alias tables store them."""
    return tuple(t.key for t in tokenize(phrase))


def next_key(tokens: Sequence[Token], index: int) -> str:
    """The key of the token at ``index``, or "" past the last."""
    return tokens[index].key if index < len(tokens) else ""


def prev_key(tokens: Sequence[Token], index: int) -> str:
    """The key of the token before ``index``, skipping "the"."""
    index -= 1
    if index >= 0 and tokens[index].key == "the":
        index -= 1
    return tokens[index].key if index >= 0 else ""
