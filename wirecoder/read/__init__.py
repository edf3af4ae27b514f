"""Reading inputs: files, directories and stdin in text, HTML or JSONL, to cleaned Articles.

    read_inputs(paths)  ->  Article | Skipped, one at a time
      ├── decode.py      bytes to text, never fatal (BOMs, legacy code pages, mojibake)
      ├── detect.py      text, html or jsonl, from the content
      ├── html.py        trafilatura + htmldate, lxml paragraphs as the fallback
      ├── jsonl.py       one article a line, bad lines skipped with their number
      └── article.py     clean.py on the body, metadata merged into an Article

A bad input never stops a batch: it becomes a :class:`~wirecoder.model.Skipped`
saying where and why.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from wirecoder.decode import decode_bytes
from wirecoder.errors import InputError
from wirecoder.model import Article, Skipped
from wirecoder.read.article import make_article
from wirecoder.read.detect import FORMATS, detect_format, json_document
from wirecoder.read.html import article_from_html
from wirecoder.read.jsonl import read_json_document, read_jsonl

__all__ = ["FORMATS", "read_inputs"]

STDIN = "-"
# Feeds bigger than this are streamed line by line instead of read whole.
_HEAD_BYTES = 1 << 20


def read_inputs(
    paths: Sequence[str], input_format: str | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Article | Skipped]:
    """Yield one cleaned Article per article found, or a Skipped(origin, reason) per bad input.

    ``paths`` are files, directories (read recursively in sorted order, hidden
    entries skipped) or ``-`` for stdin. ``input_format`` forces "text",
    "html" or "jsonl"; by default each input's content decides.

    Example:
        >>> for item in read_inputs(["no/such/file.txt"]):
        ...     print(item)
        no/such/file.txt: skipped: no such file or directory
    """
    if input_format is not None and input_format not in FORMATS:
        raise InputError(
            f"unknown input format {input_format!r}: use one of {', '.join(FORMATS)}, "
            "or leave the format out to detect it from each file's content"
        )
    return _read_all(paths, input_format, stdin)


def _read_all(
    paths: Sequence[str], input_format: str | None, stdin: BinaryIO | None
) -> Iterator[Article | Skipped]:
    """The generator behind :func:`read_inputs` (split so bad arguments fail at the call)."""
    for name in paths:
        if name == STDIN:
            handle = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(
                handle, origin="<stdin>", stem="stdin", name="", input_format=input_format
            )
            continue
        path = Path(name)
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield Skipped(name, "directory holds no readable (non-hidden) files")
            for file in files:
                yield from _read_file(file, input_format)
        elif path.exists():
            yield from _read_file(path, input_format)
        else:
            yield Skipped(name, "no such file or directory")


def _walk(directory: Path) -> list[Path]:
    """Every non-hidden file under ``directory``, sorted by path."""
    files: list[Path] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(root, n) for n in names if not n.startswith("."))
    return sorted(files)


def _read_file(path: Path, input_format: str | None) -> Iterator[Article | Skipped]:
    """Articles from one file; an unreadable file becomes a Skipped."""
    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Skipped(
            origin, f"cannot open: {error.strerror or error} (check the file's permissions)"
        )
        return
    with handle:
        try:
            yield from _read_stream(
                handle, origin=origin, stem=path.stem, name=path.name, input_format=input_format
            )
        except OSError as error:
            yield Skipped(origin, f"read failed: {error.strerror or error}")


def _read_stream(
    handle: BinaryIO, *, origin: str, stem: str, name: str, input_format: str | None
) -> Iterator[Article | Skipped]:
    """Articles from an open binary stream: detect, decode, dispatch to a reader."""
    head = handle.read(_HEAD_BYTES)
    streaming = len(head) == _HEAD_BYTES
    if streaming:
        # Cut at a line end so no character or JSON line is split between head and rest.
        head += handle.readline()
    decoded = decode_bytes(head)
    if decoded.text is None:
        yield Skipped(origin, "binary file, not text")
        return
    if not streaming and not decoded.text.strip():
        yield Skipped(origin, "empty file")
        return
    kind = input_format or detect_format(decoded.text, name)
    document = json_document(decoded.text) if kind == "jsonl" and not streaming else None
    if document is not None:
        yield from read_json_document(document, stem=stem, origin=origin)
        return
    if kind == "jsonl":
        if streaming and decoded.encoding.startswith(("utf-16", "utf-32")):
            head, streaming = head + handle.read(), False  # their lines cannot be decoded alone
        lines: Iterable[str] = _feed_lines(head, decoded.encoding)
        if streaming:
            lines = _chain(lines, _feed_lines_of(handle))
        yield from read_jsonl(lines, stem=stem, origin=origin)
        return
    if streaming:
        decoded = decode_bytes(head + handle.read())
        if decoded.text is None:
            yield Skipped(origin, "binary file, not text")
            return
    assert decoded.text is not None
    if kind == "html":
        yield article_from_html(
            decoded.text, article_id=stem, origin=origin, warnings=decoded.warnings
        )
    else:
        yield make_article(decoded.text, article_id=stem, origin=origin, warnings=decoded.warnings)


def _chain(first: Iterable[str], rest: Iterable[str]) -> Iterator[str]:
    """``first`` then ``rest`` (itertools.chain, typed)."""
    yield from first
    yield from rest


def _feed_lines(data: bytes, encoding: str) -> list[str]:
    """The lines of a feed, split on "\\n" only: JSON strings may hold U+2028 and friends."""
    if encoding.startswith(("utf-16", "utf-32")):
        return data.decode(encoding, errors="replace").lstrip("\ufeff").split("\n")
    raw = data.split(b"\n")
    if data.endswith(b"\n"):
        raw.pop()
    if raw and raw[0].startswith(codecs.BOM_UTF8):
        raw[0] = raw[0][len(codecs.BOM_UTF8) :]
    return [_decode_line(line) for line in raw]


def _feed_lines_of(handle: BinaryIO) -> Iterator[str]:
    """The remaining lines of a big feed, decoded one at a time."""
    for line in handle:
        yield _decode_line(line.rstrip(b"\n"))


def _decode_line(line: bytes) -> str:
    """One feed line: UTF-8, else cp1252 (strings are repaired after parsing)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")
