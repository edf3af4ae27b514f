"""What makes two articles the same article: normalised text, its hash, the outlet.

Two reads of one story differ in whitespace, quote styles, letter case or
Unicode forms; none of that makes a new article, so the hash is taken over a
normalised text. The outlet (the article's source, else its URL's host) is
what tells a syndicated copy (same text, another outlet) from a re-read.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from wirecoder.model import Article

__all__ = ["normalise_text", "outlet_of", "text_hash"]

_SPACE = re.compile(r"\s+")
# Typographic variants that syndication and re-encoding swap freely.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def normalise_text(text: str) -> str:
    """The text as compared for identity: NFKC, case-folded, one space between words, plain quotes.

    Example:
        >>> normalise_text("  Gunmen \u201ckilled\u201d\\n\\nFIVE ")
        'gunmen "killed" five'
    """
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return _SPACE.sub(" ", text).strip()


def text_hash(text: str) -> str:
    """sha256 (hex) of :func:`normalise_text`."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def outlet_of(article: Article) -> str | None:
    """Who published the article: its source name, else its URL's host, normalised; None if unknown.

    Example:
        >>> outlet_of(Article("a", "text", url="https://www.nation.africa/kenya/x"))
        'nation.africa'
    """
    if article.source and article.source.strip():
        return _SPACE.sub(" ", article.source.strip().casefold())
    if article.url:
        host = urlsplit(article.url.strip()).hostname or ""
        host = host.removeprefix("www.")
        return host or None
    return None
