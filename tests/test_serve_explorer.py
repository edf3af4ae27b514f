"""The explorer's routes serve the page and its assets locally, and the page names no other host."""

from __future__ import annotations

import re
from pathlib import Path

import fastapi
import pytest
from fastapi.testclient import TestClient

from wirecoder.serve import explorer

STATIC = explorer.STATIC_DIR


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    app = fastapi.FastAPI()
    explorer.mount(app, cache_dir=tmp_path_factory.mktemp("cache"))
    return TestClient(app)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/", "text/html"),
        ("/static/explorer.css", "text/css"),
        ("/static/js/main.js", "javascript"),
        ("/vendor/leaflet/leaflet.js", "javascript"),
        ("/vendor/leaflet/leaflet.css", "text/css"),
        ("/basemap/countries.geojson", "application/geo+json"),
    ],
)
def test_serve_explorer_serves_page_and_assets(client: TestClient, path: str, kind: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert kind in response.headers["content-type"]


def test_serve_explorer_page_loads_every_script_and_style_it_names(client: TestClient) -> None:
    page = client.get("/").text
    names = re.findall(r'(?:src|href)="(/[^"]+)"', page)
    imports = [
        f"/static/js/{name}"
        for path in STATIC.glob("js/*.js")
        for name in re.findall(r'from "\./([\w.]+)"', path.read_text())
    ]
    assert {"/static/js/main.js", "/vendor/leaflet/leaflet.js"} <= set(names)
    for name in names + imports:
        if not name.startswith("/api/") and name != "/docs":
            assert client.get(name).status_code == 200, name


@pytest.mark.parametrize("path", sorted(p for p in STATIC.rglob("*") if p.is_file()), ids=str)
def test_serve_explorer_static_files_name_no_other_host(path: Path) -> None:
    # A CDN link or a tile server would break the explorer on an air-gapped laptop. (The SVG
    # namespace is a name, never fetched.)
    text = path.read_text().replace('"http://www.w3.org/2000/svg"', "")
    assert not re.findall(r"(?:https?:)?//[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?![.(])", text)
