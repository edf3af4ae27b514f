"""Helpers for the store tests (no tests here): a fake pipeline, article feeds, a canonical dump.

The fake pipeline codes one event per sentence written in a fixed pattern, e.g.

    Attack by Unidentified Armed Group in Garissa, Kenya at -0.45 39.65 on 2024-05-02, 4 killed.

so store tests run in milliseconds and say exactly which events each article holds. Also
imported by the subprocesses of the crash and concurrency tests.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from wirecoder.events.codebook import event_type_of
from wirecoder.model import Article, Event, Evidence

_REPORT = re.compile(
    r"(?P<sub>[A-Z][A-Za-z/ ]+?) by (?P<actor>[A-Z][^,]*?)"
    r" in (?P<admin1>[A-Z][\w ]*), (?P<country>[A-Z][\w ]*?)"
    r"(?: at (?P<lat>-?\d+\.\d+) (?P<lon>-?\d+\.\d+))? on (?P<date>\d{4}-\d{2}-\d{2})"
    r"(?: \(precision (?P<precision>\d)\))?, (?P<dead>\d+) killed\."
)
ISO3 = {"Kenya": "KEN", "Nigeria": "NGA", "Somalia": "SOM", "Mali": "MLI"}
TABLES = ("articles", "reports", "events", "mentions", "mention_sieve")


def sentence(
    sub: str,
    actor: str,
    admin1: str,
    country: str,
    day: str,
    dead: int = 0,
    at: tuple[float, float] | None = None,
    precision: int | None = None,
) -> str:
    """One event sentence in the fake pipeline's pattern."""
    where = f" at {at[0]} {at[1]}" if at else ""
    when = f" (precision {precision})" if precision else ""
    return f"{sub} by {actor} in {admin1}, {country}{where} on {day}{when}, {dead} killed."


class FakePipeline:
    """Codes the pattern sentences of each article; ``delay`` seconds per article slow it down."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.seen: list[str] = []

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.seen.append(article.id)
            if self.delay:
                time.sleep(self.delay)
            yield article.replace(events=tuple(self._events(article)))

    @staticmethod
    def _events(article: Article) -> Iterator[Event]:
        for match in _REPORT.finditer(article.text):
            start, end = match.span()
            lat = float(match["lat"]) if match["lat"] else None
            lon = float(match["lon"]) if match["lon"] else None
            sub = match["sub"]
            digest = hashlib.sha1(f"{article.id}|{start}|{sub}".encode()).hexdigest()[:10]
            yield Event(
                article_id=article.id,
                event_id=f"{article.id}-{digest}",
                event_type=event_type_of(sub),
                sub_event_type=sub,
                notes=match[0],
                evidence_start=start,
                evidence_end=end,
                event_date=date.fromisoformat(match["date"]),
                time_precision=int(match["precision"] or 1),
                actor1=match["actor"],
                inter1=3,
                country=match["country"],
                iso3=ISO3.get(match["country"]),
                admin1=match["admin1"],
                location=match["admin1"],
                latitude=lat,
                longitude=lon,
                geo_precision=1 if lat is not None else 3,
                fatalities=int(match["dead"]),
                source=article.source,
                source_url=article.url,
                confidence=0.8,
                evidence=(Evidence(start, end, match[0]),),
            )


def article(
    article_id: str,
    *sentences: str,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """A JSONL feed record: the sentences as paragraphs, with some filler between."""
    filler = "Residents said the area was calm later."
    text = "\n\n".join(part for s in sentences for part in (s, filler))
    record: dict[str, Any] = {"id": article_id, "text": text}
    for key, value in (("url", url), ("source", source), ("published", published)):
        if value is not None:
            record[key] = value
    return record


def write_feed(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    """Write records as JSON Lines; return the path."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def to_articles(records: Sequence[dict[str, Any]]) -> list[Article]:
    """Feed records as Articles, without the readers (for library-level tests)."""
    return [
        Article(
            r["id"],
            r["text"],
            url=r.get("url"),
            source=r.get("source"),
            origin=f"test:{r['id']}",
            published=datetime.fromisoformat(r["published"]) if r.get("published") else None,
        )
        for r in records
    ]


def corpus(n: int) -> list[dict[str, Any]]:
    """``n`` articles from a handful of outlets: some report the same events, some are copies."""
    places = [
        ("Borno", "Nigeria", (11.85, 13.16)),
        ("Garissa", "Kenya", (-0.45, 39.65)),
        ("Gedo", "Somalia", None),
        ("Mopti", "Mali", (14.49, -4.19)),
    ]
    outlets = ["Daily Trust", "Nation", "Reuters", "AFP", None]
    records = []
    for i in range(n):
        admin1, country, at = places[i % len(places)]
        day = f"2024-05-{1 + (i // 3) % 28:02d}"
        lines = [
            sentence(
                "Armed clash" if i % 2 else "Attack",
                "Unidentified Armed Group" if i % 5 == 0 else f"Militia {i % 3}",
                admin1,
                country,
                day,
                dead=(i * 7) % 11,
                at=at,
            )
        ]
        if i % 4 == 1:
            lines.append(
                sentence(
                    "Peaceful protest", "Protesters", "Nairobi", "Kenya", day, at=(-1.29, 36.82)
                )
            )
        outlet = outlets[i % len(outlets)]
        url = f"https://news{i % 5}.example/story/{i}" if i % 6 else None
        records.append(article(f"story-{i}", *lines, url=url, source=outlet))
    records.append(dict(records[3], url="https://copy.example/3", source="Copy Wire"))  # syndicated
    records.append(dict(records[5]))  # an exact re-read
    revise = lambda m: f", {int(m[1]) + 2} killed."  # noqa: E731
    update = re.sub(r", (\d+) killed\.", revise, records[2]["text"], count=1)
    records.append(dict(records[2], text=update))  # the story at a known URL, its toll revised
    return records


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the data tables, sorted: two stores are equal when their dumps are."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        con.close()
