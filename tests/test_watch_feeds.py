"""The feed list (FEEDS.txt) and --interval: what is accepted, and errors that name FILE:LINE."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.errors import InputError
from wirecoder.watch import IntervalError, parse_interval, read_feed_list


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "feeds.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_watch_feeds_reads_urls_comments_and_blank_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "\ufeff# East Africa desks\n"
        "https://news.example/africa/rss.xml\n"
        "\n"
        "   http://wire.example:8080/feed?region=sahel#top   # fragment kept, comment dropped\n"
        "  # indented comment\n"
        "https://news.example/africa/rss.xml\n",  # repeated: polled once
    )
    assert read_feed_list(path) == (
        "https://news.example/africa/rss.xml",
        "http://wire.example:8080/feed?region=sahel#top",
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("news.example/rss.xml", "is not an http(s) URL"),
        ("ftp://news.example/rss.xml", "is not an http(s) URL"),
        ("https:///rss.xml", "is not an http(s) URL"),
        ("https://news.example/rss.xml https://other.example/rss", "is not one URL"),
        ("https://news.example:99999/rss.xml", "is not a valid URL"),
    ],
)
def test_watch_feeds_bad_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = _write(tmp_path, f"# feeds\nhttps://ok.example/rss\n{line}\n")
    with pytest.raises(InputError) as caught:
        read_feed_list(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("# only comments\n\n", "no feed URL in the feed list"),
        (b"https://ok.example/rss\nhttps://caf\xe9.example/rss\n", ":2: not UTF-8 text"),
    ],
)
def test_watch_feeds_empty_or_undecodable_list(
    tmp_path: Path, content: str | bytes, problem: str
) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(InputError, match=problem):
        read_feed_list(path)


def test_watch_feeds_missing_list(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such feed list"):
        read_feed_list(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), (" 2M ", 120), ("90s", 90)],
)
def test_watch_feeds_interval_units(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "15", "15 m", "1d", "m", "-5m", "1.5h", "0s", "0m0s"])
def test_watch_feeds_interval_rejects(text: str) -> None:
    with pytest.raises(IntervalError, match="--interval"):
        parse_interval(text)


@given(st.lists(st.tuples(st.integers(1, 500), st.sampled_from("smh")), min_size=1, max_size=3))
def test_watch_feeds_interval_sums_its_parts(parts: list[tuple[int, str]]) -> None:
    text = "".join(f"{n}{unit}" for n, unit in parts)
    expected = sum(n * {"s": 1, "m": 60, "h": 3600}[unit] for n, unit in parts)
    assert parse_interval(text) == expected
