"""The explorer in a real headless Chromium, against a live server on a store of the demo corpus.

Every test also checks (in the ``page`` fixture) that the page logged no error and that no
request left 127.0.0.1. Screenshots go to build/ (git-ignored).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from browser_support import LiveServer, Traffic, chromium_context

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
READY = "body[data-state=ready]"

pytestmark = pytest.mark.slow  # extracts the demo corpus with the spaCy pipeline


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    from wirecoder.store import ingest

    db = tmp_path_factory.mktemp("explorer") / "demo.duckdb"
    ingest([str(REPO / "demo" / "corpus")], db=db, pipeline=pipeline)
    return db


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[LiveServer]:
    from wirecoder.serve.app import create_app

    live = LiveServer(create_app(store))
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from wirecoder.serve.app import create_app
    from wirecoder.store import connect

    db = tmp_path_factory.mktemp("explorer-empty") / "empty.duckdb"
    with connect(db):
        pass  # a new store: the schema and no event
    live = LiveServer(create_app(db))
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Traffic]]:
    with chromium_context(tmp_path_factory.mktemp("chromium-profile")) as opened:
        yield opened


@pytest.fixture()
def page(browser: tuple[Any, Traffic], server: LiveServer) -> Iterator[Any]:
    context, traffic = browser
    traffic.requests.clear()
    traffic.errors.clear()
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    tab.close()
    assert traffic.errors == [], "the page reported errors"
    assert traffic.outside() == [], "requests left 127.0.0.1"
    assert traffic.requests, "no request was recorded"


def count(store: Path, sql_where: str = "TRUE", params: tuple[Any, ...] = ()) -> int:
    """Events in the store matching a condition (read-only, closed at once)."""
    from wirecoder.store import connect

    with connect(store, read_only=True) as con:
        row = con.execute(f"SELECT count(*) FROM events WHERE {sql_where}", list(params)).fetchone()
    return int(row[0]) if row else 0


def matching(store: Path, **filters: Any) -> int:
    """Events matching the explorer's filters, as the store counts them."""
    from wirecoder.store import EventFilter, connect, count_events

    with connect(store, read_only=True) as con:
        return count_events(con, EventFilter(**filters))


def load(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY)


def query(page: Any) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def page_total(page: Any) -> int:
    """The 'of N' of the list's page label ('1–50 of 90', or '0')."""
    label = page.inner_text("#page-label")
    return int(label.rsplit(" ", 1)[-1].replace(",", ""))


def test_serve_browser_loads_offline_with_map_timeline_and_list(
    page: Any, server: LiveServer, store: Path
) -> None:
    load(page, server.url + "/")
    BUILD.mkdir(exist_ok=True)
    page.screenshot(path=str(BUILD / "explorer.png"))
    located = count(store, "latitude IS NOT NULL")
    assert page.evaluate("window.explorer.mapCounts()")["events"] == located
    # Country outlines (SVG paths) and at least one event marker or cluster.
    assert page.locator(".leaflet-overlay-pane path").count() > 150
    assert page.locator(".cluster").count() + page.locator(
        ".leaflet-events-pane path.leaflet-interactive").count() > 0
    assert page.locator("#timeline rect.bar").count() > 3
    assert page_total(page) == count(store)
    assert page.locator("#events li.event").count() == min(50, count(store))


@pytest.mark.parametrize(
    ("name", "value", "filters"),
    [
        ("country", "Kenya", {"country": "Kenya"}),
        ("event_type", "Protests", {"event_type": "Protests"}),
        ("actor", "police", {"actor": "police"}),
        ("min_fatalities", "5", {"min_fatalities": 5}),
    ],
)
def test_serve_browser_filter_changes_list_and_url_and_survives_reload(
    page: Any, server: LiveServer, store: Path, name: str, value: str, filters: dict[str, Any]
) -> None:
    load(page, server.url + "/")
    field = page.locator(f"#filters [name={name}]")
    if name in {"country", "event_type"}:
        field.select_option(value)
    else:
        field.fill(value)
        field.press("Tab")  # a change event, as a person leaving the field makes
    page.wait_for_url(f"**{name}={value}**")
    page.wait_for_selector(READY)
    expected = matching(store, **filters)
    assert 0 < expected < count(store)
    assert page_total(page) == expected
    assert query(page)[name] == value

    page.reload()
    page.wait_for_selector(READY)
    assert page.locator(f"#filters [name={name}]").input_value() == value
    assert page_total(page) == expected
    assert page.evaluate("window.explorer.mapCounts()")["events"] <= expected


def test_serve_browser_back_button_restores_the_previous_filter(
    page: Any, server: LiveServer, store: Path
) -> None:
    load(page, server.url + "/")
    page.locator("#filters [name=country]").select_option("Kenya")
    page.wait_for_url("**country=Kenya**")
    page.wait_for_selector(READY)
    page.go_back()
    page.wait_for_function("!location.search.includes('country=')")
    page.wait_for_selector(READY)
    assert page.locator("#filters [name=country]").input_value() == ""
    assert page_total(page) == count(store)


def test_serve_browser_invalid_address_values_are_dropped_with_a_notice(
    page: Any, server: LiveServer, store: Path
) -> None:
    load(page, server.url + "/?country=Kenya&min_fatalities=many&since=2023-02-30")
    assert "min_fatalities=many" in page.inner_text("#error")
    assert "since=2023-02-30" in page.inner_text("#error")
    assert page_total(page) == matching(store, country="Kenya")
    assert "min_fatalities" not in query(page) and "since" not in query(page)


def test_serve_browser_empty_store_shows_an_empty_world(page: Any, empty_server: LiveServer) -> None:
    load(page, empty_server.url + "/")
    assert page_total(page) == 0
    assert page.evaluate("window.explorer.mapCounts()") == {"markers": 0, "events": 0}
    assert page.locator(".leaflet-overlay-pane path").count() > 150
    assert "No event matches" in page.inner_text("#events")


def test_serve_browser_country_filter_lists_only_that_country(
    page: Any, server: LiveServer
) -> None:
    load(page, server.url + "/?country=KEN")
    places = page.locator("#events li.event .where").all_inner_texts()
    assert places and all(text.endswith("Kenya") for text in places)
    assert page.locator("#filters [name=country]").input_value() == "Kenya"


def test_serve_browser_timeline_brush_sets_dates(
    page: Any, server: LiveServer, store: Path
) -> None:
    load(page, server.url + "/")
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**since=**")
    page.wait_for_selector(READY)
    state = query(page)
    assert state["since"] <= state["until"]
    expected = count(store, "event_date BETWEEN ? AND ?", (state["since"], state["until"]))
    assert page_total(page) == expected
    assert page.locator("#timeline rect.brush").count() == 1
    assert page.locator("#filters [name=since]").input_value() == state["since"]
    page.screenshot(path=str(BUILD / "explorer-brushed.png"))


def _event_with_url(store: Path) -> tuple[str, str]:
    from wirecoder.store import connect

    with connect(store, read_only=True) as con:
        row = con.execute(
            "SELECT m.event_id, a.url FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE a.url LIKE 'http%' ORDER BY m.event_id LIMIT 1"
        ).fetchone()
    assert row, "the demo corpus has articles with URLs"
    return str(row[0]), str(row[1])


def test_serve_browser_detail_highlights_evidence_in_paragraph(
    page: Any, server: LiveServer
) -> None:
    load(page, server.url + "/")
    first = page.locator("#events li.event").first
    event_id = first.get_attribute("data-event-id")
    first.click()
    page.wait_for_selector("#detail mark")
    assert query(page)["event"] == event_id
    detail = json.loads(page.request.get(f"{server.url}/api/events/{event_id}").text())
    marks = page.locator("#detail mark").all_inner_texts()
    assert sorted(marks) == sorted(m["evidence"] for m in detail["mentions"])
    # Each evidence sentence is shown inside its paragraph, not alone.
    paragraphs = page.locator("#detail .paragraph").all_inner_texts()
    for mention in detail["mentions"]:
        assert any(mention["paragraph"] == text for text in paragraphs)
    page.screenshot(path=str(BUILD / "explorer-detail.png"))

    page.reload()
    page.wait_for_selector("#detail mark")
    assert page.locator("#detail mark").all_inner_texts() == marks


def test_serve_browser_detail_links_the_source(
    page: Any, server: LiveServer, store: Path
) -> None:
    event_id, url = _event_with_url(store)
    load(page, f"{server.url}/?event={event_id}")
    page.wait_for_selector("#detail mark")
    assert page.locator(f'#detail a.source[href="{url}"]').count() >= 1


@pytest.mark.parametrize("kind", ["csv", "geojson"])
def test_serve_browser_export_links_carry_the_filter(
    page: Any, server: LiveServer, store: Path, kind: str
) -> None:
    load(page, server.url + "/?country=Kenya&min_fatalities=1")
    href = page.get_attribute(f"#export-{kind}", "href")
    assert href is not None
    params = parse_qs(urlsplit(href).query)
    assert params["country"] == ["Kenya"] and params["min_fatalities"] == ["1"]
    body = page.request.get(server.url + href).text()
    expected = matching(store, country="Kenya", min_fatalities=1)
    assert expected > 0
    if kind == "csv":
        assert len(list(csv.DictReader(io.StringIO(body)))) == expected
    else:
        assert len(json.loads(body)["features"]) == expected
