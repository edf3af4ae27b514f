"""Which kind of input a file is, decided from its content (the extension only breaks ties)."""

from __future__ import annotations

import json
import re

__all__ = ["FORMATS", "detect_format"]

FORMATS: tuple[str, ...] = ("text", "html", "jsonl")

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
    if _HTML_TAG.search(text[:_HEAD]):
        return "html"
    return "text"


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
