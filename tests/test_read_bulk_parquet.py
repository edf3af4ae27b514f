"""Parquet inputs: one article a row, columns matched by name, streamed in batches."""

from __future__ import annotations

import gzip
import io
from datetime import datetime
from pathlib import Path

import pytest
from read_bulk_support import STORIES, write_parquet

import wirecoder.read.parquet as parquet_module
from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs

ROWS = " UNION ALL ".join(f"SELECT {n} AS n, '{story}' AS story" for n, story in enumerate(STORIES))


@pytest.mark.parametrize(
    ("select", "expected"),
    [
        (
            "SELECT 'k1' AS id, 'Teachers strike' AS title, '{0}' AS text, 'http://a.test/1' AS url,"
            " '2024-03-01T09:30:00Z' AS published, 'Daily Nation' AS source",
            {"id": "k1", "title": "Teachers strike", "url": "http://a.test/1", "source": "Daily Nation",
             "published": "2024-03-01T09:30:00+00:00"},
        ),
        (
            "SELECT '{0}' AS Content, 'Arrests' AS Headline, 'http://a.test/2' AS link,"
            " TIMESTAMP '2024-03-02 10:00:00' AS date_publish, ['A. Mwangi', 'B. Otieno'] AS authors,"
            " 7 AS article_id",
            {"id": "7", "title": "Arrests", "url": "http://a.test/2", "byline": "A. Mwangi, B. Otieno",
             "published": "2024-03-02T10:00:00"},
        ),
        (
            "SELECT '<html><body><p>{0}</p></body></html>' AS raw_html, DATE '2024-03-03' AS date",
            {"id": "t-1", "published": "2024-03-03T00:00:00"},
        ),
    ],
)
def test_read_parquet_columns_mapped_like_jsonl_fields(
    tmp_path: Path, select: str, expected: dict[str, str]
) -> None:
    path = write_parquet(tmp_path / "t.parquet", select.format(STORIES[0]))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article), article
    assert article.text == STORIES[0] and article.origin == f"{path}[1]"
    row = article.to_dict()
    for field, value in expected.items():
        assert str(row[field]).startswith(value), (field, row[field])


def test_read_parquet_streams_batches_in_row_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet_module, "_BATCH", 2)
    path = write_parquet(tmp_path / "rows.parquet", f"SELECT story AS body FROM ({ROWS}) ORDER BY n")
    items = read_inputs([str(path)])
    first = next(items)
    assert isinstance(first, Article) and first.id == "rows-1"
    rest = list(items)
    assert [a.text for a in [first, *rest]] == STORIES  # type: ignore[union-attr]
    assert [a.origin for a in rest][-1] == f"{path}[{len(STORIES)}]"  # type: ignore[union-attr]


def test_read_parquet_no_text_column_names_file_and_columns(tmp_path: Path) -> None:
    path = write_parquet(tmp_path / "meta.parquet", "SELECT 1 AS n, 'x' AS story_text, 2 AS Words")
    (skipped,) = read_inputs([str(path)])
    assert isinstance(skipped, Skipped) and skipped.origin == str(path)
    assert "no text column (its columns: n, story_text, Words)" in skipped.reason
    assert "import duckdb; duckdb.read_parquet(" in skipped.reason  # and how to rename one


def test_read_parquet_empty_text_row_is_skipped(tmp_path: Path) -> None:
    path = write_parquet(
        tmp_path / "gaps.parquet",
        f"SELECT * FROM (VALUES ('{STORIES[0]}'), (NULL), ('{STORIES[1]}')) v(text)",
    )
    assert [i.id if isinstance(i, Article) else str(i) for i in read_inputs([str(path)])] == [
        "gaps-1",
        f"{path}[2]: skipped: the text column is empty (NULL) in this row",
        "gaps-3",
    ]


@pytest.mark.parametrize("wrap", ["stdin", "gzip-file", "gzip-stdin"])
def test_read_parquet_from_streams(tmp_path: Path, wrap: str) -> None:
    data = write_parquet(tmp_path / "t.parquet", f"SELECT story AS text FROM ({ROWS}) ORDER BY n").read_bytes()
    if wrap == "gzip-file":
        path = tmp_path / "t.parquet.gz"
        path.write_bytes(gzip.compress(data))
        items = list(read_inputs([str(path)]))
    else:
        stream = io.BytesIO(gzip.compress(data) if wrap == "gzip-stdin" else data)
        items = list(read_inputs(["-"], stdin=stream))
    assert [i.text for i in items] == STORIES  # type: ignore[union-attr]


@pytest.mark.parametrize("keep", [0.5, 0.95])
def test_read_parquet_truncated(tmp_path: Path, keep: float) -> None:
    data = write_parquet(tmp_path / "t.parquet", f"SELECT story AS text FROM ({ROWS})").read_bytes()
    path = tmp_path / "cut.parquet"
    path.write_bytes(data[: int(len(data) * keep)])
    (skipped,) = read_inputs([str(path)])
    assert isinstance(skipped, Skipped) and skipped.origin == str(path)
    assert skipped.reason.startswith("not a readable Parquet file (")


def test_read_parquet_published_timestamps_are_dates(tmp_path: Path) -> None:
    path = write_parquet(
        tmp_path / "t.parquet",
        f"SELECT '{STORIES[2]}' AS text, TIMESTAMPTZ '2024-05-06 07:08:09+00' AS published",
    )
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 5, 6, 7, 8, 9)
