"""decode_bytes: any bytes to repaired text, or a clear 'binary' answer; never an exception."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.decode import decode_bytes, repair_text

TEXT = "Iraq’s army said “no” — café owners in Shi’ite areas fled.\nSecond line: 17 hurt.\n"


def _sloppy_cp1252(data: bytes) -> str:
    """What a browser shows for UTF-8 read as Windows-1252 (undefined bytes kept as C1 codes)."""
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in data
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32-le"),
        (TEXT.encode("cp1252") * 3, "cp1252"),
        (_sloppy_cp1252(TEXT.encode("utf-8")).encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8") + TEXT.encode("cp1252"), "mixed"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le", "utf16be", "utf32", "cp1252",
         "mojibake", "mixed"],
)  # fmt: skip
def test_decode_bytes_recovers_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text is not None
    assert decoded.text.startswith(TEXT)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(64) + b"IHDR",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
        bytes(range(256)) * 4,
        b"%PDF-1.4\n" + bytes([0, 1, 2, 3, 4, 5, 6]) * 50,
    ],
    ids=["png", "zip", "all-bytes", "pdf-ish"],
)
def test_decode_bytes_flags_binary(data: bytes) -> None:
    assert decode_bytes(data).text is None


def test_repair_text_keeps_curly_quotes_and_entities() -> None:
    assert repair_text("“Shiâ€™ite” &amp; ‘x’") == "“Shi’ite” &amp; ‘x’"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_decode_bytes_never_raises(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is None or isinstance(decoded.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=300))
def test_decode_bytes_utf8_round_trip(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == repair_text(text)
