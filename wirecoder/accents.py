"""Removing diacritics, the one text normalisation every name lookup shares."""

from __future__ import annotations

import unicodedata

__all__ = ["strip_accents"]

# Letters NFKD leaves whole because they are letters of their own, not a base letter plus a mark:
# Turkish dotless i ("Diyarbakır", "Elazığ"), Polish l, Nordic o, South Slavic and Vietnamese d, Maltese h.
# Each maps to the one letter the English press writes, so the text keeps its length.
_PLAIN_LETTERS = str.maketrans("ıŁłØøĐđĦħ", "iLlOoDdHh")


def strip_accents(text: str) -> str:
    """``text`` without combining marks, after NFKD decomposition.

    Example:
        >>> strip_accents("Diyālá, Ségou, Elazığ")
        'Diyala, Segou, Elazig'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
