"""The fetcher against a local server: user agent, conditional requests, retries, limits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from watch_support import FeedServer, Route

from wirecoder import __version__
from wirecoder.watch import USER_AGENT, Fetcher, FetchError, FetchSettings

FAST = FetchSettings(timeout=0.5, retries=1, backoff=0.01, host_delay=0.0, max_page_bytes=20_000)


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as client:
        yield client


def test_watch_fetch_names_wirecoder_its_version_and_a_url(server, fetcher) -> None:
    server.routes["/p"] = Route(b"<p>ok</p>")
    page = fetcher.get(server.url("/p"), max_bytes=1000)
    agent = server.last("/p").headers["user-agent"]
    assert agent == USER_AGENT
    assert agent.startswith(f"wirecoder/{__version__} (+https://")
    assert (page.status, page.body, page.media_type, page.charset) == (
        200,
        b"<p>ok</p>",
        "text/html",
        "utf-8",
    )


def test_watch_fetch_sends_validators_and_reads_304(server, fetcher) -> None:
    stamp = "Tue, 07 May 2024 07:00:00 GMT"
    server.routes["/rss"] = Route(b"<rss/>", etag='"v1"', last_modified=stamp)
    first = fetcher.get(server.url("/rss"), max_bytes=1000)
    assert "if-none-match" not in server.last("/rss").headers
    second = fetcher.get(
        server.url("/rss"), max_bytes=1000, etag=first.etag, last_modified=first.last_modified
    )
    sent = server.last("/rss").headers
    assert (sent["if-none-match"], sent["if-modified-since"]) == ('"v1"', stamp)
    assert second.not_modified and second.body == b""


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (None, "HTTP 404 Not Found"),
        (Route(b"gone", status=410), "HTTP 410"),
        (Route(b"x", delay=1.5), "timed out after 0.5s (after 2 attempts)"),
        (Route(b"<p>" + b"x" * 50_000 + b"</p>"), "larger than the 20,000-byte limit (50,007"),
        (Route(b"<p>" + b"x" * 50_000 + b"</p>", send_length=False), "larger than the 20,000"),
        (Route(b"", status=302, headers={"Location": "/loop"}), "redirected more than 5 times"),
        (Route(b"", status=302, headers={"Location": "ftp://files.example/x"}), "not an http(s)"),
    ],
    ids=["404", "410", "slow", "declared-too-big", "streamed-too-big", "redirect-loop", "ftp"],
)
def test_watch_fetch_failures_say_why(server, fetcher, route: Route | None, reason: str) -> None:
    if route is not None:
        server.routes["/loop"] = route
    started = time.monotonic()
    with pytest.raises(FetchError, match=rf"^{server.url('/loop')}: ") as caught:
        fetcher.get(server.url("/loop"), max_bytes=FAST.max_page_bytes)
    assert reason in caught.value.reason
    assert time.monotonic() - started < 3  # a slow server costs the timeout per attempt, no more


def test_watch_fetch_retries_transient_errors_then_succeeds(server, fetcher) -> None:
    server.routes["/busy"] = Route(b"<p>ok</p>", fail_first=1)
    assert fetcher.get(server.url("/busy"), max_bytes=1000).body == b"<p>ok</p>"
    assert server.hits("/busy") == 2


def test_watch_fetch_honours_retry_after_up_to_max_backoff(server) -> None:
    server.routes["/busy"] = Route(b"<p>ok</p>", fail_first=1, retry_after="3600")
    with Fetcher(FetchSettings(backoff=0, max_backoff=0.3, host_delay=0)) as client:
        started = time.monotonic()
        client.get(server.url("/busy"), max_bytes=1000)
    assert 0.3 <= time.monotonic() - started < 2


def test_watch_fetch_gives_up_after_the_retries(server, fetcher) -> None:
    server.routes["/busy"] = Route(b"<p>ok</p>", fail_first=5)
    with pytest.raises(FetchError, match=r"HTTP 503 \(after 2 attempts\)"):
        fetcher.get(server.url("/busy"), max_bytes=1000)
    assert server.hits("/busy") == 2


def test_watch_fetch_spaces_requests_to_one_host(server) -> None:
    server.routes["/p"] = Route(b"<p>ok</p>")
    with Fetcher(FetchSettings(host_delay=0.3)) as polite:
        started = time.monotonic()
        for _ in range(3):
            polite.get(server.url("/p"), max_bytes=1000)
    assert time.monotonic() - started >= 0.6


def test_watch_fetch_stop_cuts_a_retry_wait_short(server) -> None:
    server.routes["/busy"] = Route(b"<p>ok</p>", fail_first=5)
    stop = threading.Event()
    with Fetcher(FetchSettings(backoff=30, host_delay=0), stop=stop) as patient:
        threading.Timer(0.2, stop.set).start()
        started = time.monotonic()
        with pytest.raises(FetchError, match="stopped before it was fetched"):
            patient.get(server.url("/busy"), max_bytes=1000)
    assert time.monotonic() - started < 5
