"""The dask engine against one local process (``make bench-engines``), and the capacity it implies.

The corpus of make_corpus.py (default 2,000 articles of 500-900 words, in a temporary file)
is ingested three times, each a fresh ``wirecoder ingest`` child process timed end to end
(model loading and cluster start-up included) into a fresh target:

* ``local``: the local engine, one process (``--workers 1``): the per-core reference;
* ``dask``: ``--engine dask --workers 2`` into a store;
* ``dask parquet``: the same into a Parquet dataset (``--output DIR``), unless ``--skip-parquet``.

Memory is sampled from /proc every 0.2 s for every process of the child's tree; the peak RSS
of each process is kept, and the largest worker's is reported (the client, which reads,
writes and hosts the scheduler, separately). The two stores must hold the same events.

Targets: dask articles/s >= 1.6 x local on 2 cores; peak RSS of each worker <= 1.5 GB.
Then the capacity note: the per-core rate, and the cores (workers) that 1,000,000 articles a
day and a 100-million-article backfill need. Exit status 1 when a target fails.

Usage:
    python benchmarks/engine_bench.py [--articles 2000] [--workers 2] [--skip-parquet] [--json F]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import POLL_SECONDS, _children, _field_kb, verdict
from make_corpus import build_corpus, load_sources, write_corpus

MIN_SPEEDUP = 1.6
MAX_WORKER_RSS_MB = 1536.0
SAMPLE_SECONDS = max(POLL_SECONDS, 0.2)  # many processes to read: sample less often
DAY = 86_400
DAILY_ARTICLES = 1_000_000
BACKFILL_ARTICLES = 100_000_000
BACKFILL_DAYS = (7, 30)


@dataclass(frozen=True, slots=True)
class Run:
    """One timed ``wirecoder ingest``."""

    name: str
    seconds: float
    articles_per_s: float
    client_rss_mb: float  # the ingest process itself (reading, writing, the dask scheduler)
    worker_rss_mb: float  # the largest peak among its child processes (0 without children)
    processes: int  # child processes seen


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants."""
    children = _children()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack += children.get(pid, [])
    return found


def measure(name: str, command: list[str], articles: int) -> Run:
    """Run ``command``, sampling the RSS of each of its processes, until it exits."""
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, text=True)
        peaks: dict[int, int] = {}
        while child.poll() is None:
            for pid in _tree(child.pid):
                peaks[pid] = max(peaks.get(pid, 0), _field_kb(f"/proc/{pid}/status", "VmRSS:"))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        if child.returncode != 0:
            err.seek(0)
            sys.exit(f"{name} failed (exit {child.returncode}):\n{err.read()[-2000:]}")
    others = [kb for pid, kb in peaks.items() if pid != child.pid]
    return Run(name, seconds, articles / seconds, peaks.get(child.pid, 0) / 1024,
               max(others, default=0) / 1024, len(others))  # fmt: skip


def event_rows(db: Path) -> list[tuple[object, ...]]:
    """Every stored event, sorted (two stores of the same input must agree)."""
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute("SELECT * FROM events").fetchall(), key=repr)


def load_average() -> str:
    """The 1, 5 and 15-minute load averages, as ``uptime`` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def capacity(per_core: float) -> dict[str, float]:
    """Cores needed for the daily flow and for the backfill, at ``per_core`` articles/s."""
    figures = {"per_core_articles_per_s": per_core,
               "daily_1m_cores": DAILY_ARTICLES / DAY / per_core}  # fmt: skip
    for days in BACKFILL_DAYS:
        figures[f"backfill_100m_in_{days}_days_cores"] = BACKFILL_ARTICLES / (days * DAY) / per_core
    figures["backfill_100m_core_hours"] = BACKFILL_ARTICLES / per_core / 3600
    return figures


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, time the three ingests, print the table, the targets and the capacity."""
    parser = argparse.ArgumentParser(description="The dask engine against one local process.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-parquet", action="store_true", help="no --output run")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    before = load_average()
    wirecoder = [sys.executable, "-m", "wirecoder", "ingest"]
    with tempfile.TemporaryDirectory(prefix="wirecoder-engines-") as tmp:
        work = Path(tmp)
        sources = load_sources()
        corpus = work / "corpus.jsonl"
        words = write_corpus(corpus, build_corpus(args.articles, sources))
        print(f"corpus: {args.articles} articles, {words} words "
              f"({words / args.articles:.0f} an article) from {sources.origin}; "
              f"load average before: {before}")  # fmt: skip
        dask = ["--engine", "dask", "--workers", str(args.workers)]
        runs = [measure("local", [*wirecoder, str(corpus), "--db", str(work / "local.duckdb")],
                        args.articles),
                measure(f"dask workers={args.workers}",
                        [*wirecoder, str(corpus), *dask, "--db", str(work / "dask.duckdb")],
                        args.articles)]  # fmt: skip
        if not args.skip_parquet:
            runs.append(measure(f"dask workers={args.workers} parquet",
                                [*wirecoder, str(corpus), *dask, "--output", str(work / "ds")],
                                args.articles))  # fmt: skip
        local_events = event_rows(work / "local.duckdb")
        same = local_events == event_rows(work / "dask.duckdb")
    after = load_average()
    print(f"\n{'run':<28} {'seconds':>8} {'articles/s':>10} {'client MB':>9} "
          f"{'worker MB':>9} {'procs':>5}")  # fmt: skip
    for run in runs:
        print(f"{run.name:<28} {run.seconds:>8.1f} {run.articles_per_s:>10.2f} "
              f"{run.client_rss_mb:>9.0f} {run.worker_rss_mb:>9.0f} {run.processes:>5}")
    speedup = runs[1].articles_per_s / runs[0].articles_per_s
    worker_rss = max(r.worker_rss_mb for r in runs[1:])
    print(f"\nsame events in both stores: {same} ({len(local_events)} events)")
    print(f"speedup dask / local: {speedup:.2f}  target >= {MIN_SPEEDUP}  "
          f"{verdict(speedup >= MIN_SPEEDUP)}")  # fmt: skip
    print(f"peak RSS of a worker: {worker_rss:.0f} MB  target <= {MAX_WORKER_RSS_MB:.0f} MB  "
          f"{verdict(worker_rss <= MAX_WORKER_RSS_MB)}")  # fmt: skip
    print(f"load average before: {before}; after: {after} (2 cores: above ~0.5 others were busy)")
    figures = capacity(runs[0].articles_per_s)
    print(f"\ncapacity at {figures['per_core_articles_per_s']:.2f} articles/s a core "
          "(the local run, model loading included):")
    print(f"  1,000,000 articles a day: {math.ceil(figures['daily_1m_cores'])} cores "
          f"({figures['daily_1m_cores']:.1f})")
    for days in BACKFILL_DAYS:
        cores = figures[f"backfill_100m_in_{days}_days_cores"]
        print(f"  100,000,000 articles in {days} days: {math.ceil(cores)} cores")
    print(f"  100,000,000 articles: {figures['backfill_100m_core_hours']:,.0f} core-hours")
    if args.json:
        args.json.write_text(json.dumps({
            "articles": args.articles, "words": words, "runs": [asdict(r) for r in runs],
            "speedup": speedup, "worker_rss_mb": worker_rss, "same_events": same,
            "load_before": before, "load_after": after, "capacity": figures,
        }, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    ok = speedup >= MIN_SPEEDUP and worker_rss <= MAX_WORKER_RSS_MB and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
