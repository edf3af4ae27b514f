"""Bad query parameters are 422s naming the parameter; no request at all makes the server fail."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_support import demo_store

from wirecoder.serve import create_app
from wirecoder.serve.params import MAX_INT
from wirecoder.store import EventFilter, connect, count_events

FILTERED = [
    "/api/events",
    "/api/events.geojson",
    "/api/events.csv",
    "/api/stats/timeline",
    "/api/stats/places",
]
ENDPOINTS = FILTERED + ["/api/facets", "/api/health", "/api/events/some-id"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    return demo_store(tmp_path_factory, pipeline)


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=True)


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=1001", "limit"),
        ("/api/events?limit=ten", "limit"),
        ("/api/events?offset=-1", "offset"),
        (f"/api/events?offset={MAX_INT + 1}", "offset"),
        ("/api/events?sort=notes", "sort"),
        ("/api/events?sort=event_date;DROP TABLE events", "sort"),
        ("/api/events?since=2024-13-01", "since"),
        ("/api/events?since=2024-1-1", "since"),
        ("/api/events?until=1717372800", "until"),
        ("/api/events?min_fatalities=-1", "min_fatalities"),
        ("/api/events?min_fatalities=1.5", "min_fatalities"),
        (f"/api/events?min_fatalities={10**30}", "min_fatalities"),
        ("/api/events?country=" + "x" * 201, "country"),
        ("/api/events.geojson?limit=100001", "limit"),
        ("/api/events.geojson?fields=event_id,latitude", "fields"),
        ("/api/events.geojson?fields=event_id) FROM events; --", "fields"),
        ("/api/events.geojson?fields=,", "fields"),
        ("/api/events.csv?limit=0", "limit"),
        ("/api/stats/timeline?interval=year", "interval"),
        ("/api/stats/timeline?interval=week&since=yesterday", "since"),
        ("/api/stats/places?level=admin2", "level"),
    ],
)
def test_serve_api_params_invalid_is_422_naming_it(
    client: TestClient, url: str, parameter: str
) -> None:
    answer = client.get(url)
    assert answer.status_code == 422
    body = answer.json()
    assert f"invalid parameter {parameter}:" in body["detail"]
    assert body["errors"][0]["parameter"] == parameter


@pytest.mark.parametrize(
    "value",
    [
        "' OR 1=1 --",
        "Kenya'); DROP TABLE events; --",
        "%",
        "_",
        "\\",
        "\x00",
        "ünïcödé ☃",
    ],
)
@pytest.mark.parametrize("name", ["country", "admin1", "actor", "text", "event_type"])
def test_serve_api_params_hostile_text_is_only_a_value(
    client: TestClient, db: Path, name: str, value: str
) -> None:
    answer = client.get("/api/events?" + urlencode({name: value}))
    assert answer.status_code == 200
    with connect(db, read_only=True) as con:
        assert answer.json()["total"] == count_events(con, EventFilter(**{name: value}))
        assert count_events(con) > 0  # still there


_TEXT = st.one_of(st.none(), st.text(max_size=30), st.sampled_from(["Kenya", "KEN", "Battles"]))
_NUMBER = st.one_of(st.none(), st.integers(-5, 2**40).map(str), st.text(max_size=8), st.just("1e3"))
_PARAMS = st.fixed_dictionaries(
    {},
    optional={
        "country": _TEXT,
        "admin1": _TEXT,
        "event_type": _TEXT,
        "sub_event_type": _TEXT,
        "actor": _TEXT,
        "text": _TEXT,
        "since": st.one_of(st.dates().map(str), st.text(max_size=12)),
        "until": st.one_of(st.dates().map(str), st.text(max_size=12)),
        "min_fatalities": _NUMBER,
        "limit": _NUMBER,
        "offset": _NUMBER,
        "sort": st.one_of(st.sampled_from(["event_date", "-fatalities", "confidence"]), _TEXT),
        "interval": st.one_of(st.sampled_from(["day", "week", "month"]), _TEXT),
        "level": st.one_of(st.sampled_from(["country", "admin1"]), _TEXT),
        "unknown": _TEXT,
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(endpoint=st.sampled_from(ENDPOINTS), params=_PARAMS)
def test_serve_api_params_fuzz_never_fails(
    client: TestClient, endpoint: str, params: dict[str, str | None]
) -> None:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    answer = client.get(f"{endpoint}?{query}")  # a server error would raise here
    assert answer.status_code in (200, 404, 422), answer.text
    if answer.status_code == 422:
        assert answer.json()["detail"].startswith("invalid parameter ")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(event_id=st.text(min_size=1, max_size=40).filter(lambda s: "/" not in s and s not in ".."))
def test_serve_api_params_fuzz_event_id(client: TestClient, event_id: str) -> None:
    from urllib.parse import quote

    answer = client.get(f"/api/events/{quote(event_id, safe='')}")
    assert answer.status_code in (404, 422), answer.text


@pytest.fixture(scope="module")
def evidence(db: Path) -> dict[str, list[str]]:
    with connect(db, read_only=True) as con:
        pairs = con.execute("SELECT event_id, text FROM mentions").fetchall()
        actors = con.execute("SELECT event_id, actor1, actor2 FROM events").fetchall()
    found: dict[str, list[str]] = {}
    for event_id, text in pairs:
        found.setdefault(f"text:{event_id}", []).append(text)
    for event_id, *names in actors:
        found[f"actor:{event_id}"] = [n for n in names if n]
    return found


_NEEDLE = st.text(alphabet="aeiounrstlKPé%_\\ -'", min_size=1, max_size=4)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kind=st.sampled_from(["text", "actor"]), needle=_NEEDLE)
def test_serve_api_params_substrings_are_literal_and_ignore_case(
    client: TestClient, evidence: dict[str, list[str]], kind: str, needle: str
) -> None:
    expected = sum(
        1
        for key, texts in evidence.items()
        if key.startswith(f"{kind}:") and any(needle.lower() in t.lower() for t in texts)
    )
    answer = client.get("/api/events?" + urlencode({kind: needle, "limit": 1}))
    assert answer.json()["total"] == expected
