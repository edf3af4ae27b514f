"""Gzipped inputs of any format, recognised by their magic bytes; damaged gzip keeps what came before."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from read_bulk_support import DATED_PAGE, STORIES, feed_lines

from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs


def _feed(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _summary(items: object) -> list[tuple[str, str]]:
    return [(i.id, i.text) if isinstance(i, Article) else ("SKIP", str(i)) for i in items]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.json.gz", "feed.gz", "feed", "feed.txt"])
def test_read_gzip_feed_any_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(_feed(feed_lines())))
    items = list(read_inputs([str(path)]))
    assert [(i.id, i.origin) for i in items] == [  # type: ignore[union-attr]
        (f"f{n}", f"{path}:{n + 1}") for n in range(len(STORIES))
    ]


@pytest.mark.parametrize(
    ("name", "content", "expected_id"),
    [
        ("page.html.gz", DATED_PAGE, "page"),
        ("story.txt.gz", f"NAIROBI (AP) - {STORIES[0]}", "story"),
        ("scrape.json.gz", json.dumps([{"id": "s1", "text": STORIES[1]}], indent=2), "s1"),
    ],
)
def test_read_gzip_other_formats(tmp_path: Path, name: str, content: str, expected_id: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.id == expected_id


def test_read_gzip_stdin_and_forced_format(tmp_path: Path) -> None:
    data = gzip.compress(_feed(feed_lines(2)))
    assert [i.id for i in read_inputs(["-"], stdin=io.BytesIO(data))] == ["f0", "f1"]  # type: ignore[union-attr]
    (as_text,) = read_inputs(["-"], "text", stdin=io.BytesIO(data))
    assert isinstance(as_text, Article) and as_text.text.startswith('{"id": "f0"')


def test_read_gzip_truncated_feed_keeps_the_lines_before(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"r{n}", "text": f"Police arrested {n} people in Mombasa on {n} May."})
        for n in range(2000)
    ]
    whole = gzip.compress(_feed(lines))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_inputs([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(articles) > 500
    assert [a.id for a in articles] == [f"r{n}" for n in range(len(articles))]
    # The cut line and the gzip damage are one line on stderr.
    assert len(skipped) == 1 and items[-1] is skipped[0]
    assert skipped[0].origin == f"{path}:{len(articles) + 1}"
    assert "line is not valid JSON" in skipped[0].reason
    assert "the gzip file is truncated (its compressed data ends early); what came before" in (
        skipped[0].reason
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(20), "the gzip file is corrupt (invalid stored block lengths)"),
        (gzip.compress(b""), "empty file"),
    ],
)
def test_read_gzip_broken_or_empty(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "broken.gz"
    path.write_bytes(data)
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Skipped) and reason in items[0].reason


def test_read_gzip_trailing_garbage(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_feed(feed_lines(3))) + b"leftover bytes of a bad download")
    items = list(read_inputs([str(path)]))
    assert [i.id for i in items[:3]] == ["f0", "f1", "f2"]  # type: ignore[union-attr]
    assert str(items[3]).startswith(
        f"{path}: skipped: the gzip file has bytes after its end that are not gzip data"
    )


@settings(max_examples=25, deadline=None)
@given(
    cuts=st.lists(st.integers(min_value=1, max_value=11), unique=True, max_size=5),
    zipped=st.lists(st.booleans(), min_size=6, max_size=6),
    members=st.booleans(),
)
def test_read_gzip_any_split_reads_the_same_articles(
    cuts: list[int], zipped: list[bool], members: bool
) -> None:
    """A feed cut into files, each gzipped or not (or into gzip members of one file): same articles."""
    lines = feed_lines(12)
    parts = [lines[a:b] for a, b in zip([0, *sorted(cuts)], [*sorted(cuts), len(lines)], strict=True)]
    expected = [(f"f{n}", STORIES[n % len(STORIES)]) for n in range(len(lines))]
    if members:  # concatenated gzip members are one valid .gz
        data = b"".join(gzip.compress(_feed(part)) for part in parts)
        assert _summary(read_inputs(["-"], stdin=io.BytesIO(data))) == expected
        return
    with tempfile.TemporaryDirectory() as directory:
        for number, (part, gz) in enumerate(zip(parts, zipped, strict=False)):
            path = Path(directory, f"part-{number:02d}.jsonl")
            if gz:
                path.with_suffix(".jsonl.gz").write_bytes(gzip.compress(_feed(part)))
            else:
                path.write_bytes(_feed(part))
        assert _summary(read_inputs([directory])) == expected
