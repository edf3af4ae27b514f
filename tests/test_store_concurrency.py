"""Reading the store (`wirecoder events`, `stats`) while an ingest writes it, in another process."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

from click.testing import CliRunner
from test_store_crash import ARTICLES, _child, _reference, _wait_for
from store_support import corpus, dump, write_feed

from wirecoder.cli import main


def test_store_concurrency_reading_while_ingesting(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", corpus(ARTICLES))
    db = tmp_path / "busy.duckdb"
    child = _child(tmp_path, feed, db, "commit", delay=0.03)
    counts = []
    try:
        _wait_for(tmp_path / "markers" / "commit-1", child)
        while child.poll() is None:
            result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
            assert result.exit_code == 0, result.output
            rows = [json.loads(line) for line in result.output.splitlines()]
            assert all(r["mentions"] >= 1 and r["sources"] >= 1 for r in rows)  # whole batches only
            counts.append(len(rows))
            stats = CliRunner().invoke(main, ["stats", "--db", str(db), "--format", "jsonl"])
            assert stats.exit_code == 0, stats.output
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == 0, (tmp_path / "err.txt").read_text()
    assert len(set(counts)) >= 2, counts  # readers saw the store change, batch by batch
    final = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    assert [json.loads(line)["event_id"] for line in final.output.splitlines()]
    assert dump(db) == _reference(feed)
