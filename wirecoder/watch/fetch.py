"""HTTP for ``wirecoder watch``: one polite GET with timeouts, retries, a size cap and validators.

    Fetcher.get(url)  ->  Fetched (200 with a body, or 304 Not Modified)
                      ->  FetchError (after the retries a transient failure earns)

Every request names wirecoder, its version and where to read about it in the
User-Agent, so a site's operators can tell who is reading. Two requests to one
host are spaced by :attr:`FetchSettings.host_delay`.
"""

from __future__ import annotations

import datetime
import email.utils
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from wirecoder import __version__
from wirecoder.errors import WirecoderError

__all__ = ["USER_AGENT", "FetchError", "FetchSettings", "Fetched", "Fetcher"]

PROJECT_URL = "https://pypi.org/project/wirecoder/"
USER_AGENT = f"wirecoder/{__version__} (+{PROJECT_URL})"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.5"
# Statuses that say "try again later"; every other 4xx or 5xx is final for this poll.
_TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How wirecoder fetches; the defaults suit news sites polled every few minutes."""

    timeout: float = 20.0  # seconds for one attempt, connecting to the last byte
    retries: int = 2  # further attempts after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 2.0  # seconds before the first retry, doubled for each next one
    max_backoff: float = 60.0  # the longest wait, a server's Retry-After included
    max_feed_bytes: int = 5_000_000  # a feed larger than this is refused (most are < 500 kB)
    max_page_bytes: int = 3_000_000  # an article page larger than this is refused
    max_redirects: int = 5  # more hops than this is a redirect loop
    host_delay: float = 1.0  # seconds between two requests to one host (politeness)
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: the URL after redirects, the status (200 or 304) and, for 200, the body."""

    url: str
    status: int
    body: bytes = b""
    media_type: str = ""  # "text/html", lower case, without parameters
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """The server answered a conditional request with 304: nothing new since the last poll."""
        return self.status == 304


class FetchError(WirecoderError):
    """A URL could not be fetched; ``reason`` is one line for the log."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class _Stopped(Exception):
    """The watch was asked to stop while a retry or a politeness delay was waiting."""


class Fetcher:
    """A reusable HTTP client; ``with Fetcher() as f: f.get(url, max_bytes=...)``.

    ``transport`` replaces the network (tests pass ``httpx.MockTransport``); ``stop``
    cuts waits short when the watch is stopped.

    Example:
        >>> with Fetcher() as fetcher:                                           # doctest: +SKIP
        ...     page = fetcher.get("https://news.example/story", max_bytes=1_000_000)
        >>> page.status, page.media_type                                         # doctest: +SKIP
        (200, 'text/html')
    """

    def __init__(
        self,
        settings: FetchSettings = FetchSettings(),
        *,
        transport: httpx.BaseTransport | None = None,
        stop: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self._clock = clock
        self._last_request: dict[str, float] = {}  # host -> when its last request started
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections kept open for the next request."""
        self._client.close()

    def get(
        self,
        url: str,
        *,
        max_bytes: int,
        accept: str = PAGE_ACCEPT,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET ``url``, conditional when given ``etag``/``last_modified``; FetchError on failure."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                self._wait_for_host(url)
                try:
                    return self._once(url, headers, max_bytes)
                except _Retry as retry:
                    if attempt >= self.settings.retries:
                        raise FetchError(
                            url, f"{retry.reason} (after {attempt + 1} attempts)"
                        ) from None
                    delay = (
                        retry.after
                        if retry.after is not None
                        else self.settings.backoff * 2**attempt
                    )
                attempt += 1
                self._pause(url, min(delay, self.settings.max_backoff))
            except _Stopped:
                raise FetchError(url, "stopped before it was fetched") from None

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        """One attempt; _Retry for a failure worth another, FetchError for a final one."""
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(
                        str(response.url),
                        304,
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                    )
                if response.status_code in _TRANSIENT:
                    raise _Retry(f"HTTP {response.status_code}", _retry_after(response))
                if response.status_code != 200:
                    reason = response.reason_phrase or "error"
                    raise FetchError(url, f"HTTP {response.status_code} {reason}")
                body = self._read(url, response, max_bytes, started)
                media_type = response.headers.get("content-type", "")
                return Fetched(
                    url=str(response.url),
                    status=200,
                    body=body,
                    media_type=media_type.partition(";")[0].strip().lower(),
                    charset=response.charset_encoding,
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                )
        except httpx.TooManyRedirects:
            raise FetchError(
                url, f"redirected more than {self.settings.max_redirects} times (a redirect loop?)"
            ) from None
        except httpx.UnsupportedProtocol as error:
            raise FetchError(url, f"not an http(s) URL or redirect ({error})") from None
        except httpx.TimeoutException:
            raise _Retry(f"timed out after {self.settings.timeout:g}s", None) from None
        except (httpx.TransportError, httpx.DecodingError) as error:
            raise _Retry(f"{type(error).__name__}: {error}", None) from None
        except httpx.InvalidURL as error:
            raise FetchError(url, f"invalid URL ({error})") from None

    def _read(self, url: str, response: httpx.Response, max_bytes: int, started: float) -> bytes:
        """The body, refused past ``max_bytes`` (declared or counted) or the time limit."""
        too_big = f"larger than the {max_bytes:,}-byte limit"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(url, f"{too_big} ({int(declared):,} bytes declared)")
        chunks: list[bytes] = []
        size = 0
        # Counted after decompression, so a small gzip bomb is refused too.
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(url, too_big)
            if self._clock() - started > self.settings.timeout:
                raise _Retry(f"timed out after {self.settings.timeout:g}s (body too slow)", None)
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        """Sleep until ``host_delay`` has passed since the last request to the URL's host."""
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            remaining = last + self.settings.host_delay - self._clock()
            if remaining > 0:
                self._pause(url, remaining)
        self._last_request[host] = self._clock()

    def _pause(self, url: str, seconds: float) -> None:
        """Wait ``seconds``, or less when the watch is stopped meanwhile."""
        if self.stop.wait(seconds):
            raise _Stopped(url)


class _Retry(Exception):
    """A transient failure: worth another attempt after ``after`` seconds (None: the backoff)."""

    def __init__(self, reason: str, after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after


def _retry_after(response: httpx.Response) -> float | None:
    """A Retry-After header in seconds (it may be a number or an HTTP date), else None."""
    value = response.headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": UTC by RFC 5322
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - time.time())
