"""Reading inputs: files, directories, globs and stdin, in every supported format, to Articles.

    read_inputs(paths)  ->  Article | Skipped, one at a time
      ├── paths.py       names to files: directories walked lazily, glob patterns expanded
      ├── streams.py     peeking at first bytes; gzip unwrapped (any format), damage kept soft
      ├── detect.py      warc, parquet by magic bytes; else text, html or jsonl by content
      ├── decode.py      bytes to text, never fatal (BOMs, legacy code pages, mojibake)
      ├── html.py        trafilatura + htmldate, lxml paragraphs as the fallback
      ├── jsonl.py       one article a line, bad lines skipped with their number
      ├── warc.py        the HTML pages of a crawl, each through html.py
      ├── parquet.py     one article a row, streamed with DuckDB
      └── article.py     clean.py on the body, metadata merged into an Article

A bad input never stops a batch: it becomes a :class:`~wirecoder.model.Skipped`
saying where and why.
"""

from __future__ import annotations

import codecs
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from wirecoder.decode import decode_bytes
from wirecoder.errors import InputError
from wirecoder.model import Article, Skipped
from wirecoder.read.article import make_article
from wirecoder.read.detect import (
    FOREIGN_HEAD,
    FORMATS,
    GZIP,
    binary_format,
    detect_format,
    foreign_format,
    json_document,
    table_columns,
)
from wirecoder.read.html import article_from_html
from wirecoder.read.jsonl import read_json_document, read_jsonl
from wirecoder.read.parquet import COLUMNS as PARQUET_COLUMNS
from wirecoder.read.parquet import read_parquet
from wirecoder.read.paths import expand_input
from wirecoder.read.streams import Gunzip, peek
from wirecoder.read.warc import read_warc

__all__ = ["FORMATS", "read_inputs"]

STDIN = "-"
# Feeds bigger than this are streamed line by line instead of read whole.
_HEAD_BYTES = 1 << 20
_MAGIC_BYTES = FOREIGN_HEAD  # enough for every signature binary_format and foreign_format know
_GZ = ".gz"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WARC_STARTS = (b"WARC/", b"filedesc")  # warcio reads the older ARC files too


def read_inputs(
    paths: Sequence[str], input_format: str | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Article | Skipped]:
    """Yield one cleaned Article per article found, or a Skipped(origin, reason) per bad input.

    ``paths`` are files, directories (read recursively, each directory in name
    order, hidden entries skipped), glob patterns (``crawl/**/*.warc.gz``) or
    ``-`` for stdin. ``input_format`` forces "text", "html", "jsonl", "warc" or
    "parquet"; by default each input's content decides. Gzip is unwrapped first.

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
        for item in expand_input(name):
            if isinstance(item, Skipped):
                yield item
            else:
                yield from _read_file(item, input_format)


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
            yield from _read_stream(handle, origin=origin, stem=_stem(path.name), name=path.name,
                                    input_format=input_format, path=path)  # fmt: skip
        except OSError as error:
            yield Skipped(origin, f"read failed: {error.strerror or error}")


def _stem(name: str) -> str:
    """The article id a file gives: its name without extensions ("crawl.warc.gz" -> "crawl")."""
    return Path(name.removesuffix(_GZ)).stem if name.endswith(_GZ) else Path(name).stem


def _read_stream(
    handle: BinaryIO,
    *,
    origin: str,
    stem: str,
    name: str,
    input_format: str | None,
    path: Path | None = None,
) -> Iterator[Article | Skipped]:
    """Articles from an open binary stream (of the file at ``path``, if any): unwrap, dispatch."""
    magic, handle = peek(handle, _MAGIC_BYTES)
    container = binary_format(magic)
    if container == GZIP:
        yield from _read_gzip(handle, origin=origin, stem=stem, name=name.removesuffix(_GZ),
                              input_format=input_format)  # fmt: skip
        return
    kind = input_format or container
    if kind == "warc" and not magic.startswith(_WARC_STARTS):
        yield Skipped(origin, "not a WARC file: it does not start with 'WARC/1.0' "
                      "(leave out --input-format to detect each file's format)")  # fmt: skip
    elif kind == "warc":
        yield from read_warc(handle, stem=stem, origin=origin)
    elif kind == "parquet":
        yield from _read_parquet(handle, path, stem=stem, origin=origin)
    elif (foreign := foreign_format(magic)) is not None:
        yield Skipped(origin, foreign.replace("FILE", name or "FILE"))
    else:
        yield from _read_text(handle, origin=origin, stem=stem, name=name, input_format=kind)


def _read_gzip(
    handle: BinaryIO, *, origin: str, stem: str, name: str, input_format: str | None
) -> Iterator[Article | Skipped]:
    """Articles from a gzip stream of any format; damage to it adds one Skipped line."""
    gunzip = Gunzip(handle)
    # A reader often notices the damage itself ("record truncated", "line is not JSON"):
    # its last Skipped is held back and joined with the gzip's reason, so one line says both.
    held: Skipped | None = None
    for item in _read_stream(
        gunzip.stream(), origin=origin, stem=stem, name=name, input_format=input_format
    ):
        if held is not None:
            yield held
            held = None
        if isinstance(item, Skipped):
            held = item
        else:
            yield item
    damage = gunzip.damage()
    if held is not None and damage and not gunzip.produced:
        held = None  # "empty file", "binary file": only the damage's doing, so not worth saying
    if held is not None:
        yield Skipped(held.origin, f"{held.reason}; {damage}") if damage else held
    elif damage:
        yield Skipped(origin, damage)


def _read_parquet(
    handle: BinaryIO, path: Path | None, *, stem: str, origin: str
) -> Iterator[Article | Skipped]:
    """Articles from a Parquet file; a stream (stdin, gzip) is copied to a temporary file first."""
    if path is not None:
        yield from read_parquet(path, stem=stem, origin=origin)
        return
    # Parquet keeps its index at the end of the file, so it can only be read from a file.
    with tempfile.TemporaryDirectory(prefix="wirecoder-") as directory:
        copy = Path(directory, "input.parquet")
        with copy.open("wb") as out:
            shutil.copyfileobj(handle, out)
        yield from read_parquet(copy, stem=stem, origin=origin)


def _read_text(
    handle: BinaryIO, *, origin: str, stem: str, name: str, input_format: str | None
) -> Iterator[Article | Skipped]:
    """Articles from a text stream (text, html or jsonl): detect, decode, dispatch to a reader."""
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
    if kind == "text" and input_format is None:
        columns = table_columns(decoded.text)
        if columns is not None:
            yield Skipped(origin, _table_reason(columns, name or "table.csv"))
            return
    document = json_document(decoded.text) if kind == "jsonl" and not streaming else None
    if document is not None:
        yield from read_json_document(document, stem=stem, origin=origin)
        return
    if kind == "jsonl" and not streaming and (reason := _other_json(decoded.text)) is not None:
        yield Skipped(origin, reason)
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


def _other_json(text: str) -> str | None:
    """Why a pretty-printed JSON document that holds no article is skipped (a config, results).

    Read line by line it would give one "not valid JSON" per line of the document.
    """
    stripped = text.strip()
    if "\n" not in stripped:
        return None  # one line: a feed of one record, whose own problem read_jsonl tells
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    if isinstance(value, dict):
        fields = ", ".join(list(map(str, value))[:8]) + (", ..." if len(value) > 8 else "")
        held = f"one object whose fields ({fields or 'none'}) include no 'text' or 'html'"
    else:
        held = f"{'an array' if isinstance(value, list) else 'a value'} holding no objects"
    return (f"a JSON document but no article: {held}; wirecoder reads objects with the "
            'article in "text" (or "html"), one a line or in an array')  # fmt: skip


def _table_reason(columns: list[str], name: str) -> str:
    """Why a CSV/TSV table is skipped, with a command that turns it into a table wirecoder reads.

    Read as prose, its rows would run together into one article of invented events. The
    command uses DuckDB's Python package, which wirecoder installs (the duckdb CLI may be absent).
    """
    lowered = {column.lower(): column for column in columns}
    story = next((lowered[a] for a in PARQUET_COLUMNS["text"] if a in lowered), None)
    shown = ", ".join(columns[:8]) + (", ..." if len(columns) > 8 else "")
    guess = columns[-1]
    column = guess if _IDENTIFIER.fullmatch(guess) else '\\"' + guess + '\\"'
    project = "" if story else f".project('{column} AS text, *')"
    hint = "" if story else f" (if {guess} is not the story's column, name the one that is)"
    target = name.removesuffix(_GZ).rsplit(".", 1)[0] + ".parquet"
    return (
        f"a CSV/TSV table (columns: {shown}), not an article: wirecoder reads a table as Parquet "
        f"or JSONL, one article a row with its story in a text column; convert it with "
        f"python -c \"import duckdb; duckdb.read_csv('{name}'){project}"
        f".write_parquet('{target}')\"{hint}"
    )


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
