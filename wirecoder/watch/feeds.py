"""The feed list (FEEDS.txt) and the polling interval, checked before anything is fetched."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from wirecoder.errors import InputError, WirecoderError

__all__ = ["IntervalError", "parse_interval", "read_feed_list"]

_UNITS = {"s": 1, "m": 60, "h": 3600}
_INTERVAL = re.compile(r"(\d+)([smh])")
# A comment starts a line, or follows whitespace: "#" inside a URL is a fragment.
_COMMENT = re.compile(r"(?:^|\s)#.*$")


class IntervalError(WirecoderError):
    """An ``--interval`` value wirecoder cannot read."""


def read_feed_list(path: str | Path) -> tuple[str, ...]:
    """The feed URLs of a feed list: one http(s) URL a line, ``#`` comments, blank lines.

    A URL given twice is polled once. A bad line raises InputError naming ``FILE:LINE``.

    Example:
        >>> import tempfile, os
        >>> name = os.path.join(tempfile.mkdtemp(), "feeds.txt")
        >>> _ = open(name, "w").write("# Kenya\\nhttps://news.example/rss.xml  # desk\\n\\n")
        >>> read_feed_list(name)
        ('https://news.example/rss.xml',)
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such feed list; write one feed URL per line") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the feed list: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad_line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{path}:{bad_line}: not UTF-8 text; save the feed list as UTF-8") from None
    urls: dict[str, None] = {}  # ordered and without repeats
    for number, raw in enumerate(text.splitlines(), 1):
        line = _COMMENT.sub("", raw).strip()
        if line:
            urls.setdefault(_checked_url(line, f"{path}:{number}"), None)
    if not urls:
        raise InputError(f"{path}: no feed URL in the feed list; write one http(s) URL per line")
    return tuple(urls)


def _checked_url(line: str, where: str) -> str:
    """``line`` when it is one absolute http(s) URL, else an InputError naming ``where``."""
    shown = line if len(line) <= 80 else line[:77] + "..."
    if any(c.isspace() for c in line):
        raise InputError(
            f"{where}: {shown!r} is not one URL (it holds spaces); write one feed URL per line "
            "and start comments with #"
        )
    try:
        parts = urlsplit(line)
        _ = parts.port  # raises ValueError on a port out of range
    except ValueError as error:
        raise InputError(f"{where}: {shown!r} is not a valid URL ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"{where}: {shown!r} is not an http(s) URL; write it in full, like "
            "https://example.org/feed.xml"
        )
    return line


def parse_interval(text: str) -> float:
    """Seconds in an interval written like ``30s``, ``15m``, ``1h`` or ``1h30m``.

    Example:
        >>> parse_interval("15m"), parse_interval("1h30m"), parse_interval("45s")
        (900.0, 5400.0, 45.0)
    """
    compact = text.strip().lower()
    parts = _INTERVAL.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise IntervalError(
            f"--interval {text!r}: write a number and a unit, s, m or h (30s, 15m, 1h, 1h30m)"
        )
    seconds = float(sum(int(n) * _UNITS[u] for n, u in parts))
    if seconds <= 0:
        raise IntervalError(f"--interval {text!r}: the interval must be longer than 0 seconds")
    return seconds
