"""How fast `wirecoder read` gets through bulk inputs: a gzipped WARC crawl, JSONL.gz, Parquet.

    python benchmarks/read_bulk_bench.py [--pages 1000] [--keep DIR]

Writes a synthetic crawl (HTML pages in wire-copy style among request, image
and 404 records) into a temporary directory, the same stories as a JSONL.gz feed
and as a Parquet table, then times reading each with ``read_inputs``. Prints
records/s and the peak resident memory of the process. ``--keep DIR`` writes the
inputs to DIR and leaves them there, e.g. to time ``wirecoder read DIR/crawl.warc.gz``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.model import Article
from wirecoder.read import read_inputs

CITIES = [("MAIDUGURI", "Nigeria"), ("MOGADISHU", "Somalia"), ("GOMA", "Congo"),
          ("KISUMU", "Kenya"), ("BAMAKO", "Mali"), ("KHARTOUM", "Sudan")]  # fmt: skip
SENTENCES = [
    "Gunmen on motorbikes attacked a market on the edge of the town on {day}, killing {n} people.",
    "Police fired tear gas at hundreds of traders protesting against new market fees.",
    "A roadside bomb struck a military convoy on the main highway, the army said in a statement.",
    "Residents said the attackers burned houses and drove away cattle before security forces arrived.",
    "The governor condemned the violence and ordered an investigation into the killings.",
    "Hospital officials said {n} wounded people were being treated for gunshot injuries.",
    "Soldiers later arrested {n} suspects in a search of nearby villages, a spokesman said.",
    "Opposition supporters marched through the capital demanding the release of detained leaders.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CHROME = "<nav>Home | World | Africa | Business | Sport</nav>" + "".join(
    f"<aside><a href='/story/{n}'>Related story {n}</a></aside>" for n in range(8)
)


def story(rng: random.Random) -> tuple[str, str]:
    """A headline and a body of 20-30 sentences."""
    city, country = rng.choice(CITIES)
    body = [f"{city}, {country} (Reuters) - " + rng.choice(SENTENCES)]
    body += [rng.choice(SENTENCES) for _ in range(rng.randint(20, 30))]
    text = "\n\n".join(s.format(day=rng.choice(DAYS), n=rng.randint(2, 40)) for s in body)
    return f"Violence in {city.title()}", text


def write_inputs(directory: Path, pages: int) -> dict[str, Path]:
    """The same stories as a WARC.gz crawl, a JSONL.gz feed and a Parquet table."""
    rng = random.Random(7)
    stories = [story(rng) for _ in range(pages)]
    warc = directory / "crawl.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, (title, text) in enumerate(stories):
            paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            html = (f"<html><head><title>{title}</title></head><body>{CHROME}"
                    f"<article><h1>{title}</h1>{paragraphs}</article>"
                    "<footer>Contact | Terms</footer></body></html>").encode()  # fmt: skip
            url = f"http://news.test/story/{number}"
            request = StatusAndHeaders(f"GET /story/{number} HTTP/1.1", [], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          length=0, http_headers=request))  # fmt: skip
            _response(writer, url, html, "200 OK", "text/html; charset=utf-8")
            if number % 5 == 0:  # the chaff a real crawl carries
                _response(writer, url + ".jpg", bytes(2000), "200 OK", "image/jpeg")
                _response(writer, url + "/gone", b"<html>gone</html>", "404 Not Found", "text/html")
    feed = directory / "feed.jsonl.gz"
    lines = (json.dumps({"id": str(n), "title": t, "text": x}) for n, (t, x) in enumerate(stories))
    feed.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    table = directory / "table.parquet"
    with duckdb.connect() as connection:
        connection.execute(f"COPY (SELECT * FROM read_json('{feed}')) TO '{table}' (FORMAT parquet)")
    return {"warc.gz": warc, "jsonl.gz": feed, "parquet": table}


def _response(writer: WARCWriter, url: str, body: bytes, status: str, content_type: str) -> None:
    """Write one HTTP response record."""
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=headers))  # fmt: skip


def time_reads(inputs: dict[str, Path]) -> None:
    """Read each input whole and print its rate."""
    for label, path in inputs.items():
        started = time.perf_counter()
        count = sum(isinstance(item, Article) for item in read_inputs([str(path)]))
        seconds = time.perf_counter() - started
        size = path.stat().st_size / 1e6
        print(f"{label:9} {count:6,} articles in {seconds:6.1f} s = {count / seconds:7.1f} "
              f"articles/s ({size:.1f} MB on disk)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="write the inputs here and keep them")
    options = parser.parse_args()
    if options.keep is not None:
        options.keep.mkdir(parents=True, exist_ok=True)
        time_reads(write_inputs(options.keep, options.pages))
    else:
        with tempfile.TemporaryDirectory() as directory:
            time_reads(write_inputs(Path(directory), options.pages))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
