"""Latency of ``wirecoder serve`` on a million events: /api/events pages under concurrent clients.

A store of ``--events`` synthetic events (store_bench.py's builder) is served by a real
``wirecoder serve`` child process on loopback. For each query shape, ``--clients`` threads, each
with its own keep-alive HTTP connection, send ``--requests`` requests in all (after a warm-up),
every one a page of 100 rows with fresh random parameters; the time from sending a request to
reading its whole answer is recorded. p50, p95 and p99 per shape are printed, and the target is
checked: p95 <= 100 ms for every shape of /api/events.

Shapes: a country; an event type and a one-year date range; an actor substring; a substring of
the evidence text; a country at a deep offset (10,000-30,000 rows in, sorted by fatalities).

Usage:
    python benchmarks/serve_bench.py [--events 1000000] [--clients 4] [--requests 200]
                                     [--keep-store FILE] [--keep-open 1.0] [--shapes text,...]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_bench import COUNTRIES, build_store

MAX_P95_MS = 100.0
WARMUP = 10  # requests per shape before timing: the first opens the file and fills caches
EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


def _year(rng: random.Random) -> dict[str, str]:
    start = date(2015, 1, 1) + timedelta(days=rng.randrange(3650 - 365))
    return {"since": start.isoformat(), "until": (start + timedelta(days=365)).isoformat()}


# Shape name -> random query parameters of one request (values the synthetic store holds).
SHAPES: dict[str, Callable[[random.Random], dict[str, str]]] = {
    "country": lambda rng: {"country": rng.choice(COUNTRIES)[rng.randrange(2)]},
    "type + date range": lambda rng: {"event_type": rng.choice(EVENT_TYPES), **_year(rng)},
    "actor substring": lambda rng: {"actor": f"group {rng.randrange(10, 400)}"},
    "text search": lambda rng: {"text": f"town {rng.randrange(100, 5000)}"},
    "deep offset": lambda rng: {
        "country": rng.choice(COUNTRIES)[0],
        "offset": str(rng.randrange(10_000, 30_000)),
        "sort": "-fatalities",
    },
}


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, linger: float) -> subprocess.Popen[bytes]:
    """``wirecoder serve`` on loopback; return once it answers."""
    command = [
        sys.executable, "-m", "wirecoder", "serve", "--db", str(db), "--port", str(port),
        "--keep-open", str(linger),
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/api/health")
            if connection.getresponse().status == 200:
                connection.close()
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("the server did not start within 60 s")


def run_shape(port: int, shape: str, clients: int, requests: int, seed: int) -> list[float]:
    """Milliseconds of each timed request of ``shape``, ``clients`` at a time."""
    make = SHAPES[shape]
    timings: list[float] = []
    failures: list[str] = []
    counter = iter(range(requests + WARMUP * clients))
    lock = threading.Lock()

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        done = 0
        while True:
            with lock:
                if next(counter, None) is None:
                    break
            url = "/api/events?" + urlencode({**make(rng), "limit": "100"})
            began = time.perf_counter()
            connection.request("GET", url)
            answer = connection.getresponse()
            body = answer.read()
            elapsed = (time.perf_counter() - began) * 1000
            if answer.status != 200:
                failures.append(f"{url}: {answer.status} {body[:200]!r}")
            elif done >= WARMUP:
                with lock:
                    timings.append(elapsed)
            elif not json.loads(body)["events"]:
                failures.append(f"{url}: an empty page; the shape should find events")
            done += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        sys.exit(f"{shape}: {len(failures)} failed requests, e.g. {failures[0]}")
    return timings


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0-1) of ``values``, by linear interpolation."""
    return statistics.quantiles(values, n=1000, method="inclusive")[round(share * 1000) - 1]


def bench(db: Path, clients: int, requests: int, linger: float, shapes: list[str]) -> bool:
    """Serve ``db``, time each of ``shapes``, print the table and the verdict."""
    port = _free_port()
    server = start_server(db, port, linger)
    try:
        print(
            f"{clients} concurrent clients, {requests} timed requests per shape "
            f"(after {WARMUP} each), pages of 100 rows, --keep-open {linger:g}"
        )
        print(f"{'shape':<20} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'req/s':>7}")
        worst = 0.0
        for seed, shape in enumerate(SHAPES):
            if shape not in shapes:
                continue
            began = time.perf_counter()
            ms = run_shape(port, shape, clients, requests, seed)
            rate = len(ms) / (time.perf_counter() - began)
            p95 = percentile(ms, 0.95)
            worst = max(worst, p95)
            print(
                f"{shape:<20} {statistics.median(ms):8.1f} {p95:8.1f}"
                f" {percentile(ms, 0.99):8.1f} {max(ms):8.1f} {rate:7.1f}"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    verdict = "PASS" if worst <= MAX_P95_MS else "FAIL"
    print(f"slowest p95: {worst:.1f} ms  target <= {MAX_P95_MS:.0f} ms  {verdict}")
    return worst <= MAX_P95_MS


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the store, run the benchmark; exit 1 when the target fails."""
    parser = argparse.ArgumentParser(description="wirecoder serve: /api/events latency.")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events")
    parser.add_argument("--clients", type=int, default=4, help="concurrent HTTP clients")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per shape")
    parser.add_argument("--keep-store", type=Path, help="build (or reuse) the store at this path")
    parser.add_argument(
        "--keep-open",
        dest="linger",
        type=float,
        default=1.0,
        help="wirecoder serve --keep-open: seconds the file stays open after a"
        " request (0: opened per request)",
    )
    parser.add_argument(
        "--shapes",
        default=",".join(SHAPES),
        help="comma-separated shapes to time (default: all), e.g. 'text search,country'",
    )
    args = parser.parse_args(argv)
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown or not shapes:
        parser.error(f"--shapes: unknown {unknown or shapes}; choose among {', '.join(SHAPES)}")
    with tempfile.TemporaryDirectory(prefix="wirecoder-serve-bench-") as tmp:
        db = args.keep_store or Path(tmp) / "synthetic.duckdb"
        if not db.exists():
            print(f"building a store of {args.events:,} synthetic events at {db} ...")
            print(
                f"built in {build_store(db, args.events):.1f} s, {db.stat().st_size / 1e6:.0f} MB"
            )
        ok = bench(db, args.clients, args.requests, args.linger, shapes)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
