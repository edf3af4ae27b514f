"""`read`, `extract` and `ingest` all accept the bulk inputs (a WARC crawl, a glob) at the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from read_bulk_support import crawl_records, write_warc

from wirecoder.cli import main


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    return write_warc(tmp_path / "crawl.warc.gz", crawl_records(), gz=True)


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch, pipeline: object) -> None:
    """`extract` and `ingest` use the session's pipeline instead of loading their own."""
    from wirecoder.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **options: pipeline))


def test_read_bulk_cli_read_warc(crawl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["read", "*.warc.gz", "missing/*.jsonl", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["url"] for row in rows] == [
        "http://news.test/zamfara", "http://news.test/kisumu", "http://news.test/zurich",
        "http://news.test/lodz",
    ]  # fmt: skip
    assert "missing/*.jsonl: skipped: no file matches this pattern" in result.stderr


@pytest.mark.parametrize(("forced", "status"), [("warc", 0), ("parquet", 2)])
def test_read_bulk_cli_input_format(crawl: Path, forced: str, status: int) -> None:
    result = CliRunner().invoke(main, ["read", str(crawl), "--input-format", forced, "--format", "jsonl"])
    assert result.exit_code == status, result.output
    if status:
        assert "not a readable Parquet file" in result.stderr


@pytest.mark.slow
def test_read_bulk_cli_extract_warc(crawl: Path, loaded: None) -> None:
    result = CliRunner().invoke(main, ["extract", str(crawl), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    zamfara = [e for e in events if e["source_url"] == "http://news.test/zamfara"]
    assert zamfara and zamfara[0]["fatalities"] == 4 and zamfara[0]["admin1"] == "Zamfara"
    assert {e["article_id"] for e in events} <= {"crawl-3", "crawl-6", "crawl-8", "crawl-9"}


@pytest.mark.slow
def test_read_bulk_cli_ingest_warc(crawl: Path, tmp_path: Path, loaded: None) -> None:
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(crawl), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "4 articles read" in result.stderr
    events = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    assert any(json.loads(line)["admin1"] == "Zamfara" for line in events.stdout.splitlines())
