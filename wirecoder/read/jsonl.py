"""JSON Lines feeds: one article object a line, bad lines skipped with their line number."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

from wirecoder.clean.published import parse_published
from wirecoder.decode import repair_text
from wirecoder.model import Article, Skipped
from wirecoder.read.article import Metadata, make_article
from wirecoder.read.html import article_from_html

__all__ = ["article_from_record", "body_problem", "read_json_document", "read_jsonl"]

_BODY_FIELDS = ("text", "html")
_NOT_A_FEED = 10  # lines that are not JSON, before any that is, that make a file no feed
_EXAMPLES = {
    "text": '{"text": "Gunmen attacked a police post on Monday ..."}',
    "html": '{"html": "<p>Gunmen attacked a police post on Monday ...</p>"}',
}


def read_jsonl(lines: Iterable[str], *, stem: str, origin: str) -> Iterator[Article | Skipped]:
    """One Article per valid line of a feed; a Skipped ``origin:LINE`` for each bad one.

    Example:
        >>> feed = ['{"id": "k1", "text": "Police fired tear gas at protesters."}', '{"id": ']
        >>> [type(r).__name__ for r in read_jsonl(feed, stem="feed", origin="feed.jsonl")]
        ['Article', 'Skipped']
    """
    # The bad lines before the first good one are held back: when none of the first
    # _NOT_A_FEED lines is JSON, the file is no feed (a text file read with --input-format
    # jsonl, a CSV named .jsonl) and one line says so, rather than one line per line.
    held: list[Skipped] | None = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except ValueError as error:
            bad = Skipped(where, f"line is not valid JSON ({_json_problem(error)})")
            if held is None:
                yield bad
                continue
            held.append(bad)
            if len(held) == _NOT_A_FEED:
                yield Skipped(origin, f"not JSON Lines: none of its first {_NOT_A_FEED} lines "
                              "is JSON (with --input-format jsonl, leave it out to detect "
                              "the format)")  # fmt: skip
                return
            continue
        if held:
            yield from held
        held = None
        if not isinstance(record, dict):
            yield Skipped(where, _not_object(record))
            continue
        yield article_from_record(record, article_id=f"{stem}-{lineno}", origin=where)
    if held:
        yield from held


def read_json_document(
    document: list[Any] | dict[str, Any], *, stem: str, origin: str
) -> Iterator[Article | Skipped]:
    """Articles from a JSON document: ``[{...}, {...}]`` (item N is ``origin[N]``) or one object."""
    if isinstance(document, dict):
        yield article_from_record(document, article_id=stem, origin=origin)
        return
    for number, record in enumerate(document, start=1):
        where = f"{origin}[{number}]"
        if isinstance(record, dict):
            yield article_from_record(
                record, article_id=f"{stem}-{number}", origin=where, unit="item"
            )
        else:
            yield Skipped(where, _not_object(record).replace("line", "item", 1))


def article_from_record(
    record: dict[str, Any], *, article_id: str, origin: str, unit: str = "line"
) -> Article | Skipped:
    """An Article from one decoded JSON object (``article_id`` is used when it has no ``id``).

    ``unit`` names what the record is ("line", "item", "row") in the reason it is skipped.
    """
    text, html = _string(record.get("text")), _string(record.get("html"))
    if not text and not html:
        return Skipped(origin, body_problem(record, unit))
    warnings: list[str] = []
    published = _published(record.get("published", record.get("date")), warnings)
    given = Metadata(
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        published=published,
        source=_string(record.get("source")),
        byline=_string(record.get("byline", record.get("author"))),
    )
    identifier = record.get("id")
    if (
        isinstance(identifier, (str, int))
        and not isinstance(identifier, bool)
        and str(identifier).strip()
    ):
        article_id = str(identifier).strip()
    if text:
        # The text is already a body: no headline to find, the given fields are authoritative.
        return make_article(
            repair_text(text), article_id=article_id, origin=origin, given=given,
            has_header=False, warnings=tuple(warnings),
        )  # fmt: skip
    assert html is not None
    return article_from_html(
        html, article_id=article_id, origin=origin, given=given, warnings=tuple(warnings)
    )


def body_problem(record: dict[str, Any], unit: str = "line") -> str:
    """Why ``record`` has no article: its 'text' (or 'html') is missing, empty or not a string.

    Example:
        >>> body_problem({"id": "a1", "text": 12345}).split(":")[0]
        "'text' is a number (12345), not a string"
        >>> body_problem({"id": "a1", "text": " "}).split(":")[0]
        "'text' is empty"
    """
    key = next((k for k in _BODY_FIELDS if k in record), None)
    if key is None:
        return (
            f"neither 'text' nor 'html' field (each {unit} needs one, holding the article "
            f"as a string, like {_EXAMPLES['text']}; "
            f"its fields: {', '.join(map(str, record)) or 'none'})"
        )
    value = record[key]
    if value is None or isinstance(value, str):
        # Present but blank: the feed has a gap, not a wrong layout.
        empty = "null" if value is None else "empty"
        return (
            f"'{key}' is {empty}: this {unit} has no article to read "
            f"(fill it in or remove the {unit})"
        )
    if isinstance(value, bool):
        kind = f"{json.dumps(value)}"
    elif isinstance(value, (int, float)):
        kind = f"a number ({value!r})"
    else:
        kind = "an array" if isinstance(value, list) else "an object"
    return f"'{key}' is {kind}, not a string: it must hold the article, like {_EXAMPLES[key]}"


def _string(value: Any) -> str | None:
    """``value`` repaired when it is a non-blank string, else None."""
    if isinstance(value, str) and value.strip():
        return repair_text(value.strip())
    return None


def _published(value: Any, warnings: list[str]) -> datetime | None:
    """A 'published' field (string, or Unix seconds) as a datetime; notes values it cannot read."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds are common in feeds
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    elif isinstance(value, str):
        parsed = parse_published(value)
        if parsed is not None:
            return parsed
    warnings.append(
        f"'published' value {value!r} is not a date; write it like 2011-07-03T16:28:00Z"
    )
    return None


def _not_object(value: Any) -> str:
    """Why a JSON value that is not an object cannot be an article."""
    kind = {list: "an array", str: "a string", bool: "a boolean"}.get(type(value), "a number")
    if value is None:
        kind = "null"
    return f'line is {kind}, not an object like {{"id": "a1", "text": "..."}}'


def _json_problem(error: ValueError) -> str:
    """json's message without the line number (always 1 for a single line)."""
    if isinstance(error, json.JSONDecodeError):
        # Some messages end in "at" already ("Unterminated string starting at").
        return f"{error.msg.removesuffix(' at')} at column {error.colno}"
    return str(error)
