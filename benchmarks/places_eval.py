"""Score the geoparser's event locations against ACLED-style gold notes.

Usage::

    .venv/bin/python benchmarks/places_eval.py [--gold FILE] [--errors N] [--limit N] [--country auto|none|NAME]

For each record ``{"id", "text", "gold": {country, admin1, location, latitude, longitude, ...}}``
it calls ``Geoparser.locate(article, 0, len(text))`` with the country assumed as the pipeline
assumes it (``auto``: the usual country of each batch of 32 records, read from a first pass;
``none``; or a country for all) and reports country, admin1 and location
accuracy (names compared case-, accent- and suffix-insensitively), the share of coordinates
within 25 km and 100 km, the load time and the time per article. ``--errors`` prints that many
misses grouped by kind, to guide work on the general mechanism (never on single records).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import time
from collections import Counter, defaultdict
from pathlib import Path

from wirecoder.country_prior import AUTO, source_countries, source_key
from wirecoder.model import Article, Place
from wirecoder.places import Geoparser
from wirecoder.places.names import fold, strip_admin_suffix

DEFAULT_GOLD = Path("/work/shared/eval/acled_kenya_notes.jsonl")
BATCH = 32  # the pipeline's default batch: a source's usual country is read per batch


def norm(name: str | None) -> str:
    """A name reduced for comparison: folded, unit suffix dropped, spaces removed."""
    if not name:
        return ""
    return strip_admin_suffix(fold(name)).replace(" ", "")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


WIRE_ARTICLES = (
    Path("/work/shared/eval/wikievents_dev_articles.jsonl"),
    Path("/work/shared/seeds/000_cd099b75bd647a97.txt"),
)


def _time_wire_articles(geo: Geoparser) -> None:
    """find + locate (one call per sentence-sized slice) on full news articles, per 600 words."""
    texts: list[str] = []
    for path in WIRE_ARTICLES:
        if not path.exists():
            continue
        if path.suffix == ".jsonl":
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        else:
            texts.append(path.read_text(encoding="utf-8"))
    if not texts:
        return
    words = sum(len(t.split()) for t in texts)
    tick = time.perf_counter()
    for _ in range(5):
        for index, text in enumerate(texts):
            # A new string each round: the geoparser keeps the mentions of the texts it read last.
            article = Article(id=str(index), text=text + "\n")
            places = geo.find(article)
            for start in range(0, len(text), 200):
                geo.locate(article, start, start + 200, places)
    seconds = (time.perf_counter() - tick) / 5
    print(f"ms per 600 words   {1000 * seconds * 600 / words:.3f}  ({len(texts)} wire articles)")


def _locate_all(
    geo: Geoparser, records: list[dict], country: str
) -> list[tuple[tuple[Place, ...], Place | None]]:
    """(places, event place) of each record, with the country assumed as ``Pipeline`` does."""
    out = []
    for start in range(0, len(records), BATCH):
        articles = [Article(id=r["id"], text=r["text"], origin="gold") for r in records[start : start + BATCH]]
        given = None if country in ("none", AUTO) else country
        found = [a.replace(places=geo.find(a, given)) for a in articles]
        homes = [given] * len(found)
        if country == AUTO:
            usual = source_countries(found)
            homes = [usual.get(source_key(a)) for a in found]
            # Read again where the country may change the places (the geoparser keeps the mentions).
            found = [a.replace(places=geo.find(a, home, a.places)) for a, home in zip(found, homes, strict=True)]
        out += [(a.places, geo.locate(a, 0, len(a.text), a.places, home)) for a, home in zip(found, homes, strict=True)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses per kind")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--country", default=AUTO, help="country assumed for the notes: auto (default), none or a name")
    args = parser.parse_args()

    started = time.perf_counter()
    geo = Geoparser.load(args.cache_dir)
    load_seconds = time.perf_counter() - started
    rss_after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    records = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    if args.limit:
        records = records[: args.limit]
    hits: Counter[str] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    tick = time.perf_counter()
    located = _locate_all(geo, records, args.country)
    elapsed = time.perf_counter() - tick
    for record, (places, place) in zip(records, located, strict=True):
        gold = record["gold"]
        text = record["text"]
        # Ceiling: some place found in the text carries the gold admin1.
        hits["any_admin1"] += any(norm(p.admin1) == norm(gold["admin1"]) for p in places)
        if place is not None:
            hits["country"] += norm(place.country) == norm(gold["country"])
        if place is None or place.admin1 is None:  # nothing, or the country only
            errors["none"].append(f"{record['id']}: {text[:160]!r} gold={gold['location']}/{gold['admin1']}")
            continue
        hits["located"] += 1
        admin1_ok = norm(place.admin1) == norm(gold["admin1"])
        hits["admin1"] += admin1_ok
        hits["location"] += norm(place.location) == norm(gold["location"])
        hits["precision"] += str(place.geo_precision) == str(gold.get("geo_precision"))
        distance = math.inf
        if place.latitude is not None and gold.get("latitude") is not None:
            distance = km(place.latitude, place.longitude, float(gold["latitude"]), float(gold["longitude"]))
        hits["25km"] += distance <= 25
        hits["100km"] += distance <= 100
        if not admin1_ok:
            kind = "wrong country" if norm(place.country) != norm(gold["country"]) else "wrong admin1"
            errors[kind].append(
                f"{record['id']}: {text[:160]!r}\n    got {place.location}/{place.admin1}/{place.country} "
                f"({place.feature}) gold {gold['location']}/{gold['admin1']}\n    why {place.reason}"
            )
        elif distance > 25:
            errors["admin1 ok, >25 km"].append(
                f"{record['id']}: {text[:160]!r}\n    got {place.location} gold {gold['location']} "
                f"({distance:.0f} km)\n    why {place.reason}"
            )

    total = len(records)
    print(f"records            {total}")
    for name in ("located", "country", "admin1", "any_admin1", "location", "precision", "25km", "100km"):
        print(f"{name:<18} {hits[name] / total:.3f}  ({hits[name]})")
    print(f"load seconds       {load_seconds:.3f}")
    print(f"rss after load MB  {rss_after_load:.0f}")
    print(f"ms per note        {1000 * elapsed / max(total, 1):.3f}")
    _time_wire_articles(geo)
    for kind, lines in sorted(errors.items()):
        print(f"errors: {kind}: {len(lines)}")
    if args.errors:
        rng = random.Random(0)
        for kind, lines in sorted(errors.items()):
            print(f"\n== {kind} ({len(lines)})")
            for line in rng.sample(lines, min(args.errors, len(lines))):
                print(line)


if __name__ == "__main__":
    main()
