"""WARC inputs: HTML responses become articles; other records pass; damage keeps what came before."""

from __future__ import annotations

import functools
import gzip
import io
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from read_bulk_support import FETCHED, CrawlRecord, crawl_records, write_warc

from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs
from wirecoder.read.warc import decode_page

SENTENCE = "Protesters gathered outside the Café Odeon on Saturday, the canton’s police said."
EXPECTED_URLS = [
    "http://news.test/zamfara",
    "http://news.test/kisumu",
    "http://news.test/zurich",
    "http://news.test/lodz",
]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warc(tmp_path_factory.mktemp("crawl") / "crawl.warc", crawl_records(), gz=False)


@pytest.fixture(scope="module")
def full(crawl: Path) -> list[Article | Skipped]:
    return list(read_inputs([str(crawl)]))


def _articles(items: list[Article | Skipped]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def test_read_warc_html_responses_only(full: list[Article | Skipped]) -> None:
    # warcinfo, request, image, 404, revisit and metadata records are not articles.
    assert all(isinstance(item, Article) for item in full)
    assert [a.url for a in _articles(full)] == EXPECTED_URLS
    assert [a.id for a in _articles(full)] == ["crawl-3", "crawl-6", "crawl-8", "crawl-9"]


@pytest.mark.parametrize("gz", [False, True])
def test_read_warc_gzipped_reads_the_same(tmp_path: Path, full: list[Article | Skipped], gz: bool) -> None:
    path = write_warc(tmp_path / ("c.warc.gz" if gz else "c.warc"), crawl_records(), gz=gz)
    items = list(read_inputs([str(path)]))
    assert [(a.id, a.text) for a in _articles(items)] == [
        (a.id.replace("crawl", "c"), a.text) for a in _articles(full)
    ]
    assert all(a.origin.startswith(f"{path}@") for a in _articles(items))


def test_read_warc_page_date_wins_over_fetch_date(full: list[Article | Skipped]) -> None:
    zamfara, kisumu, *_ = _articles(full)
    assert zamfara.published == datetime(2024, 1, 29, 17, 40, tzinfo=timezone.utc)
    assert kisumu.published == datetime.fromisoformat(FETCHED)  # the page gives no date
    assert zamfara.title == "Gunmen kill four in Zamfara village raid"
    assert (zamfara.dateline, zamfara.source) == ("Gusau, Nigeria", "Reuters")
    assert zamfara.text.startswith("Gunmen on motorbikes killed four villagers")
    assert "Terms of use" not in zamfara.text and "Home | World" not in zamfara.text


def test_read_warc_decodes_content_encoding(full: list[Article | Skipped]) -> None:
    kisumu = _articles(full)[1]  # sent with Content-Encoding: gzip
    assert kisumu.text.startswith("Hundreds of traders blocked the main highway into Kisumu")


@pytest.mark.parametrize(
    ("index", "expected"),
    [(2, ["Zürich on Saturday", "canton’s plan", "Café Odeon"]), (3, ["Tram drivers in Łódź"])],
)
def test_read_warc_non_utf8_pages(full: list[Article | Skipped], index: int, expected: list[str]) -> None:
    text = _articles(full)[index].text
    for phrase in expected:
        assert phrase in text
    assert "\ufffd" not in text


@pytest.mark.parametrize(
    ("payload", "content_type", "text", "warned"),
    [
        ("Café ’".encode("cp1252"), "text/html; charset=iso-8859-1", "Café ’", False),
        ("Café".encode("utf-8"), 'text/html; charset="UTF-8"', "Café", False),
        (b"<meta charset='windows-1251'>" + "Киев".encode("cp1251"), "text/html", "Киев", False),
        ("Café".encode("utf-8-sig"), "text/html; charset=cp1252", "Café", False),  # BOM wins
        (f"{SENTENCE}".encode("cp1252"), "text/html; charset=utf-8", SENTENCE, True),  # wrong label
        ("Café".encode("utf-8"), "text/html; charset=x-no-such-codec", "Café", False),
    ],
)
def test_read_warc_decode_page(payload: bytes, content_type: str, text: str, warned: bool) -> None:
    decoded = decode_page(payload, content_type)
    assert decoded.text is not None and decoded.text.endswith(text)
    assert bool(decoded.warnings) is warned


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("fraction", [0.35, 0.6, 0.75, 0.9, 0.995])
def test_read_warc_truncated_keeps_what_came_before(
    tmp_path: Path, full: list[Article | Skipped], gz: bool, fraction: float
) -> None:
    whole = write_warc(tmp_path / "whole.warc", crawl_records(), gz=gz).read_bytes()
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(whole[: int(len(whole) * fraction)])
    items = list(read_inputs([str(path)]))
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert len(skipped) == 1 and items[-1] is skipped[0]
    assert skipped[0].origin.startswith(str(path))
    assert "truncated" in skipped[0].reason or "cut short" in skipped[0].reason
    kept = [a.text for a in _articles(items)]
    assert kept == [a.text for a in _articles(full)][: len(kept)]


@settings(max_examples=30, deadline=None)
@given(fraction=st.floats(min_value=0, max_value=1), gz=st.booleans())
def test_read_warc_any_cut_is_a_prefix_and_one_line(fraction: float, gz: bool) -> None:
    data = _crawl_bytes(gz=gz)
    # A few bytes of "WARC/" are a text file, not a WARC (and gzip needs ~100 bytes to give 16).
    cut = max(100 if gz else 16, int(len(data) * fraction))
    items = list(read_inputs(["-"], stdin=io.BytesIO(data[:cut])))
    skipped = [item for item in items if isinstance(item, Skipped)]
    kept = [a.url for a in _articles(items)]
    assert kept == EXPECTED_URLS[: len(kept)]
    assert len(skipped) <= 1 and (not skipped or items[-1] is skipped[0])
    if not skipped:  # then nothing shows a cut: it fell between two records (or gzip members)
        rest = data[cut:].lstrip(b"\r\n")
        assert not rest or rest.startswith((b"WARC/", b"\x1f\x8b"))


@functools.cache
def _crawl_bytes(*, gz: bool) -> bytes:
    """The test crawl as bytes (written through a file, as warcio's writer wants)."""
    with tempfile.TemporaryDirectory() as directory:
        return write_warc(Path(directory, "c.warc"), crawl_records(), gz=gz).read_bytes()


def test_read_warc_corrupt_record_header(tmp_path: Path, crawl: Path) -> None:
    data = crawl.read_bytes()
    second = data.index(b"WARC/1.0", data.index(b"http://news.test/kisumu") - 400)
    path = tmp_path / "bad.warc"
    path.write_bytes(data[:second] + b"XARC/1.0" + data[second + 8 :])
    items = list(read_inputs([str(path)]))
    assert [a.url for a in _articles(items)] == EXPECTED_URLS[:1]
    assert str(items[-1]).startswith(f"{path}@{second}: skipped: WARC record cannot be read")
    assert "the 1 page(s) before it were read" in str(items[-1])


def test_read_warc_wrong_content_length_is_reported_not_printed(
    tmp_path: Path, crawl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = crawl.read_bytes()
    start = data.index(b"Content-Length: ", data.index(b"WARC-Type: metadata"))
    end = data.index(b"\r\n", start)
    length = int(data[start + 16 : end])
    path = tmp_path / "long.warc"
    path.write_bytes(data[:start] + b"Content-Length: %d" % (length - 6) + data[end:])
    items = list(read_inputs([str(path)]))
    assert [a.url for a in _articles(items)] == EXPECTED_URLS
    assert str(items[-1]) == (
        f"{path}: skipped: WARC records with a wrong Content-Length (1): "
        "pages around them may be cut short or run together"
    )
    assert capsys.readouterr().err == ""  # warcio's own warning is silenced


def test_read_warc_without_pages(tmp_path: Path) -> None:
    records = [r for r in crawl_records() if r.kind != "response" or "jpg" in r.url]
    path = write_warc(tmp_path / "media.warc.gz", records, gz=True)
    assert [str(item) for item in read_inputs([str(path)])] == [
        f"{path}: skipped: WARC holds no HTML page (none of its 5 record(s) is an "
        "HTTP 200 response with an HTML body)"
    ]


def test_read_warc_untyped_body_is_sniffed(tmp_path: Path) -> None:
    page = b"<html><body><p>MOGADISHU (Reuters) - A car bomb exploded near a checkpoint.</p></body></html>"
    records = [CrawlRecord("http://news.test/a", page, content_type=""),
               CrawlRecord("http://news.test/b", b"just bytes \x00\x01", content_type="")]  # fmt: skip
    path = write_warc(tmp_path / "untyped.warc", records, gz=False)
    assert [a.url for a in _articles(list(read_inputs([str(path)])))] == ["http://news.test/a"]


@pytest.mark.parametrize("name", ["crawl.dat", "crawl.txt", "crawl"])
def test_read_warc_detected_by_magic_not_name(tmp_path: Path, crawl: Path, name: str) -> None:
    for data in (crawl.read_bytes(), gzip.compress(crawl.read_bytes())):
        path = tmp_path / name
        path.write_bytes(data)
        assert [a.url for a in _articles(list(read_inputs([str(path)])))] == EXPECTED_URLS


@pytest.mark.parametrize(
    ("content", "forced", "reason"),
    [
        (b"PAR1 not a crawl", "warc", "not a WARC file: it does not start with 'WARC/1.0'"),
        (b"WARC/1.0 but read as a table", "parquet", "not a readable Parquet file"),
    ],
)
def test_read_warc_forced_format_mismatch(tmp_path: Path, content: bytes, forced: str, reason: str) -> None:
    path = tmp_path / "odd.bin"
    path.write_bytes(content)
    (item,) = read_inputs([str(path)], forced)
    assert isinstance(item, Skipped) and item.reason.startswith(reason)


def test_read_warc_forced_format_reads_it(crawl: Path) -> None:
    assert [a.url for a in _articles(list(read_inputs([str(crawl)], "warc")))] == EXPECTED_URLS
    (as_text,) = read_inputs([str(crawl)], "text")  # the text reader meets the crawl's JPEG bytes
    assert isinstance(as_text, Skipped) and as_text.reason == "binary file, not text"
