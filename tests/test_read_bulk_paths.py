"""Input names: glob patterns expanded by wirecoder, directories walked lazily in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecoder.read.paths as paths_module
from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs
from wirecoder.read.paths import expand_input

STORY = "MOMBASA, Kenya (AP) - Police dispersed a crowd of traders with tear gas on Monday."
TREE = [
    "crawl/a.txt",
    "crawl/b.txt",
    "crawl/notes.md",
    "feeds/x.jsonl",
    "feeds/2024/01/y.jsonl",
    "feeds/2024/z.jsonl",
    "feeds/.hidden/h.jsonl",
    "feeds/.dot.jsonl",
    "report[1].txt",
]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in TREE:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY if name.endswith((".txt", ".md")) else f'{{"text": "{STORY}"}}\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _names(pattern: str) -> list[str]:
    return [str(item) if isinstance(item, Path) else f"SKIP {item.reason}" for item in expand_input(pattern)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("crawl/*.txt", ["crawl/a.txt", "crawl/b.txt"]),
        ("crawl/?.txt", ["crawl/a.txt", "crawl/b.txt"]),
        ("crawl/[b-z]*", ["crawl/b.txt", "crawl/notes.md"]),
        ("feeds/**/*.jsonl", ["feeds/x.jsonl", "feeds/2024/z.jsonl", "feeds/2024/01/y.jsonl"]),
        ("**/y.jsonl", ["feeds/2024/01/y.jsonl"]),
        ("feeds/**", ["feeds/2024/01/y.jsonl", "feeds/2024/z.jsonl", "feeds/x.jsonl"]),
        ("*/x.jsonl", ["feeds/x.jsonl"]),
        ("f*", ["feeds/2024/01/y.jsonl", "feeds/2024/z.jsonl", "feeds/x.jsonl"]),  # a directory: all of it
        ("feeds/.*.jsonl", ["feeds/.dot.jsonl"]),  # hidden files only when the pattern asks
        ("report[1].txt", ["report[1].txt"]),  # an existing name is taken literally
        ("crawl/*.warc.gz", ["SKIP no file matches this pattern"]),
        ("nowhere/**/*.jsonl", ["SKIP no file matches this pattern"]),
    ],
)
def test_read_paths_globs(tree: Path, pattern: str, expected: list[str]) -> None:
    assert _names(pattern) == expected


def test_read_paths_absolute_glob(tree: Path) -> None:
    assert _names(str(tree / "crawl" / "*.txt")) == [str(tree / "crawl/a.txt"), str(tree / "crawl/b.txt")]


def test_read_paths_glob_reads_articles_and_names_empty_patterns(tree: Path) -> None:
    items = list(read_inputs(["crawl/*.txt", "crawl/*.warc.gz", "feeds/**/*.jsonl"]))
    assert [i.origin if isinstance(i, Article) else str(i) for i in items] == [
        "crawl/a.txt",
        "crawl/b.txt",
        "crawl/*.warc.gz: skipped: no file matches this pattern",
        "feeds/x.jsonl:1",
        "feeds/2024/z.jsonl:1",
        "feeds/2024/01/y.jsonl:1",
    ]


def test_read_paths_walk_is_lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first article comes out after one directory of many was listed."""
    for number in range(6):
        (tmp_path / f"d{number}").mkdir()
        (tmp_path / f"d{number}" / "story.txt").write_text(STORY)
    listed: list[str] = []
    scandir = os.scandir

    def recording_scandir(path: Path) -> object:
        listed.append(Path(path).name)
        return scandir(path)

    monkeypatch.setattr(paths_module.os, "scandir", recording_scandir)
    items = read_inputs([str(tmp_path)])
    first = next(items)
    assert isinstance(first, Article) and first.origin == str(tmp_path / "d0" / "story.txt")
    assert listed == [tmp_path.name, "d0"]  # d1..d5 not yet opened
    assert len(list(items)) == 5
    assert listed == [tmp_path.name] + [f"d{n}" for n in range(6)]


_NAME = st.text(alphabet="ab.-_1B", min_size=1, max_size=4).filter(lambda n: not n.startswith("."))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_NAME, min_size=1, max_size=3), min_size=1, max_size=8))
def test_read_paths_walk_order_is_sorted_path_order(layout: list[list[str]]) -> None:
    """Walking one directory at a time gives the order of sorting every path at once."""
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        files: set[Path] = set()
        for parts in layout:
            path = Path(directory, *parts)
            if any(p == path or p in path.parents or path in p.parents for p in files):
                continue  # a name cannot be both a file and a directory
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(STORY)
            files.add(path)
        walked = [p for p in expand_input(directory) if isinstance(p, Path)]
        assert walked == sorted(files)


def test_read_paths_empty_and_symlinked_directories(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(STORY)
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "empty").mkdir()
    assert _names(str(tmp_path)) == [str(tmp_path / "real" / "a.txt")]  # the link is not followed
    assert _names(str(tmp_path / "empty")) == ["SKIP directory holds no readable (non-hidden) files"]


def test_read_paths_missing_name() -> None:
    assert list(expand_input("no/such/file.txt")) == [Skipped("no/such/file.txt", "no such file or directory")]
