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
Then the capacity note, from the CPU time an article of the dask runs: a worker core's rate, and
the worker cores and clients that 1,000,000 articles a day and a 100-million-article backfill
need. Exit status 1 when a target fails.

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
    client_cpu_ms: float  # CPU time of the ingest process itself, per article
    worker_cpu_ms: float  # CPU time of its child processes, per article


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants."""
    children = _children()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack += children.get(pid, [])
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of one process so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def measure(name: str, command: list[str], articles: int) -> Run:
    """Run ``command``, sampling the RSS and CPU time of each of its processes, until it exits."""
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, text=True)
        peaks: dict[int, int] = {}
        cpu: dict[int, float] = {}  # the last sample of each process: about its total
        while child.poll() is None:
            for pid in _tree(child.pid):
                peaks[pid] = max(peaks.get(pid, 0), _field_kb(f"/proc/{pid}/status", "VmRSS:"))
                cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        if child.returncode != 0:
            err.seek(0)
            sys.exit(f"{name} failed (exit {child.returncode}):\n{err.read()[-2000:]}")
    others = [kb for pid, kb in peaks.items() if pid != child.pid]
    workers_cpu = sum(t for pid, t in cpu.items() if pid != child.pid)
    return Run(name, seconds, articles / seconds, peaks.get(child.pid, 0) / 1024,
               max(others, default=0) / 1024, len(others),
               1000 * cpu.get(child.pid, 0.0) / articles, 1000 * workers_cpu / articles)  # fmt: skip


def event_rows(db: Path) -> list[tuple[object, ...]]:
    """Every stored event, sorted (two stores of the same input must agree)."""
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute("SELECT * FROM events").fetchall(), key=repr)


def load_average() -> str:
    """The 1, 5 and 15-minute load averages, as ``uptime`` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def capacity(store: Run, dataset: Run | None) -> dict[str, float]:
    """Worker and client cores for the daily flow and the backfill, from CPU time an article.

    CPU time, not articles/s: on a shared machine the wall clock measures the neighbours too.
    A client is one process (reading, writing, the scheduler of a local cluster), so it uses
    at most one core: the articles/s one client can take is 1000 / its ms an article.
    """
    sink = dataset or store  # a backfill goes to Parquet when there is a run to measure it
    figures = {
        "worker_ms": store.worker_cpu_ms,
        "per_core_articles_per_s": 1000 / store.worker_cpu_ms,
        "client_ms_store": store.client_cpu_ms,
        "client_ms_backfill": sink.client_cpu_ms,
        "store_client_max_articles_per_s": 1000 / store.client_cpu_ms,
        "daily_1m_worker_cores": DAILY_ARTICLES / DAY * store.worker_cpu_ms / 1000,
        "backfill_100m_core_hours": BACKFILL_ARTICLES * sink.worker_cpu_ms / 1000 / 3600,
        "backfill_100m_days_into_one_store": BACKFILL_ARTICLES * store.client_cpu_ms / 1000 / DAY,
    }
    for days in BACKFILL_DAYS:
        rate = BACKFILL_ARTICLES / (days * DAY)
        figures[f"backfill_100m_in_{days}_days_worker_cores"] = rate * sink.worker_cpu_ms / 1000
        figures[f"backfill_100m_in_{days}_days_clients"] = rate * sink.client_cpu_ms / 1000
    return figures


def print_capacity(figures: dict[str, float]) -> None:
    """The capacity note's figures, rounded up to whole cores."""
    print(f"\ncapacity, from CPU time an article: a worker core extracts "
          f"{figures['per_core_articles_per_s']:.2f} articles/s ({figures['worker_ms']:.0f} ms an "
          f"article); a client spends {figures['client_ms_store']:.1f} ms an article writing to "
          f"a store, {figures['client_ms_backfill']:.1f} ms to a Parquet dataset")  # fmt: skip
    daily = figures["daily_1m_worker_cores"]
    print(f"  1,000,000 articles a day (11.6/s): {math.ceil(daily)} worker cores ({daily:.2f}) "
          f"and one client, into the store (which takes at most "
          f"{figures['store_client_max_articles_per_s']:.0f} articles/s)")  # fmt: skip
    for days in BACKFILL_DAYS:
        cores = figures[f"backfill_100m_in_{days}_days_worker_cores"]
        clients = figures[f"backfill_100m_in_{days}_days_clients"]
        print(f"  100,000,000 articles in {days} days, to Parquet: {math.ceil(cores)} worker cores"
              f" and {math.ceil(clients)} client(s) ({clients:.2f} client cores)")
    print(f"  100,000,000 articles: {figures['backfill_100m_core_hours']:,.0f} worker core-hours;"
          f" into one store, {figures['backfill_100m_days_into_one_store']:.0f} days of its writer")


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
          f"{'worker MB':>9} {'procs':>5} {'client ms':>9} {'workers ms':>10}")  # fmt: skip
    for run in runs:
        print(f"{run.name:<28} {run.seconds:>8.1f} {run.articles_per_s:>10.2f} "
              f"{run.client_rss_mb:>9.0f} {run.worker_rss_mb:>9.0f} {run.processes:>5} "
              f"{run.client_cpu_ms:>9.1f} {run.worker_cpu_ms:>10.1f}")
    print("(client ms, workers ms: CPU time an article, in the ingest process and in its children)")
    speedup = runs[1].articles_per_s / runs[0].articles_per_s
    worker_rss = max(r.worker_rss_mb for r in runs[1:])
    print(f"\nsame events in both stores: {same} ({len(local_events)} events)")
    print(f"speedup dask / local: {speedup:.2f}  target >= {MIN_SPEEDUP}  "
          f"{verdict(speedup >= MIN_SPEEDUP)}")  # fmt: skip
    print(f"peak RSS of a worker: {worker_rss:.0f} MB  target <= {MAX_WORKER_RSS_MB:.0f} MB  "
          f"{verdict(worker_rss <= MAX_WORKER_RSS_MB)}")  # fmt: skip
    print(f"load average before: {before}; after: {after} (2 cores: above ~0.5 others were busy)")
    # What the CPU times predict on idle cores (for a busy machine, where the clock does not tell).
    dask_ms = runs[1].client_cpu_ms + runs[1].worker_cpu_ms
    projected = min(args.workers, os.cpu_count() or 1) * runs[0].client_cpu_ms / dask_ms
    print(f"speedup the CPU times project on {args.workers} idle cores: {projected:.2f} "
          f"(local {runs[0].client_cpu_ms:.0f} ms an article; dask {dask_ms:.0f} ms, client "
          f"and workers)")  # fmt: skip
    figures = capacity(runs[1], runs[2] if len(runs) > 2 else None)
    print_capacity(figures)
    for run in runs[1:]:
        feeds = run.worker_cpu_ms / run.client_cpu_ms if run.client_cpu_ms else math.inf
        print(f"  one client ({run.name}) keeps about {feeds:.0f} workers busy")
    if args.json:
        args.json.write_text(json.dumps({
            "articles": args.articles, "words": words, "runs": [asdict(r) for r in runs],
            "speedup": speedup, "projected_speedup": projected, "worker_rss_mb": worker_rss, "same_events": same,
            "load_before": before, "load_after": after, "capacity": figures,
        }, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    ok = speedup >= MIN_SPEEDUP and worker_rss <= MAX_WORKER_RSS_MB and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
