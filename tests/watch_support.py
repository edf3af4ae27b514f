"""Helpers for the watch tests (no tests here): a local HTTP server, feeds and wire-copy pages.

The server listens on a free loopback port in a thread, so no test touches the network. Each
path answers as its Route says (status, delay, validators, 503s before succeeding) and every
request is recorded with its headers, so tests can assert what was asked and how.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

from wirecoder.model import Article


@dataclass
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    etag: str | None = None  # 304 when If-None-Match matches
    last_modified: str | None = None  # 304 when If-Modified-Since matches
    send_length: bool = True  # False: no Content-Length, the body ends when the connection does
    fail_first: int = 0  # answer 503 this many times before answering properly
    retry_after: str | None = None  # the Retry-After header of those 503s


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]


class FeedServer:
    """A threaded HTTP server on 127.0.0.1: ``with FeedServer() as s: s.url("/rss.xml")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a handler still sleeping must not hold up the test
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def hits(self, path: str) -> int:
        """How many requests asked for ``path``."""
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def last(self, path: str) -> Request:
        """The latest request for ``path``."""
        with self._lock:
            return [r for r in self.requests if r.path == path][-1]

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)


def _handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class answering from ``server.routes``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            server.record(Request(self.path, headers))
            route = server.routes.get(self.path)
            if route is None:
                self._answer(404, b"<html><body><p>Page not found.</p></body></html>")
                return
            if route.fail_first > 0:
                route.fail_first -= 1
                wait = {"Retry-After": route.retry_after} if route.retry_after else {}
                self._answer(503, b"busy", extra=wait)
                return
            time.sleep(route.delay)
            if (route.etag and headers.get("if-none-match") == route.etag) or (
                route.last_modified and headers.get("if-modified-since") == route.last_modified
            ):
                self._answer(304, b"", extra=self._validators(route))
                return
            extra = {**route.headers, **self._validators(route), "Content-Type": route.content_type}
            self._answer(route.status, route.body, extra=extra, length=route.send_length)

        @staticmethod
        def _validators(route: Route) -> dict[str, str]:
            found = {"ETag": route.etag, "Last-Modified": route.last_modified}
            return {k: v for k, v in found.items() if v}

        def _answer(
            self,
            status: int,
            body: bytes,
            *,
            extra: dict[str, str] | None = None,
            length: bool = True,
        ) -> None:
            try:
                self.send_response(status)
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout or a size cap under test)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
            pass  # keep the test output clean

    return Handler


class StubPipeline:
    """Returns each article unchanged, with no events; records what it was given."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.seen.append(article)
            yield article


# ---- Feeds and pages, written for these tests in wire-copy style. ----------------------------

STORIES: dict[str, tuple[str, str, Sequence[str]]] = {
    # path: (headline, published, paragraphs)
    "/africa/garissa-police-post-attack": (
        "Militants attack police post near Somali border",
        "2024-05-07T09:40:00+03:00",
        (
            "GARISSA, Kenya (AP) - Suspected al-Shabaab militants attacked a police post in "
            "Garissa county on Tuesday, killing three officers and wounding two others, a regional "
            "police commander said.",
            "The attackers fired rocket-propelled grenades at the post before dawn and fled toward "
            "the border after a gunfight that lasted about an hour, the commander told reporters.",
            "Security forces have since launched a search operation in the area, he said.",
        ),
    ),
    "/africa/kisumu-fuel-protest": (
        "Traders march in Kisumu over fuel prices",
        "2024-05-07T14:05:00+03:00",
        (
            "KISUMU, Kenya (Reuters) - Hundreds of traders marched through central Kisumu on "
            "Tuesday to protest against a rise in fuel prices, blocking the main road to the port "
            "for several hours.",
            "Police watched the march, which ended peacefully outside the county offices where "
            "organisers handed in a petition, witnesses said.",
        ),
    ),
    "/africa/maiduguri-clash": (
        "Troops repel insurgent raid on Borno town",
        "2024-05-06T18:20:00+01:00",
        (
            "MAIDUGURI, Nigeria (AFP) - Nigerian troops repelled an attack by Boko Haram fighters "
            "on a military base near Maiduguri on Monday, killing eleven of the insurgents, the "
            "army said in a statement.",
            "Two soldiers were wounded in the clash, which began at dusk and lasted into the "
            "night, according to the statement.",
        ),
    ),
    "/world/mopti-ambush": (
        "Convoy ambushed in central Mali",
        "2024-05-05T11:00:00Z",
        (
            "BAMAKO (Reuters) - Gunmen ambushed a convoy of trucks on the road between Mopti and "
            "Sevare on Sunday, killing four drivers, a local official said.",
            "No group has claimed the attack. The official said the gunmen set two of the trucks "
            "on fire before leaving on motorcycles.",
        ),
    ),
    "/world/bamako-curfew": (
        "Curfew lifted in Bamako district",
        "2024-05-04T08:30:00Z",
        (
            "BAMAKO (AFP) - Authorities lifted a night curfew in a district of the Malian capital "
            "on Saturday, a week after it was imposed following clashes between youths and police.",
            "Shops reopened in the evening and traffic returned to the main avenue, "
            "residents said.",
        ),
    ),
}


def page(path: str) -> bytes:
    """The HTML of a story, with the page chrome a news site wraps around it."""
    headline, published, paragraphs = STORIES[path]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{escape(headline)} | Example Wire</title>"
        f'<meta property="article:published_time" content="{published}">'
        "</head><body><nav><a href='/'>Home</a> <a href='/africa'>Africa</a></nav>"
        f"<article><h1>{escape(headline)}</h1>{body}</article>"
        "<footer><p>Copyright Example Wire. All rights reserved.</p></footer></body></html>"
    ).encode()


def rss(server: FeedServer, paths: Sequence[str], title: str = "Example Wire - Africa") -> bytes:
    """An RSS 2.0 feed listing ``paths`` of ``server``, newest first."""
    items = "".join(
        f"<item><title>{escape(STORIES[p][0]) if p in STORIES else 'Untitled'}</title>"
        f"<link>{server.url(p)}</link><guid>{server.url(p)}</guid>"
        "<pubDate>Tue, 07 May 2024 10:00:00 +0300</pubDate></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{server.url('/')}</link>"
        f"<description>Latest stories</description>{items}</channel></rss>"
    ).encode()


def atom(server: FeedServer, paths: Sequence[str]) -> bytes:
    """An Atom feed listing ``paths`` of ``server``, with their publication times."""
    entries = "".join(
        f"<entry><title>{escape(STORIES[p][0])}</title>"
        f'<link rel="alternate" href="{server.url(p)}"/><id>urn:example:{p}</id>'
        f"<updated>{STORIES[p][1]}</updated></entry>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Example Wire - World</title><id>urn:example:world</id>"
        f"<updated>2024-05-05T11:00:00Z</updated>{entries}</feed>"
    ).encode()


BROKEN_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    b"<item><title>Half a headline"
)
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
