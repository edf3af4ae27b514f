"""read_inputs: paths, directories, stdin, format detection, bad inputs as Skipped, laziness."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirecoder.read as read_module
from wirecoder.errors import InputError
from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs
from wirecoder.read.detect import detect_format

STORY = "KISUMU, Kenya (AP) — Police fired tear gas at traders who blocked a road, witnesses said."
PAGE = (
    "<!DOCTYPE html><html><body><nav>Home | News</nav>"
    f"<p>{STORY}</p><footer>About us</footer></body></html>"
)
FEED = json.dumps({"text": STORY}) + "\n" + json.dumps({"id": "b", "html": PAGE}) + "\n"


def _summary(items: Iterator[Article | Skipped]) -> list[tuple[str, str]]:
    return [
        (i.id, i.origin) if isinstance(i, Article) else ("SKIP", f"{i.origin}: {i.reason}")
        for i in items
    ]


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (STORY, "a.txt", "text"),
        (PAGE, "a.txt", "html"),
        ("\n\n<div class='story'><p>Text</p></div>", "a", "html"),
        (FEED, "feed.txt", "jsonl"),
        ('{"id": "x" "text": "broken"}\n', "x.txt", "jsonl"),
        ('{"id": "x", "text": "cut', "feed.jsonl", "jsonl"),
        ('{"id": "x", "title": "no text here"}', "feed.ndjson", "jsonl"),
        ('{"id": "x", "title": "no text here"}', "notes.txt", "text"),
        ("{curly} Police said on Monday.", "a.txt", "text"),
    ],
)
def test_read_detect_format(content: str, name: str, expected: str) -> None:
    assert detect_format(content, name) == expected


@pytest.mark.parametrize(
    ("name", "content"), [("story.txt", PAGE), ("story.html", STORY), ("story.dat", FEED)]
)
def test_read_inputs_detects_from_content_not_extension(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    articles = [i for i in read_inputs([str(path)]) if isinstance(i, Article)]
    assert articles and all(a.text.startswith("Police fired tear gas at traders") for a in articles)
    assert all(a.dateline == "Kisumu, Kenya" and a.source == "AP" for a in articles)


def test_read_inputs_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (as_text,) = read_inputs([str(path)], "text")
    assert isinstance(as_text, Article) and "<p>" in as_text.text
    (as_feed,) = read_inputs([str(path)], "jsonl")
    assert isinstance(as_feed, Skipped) and as_feed.origin == f"{path}:1"


@pytest.mark.parametrize("fmt", ["xml", "auto", "TEXT", ""])
def test_read_inputs_rejects_unknown_format(fmt: str) -> None:
    with pytest.raises(InputError, match="text, html, jsonl"):
        read_inputs(["whatever"], fmt)


def test_read_inputs_directory_sorted_recursive_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b" / "c.txt").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    (tmp_path / ".git" / "config.txt").write_text(STORY)
    ids = [i.id for i in read_inputs([str(tmp_path)]) if isinstance(i, Article)]
    assert ids == ["a", "c", "z"]


def test_read_inputs_bad_inputs_become_skipped(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(
        b"\x89PNG\r\n\x1a\n" + bytes(100) + b"IDAT" + bytes(range(256))
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n\t \n")
    (tmp_path / "bom-only.txt").write_bytes(b"\xef\xbb\xbf\n")
    (tmp_path / "chrome.txt").write_text("Share\nTweet\n0 : 0\n")
    missing = str(tmp_path / "missing.txt")
    items = list(read_inputs([str(tmp_path), missing]))
    assert [(Path(i.origin).name, i.reason) for i in items if isinstance(i, Skipped)] == [
        ("blank.txt", "empty file"),
        ("bom-only.txt", "empty file"),
        ("chrome.txt", "no story text left after removing the header and page chrome"),
        ("empty.txt", "empty file"),
        ("image.png", "a PNG image, not text"),
        ("missing.txt", "no such file or directory"),
    ]
    assert str(items[-1]) == f"{missing}: skipped: no such file or directory"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (STORY.encode(), [("stdin", "<stdin>")]),
        (FEED.encode(), [("stdin-1", "<stdin>:1"), ("b", "<stdin>:2")]),
        (PAGE.encode("utf-16"), [("stdin", "<stdin>")]),
        (b"", [("SKIP", "<stdin>: empty file")]),
    ],
)
def test_read_inputs_stdin(data: bytes, expected: list[tuple[str, str]]) -> None:
    assert _summary(read_inputs(["-"], stdin=io.BytesIO(data))) == expected


def test_read_inputs_is_lazy(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(STORY)
    items = read_inputs([str(first), str(second)])
    assert next(items).id == "first"  # type: ignore[union-attr]
    second.write_text(STORY)  # created only after the first article came out
    assert next(items).id == "second"  # type: ignore[union-attr]


def test_read_inputs_streams_big_feeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_module, "_HEAD_BYTES", 64)  # any feed is "big" now
    lines = [
        json.dumps({"id": f"r{n}", "text": f"Police arrested {n} people, officials said."})
        for n in range(1, 6)
    ]
    lines.insert(2, "not json")
    lines.append(
        json.dumps({"id": "cp", "text": "Café owners were hurt, police said."}, ensure_ascii=False)
    )
    path = tmp_path / "big.jsonl"
    # The last line, past the head, is in cp1252: each streamed line is decoded on its own.
    path.write_bytes(("\n".join(lines[:-1]) + "\n").encode("utf-8") + lines[-1].encode("cp1252"))
    summary = _summary(read_inputs([str(path)]))
    assert summary[:3] == [("r1", f"{path}:1"), ("r2", f"{path}:2"), ("SKIP", summary[2][1])]
    assert summary[2][1].startswith(f"{path}:3: line is not valid JSON")
    assert [s[0] for s in summary[3:]] == ["r3", "r4", "r5", "cp"]
    (cafe,) = [i for i in read_inputs([str(path)]) if isinstance(i, Article) and i.id == "cp"]
    assert cafe.text.startswith("Café owners")


def test_read_inputs_json_documents(tmp_path: Path) -> None:
    array = tmp_path / "scrape.json"
    array.write_text(json.dumps([{"id": "a", "text": STORY}, 3, {"html": PAGE}], indent=2))
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"title": "Traders blocked", "text": STORY}, indent=2))
    assert _summary(read_inputs([str(array), str(single)])) == [
        ("a", f"{array}[1]"),
        ("SKIP", f'{array}[2]: item is a number, not an object like {{"id": "a1", "text": "..."}}'),
        ("scrape-3", f"{array}[3]"),
        ("one", str(single)),
    ]


def test_read_inputs_empty_directory(tmp_path: Path) -> None:
    (tmp_path / ".only-hidden").write_text(STORY)
    assert _summary(read_inputs([str(tmp_path)])) == [
        ("SKIP", f"{tmp_path}: directory holds no readable (non-hidden) files")
    ]
