"""The browser-test helpers: a missing browser skips (fails under CI), outside requests are caught."""

from __future__ import annotations

import pytest

import browser_support
from browser_support import Traffic, chromium_path


@pytest.mark.parametrize(
    ("ci", "outcome"),
    [("", pytest.skip.Exception), ("false", pytest.skip.Exception), ("true", pytest.fail.Exception)],
)
def test_serve_browser_support_missing_chromium_skips_or_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(browser_support, "CHROMIUM_PATHS", ("/nonexistent/chromium",))
    monkeypatch.setattr(browser_support.shutil, "which", lambda _name: None)
    with pytest.raises(outcome, match="chromium is not installed"):
        chromium_path()


@pytest.mark.parametrize(
    ("url", "outside"),
    [
        ("http://127.0.0.1:8123/api/events?country=Kenya", False),
        ("data:image/png;base64,AAAA", False),
        ("https://unpkg.com/leaflet/dist/leaflet.js", True),
        ("http://localhost:8123/", True),  # the page is served from 127.0.0.1 only
        ("http://10.0.0.1/tile.png", True),
    ],
)
def test_serve_browser_support_outside_flags_every_other_host(url: str, outside: bool) -> None:
    traffic = Traffic(requests=[url])
    assert traffic.outside() == ([url] if outside else [])
