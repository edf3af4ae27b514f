"""Which kind of input a file is, decided from its content (the extension only breaks ties).

Binary containers announce themselves in their first bytes (:func:`binary_format`): gzip
(``1f 8b``, a wrapper around any format), WARC (``WARC/1.0``) and Parquet (``PAR1``).
Text is then told apart by :func:`detect_format`.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["FORMATS", "GZIP", "binary_format", "detect_format", "json_document"]

FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "warc", "parquet")
GZIP = "gzip"  # not a format of its own: the reader unwraps it and looks again
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", GZIP),
    (b"WARC/", "warc"),  # WARC/1.0, WARC/1.1 and the older WARC/0.x
    (b"PAR1", "parquet"),
)

_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|p|div|meta|title)\b", re.I)
_ARTICLE_KEY = re.compile(r'"(?:text|html)"\s*:')
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json")
_HEAD = 4096  # tags of a page appear in its first few KB


def detect_format(text: str, name: str = "") -> str:
    """ "jsonl", "html" or "text" for decoded content ``text`` read from ``name``.

    Example:
        >>> detect_format('{"id": "a1", "text": "Police fired tear gas."}\\n')
        'jsonl'
    """
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith("{") and _is_jsonl(first, name):
        return "jsonl"
    if first.startswith(("[", "{")) and json_document(text) is not None:
        return "jsonl"  # a JSON array of articles, or one pretty-printed article
    if _HTML_TAG.search(text[:_HEAD]):
        return "html"
    return "text"


def binary_format(head: bytes) -> str | None:
    """ "gzip", "warc" or "parquet" when the first bytes of a file carry that signature, else None.

    Example:
        >>> binary_format(b"WARC/1.0\\r\\nWARC-Type: response")
        'warc'
    """
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return None


def json_document(text: str) -> list[Any] | dict[str, Any] | None:
    """The records of ``text`` when it is one JSON document: an array of articles or one article.

    Feeds with one object a line are not documents (``None``): they are read line by line.
    """
    stripped = text.strip()
    if not stripped.startswith(("[", "{")):
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    if isinstance(value, dict) and "\n" in stripped and ("text" in value or "html" in value):
        return value
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return value
    return None


def _is_jsonl(first: str, name: str) -> bool:
    """True when the first line is an article object, or plausibly one that is malformed."""
    try:
        value = json.loads(first)
    except ValueError:
        # A broken first line still marks a feed when it looks like one.
        return name.lower().endswith(_JSONL_SUFFIXES) or bool(_ARTICLE_KEY.search(first))
    if not isinstance(value, dict):
        return False
    return "text" in value or "html" in value or name.lower().endswith(_JSONL_SUFFIXES)
