"""Support for the explorer's browser tests: a live server on loopback and headless Chromium.

The browser is Debian's ``chromium`` driven by the ``playwright`` package (never a browser
Playwright downloads itself). When either is missing the tests skip with the reason, except under
``CI=true``, where a missing browser fails them: CI must really run them.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Headless, and quiet: no first-run, sync, update or background traffic of Chromium's own.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
LOCAL_HOSTS = frozenset({"127.0.0.1"})


def missing(reason: str) -> None:
    """Skip the test for ``reason``, or fail it under CI, where the browser must be there."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run; `make browser` installs it)")
    pytest.skip(f"{reason}; `make browser` installs it")


def chromium_path() -> str:
    """The Chromium executable, or a skip (a failure under CI) saying it is missing."""
    for path in CHROMIUM_PATHS:
        if os.access(path, os.X_OK):
            return path
    found = shutil.which("chromium")
    if found:
        return found
    missing("Debian's chromium is not installed (looked for " + ", ".join(CHROMIUM_PATHS) + ")")
    raise AssertionError("unreachable")


@dataclass
class LiveServer:
    """uvicorn serving ``app`` on a free loopback port, in a thread of this process."""

    app: Any
    url: str = ""
    _server: Any = None
    _thread: threading.Thread | None = None

    def start(self) -> None:
        """Bind a free port on 127.0.0.1 and wait until the server answers."""
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start within 15 s")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for its thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)


@dataclass
class Traffic:
    """Every request the browser made and every console error or page exception it reported."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """Requests to anything but the loopback server (data: URLs never leave the page)."""
        return [
            url for url in self.requests
            if not url.startswith("data:") and urlsplit(url).hostname not in LOCAL_HOSTS
        ]  # fmt: skip


@contextmanager
def chromium_context(profile: Path) -> Iterator[tuple[Any, Traffic]]:
    """A headless Chromium context on a fresh profile, and the traffic it records."""
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright package is not installed (pip install -e '.[test]')")
    traffic = Traffic()
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=list(CHROMIUM_ARGS),
            viewport={"width": 1400, "height": 850},
        )
        context.on("request", lambda request: traffic.requests.append(request.url))
        context.on("console", lambda message: _console(traffic, message))
        context.on("weberror", lambda error: traffic.errors.append(f"page: {error.error}"))
        try:
            yield context, traffic
        finally:
            context.close()


def _console(traffic: Traffic, message: Any) -> None:
    """Keep console errors (failed loads among them)."""
    if message.type == "error":
        traffic.errors.append(f"console {message.type}: {message.text}")
