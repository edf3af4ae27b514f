"""Removing diacritics, the one text normalisation every name lookup shares."""

from __future__ import annotations

import unicodedata

__all__ = ["strip_accents"]


def strip_accents(text: str) -> str:
    """``text`` without combining marks, after NFKD decomposition.

    Example:
        >>> strip_accents("Diyālá, Ségou")
        'Diyala, Segou'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
