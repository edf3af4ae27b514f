"""Which kind of input a file is, decided from its content (the extension only breaks ties).

Binary containers announce themselves in their first bytes (:func:`binary_format`): gzip
(``1f 8b``, a wrapper around any format), WARC (``WARC/1.0``) and Parquet (``PAR1``).
Text is then told apart by :func:`detect_format`.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any

__all__ = [
    "FORMATS",
    "GZIP",
    "binary_format",
    "detect_format",
    "foreign_format",
    "json_document",
    "table_columns",
]

FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "warc", "parquet")
GZIP = "gzip"  # not a format of its own: the reader unwraps it and looks again
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", GZIP),
    (b"WARC/", "warc"),  # WARC/1.0, WARC/1.1 and the older WARC/0.x
    (b"PAR1", "parquet"),
)

# Files a new user may well pass that wirecoder cannot read, by signature: (offset, bytes, what
# the file is and how to make it readable). Without these, each is only "binary file, not text",
# and an RTF document (which is ASCII) would become an article of control words.
_SAVE_AS_TEXT = "save it as plain text (.txt) or as a web page (.html)"
_FOREIGN: tuple[tuple[int, bytes, str], ...] = (
    (0, b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx, .odt or .zip file), not text: "
                        f"{_SAVE_AS_TEXT}, or unzip the archive"),
    (0, b"%PDF", "a PDF document, not text: convert it first (e.g. pdftotext FILE)"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     f"an old Microsoft Office document (.doc, .xls), not text: {_SAVE_AS_TEXT}"),
    (0, b"{\\rtf", f"an RTF document, not plain text: {_SAVE_AS_TEXT}"),
    (0, b"SQLite format 3", "a SQLite database, not articles"),
    (8, b"DUCK", "a DuckDB database (an event store?), not articles: query a store with "
                 "`wirecoder events --db FILE`"),
    (0, b"\x89PNG", "a PNG image, not text"),
    (0, b"\xff\xd8\xff", "a JPEG image, not text"),
    (0, b"GIF8", "a GIF image, not text"),
    (0, b"7z\xbc\xaf", "a 7-Zip archive, which wirecoder does not unpack: extract it first"),
    (0, b"Rar!", "a RAR archive, which wirecoder does not unpack: extract it first"),
    (0, b"BZh", "bzip2-compressed, which wirecoder does not unpack: decompress it first "
                "(bunzip2 -k FILE), or recompress it with gzip, which is read directly"),
    (0, b"\xfd7zXZ", "xz-compressed, which wirecoder does not unpack: decompress it first "
                    "(unxz -k FILE), or recompress it with gzip, which is read directly"),
    (0, b"(\xb5/\xfd", "zstd-compressed, which wirecoder does not unpack: decompress it first "
                      "(zstd -d FILE), or recompress it with gzip, which is read directly"),
)
_BZIP2_MARKERS = (b"1AY&SY", b"\x17rE8P\x90")  # a block's start, the end of an empty stream
FOREIGN_HEAD = 16  # bytes foreign_format needs to see

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


def foreign_format(head: bytes) -> str | None:
    """What a file starting with ``head`` is, when it is a kind wirecoder cannot read, and how
    to make it readable; None for anything else.

    Example:
        >>> foreign_format(b"%PDF-1.7\\n%")
        'a PDF document, not text: convert it first (e.g. pdftotext FILE)'
    """
    for offset, signature, description in _FOREIGN:
        if head[offset : offset + len(signature)] != signature:
            continue
        # DuckDB's 8 bytes before "DUCK" are a checksum, never a line of text ("MALLARD DUCKS");
        # a bzip2 stream's level digit is followed by a block or end marker, not by words.
        if offset and all(32 <= byte < 127 for byte in head[:offset]):
            continue
        if signature == b"BZh" and head[4:10] not in _BZIP2_MARKERS:
            continue
        return description
    return None


_TABLE_DELIMITERS = (",", "\t", ";", "|")
_TABLE_LINES = 20  # rows looked at
_HEADER_FIELD = 40  # characters: a column name, not a clause of a sentence


def table_columns(text: str) -> list[str] | None:
    r"""The column names when ``text`` is a delimited table (CSV, TSV) rather than prose.

    A table: a header of short names, then at least two rows, every row (of the first 20)
    splitting into the header's number of fields, two or more. Prose does not keep a fixed
    count of commas line after line under a line of short comma-separated names.

    Example:
        >>> table_columns("date,place,headline\n2024-03-02,Kismayo,Blast kills 5\n"
        ...               "2024-03-03,Baidoa,Clashes erupt\n")
        ['date', 'place', 'headline']
        >>> table_columns("NAIROBI, Kenya\n\nPolice fired tear gas, witnesses said.\n") is None
        True
        >>> table_columns("March 4, 2021\nTwo killed, three hurt in Sukma\nMaoists fired on a patrol, police said.\n") is None
        True
        >>> table_columns("Tue May 19, 2020 9:14am EDT\n\nGunmen killed three, police said.\n\nThey fled, a witness said.\n") is None
        True
    """
    lines = [line for line in text.splitlines()[: _TABLE_LINES * 2] if line.strip()]
    lines = lines[:_TABLE_LINES]
    if len(lines) < 3:
        return None
    for delimiter in _TABLE_DELIMITERS:
        if delimiter not in lines[0]:
            continue
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        header = [name.strip() for name in rows[0]]
        if (
            len(header) >= 2
            and all(0 < len(name) <= _HEADER_FIELD for name in header)
            # "March 4, 2021" or "Tue May 19, 2020 9:14am EDT" over a headline and a sentence with one
            # comma each is a short article, not a table: a column's name does not start with a number
            and not any(name[0].isdigit() for name in header)
            and all(len(row) == len(header) for row in rows[1:])
        ):
            return header
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
