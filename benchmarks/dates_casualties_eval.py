"""Score event dates and fatalities against ACLED coders' notes.

Usage:
    python benchmarks/dates_casualties_eval.py [--gold FILE] [--published none|gold|gold+N]
                                               [--errors N] [--only dates|fatalities]

The notes carry no publication date. ``--published none`` (the default) calls the
resolver with ``published=None`` as the pipeline would for an undated text: notes
that state no year cannot be dated, so the date figures are also given for the
notes that state a year. ``--published gold+N`` simulates a story published N days
after the coded event (18:00 that day), which exercises weekday, relative and
yearless dates; with N=0 an undated note trivially gets the gold day.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date, datetime, time as dtime, timedelta
from pathlib import Path

from wirecoder.casualties import count_casualties, is_period_total
from wirecoder.dates.expressions import find_candidates
from wirecoder.dates import resolve_event_date

DEFAULT_GOLD = Path("/work/shared/eval/acled_kenya_notes.jsonl")
_STATES_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _published(mode: str, gold: date) -> datetime | None:
    """The simulated publication time for one note."""
    if mode == "none":
        return None
    lag = int(mode.removeprefix("gold").removeprefix("+") or 0)
    return datetime.combine(gold + timedelta(days=lag), dtime(18, 0))


def _share(hits: int, total: int) -> str:
    """``hits/total = share`` for a report line."""
    return f"{hits}/{total} = {hits / total:.4f}" if total else "0/0"


def main(argv: list[str] | None = None) -> int:
    """Run the scoring and print the figures (and misses when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--published", default="none", help="none, gold or gold+N (days)")
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses of each kind")
    parser.add_argument("--only", choices=("dates", "fatalities"), default=None)
    parser.add_argument(
        "--sentences", action="store_true", help="also time each call on single sentences"
    )
    args = parser.parse_args(argv)

    records = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    date_hits = prec_hits = fat_hits = 0
    dated_total = dated_hits = 0
    found_total = found_hits = 0
    yearless_total = 0  # notes naming a day or month but no year anywhere
    date_misses: list[str] = []
    fat_misses: list[str] = []
    elapsed = 0.0
    for record in records:
        text = record["text"]
        gold = record["gold"]
        gold_day = date.fromisoformat(gold["event_date"])
        published = _published(args.published, gold_day)
        began = time.perf_counter()
        event_date = resolve_event_date(text, 0, len(text), published)
        casualties = count_casualties(text, 0, len(text))
        elapsed += time.perf_counter() - began
        date_ok = event_date.date == gold_day
        date_hits += date_ok
        prec_hits += str(event_date.precision) == str(gold["time_precision"])
        if event_date.start >= 0:
            found_total += 1
            found_hits += date_ok
        if _STATES_YEAR.search(text):
            dated_total += 1
            dated_hits += date_ok
        elif any(c.kind in ("day", "range", "month") for c in find_candidates(text, 0, len(text))):
            yearless_total += 1
        if not date_ok and len(date_misses) < args.errors and args.only != "fatalities":
            date_misses.append(
                f"{record['id']} gold={gold_day}/{gold['time_precision']} got={event_date.date}/"
                f"{event_date.precision} [{event_date.reason}] :: {text[:300]!r}"
            )
        fat_ok = casualties.fatalities == int(gold["fatalities"])
        fat_hits += fat_ok
        if not fat_ok and len(fat_misses) < args.errors and args.only != "dates":
            fat_misses.append(
                f"{record['id']} gold={gold['fatalities']} got={casualties.fatalities} "
                f"[{casualties.reason}] :: {text[:400]!r}"
            )
    total = len(records)
    print(f"records: {total} (published={args.published})")
    print(f"event_date exact day:       {_share(date_hits, total)}")
    print(f"  notes stating a year:     {_share(dated_hits, dated_total)}")
    print(f"  dated from a text phrase: {_share(found_hits, found_total)}")
    print(f"  notes naming a day or month but no year: {yearless_total} (undatable without publication)")
    print(f"time_precision:             {_share(prec_hits, total)}")
    print(f"fatalities exact:           {_share(fat_hits, total)}")
    print(f"speed: {1000 * elapsed / max(total, 1):.3f} ms per note (dates + casualties)")
    if args.sentences:
        _time_sentences(records)
    for line in date_misses + fat_misses:
        print(line)
    return 0


def _time_sentences(records: list[dict]) -> None:
    """Mean time of each call on one sentence span (the pipeline's hot path)."""
    spans = [
        (record["text"], m.start(), m.end())
        for record in records
        for m in re.finditer(r"[^.!?]+[.!?]?", record["text"])
        if len(m.group(0).strip()) > 10
    ]
    published = datetime(2019, 6, 1, 12, 0)
    calls = {
        "resolve_event_date": lambda t, a, b: resolve_event_date(t, a, b, published),
        "count_casualties": count_casualties,
        "is_period_total": is_period_total,
    }
    for name, call in calls.items():
        began = time.perf_counter()
        for text, start, end in spans:
            call(text, start, end)
        per = 1000 * (time.perf_counter() - began) / max(len(spans), 1)
        print(f"speed: {name} {per:.3f} ms per sentence ({len(spans)} sentences)")


if __name__ == "__main__":
    sys.exit(main())
