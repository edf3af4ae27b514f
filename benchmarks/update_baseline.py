"""Measure the accuracy-floor samples and raise the floors in baseline.json (never lower them).

Usage:
    python benchmarks/update_baseline.py            # measure, raise floors, write the file
    python benchmarks/update_baseline.py --dry-run  # print what would change

The samples are those of ``wirecoder.evaluate.floors.SAMPLES``; the gold files are
found next to the repository (``../shared/eval``) or under ``$WIRECODER_SHARED``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wirecoder.evaluate.floors import (
    find_gold_dir,
    load_baseline,
    measure,
    measure_demo,
    raise_floors,
    save_baseline,
)

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "benchmarks" / "baseline.json"
ABOUT = (
    "Accuracy floors checked by tests/test_accuracy_floors.py (first 600 ACLED Kenya notes, "
    "all WikiEvents dev articles, all PLOVER gold standard records, demo gold). "
    "Floors only move up: run `python benchmarks/update_baseline.py` after an improvement."
)


def main(argv: list[str] | None = None) -> int:
    """Measure, print old -> new floors, and write them unless ``--dry-run``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print changes, write nothing")
    parser.add_argument("--workers", type=int, default=1, help="pipeline worker processes")
    args = parser.parse_args(argv)

    gold_dir = find_gold_dir(REPO)
    if gold_dir is None:
        print(
            "gold files not found: put them in ../shared/eval or set WIRECODER_SHARED",
            file=sys.stderr,
        )
        return 2
    from wirecoder.pipeline import Pipeline  # late: loading spaCy is slow

    pipeline = Pipeline.load(workers=args.workers)
    measured = measure(gold_dir, pipeline) | measure_demo(REPO, pipeline)
    old = load_baseline(BASELINE)
    new = raise_floors(old, measured)
    for stem, floors in sorted(new.items()):
        for name, floor in sorted(floors.items()):
            before = old.get(stem, {}).get(name)
            mark = "" if before == floor else "  (raised)" if before is not None else "  (new)"
            was = "-" if before is None else f"{before:.2f}"
            print(
                f"{stem:<24} {name:<24} measured {measured[stem].get(name, 0):.3f}  "
                f"floor {was:>5} -> {floor:.2f}{mark}"
            )
    if not args.dry_run:
        save_baseline(BASELINE, new, about=ABOUT)
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
