"""WARC crawls to articles: each HTML page a crawler fetched (HTTP 200) through the HTML reader.

Requests, metadata, revisits, redirects, errors, images and other non-HTML
responses are not articles and are passed over silently. A page's URL is the
record's ``WARC-Target-URI``; the record's ``WARC-Date`` (when it was fetched)
is the publication date only when the page itself gives none.

Offsets name records as ``file@BYTE``: the byte where the record starts in the
WARC, counted in decompressed bytes for a ``.warc.gz``.
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from wirecoder.clean.published import parse_published
from wirecoder.decode import Decoded, decode_bytes, repair_text
from wirecoder.model import Article, Skipped
from wirecoder.read.article import Metadata
from wirecoder.read.html import article_from_html

__all__ = ["read_warc"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|article|main|p|div|meta|title)\b", re.I
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and servers rely on it.
_AS_CP1252 = frozenset({"iso8859-1", "ascii", "latin-1", "cp819", "iso-8859-1", "us-ascii"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SNIFF = 2048  # a page declares its charset, and opens its <html>, near the top
# warcio's own errors for a record it cannot parse; a record cut short can also trip it up
# with AttributeError or TypeError (a header missing), so those count as damage too.
_DAMAGE = (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error, ValueError,
           AttributeError, TypeError, IndexError)  # fmt: skip


class _Records(ArchiveIterator):  # type: ignore[misc]
    """warcio's record iterator without its stderr warning: bad Content-Lengths are counted."""

    INC_RECORD = ""  # warcio writes this to stderr; wirecoder reports ``err_count`` itself


class _Counted:
    """A stream that counts the bytes read, so a WARC ending mid-record is noticed."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count


@dataclass(frozen=True, slots=True)
class _Page:
    """An HTML response read from one record."""

    url: str | None
    fetched: str | None
    payload: bytes
    content_type: str
    problem: str | None = None  # why the body could not be read


def read_warc(handle: BinaryIO, *, stem: str, origin: str) -> Iterator[Article | Skipped]:
    """One Article per HTML page of an (uncompressed) WARC stream; damage ends it with one Skipped.

    Article ids are ``stem-N`` for the N-th record of the file, origins ``origin@BYTE``.

    Example:
        >>> import io
        >>> http = b"HTTP/1.1 200 OK\\r\\n\\r\\n<p>KABUL (AFP) - A bomb exploded, police said.</p>"
        >>> warc = b"WARC/1.0\\r\\nWARC-Type: response\\r\\nWARC-Target-URI: http://x.test/a\\r\\n"
        >>> warc += b"Content-Length: %d\\r\\n\\r\\n%s\\r\\n\\r\\n" % (len(http), http)
        >>> [(a.id, a.url, a.text) for a in read_warc(io.BytesIO(warc), stem="c", origin="c")]
        [('c-1', 'http://x.test/a', 'A bomb exploded, police said.')]
    """
    counted = _Counted(handle)
    records = _Records(counted)
    number = pages = 0
    while True:
        try:
            record = next(records, None)
            if record is None:
                break
            number += 1
            page = _html_page(record)  # only warcio's getters and reads: its errors surface here
            offset = records.get_record_offset()  # reads the rest of the record
        except _DAMAGE as error:
            yield Skipped(f"{origin}@{records.offset}", f"{_damage(error)}; {_before(pages)}")
            return
        cut = _cut_short(record)
        if cut is not None:  # only the last record of a truncated file can be
            yield Skipped(f"{origin}@{offset}", f"{cut}; {_before(pages)}")
            return
        if page is None:
            continue
        pages += 1
        where = f"{origin}@{offset}"
        if page.problem is not None:
            yield Skipped(where, page.problem)
        else:
            yield _article(page, article_id=f"{stem}-{number}", origin=where)
    if counted.count > records.offset:
        cut_header = f"WARC ends inside this record's header (truncated?); {_before(pages)}"
        yield Skipped(f"{origin}@{records.offset}", cut_header)
    elif records.err_count:
        yield Skipped(origin, f"WARC records with a wrong Content-Length ({records.err_count}): "
                      "pages around them may be cut short or run together")  # fmt: skip
    elif number and not pages:
        yield Skipped(origin, f"WARC holds no HTML page (none of its {number} record(s) is an "
                      "HTTP 200 response with an HTML body)")  # fmt: skip


def _before(pages: int) -> str:
    """What was kept of a damaged WARC."""
    return f"the {pages} page(s) before it were read"


def _damage(error: Exception) -> str:
    """Why warcio could not read a record, in one line."""
    message = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, (ArchiveLoadFailed, StatusAndHeadersParserException)):
        return f"WARC record cannot be read ({message})"
    return "WARC record header is cut short or damaged (truncated?)"  # warcio tripped on a gap


def _cut_short(record: Any) -> str | None:
    """Why a record that warcio read whole is incomplete, or None when it is complete."""
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        return "WARC record has no valid Content-Length (the file is truncated or damaged here)"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        return f"WARC ends inside this record ({missing:,} of {length} bytes missing; truncated?)"
    return None


def _html_page(record: Any) -> _Page | None:
    """The HTML page a record holds, or None for every other kind of record."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return None
    if headers.get_statuscode() != "200":
        return None
    content_type = headers.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return None
    problem = None
    try:
        payload = record.content_stream().read()
    except (zlib.error, EOFError, ValueError, OSError) as error:  # a bad Content-Encoding
        payload, problem = b"", f"HTTP body cannot be decompressed ({error}); the page is skipped"
    if problem is None and not mime and not _HTML_START.search(payload[:_SNIFF]):
        return None  # an untyped body is a page only when it looks like one
    uri = record.rec_headers.get_header("WARC-Target-URI")
    fetched = record.rec_headers.get_header("WARC-Date")
    return _Page(
        url=(uri.strip("<> ") or None) if uri else None,
        fetched=fetched,
        payload=payload,
        content_type=content_type,
        problem=problem,
    )


def _article(page: _Page, *, article_id: str, origin: str) -> Article | Skipped:
    """The page's story through the HTML reader, with the record's URL and fetch date."""
    decoded = decode_page(page.payload, page.content_type)
    if decoded.text is None:
        return Skipped(origin, "HTML response holds binary data, not text")
    return article_from_html(
        decoded.text,
        article_id=article_id,
        origin=origin,
        given=Metadata(url=page.url),
        fallback=Metadata(published=parse_published(page.fetched) if page.fetched else None),
        warnings=decoded.warnings,
    )


def decode_page(payload: bytes, content_type: str = "") -> Decoded:
    """An HTML payload as text: a BOM, then the HTTP charset, then ``<meta charset>``, then a guess.

    Example:
        >>> decode_page("Café".encode("cp1252"), "text/html; charset=ISO-8859-1").text
        'Café'
    """
    if payload.startswith(_BOMS):
        return decode_bytes(payload)
    declared = _HEADER_CHARSET.search(content_type)
    label = declared.group(1) if declared else _meta_charset(payload)
    codec = _codec(label) if label else None
    if codec is None:
        return decode_bytes(payload)
    try:
        return Decoded(repair_text(payload.decode(codec)), codec)
    except UnicodeDecodeError:
        guessed = decode_bytes(payload)
        note = f"charset {label!r} declared but the bytes do not fit it; read as {guessed.encoding}"
        return Decoded(guessed.text, guessed.encoding, (*guessed.warnings, note))


def _meta_charset(payload: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top."""
    found = _META_CHARSET.search(payload[:_SNIFF])
    return found.group(1).decode("ascii", errors="replace") if found else None


def _codec(label: str) -> str | None:
    """Python's codec for a charset label, None when the label names no known codec."""
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
