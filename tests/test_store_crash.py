"""kill -9 during an ingest, then the same ingest again, equals one uninterrupted ingest.

Each ingest runs in a child process (fake pipeline, so it takes a second or two);
test_store_concurrency reuses the child to read while it writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_support import FakePipeline, corpus, dump, write_feed

from wirecoder.store import ingest

TESTS = Path(__file__).resolve().parent
ARTICLES = 40
BATCH = 4

# The child: an ingest whose hook (where = "flush": rows written, transaction still open; "commit":
# a batch committed and the file released) touches a marker file per batch, and sleeps at stop_at.
CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from store_support import FakePipeline
from wirecoder.store import ingest
write = sys.modules["wirecoder.store.write"]
ingest_module = sys.modules["wirecoder.store.ingest"]  # the package's `ingest` is the function

feed, db, markers, where, stop_at, delay = sys.argv[1:7]
count = [0]

def hooked(original):
    def run(*args, **kwargs):
        result = original(*args, **kwargs)
        count[0] += 1
        Path(markers, f"{{where}}-{{count[0]}}").touch()
        if count[0] == int(stop_at):
            time.sleep(60)  # the test kills us here
        return result
    return run

if where == "flush":
    write.BatchWriter.flush = hooked(write.BatchWriter.flush)
else:
    ingest_module._write = hooked(ingest_module._write)
print(ingest([feed], db=db, pipeline=FakePipeline(float(delay)), batch_size={batch}))
"""


def _child(
    tmp_path: Path, feed: Path, db: Path, where: str, stop_at: int = 0, delay: float = 0.0
) -> subprocess.Popen:
    """The child ingest, started; its output goes to tmp_path/out.txt and err.txt."""
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(tests=str(TESTS), batch=BATCH), encoding="utf-8")
    markers = tmp_path / "markers"
    markers.mkdir(exist_ok=True)
    with open(tmp_path / "out.txt", "w") as out, open(tmp_path / "err.txt", "w") as err:
        return subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(feed),
                str(db),
                str(markers),
                where,
                str(stop_at),
                str(delay),
            ],
            stdout=out,
            stderr=err,
        )


def _wait_for(path: Path, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(
                f"the ingest ended before {path.name}: " + (path.parents[1] / "err.txt").read_text()
            )
        assert time.monotonic() < deadline, f"no {path.name} after {timeout}s"
        time.sleep(0.01)


def _reference(feed: Path) -> dict:
    """The store one uninterrupted ingest of ``feed`` makes."""
    db = feed.with_name("reference.duckdb")
    ingest([str(feed)], db=db, pipeline=FakePipeline(), batch_size=BATCH)
    return dump(db)


def _articles(db: Path) -> int:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("where", "batches"),
    [
        ("flush", 3),  # killed inside the third batch's transaction, after its rows were written
        ("commit", 2),  # killed right after the second commit
    ],
)
def test_store_crash_kill_then_resume_equals_uninterrupted(
    tmp_path: Path, where: str, batches: int
) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", corpus(ARTICLES))
    db = tmp_path / "killed.duckdb"
    child = _child(tmp_path, feed, db, where, stop_at=batches)
    try:
        _wait_for(tmp_path / "markers" / f"{where}-{batches}", child)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    # Only committed batches survive; the unfinished transaction left no trace.
    assert _articles(db) == 2 * BATCH
    resumed = _child(tmp_path, feed, db, where)
    assert resumed.wait(timeout=120) == 0, (tmp_path / "err.txt").read_text()
    assert (
        f"{2 * BATCH + 1} already known" in (tmp_path / "out.txt").read_text()
    )  # the re-read and the copy of a stored article included
    assert dump(db) == _reference(feed)


def test_store_crash_kill_at_any_moment(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", corpus(ARTICLES))
    db = tmp_path / "killed.duckdb"
    for kill_after in (
        0.05,
        0.2,
        0.45,
    ):  # seconds after the first commit: in batches, between, anywhere
        child = _child(tmp_path, feed, db, "commit", delay=0.02)
        try:
            _wait_for(tmp_path / "markers" / "commit-1", child)
            time.sleep(kill_after)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        for marker in (tmp_path / "markers").iterdir():
            marker.unlink()
    finished = _child(tmp_path, feed, db, "commit")
    assert finished.wait(timeout=120) == 0
    assert dump(db) == _reference(feed)
