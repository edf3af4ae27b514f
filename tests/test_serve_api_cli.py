"""`wirecoder serve`: bad stores stop it early; it serves HTTP, offline docs, and frees the file."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from wirecoder.cli import main
from wirecoder.serve import create_app
from wirecoder.store import StoreError, connect


@pytest.fixture()
def empty_store(tmp_path: Path) -> Path:
    path = tmp_path / "empty.duckdb"
    with connect(path):
        pass
    return path


def _not_a_store(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.duckdb"
    if kind == "text":
        path.write_text("event_id,country\n1,Kenya\n", encoding="utf-8")
    elif kind == "other-duckdb":
        con = duckdb.connect(str(path))
        con.execute("CREATE TABLE t (x INTEGER)")
        con.close()
    elif kind == "directory":
        path.mkdir()
    return path


@pytest.mark.parametrize("kind", ["missing", "text", "other-duckdb", "directory"])
def test_serve_api_cli_bad_store_is_one_line_exit_2(tmp_path: Path, kind: str) -> None:
    path = _not_a_store(tmp_path, kind)
    result = CliRunner().invoke(main, ["serve", "--db", str(path), "--port", "1"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 or "Usage:" in result.output  # click rejects a directory itself
    assert path.name in result.output


@pytest.mark.parametrize("kind", ["missing", "text", "other-duckdb"])
def test_serve_api_cli_create_app_refuses_bad_stores(tmp_path: Path, kind: str) -> None:
    with pytest.raises(StoreError, match=re.escape(str(tmp_path))):
        create_app(_not_a_store(tmp_path, kind))


def test_serve_api_cli_port_taken_is_one_line_exit_2(empty_store: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(empty_store), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def test_serve_api_cli_serves_over_http(empty_store: Path, tmp_path: Path) -> None:
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "wirecoder",
                "serve",
                "--db",
                str(empty_store),
                "--port",
                str(port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the server did not start: {log.read_text()}")
                time.sleep(0.2)
        assert answer.json()["status"] == "ok" and answer.json()["events"] == 0
        assert httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5).json()["total"] == 0
        assert f"http://127.0.0.1:{port}/" in log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_serve_api_cli_docs_load_nothing_from_the_network(empty_store: Path, page: str) -> None:
    client = TestClient(create_app(empty_store))
    html = client.get(page).text
    urls = re.findall(r"""(?:src|href|url)\s*[=:(]\s*['"]?([^'")\s>]+)""", html)
    assert urls, html
    for url in urls:
        assert url.startswith("/"), f"{page} loads {url}"
        assert client.get(url).status_code == 200
    assert "https://" not in html and "http://" not in html
    if page == "/docs":
        assert '"validatorUrl": null' in html


# Another process opens the file for writing, as `wirecoder ingest` does, and prints how long
# it waited.
WRITER = """
import sys, time, duckdb
began = time.monotonic()
while True:
    try:
        duckdb.connect(sys.argv[1]).execute("CHECKPOINT").fetchall()
        break
    except duckdb.IOException:
        time.sleep(0.05)
print(time.monotonic() - began)
"""


@pytest.mark.parametrize("linger", [0.0, 0.5])
def test_serve_api_cli_releases_the_file_when_idle(empty_store: Path, linger: float) -> None:
    client = TestClient(create_app(empty_store, linger=linger))
    assert client.get("/api/facets").status_code == 200
    waited = subprocess.run(
        [sys.executable, "-c", WRITER, str(empty_store)],
        check=True, timeout=60, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert float(waited) < linger + 3
    assert client.get("/api/health").status_code == 200
