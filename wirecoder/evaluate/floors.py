"""Accuracy floors: figures measured on fixed gold samples may never drop below a baseline.

``benchmarks/baseline.json`` holds ``{gold file stem: {figure: floor}}``. The CI
test scores the samples in ``SAMPLES`` and fails on any figure under its floor;
``benchmarks/update_baseline.py`` raises floors after an improvement (never
lowers them), each a hair under the measured figure so that float noise or an
unrelated one-record change does not break the build.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from pathlib import Path

from wirecoder.evaluate.gold import read_gold
from wirecoder.evaluate.run import Runs, evaluate_gold

__all__ = [
    "FLOORED",
    "SAMPLES",
    "Baseline",
    "below_floors",
    "find_gold_dir",
    "load_baseline",
    "measure",
    "measure_demo",
    "raise_floors",
    "save_baseline",
]

# gold file stem -> how many leading records are scored (None: all of them).
SAMPLES: dict[str, int | None] = {
    "acled_kenya_notes": 600,
    "wikievents_dev_articles": None,
    "plover_gsr": None,  # 322 sentences, scored with the plover ontology (see evaluate/plover.py)
}
# A new floor sits this much under the measured figure, then is rounded down to 0.01,
# so it ends between 0.01 and 0.02 below.
MARGIN = 0.01

# Figures over fewer records are not floored: one record moves them by more than 0.05,
# far beyond the margin, so they would break the build on noise.
MIN_COUNT = 20

Baseline = dict[str, dict[str, float]]


def find_gold_dir(repo: Path, environ: Mapping[str, str] = os.environ) -> Path | None:
    """The gold directory: ``$WIRECODER_SHARED`` (or its ``eval/``), else ``../shared/eval``."""
    candidates = []
    if environ.get("WIRECODER_SHARED"):
        shared = Path(environ["WIRECODER_SHARED"])
        candidates += [shared / "eval", shared]
    candidates.append(repo.resolve().parent / "shared" / "eval")
    for candidate in candidates:
        if all((candidate / f"{stem}.jsonl").is_file() for stem in SAMPLES):
            return candidate
    return None


def measure(gold_dir: Path, pipeline: Runs) -> Baseline:
    """Every figure (over at least ``MIN_COUNT`` records) of the samples in ``SAMPLES``."""
    measured: Baseline = {}
    for stem, limit in SAMPLES.items():
        gold = read_gold(gold_dir / f"{stem}.jsonl", limit=limit)
        report = evaluate_gold(gold, pipeline)
        measured[stem] = {s.name: s.score for s in report.scores if s.count >= MIN_COUNT}
    return measured


# Our own gold annotations in the repository, floored everywhere: the demo corpus's events, and
# ACLED-style notes we wrote about events in 30 countries other than Kenya.
DEMO_GOLD = Path("demo") / "gold.jsonl"
WORLD_NOTES = Path("demo") / "world_notes.jsonl"
WORLD_SUMMARIES = Path("demo") / "world_summaries.jsonl"
OWN_GOLD: dict[str, Path] = {
    "demo_gold": DEMO_GOLD, "world_notes": WORLD_NOTES, "world_summaries": WORLD_SUMMARIES,
}
# Every sample the baseline holds floors for.
FLOORED: tuple[str, ...] = (*SAMPLES, *OWN_GOLD)


def measure_demo(repo: Path, pipeline: Runs) -> Baseline:
    """Every figure of our own gold files (``OWN_GOLD``: the demo corpus's events under
    ``demo_gold``, the world notes under ``world_notes``, the incident summaries under
    ``world_summaries``)."""
    measured: Baseline = {}
    for stem, path in OWN_GOLD.items():
        report = evaluate_gold(read_gold(repo / path), pipeline)
        measured[stem] = {s.name: s.score for s in report.scores if s.count >= MIN_COUNT}
    return measured


def load_baseline(path: Path) -> Baseline:
    """The floors in ``path``; keys starting with ``_`` are comments."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        stem: {name: float(value) for name, value in floors.items()}
        for stem, floors in raw.items()
        if not stem.startswith("_") and isinstance(floors, dict)
    }


def save_baseline(path: Path, baseline: Baseline, about: str = "") -> None:
    """Write floors sorted by name, so diffs show exactly which moved."""
    out: dict[str, object] = {"_about": about} if about else {}
    out |= {stem: dict(sorted(floors.items())) for stem, floors in sorted(baseline.items())}
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


def below_floors(baseline: Baseline, measured: Baseline) -> list[str]:
    """One line per figure under its floor (or no longer measured); empty when all hold.

    Example:
        >>> below_floors({"g": {"recall": 0.5}}, {"g": {"recall": 0.4}})
        ['g: recall 0.400 < floor 0.500']
    """
    problems = []
    for stem, floors in sorted(baseline.items()):
        for name, floor in sorted(floors.items()):
            value = measured.get(stem, {}).get(name)
            if value is None:
                problems.append(f"{stem}: {name} is no longer measured (floor {floor:.3f})")
            elif value < floor:
                problems.append(f"{stem}: {name} {value:.3f} < floor {floor:.3f}")
    return problems


def _floor_for(value: float) -> float:
    """A floor 0.01 to 0.02 under ``value`` (0.01 when it is on a hundredth), never negative."""
    return max(0.0, math.floor(round((value - MARGIN) * 100, 6)) / 100)


def raise_floors(baseline: Baseline, measured: Baseline) -> Baseline:
    """Floors moved up to just under ``measured``; a floor never goes down.

    Example:
        >>> raise_floors({"g": {"recall": 0.5}}, {"g": {"recall": 0.555, "f1": 0.3}})
        {'g': {'recall': 0.54, 'f1': 0.29}}
    """
    raised: Baseline = {stem: dict(floors) for stem, floors in baseline.items()}
    for stem, figures in measured.items():
        floors = raised.setdefault(stem, {})
        for name, value in figures.items():
            floor = max(floors.get(name, 0.0), _floor_for(value))
            if floor > 0.0 or name in floors:  # a zero floor checks nothing
                floors[name] = floor
    return raised
