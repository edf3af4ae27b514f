"""Bytes to text, never failing: BOMs, UTF-8/16/32, legacy code pages, mixed files, mojibake.

Real news dumps arrive in every encoding, sometimes several in one file (a UTF-8
export with a few lines pasted from a cp1252 document), and often already
mis-decoded once ("Shiâ€™ite"). :func:`decode_bytes` turns any of them into
clean text, or says that the bytes are not text at all.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

__all__ = ["Decoded", "decode_bytes", "repair_text"]

# ftfy's defaults straighten curly quotes; quotes must stay verbatim because
# event notes quote the article, so that fixer is turned off.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, explain=False)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, newlines, form feed and ESC do).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SAMPLE = 8192
_LATIN_COUSINS = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9", "iso8859_13",
     "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman", "cp850", "cp858"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text (``None`` when the bytes are binary), the encoding used, and notes."""

    text: str | None
    encoding: str
    warnings: tuple[str, ...] = ()


def repair_text(text: str) -> str:
    """Repair mojibake and odd characters with ftfy, keeping curly quotes and HTML entities."""
    return ftfy.fix_text(text, config=_FTFY_CONFIG)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to repaired text; ``text`` is ``None`` when the bytes are binary.

    Example:
        >>> decode_bytes("Shi’ite".encode("utf-8").decode("cp1252").encode("utf-8")).text
        'Shi’ite'
    """
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        text = data.decode(encoding, errors="replace").lstrip("\ufeff")
        return Decoded(repair_text(text), encoding)
    if _looks_binary(data):
        return Decoded(None, "binary")
    try:
        return Decoded(repair_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    utf8_lines = sum(1 for line in lines if not line.isascii() and _is_utf8(line))
    if utf8_lines:
        # Some lines are valid non-ASCII UTF-8, so the file mixes encodings:
        # a whole-file guess would garble one of them.
        text, legacy = _decode_lines(lines)
        note = f"mixed encodings: {legacy} line(s) decoded as cp1252, the rest as UTF-8"
        return Decoded(repair_text(text), "mixed", (note,))
    guess = from_bytes(data).best()
    if guess is None:
        return Decoded(None, "binary")
    encoding, text = guess.encoding, str(guess)
    if encoding in _LATIN_COUSINS:
        # Byte statistics cannot tell these apart on short texts; for news in
        # Western languages cp1252 is by far the likeliest, so it wins when it fits.
        try:
            encoding, text = "cp1252", data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return Decoded(repair_text(text), encoding)


def _bom_encoding(data: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of ``data``, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when ``data`` is mostly ASCII text in UTF-16 without a BOM."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    # ASCII text in UTF-16 has a NUL in every other byte; binary data does not.
    if odd.count(0) > 0.7 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """True for bytes with NULs or many control characters: images, archives, executables."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > 0.05 * max(len(sample), 1)


def _is_utf8(line: bytes) -> bool:
    """True when ``line`` decodes as UTF-8."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_lines(lines: list[bytes]) -> tuple[str, int]:
    """Decode each line as UTF-8, else cp1252 (latin-1 for its few undefined bytes)."""
    parts: list[str] = []
    legacy = 0
    for line in lines:
        try:
            parts.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            legacy += 1
        try:
            parts.append(line.decode("cp1252"))
        except UnicodeDecodeError:
            parts.append(line.decode("latin-1"))
    return "".join(parts), legacy
