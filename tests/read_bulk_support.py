"""Builders for the bulk-input tests: a small crawl written with warcio, feeds, Parquet tables."""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FETCHED = "2024-02-03T08:15:00Z"

DATED_PAGE = """<!DOCTYPE html><html><head><title>Gunmen kill four in Zamfara village raid</title>
<meta property="article:published_time" content="2024-01-29T17:40:00Z"></head>
<body><nav>Home | World | Africa</nav><article><h1>Gunmen kill four in Zamfara village raid</h1>
<p>GUSAU, Nigeria (Reuters) - Gunmen on motorbikes killed four villagers and abducted a dozen
others in a night raid on a farming settlement in Nigeria's Zamfara state, police said on Monday.</p>
<p>The attackers stormed the village shortly after midnight, firing into the air as residents fled
into the surrounding bush, a police spokesman told reporters in the state capital.</p>
</article><footer>Terms of use | Contact</footer></body></html>"""

UNDATED_PAGE = """<html><head><title>Traders block highway over market levy</title></head>
<body><article><p>KISUMU, Kenya (AP) - Hundreds of traders blocked the main highway into Kisumu
on Tuesday, burning tyres to protest against a new levy on market stalls, witnesses said.</p>
<p>Police fired tear gas to clear the road, and the county government said it would meet the
traders' representatives later in the week to discuss the charge.</p></article></body></html>"""

# Declared ISO-8859-1 by the server but written in windows-1252, as such pages usually are:
# the curly apostrophe is byte 0x92, which only windows-1252 maps to a character.
LEGACY_PAGE = """<html><head><title>Protest in Zürich</title></head><body><article>
<p>ZÜRICH (AFP) - Several thousand people marched through Zürich on Saturday against the
canton’s plan to close two hospitals, organisers said. Police reported no arrests.</p>
<p>Marchers gathered at the Café Odeon before walking to the cantonal parliament.</p>
</article></body></html>"""

# No HTTP charset: the page's <meta> says ISO-8859-2.
META_CHARSET_PAGE = """<html><head><meta charset="iso-8859-2"><title>Łódź strike</title></head>
<body><article><p>ŁÓDŹ, Poland (Reuters) - Tram drivers in Łódź walked out on Wednesday over pay,
halting services across Poland's third-largest city, the transport authority said.</p>
<p>The union said the strike would continue until the city council reopened wage talks.</p>
</article></body></html>"""

NOT_FOUND_PAGE = "<html><body><h1>Page not found</h1><p>The story you wanted is gone.</p></body></html>"


@dataclass(frozen=True)
class CrawlRecord:
    """One record to write: a response unless ``kind`` says otherwise."""

    url: str
    body: bytes = b""
    kind: str = "response"
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    content_encoding: str | None = None


def crawl_records() -> list[CrawlRecord]:
    """A crawl of four articles among the records a real crawler also writes."""
    compressed = gzip.compress(UNDATED_PAGE.encode("utf-8"))
    return [
        CrawlRecord("http://news.test/", b"", kind="warcinfo"),
        CrawlRecord("http://news.test/zamfara", kind="request"),
        CrawlRecord("http://news.test/zamfara", DATED_PAGE.encode("utf-8")),
        CrawlRecord("http://news.test/logo.jpg", b"\xff\xd8\xff\xe0" + bytes(200),
                    content_type="image/jpeg"),  # fmt: skip
        CrawlRecord("http://news.test/gone", NOT_FOUND_PAGE.encode(), status="404 Not Found"),
        CrawlRecord("http://news.test/kisumu", compressed, content_encoding="gzip"),
        CrawlRecord("http://news.test/zamfara", kind="revisit"),
        CrawlRecord("http://news.test/zurich", LEGACY_PAGE.encode("cp1252"),
                    content_type="text/html; charset=ISO-8859-1"),  # fmt: skip
        CrawlRecord("http://news.test/lodz", META_CHARSET_PAGE.encode("iso-8859-2"),
                    content_type="text/html"),  # fmt: skip
        CrawlRecord("http://news.test/zamfara", b"crawler notes", kind="metadata"),
    ]


def write_warc(path: Path, records: list[CrawlRecord], *, gz: bool) -> Path:
    """Write ``records`` as a WARC (one gzip member a record when ``gz``)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for item in records:
            writer.write_record(_record(writer, item))
    return path


def _record(writer: WARCWriter, item: CrawlRecord):
    """The warcio record for one CrawlRecord."""
    dated = {"WARC-Date": FETCHED}
    if item.kind == "warcinfo":
        return writer.create_warcinfo_record("crawl.warc", {"software": "test-crawler/1.0"})
    if item.kind == "request":
        http = StatusAndHeaders("GET /zamfara HTTP/1.1", [("Host", "news.test")], is_http_request=True)
        return writer.create_warc_record(item.url, "request", payload=io.BytesIO(b""), length=0,
                                         http_headers=http, warc_headers_dict=dated)  # fmt: skip
    if item.kind == "revisit":
        return writer.create_revisit_record(item.url, "sha1:AAAA", item.url, FETCHED)
    if item.kind == "metadata":
        return writer.create_warc_record(item.url, "metadata", payload=io.BytesIO(item.body),
                                         length=len(item.body), warc_content_type="text/plain",
                                         warc_headers_dict=dated)  # fmt: skip
    headers = [("Content-Type", item.content_type), ("Content-Length", str(len(item.body)))]
    if item.content_encoding:
        headers.append(("Content-Encoding", item.content_encoding))
    http = StatusAndHeaders(item.status, headers, protocol="HTTP/1.1")
    # Giving the length keeps warcio from spooling the payload to a temporary file.
    return writer.create_warc_record(item.url, "response", payload=io.BytesIO(item.body),
                                     length=len(item.body), http_headers=http,
                                     warc_headers_dict=dated)  # fmt: skip


STORIES = [
    "Police arrested 14 protesters outside parliament in Nairobi on Tuesday, witnesses said.",
    "A roadside bomb killed three soldiers near Kandahar on Monday, officials said.",
    "Gunmen abducted 20 students from a school in Kaduna state overnight, police said.",
    "Farmers and herders clashed in Benue state, leaving five people dead, police said.",
    "Riot police used tear gas on striking teachers in Harare on Wednesday.",
]


def feed_lines(count: int = len(STORIES)) -> list[str]:
    """JSON Lines of ``count`` articles, each with an id so file splits keep it."""
    return [
        json.dumps({"id": f"f{n}", "title": f"Story {n}", "text": STORIES[n % len(STORIES)]})
        for n in range(count)
    ]


def write_parquet(path: Path, select: str) -> Path:
    """A Parquet file of the rows ``select`` (an SQL query) returns, written by DuckDB."""
    with duckdb.connect() as connection:
        connection.execute(f"COPY ({select}) TO '{path}' (FORMAT parquet)")
    return path
