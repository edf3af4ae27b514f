"""Commands on articles: ``read``, ``extract``, ``places`` and ``evaluate``."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import click

from wirecoder.cli.common import (
    _default_format,
    _finish,
    _skip,
    _stdin_hint,
    _warn,
    country_option,
    input_format_option,
    main,
    paths_argument,
    strict_option,
)
from wirecoder.errors import WirecoderError
from wirecoder.export import EVENT_FORMATS, write_rows

__all__ = ["evaluate", "extract", "places", "read"]


@main.command()
@paths_argument
@input_format_option
@strict_option
@click.option("--format", "fmt", type=click.Choice(("jsonl", "json", "table")), default=None,
              help="Output format (default: table on a terminal, else jsonl).")
def read(paths: Sequence[str], input_format: str | None, strict: bool, fmt: str | None) -> None:
    """Read and clean articles; print their metadata and clean text."""
    from wirecoder.api import ReadTally, iter_articles

    _stdin_hint(paths)
    tally = ReadTally()
    rows = (a.to_dict() for a in iter_articles(paths, input_format=input_format, strict=strict,
                                                on_skip=_skip, tally=tally, on_warning=_warn))
    fmt = fmt or _default_format()
    write_rows(rows, fmt, sys.stdout, columns=("id", "published", "dateline", "source", "title", "text")
               if fmt == "table" else None)
    _finish(tally.read)



@main.command()
@paths_argument
@input_format_option
@strict_option
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default=None,
              help="Output format (default: table on a terminal, else jsonl). csv is in ACLED's column order.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (forked: they share the loaded models).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop events whose confidence is below this.")
@click.option("--stats", is_flag=True, help="Print articles/s and peak memory to stderr at the end.")
@click.option("--ontology", type=click.Choice(("acled", "plover")), default="acled", show_default=True,
              help="plover also emits PLOVER's verbal and cooperative events (ACCUSE, THREATEN, AGREE ...), "
                   "with empty ACLED types.")
@country_option
def extract(paths: Sequence[str], input_format: str | None, strict: bool, fmt: str | None,
            workers: int, min_confidence: float, stats: bool, ontology: str, country: str | None) -> None:
    """Extract events from articles, highest confidence first within each article."""
    from wirecoder.api import ReadTally, extract_articles

    started = time.perf_counter()
    _stdin_hint(paths)
    tally = ReadTally()
    articles = extract_articles(paths, input_format=input_format, strict=strict, on_skip=_skip,
                                tally=tally, on_warning=_warn, workers=workers, ontology=ontology,
                                country=country)
    rows = (e.to_dict() for a in articles for e in a.events if e.confidence >= min_confidence)
    count = write_rows(rows, fmt or _default_format(), sys.stdout)
    if stats:
        _print_stats(tally.read, count, time.perf_counter() - started)
    _finish(tally.read)


def _print_stats(articles: int, events: int, seconds: float) -> None:
    import resource

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    click.echo(
        f"wirecoder: {articles} articles, {events} events in {seconds:.2f}s "
        f"({articles / seconds if seconds else 0:.1f} articles/s); peak RSS {max(peak_mb, children_mb):.0f} MB",
        err=True,
    )


@main.command()
@paths_argument
@input_format_option
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl")), default=None)
def places(paths: Sequence[str], input_format: str | None, fmt: str | None) -> None:
    """List every place recognised in the articles, with its resolution and the reason."""
    import dataclasses

    from wirecoder.api import ReadTally, iter_articles
    from wirecoder.pipeline import Pipeline

    pipeline = Pipeline.load()
    _stdin_hint(paths)
    tally = ReadTally()
    rows = []
    for article in pipeline.run(iter_articles(paths, input_format=input_format, on_skip=_skip, tally=tally, on_warning=_warn)):
        # The geocode stage has found the places of articles with events; the others need a look,
        # in the country assumed for them (their source's usual one, or --country's).
        found = article.places if article.events else pipeline.geoparser.find(article, article.country_hint)
        for place in found:
            rows.append({"article_id": article.id, **dataclasses.asdict(place)})
    columns = ("article_id", "name", "location", "admin1", "country", "latitude", "longitude",
               "geo_precision", "reason")
    write_rows(rows, fmt or _default_format(), sys.stdout, columns=columns)
    _finish(tally.read)


@main.command()
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option("--errors", "errors", type=click.IntRange(0), default=0, help="List the N most instructive misses.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Score only the first N records.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Score only events at least this confident (as extract --min-confidence keeps them).")
@country_option
def evaluate(gold: Path, fmt: str, errors: int, limit: int | None, workers: int, min_confidence: float,
             country: str | None) -> None:
    """Score wirecoder against a gold file (one event per text, or full articles)."""
    from wirecoder.evaluate import evaluate_file
    from wirecoder.pipeline import Pipeline

    if gold.is_dir():
        raise WirecoderError(f"{gold}: a directory; give the gold file itself (JSON Lines)")
    if not gold.is_file():
        raise WirecoderError(f"{gold}: no such gold file")
    report = evaluate_file(gold, Pipeline.load(workers=workers, country=country), limit=limit, errors=errors,
                           min_confidence=min_confidence)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.to_table())
