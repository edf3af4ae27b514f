"""The /api routes answer the contract the explorer codes against, on a store of the demo corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_support import demo_store

from wirecoder import __version__
from wirecoder.cli import main
from wirecoder.serve import create_app, models
from wirecoder.serve.api import CSV_COLUMNS
from wirecoder.store import SCHEMA_VERSION, EventFilter, connect, count_events, find_events
from wirecoder.store.query import SORTS
from wirecoder.store.schema import EVENT_COLUMNS


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    return demo_store(tmp_path_factory, pipeline)


@pytest.fixture(scope="session")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="session")
def everything(db: Path) -> list[dict]:
    with connect(db, read_only=True) as con:
        return find_events(con)


def test_serve_api_models_follow_the_store_columns() -> None:
    assert tuple(models.EventRow.model_fields) == EVENT_COLUMNS


def test_serve_api_events_page_shape(client: TestClient, everything: list[dict]) -> None:
    answer = client.get("/api/events").json()
    models.EventsPage.model_validate(answer)
    assert answer["total"] == len(everything) and answer["limit"] == 100 and answer["offset"] == 0
    assert [r["event_id"] for r in answer["events"]] == [r["event_id"] for r in everything[:100]]
    assert list(answer["events"][0]) == list(EVENT_COLUMNS)


@pytest.mark.parametrize(
    "query, where",
    [
        ("country=ken", EventFilter(country="ken")),
        (
            "country=Nigeria&event_type=battles",
            EventFilter(country="Nigeria", event_type="battles"),
        ),
        ("since=2021-01-01&until=2022-12-31", None),
        ("actor=taliban", EventFilter(actor="taliban")),
        ("text=police&min_fatalities=1", EventFilter(text="police", min_fatalities=1)),
        (
            "admin1=borno&sub_event_type=Armed%20clash",
            EventFilter(admin1="borno", sub_event_type="Armed clash"),
        ),
    ],
)
def test_serve_api_events_filters_match_the_store(
    client: TestClient, db: Path, query: str, where: EventFilter | None
) -> None:
    from datetime import date

    where = where or EventFilter(since=date(2021, 1, 1), until=date(2022, 12, 31))
    with connect(db, read_only=True) as con:
        expected = find_events(con, where, limit=1000)
        total = count_events(con, where)
    answer = client.get(f"/api/events?{query}&limit=1000").json()
    assert answer["total"] == total
    assert answer["events"] == json.loads(json.dumps(expected))


@pytest.mark.parametrize("key", ["event_date", "fatalities", "confidence"])
@pytest.mark.parametrize("descending", [False, True])
def test_serve_api_events_sort(client: TestClient, key: str, descending: bool) -> None:
    sort = ("-" if descending else "") + key
    rows = client.get(f"/api/events?sort={sort}&limit=1000").json()["events"]
    values = [r[key] for r in rows if r[key] is not None]
    assert values == sorted(values, reverse=descending)
    if key == "event_date":  # undated events come last either way
        dated = [r[key] is not None for r in rows]
        assert dated == sorted(dated, reverse=True)


def test_serve_api_events_pages_tile_the_result(client: TestClient, everything: list[dict]) -> None:
    seen = []
    for offset in range(0, len(everything) + 7, 7):
        answer = client.get(f"/api/events?limit=7&offset={offset}&sort=fatalities").json()
        assert answer["offset"] == offset and answer["total"] == len(everything)
        seen += [r["event_id"] for r in answer["events"]]
    assert sorted(seen) == sorted(r["event_id"] for r in everything)
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("query", ["", "text=the&", "text=no-such-words-anywhere&"])
def test_serve_api_events_past_the_end_keeps_the_total(
    client: TestClient, db: Path, query: str
) -> None:
    text = query[5:-1] or None
    with connect(db, read_only=True) as con:
        total = count_events(con, EventFilter(text=text))
    answer = client.get(f"/api/events?{query}offset=100000").json()
    assert answer["total"] == total and answer["events"] == []


def test_serve_api_event_detail_paragraphs_hold_the_evidence(
    client: TestClient, everything: list[dict]
) -> None:
    for row in everything:
        detail = client.get(f"/api/events/{row['event_id']}").json()
        models.EventDetail.model_validate(detail)
        assert {k: v for k, v in detail.items() if k != "mentions"} == {
            k: v for k, v in json.loads(json.dumps(row)).items() if k != "mentions"
        }
        assert len({m["article_id"] for m in detail["mentions"]}) == row["mentions"]
        for mention in detail["mentions"]:
            start, end = mention["paragraph_evidence"]
            assert mention["paragraph"][start:end] == mention["evidence"]
            assert "\n" not in mention["paragraph"]


def test_serve_api_event_detail_unknown_is_404(client: TestClient) -> None:
    answer = client.get("/api/events/no-such-event")
    assert answer.status_code == 404
    assert answer.json() == {"detail": "no event with id 'no-such-event'"}


def test_serve_api_geojson_has_located_events(client: TestClient, everything: list[dict]) -> None:
    answer = client.get("/api/events.geojson?country=Kenya")
    assert answer.headers["content-type"].startswith("application/geo+json")
    collection = answer.json()
    models.FeatureCollection.model_validate(collection)
    located = [
        r for r in everything
        if r["country"] == "Kenya" and r["latitude"] is not None and r["longitude"] is not None
    ]  # fmt: skip
    assert [f["id"] for f in collection["features"]] == [r["event_id"] for r in located]
    for feature, row in zip(collection["features"], located, strict=True):
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": [row["longitude"], row["latitude"]],
        }
        assert "latitude" not in feature["properties"] and "longitude" not in feature["properties"]
        assert feature["properties"]["event_id"] == row["event_id"]
    assert len(client.get("/api/events.geojson?limit=3").json()["features"]) == 3


@pytest.mark.parametrize(
    "fields", [("event_type", "event_id"), ("notes",), ("event_date", "event_date", "fatalities")]
)
def test_serve_api_geojson_fields_choose_the_properties(
    client: TestClient, fields: tuple[str, ...]
) -> None:
    full = client.get("/api/events.geojson").json()["features"]
    answer = client.get(f"/api/events.geojson?fields={','.join(fields)}").json()
    models.FeatureCollection.model_validate(answer)
    wanted = list(dict.fromkeys(fields))
    assert [list(f["properties"]) for f in answer["features"]] == [wanted] * len(full)
    assert answer["features"] == [
        {**f, "properties": {k: f["properties"][k] for k in wanted}} for f in full
    ]


def test_serve_api_csv_matches_the_events_command(client: TestClient, db: Path) -> None:
    answer = client.get("/api/events.csv?event_type=Battles")
    assert answer.headers["content-disposition"] == "attachment; filename=events.csv"
    assert answer.headers["content-type"].startswith("text/csv")
    printed = CliRunner().invoke(
        main, ["events", "--db", str(db), "--event-type", "Battles", "--format", "csv"]
    )
    assert printed.exit_code == 0
    assert answer.text == printed.output
    assert next(csv.reader(io.StringIO(answer.text))) == list(CSV_COLUMNS)


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_serve_api_timeline_buckets(
    client: TestClient, everything: list[dict], interval: str
) -> None:
    answer = client.get(f"/api/stats/timeline?interval={interval}").json()
    models.Timeline.model_validate(answer)
    assert answer["interval"] == interval
    periods = [b["period"] for b in answer["buckets"]]
    assert periods == sorted(set(periods))
    dated = [r for r in everything if r["event_date"]]
    assert sum(b["events"] for b in answer["buckets"]) == len(dated)
    assert sum(b["fatalities"] for b in answer["buckets"]) == sum(r["fatalities"] for r in dated)
    if interval == "month":
        assert all(p.endswith("-01") for p in periods)


def test_serve_api_timeline_week_starts_on_monday(client: TestClient) -> None:
    from datetime import date

    buckets = client.get("/api/stats/timeline").json()["buckets"]
    assert buckets and all(date.fromisoformat(b["period"]).weekday() == 0 for b in buckets)


@pytest.mark.parametrize("level", ["country", "admin1"])
def test_serve_api_places(client: TestClient, everything: list[dict], level: str) -> None:
    answer = client.get(f"/api/stats/places?level={level}").json()
    models.Places.model_validate(answer)
    assert answer["level"] == level
    counts = [p["events"] for p in answer["places"]]
    assert counts == sorted(counts, reverse=True)
    assert sum(counts) == sum(1 for r in everything if r["country"])
    first = answer["places"][0]
    mine = [
        r for r in everything
        if r["country"] == first["country"]
        and (level == "country" or r["admin1"] == first["admin1"])
        and r["latitude"] is not None
    ]  # fmt: skip
    assert first["latitude"] == pytest.approx(sum(r["latitude"] for r in mine) / len(mine))
    if level == "country":
        assert all(p.get("admin1") is None for p in answer["places"])


def test_serve_api_facets(client: TestClient, everything: list[dict]) -> None:
    answer = client.get("/api/facets").json()
    models.Facets.model_validate(answer)
    assert answer["events"] == len(everything)
    assert {c["country"]: c["events"] for c in answer["countries"]} == {
        c: sum(1 for r in everything if r["country"] == c)
        for c in {r["country"] for r in everything if r["country"]}
    }
    assert {(t, s) for t, subs in answer["event_types"].items() for s in subs} == {
        (r["event_type"], r["sub_event_type"]) for r in everything
    }
    dates = sorted(r["event_date"] for r in everything if r["event_date"])
    assert answer["date_range"] == [dates[0], dates[-1]]


def test_serve_api_health(client: TestClient, everything: list[dict]) -> None:
    assert client.get("/api/health").json() == {
        "status": "ok",
        "events": len(everything),
        "schema_version": SCHEMA_VERSION,
        "version": __version__,
    }


def test_serve_api_openapi_documents_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in [
        "/api/events", "/api/events/{event_id}", "/api/events.geojson", "/api/events.csv",
        "/api/stats/timeline", "/api/stats/places", "/api/facets", "/api/health",
    ]:  # fmt: skip
        assert path in paths
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert set(schemas["Sort"]["enum"]) == {
        "event_date",
        "-event_date",
        "fatalities",
        "-fatalities",
        "confidence",
        "-confidence",
    }


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    limit=st.integers(1, 30),
    offset=st.integers(0, 120),
    sort=st.sampled_from(sorted(SORTS)),
    country=st.sampled_from([None, "Nigeria", "SDN", "Atlantis"]),
    text=st.sampled_from([None, "killed", "police", "zzz"]),
)
def test_serve_api_events_page_agrees_with_the_store(
    client: TestClient, db: Path, limit: int, offset: int, sort: str, country, text
) -> None:
    where = EventFilter(country=country, text=text)
    with connect(db, read_only=True) as con:
        rows = find_events(con, where, limit=limit, offset=offset, sort=sort)
        total = count_events(con, where)
    query = {"limit": limit, "offset": offset, "sort": sort, "country": country, "text": text}
    answer = client.get("/api/events", params={k: v for k, v in query.items() if v is not None})
    assert answer.json() == {
        "total": total,
        "limit": limit,
        "offset": offset,
        "events": json.loads(json.dumps(rows)),
    }
