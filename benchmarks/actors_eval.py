"""Measure actor coding against ACLED coders' notes.

Usage:
    python benchmarks/actors_eval.py [--gold FILE] [--missing N] [--show NAME]

``ActorCoder.find`` knows nothing of roles, so this reports recall: the share of
records whose gold actor1 (and actor2) is among the actors found in the note,
with the gold country as the event country. Names are compared lower-cased,
without accents and without ACLED's regime periods ("(2013-)"), so
"Police Forces of Kenya (2013-)" matches "Police Forces of Kenya". It also
reports how often the inter code agrees when the actor is found, how many
mentions a note yields (recall is cheap if everything is found), the time per
note, and the gold names most often missed, to guide additions to the table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from wirecoder.actors import ActorCoder

DEFAULT_GOLD = Path("/work/shared/eval/acled_kenya_notes.jsonl")
_PERIOD = re.compile(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)")


def normalise(name: str) -> str:
    """Lower-case, accents stripped, regime periods removed, spaces collapsed."""
    name = _PERIOD.sub("", name)
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).replace("’", "'")
    return " ".join(name.lower().split())


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--missing", type=int, default=25, help="how many missed names to list")
    parser.add_argument("--show", help="print the notes where this gold name (--role) is missed")
    parser.add_argument("--role", default="actor1", choices=("actor1", "actor2"))
    args = parser.parse_args(argv)

    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()]
    coder = ActorCoder.load()
    found = {"actor1": 0, "actor2": 0}
    totals = {"actor1": 0, "actor2": 0}
    inter_agree = inter_total = mentions = 0
    missing: dict[str, Counter[str]] = {"actor1": Counter(), "actor2": Counter()}
    elapsed = 0.0
    for record in records:
        gold = record["gold"]
        began = time.perf_counter()
        hits = coder.find(record["text"], gold.get("country"))
        elapsed += time.perf_counter() - began
        mentions += len(hits)
        names = {normalise(actor.name): actor for _, _, actor in hits}
        for role, inter_key in (("actor1", "inter1"), ("actor2", "inter2")):
            name = gold.get(role)
            if not name:
                continue
            totals[role] += 1
            actor = names.get(normalise(name))
            if actor is None:
                missing[role][name] += 1
                if args.show and name == args.show and role == args.role:
                    print(f"  [{record['id']}] {record['text'][:300]}")
                    print(f"      found: {sorted(names)}")
                continue
            found[role] += 1
            if role == "actor1" and gold.get(inter_key):
                inter_total += 1
                inter_agree += int(str(actor.inter) == str(gold[inter_key]))

    print(f"records: {len(records)}  ({args.gold})")
    print(f"actor1 recall: {_share(found['actor1'], totals['actor1'])}")
    print(f"actor2 recall: {_share(found['actor2'], totals['actor2'])}")
    print(f"inter1 agreement when actor1 found: {_share(inter_agree, inter_total)}")
    print(f"mentions per note: {mentions / max(len(records), 1):.2f}")
    print(f"time per note: {1000 * elapsed / max(len(records), 1):.3f} ms")
    for role in ("actor1", "actor2"):
        print(f"\nmost missed gold {role}:")
        for name, count in missing[role].most_common(args.missing):
            print(f"  {count:5d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
