"""Which kind of input a file is, decided from its content (the extension only breaks ties)."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["FORMATS", "detect_format", "json_document"]

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
    if first.startswith(("[", "{")) and json_document(text) is not None:
        return "jsonl"  # a JSON array of articles, or one pretty-printed article
    if _HTML_TAG.search(text[:_HEAD]):
        return "html"
    return "text"


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
