"""`wirecoder events` and `stats`: filters, paging, every export format, errors (fake pipeline)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from store_support import FakePipeline, article, sentence, write_feed

import wirecoder.cli
from wirecoder.cli import main
from wirecoder.model import ACLED_FIELDS, EXTRA_FIELDS, Event
from wirecoder.store import (
    STATS_BY,
    STORE_FORMATS,
    EventFilter,
    connect,
    count_events,
    find_events,
    ingest,
)

RECORDS = [
    article(
        "k1",
        sentence("Attack", "Al Shabaab", "Lamu", "Kenya", "2024-03-10", dead=5, at=(-2.27, 40.90)),
        sentence(
            "Peaceful protest", "Protesters", "Nairobi", "Kenya", "2024-03-12", at=(-1.29, 36.82)
        ),
        source="Nation",
        url="https://nation.example/k1",
    ),
    article(
        "k2",
        sentence("Attack", "Al Shabaab", "Lamu", "Kenya", "2024-03-10", dead=7, at=(-2.28, 40.91)),
        source="Standard",
        url="https://standard.example/k2",
    ),
    article(
        "n1",
        sentence(
            "Armed clash",
            "Boko Haram",
            "Borno",
            "Nigeria",
            "2024-04-02",
            dead=12,
            at=(11.85, 13.16),
        ),
        source="Daily Trust",
    ),
    article(
        "n2",
        sentence("Attack", "Bandits", "Zamfara", "Nigeria", "2024-05-20", dead=3),
        source="Punch",
    ),
    article(
        "s1",
        sentence("Armed clash", "Al Shabaab", "Gedo", "Somalia", "2023-12-30", precision=2),
        source="Garowe Online",
    ),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    feed = write_feed(path.with_name("feed.jsonl"), RECORDS)
    ingest([str(feed)], db=path, pipeline=FakePipeline())
    return path


def _ids(db: Path, where: EventFilter) -> list[str]:
    with connect(db, read_only=True) as con:
        return [row["location"] for row in find_events(con, where)]


@pytest.mark.parametrize(
    ("where", "locations"),
    [
        (EventFilter(), ["Zamfara", "Borno", "Nairobi", "Lamu", "Gedo"]),  # newest first
        (EventFilter(country="Kenya"), ["Nairobi", "Lamu"]),
        (EventFilter(country="nga"), ["Zamfara", "Borno"]),
        (EventFilter(admin1="lamu"), ["Lamu"]),
        (EventFilter(event_type="Battles"), ["Borno", "Gedo"]),
        (EventFilter(sub_event_type="attack"), ["Zamfara", "Lamu"]),
        (EventFilter(actor="shabaab"), ["Lamu", "Gedo"]),
        (EventFilter(since=date(2024, 4, 1)), ["Zamfara", "Borno"]),
        (EventFilter(until=date(2024, 3, 10)), ["Lamu", "Gedo"]),
        (EventFilter(min_fatalities=5), ["Borno", "Lamu"]),
        (EventFilter(text="zamfara"), ["Zamfara"]),
        (
            EventFilter(
                country="Nigeria",
                event_type="Battles",
                since=date(2024, 1, 1),
                until=date(2024, 12, 31),
            ),
            ["Borno"],
        ),
        (EventFilter(country="Kenya' OR '1'='1"), []),  # values are parameters, never SQL
        (EventFilter(text="%"), []),
    ],
)
def test_store_query_filters(db: Path, where: EventFilter, locations: list[str]) -> None:
    assert _ids(db, where) == locations
    with connect(db, read_only=True) as con:
        assert count_events(con, where) == len(locations)


def test_store_query_merged_event_row(db: Path) -> None:
    with connect(db, read_only=True) as con:
        (lamu,) = find_events(con, EventFilter(admin1="Lamu"))
    assert (lamu["mentions"], lamu["sources"], lamu["fatalities"], lamu["source"]) == (
        2,
        2,
        5,
        "Nation; Standard",
    )
    assert lamu["event_date"] == "2024-03-10" and lamu["article_id"] == "k1"


@pytest.mark.parametrize("size", [1, 2, 4])
def test_store_query_pages_cover_everything_once(db: Path, size: int) -> None:
    with connect(db, read_only=True) as con:
        everything = [r["event_id"] for r in find_events(con)]
        pages = [
            r["event_id"]
            for offset in range(0, 6, size)
            for r in find_events(con, limit=size, offset=offset)
        ]
    assert pages == everything


def _run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def test_store_query_csv_in_acled_order(db: Path) -> None:
    result = _run("events", "--db", str(db), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [*ACLED_FIELDS, *EXTRA_FIELDS, "sources", "mentions"]
    assert len(rows) == 5 and rows[0]["location"] == "Zamfara"


def test_store_query_jsonl_has_extract_fields(db: Path) -> None:
    result = _run("events", "--db", str(db), "--format", "jsonl", "--country", "Kenya")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    fields = list(Event("a", "e", "Battles", "Armed clash", "n", 0, 1).to_dict())
    assert [list(r) for r in rows] == [fields + ["sources", "mentions"]] * 2
    assert rows[1]["evidence"] and all(len(span) == 2 for span in rows[1]["evidence"])


def test_store_query_geojson_feature_collection(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    result = _run("events", "--db", str(db), "--format", "geojson", "--output", str(out))
    assert result.exit_code == 0, result.output
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 5
    for feature in collection["features"]:
        properties = feature["properties"]
        assert {"event_type", "actor1", "fatalities", "sources", "mentions"} <= set(properties)
        if (
            properties["latitude"] is None
        ):  # Zamfara and Gedo were located to a region only, no point
            assert feature["geometry"] is None
        else:
            assert feature["geometry"] == {
                "type": "Point",
                "coordinates": [properties["longitude"], properties["latitude"]],
            }


def test_store_query_parquet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    result = _run(
        "events",
        "--db",
        str(db),
        "--format",
        "parquet",
        "--output",
        str(out),
        "--event-type",
        "Battles",
    )
    assert result.exit_code == 0, result.output
    assert "2 events written" in result.stderr
    con = duckdb.connect()
    rows = con.execute("SELECT location, sources FROM read_parquet(?)", [str(out)]).fetchall()
    con.close()
    assert rows == [("Borno", 1), ("Gedo", 1)]


def test_store_query_parquet_needs_output(db: Path) -> None:
    result = _run("events", "--db", str(db), "--format", "parquet")
    assert result.exit_code == 2 and "--output" in result.stderr


def test_store_query_table(db: Path) -> None:
    result = _run("events", "--db", str(db), "--format", "table", "--limit", "2")
    lines = result.stdout.splitlines()
    assert (
        lines[0].split()[:3] == ["event_date", "time_precision", "event_type"] and len(lines) == 4
    )


@pytest.mark.parametrize("command", ["events", "stats"])
def test_store_query_missing_db_is_one_line(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nothing.duckdb"
    result = _run(command, "--db", str(missing))
    assert result.exit_code == 2
    assert (
        result.stderr.count("\n") == 1
        and str(missing) in result.stderr
        and "wirecoder ingest" in result.stderr
    )


@pytest.mark.parametrize(
    ("by", "first"),
    [
        ("country", {"country": "Kenya", "events": 2, "fatalities": 5, "mentions": 3}),
        (
            "admin1",
            {"country": "Kenya", "admin1": "Lamu", "events": 1, "fatalities": 5, "mentions": 2},
        ),
        (
            "event_type",
            {"event_type": "Battles", "events": 2, "fatalities": 12, "mentions": 2},
        ),  # ties by name
        ("month", {"month": "2023-12", "events": 1, "fatalities": 0, "mentions": 1}),
        ("week", {"week": "2023-12-25", "events": 1, "fatalities": 0, "mentions": 1}),
    ],
)
def test_store_query_stats(db: Path, by: str, first: dict) -> None:
    result = _run("stats", "--db", str(db), "--by", by, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0] == first
    assert sum(r["events"] for r in rows) == 5


def test_store_query_ingest_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("wirecoder.pipeline.Pipeline.load", lambda **_: FakePipeline())
    feed = write_feed(tmp_path / "feed.jsonl", RECORDS)
    monkeypatch.setenv("WIRECODER_DB", str(tmp_path / "env.duckdb"))
    result = _run("ingest", str(feed), str(tmp_path / "missing.txt"))
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "missing.txt: skipped" in lines[0]
    assert lines[1].startswith(
        "wirecoder: ingest: 5 articles read, 1 skipped (1 no such file or directory), "
        "0 already known, 5 stored; events: 5 new, 1 merged; "
    )
    again = _run("ingest", str(feed), "--no-merge")
    assert "5 already known" in again.stderr
    assert len(_run("events", "--format", "jsonl").stdout.splitlines()) == 5


def test_store_query_cli_choices_match_the_library() -> None:
    assert wirecoder.cli.STORE_FORMATS == STORE_FORMATS
    assert wirecoder.cli.STATS_BY == STATS_BY
