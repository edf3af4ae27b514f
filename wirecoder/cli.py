"""The ``wirecoder`` command: parses arguments, calls one library function, prints.

Events and articles go to stdout; diagnostics (skipped inputs, warnings,
timings) go to stderr. A user error is one line on stderr and exit status 2,
never a traceback.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import click

from wirecoder import __version__
from wirecoder.errors import WirecoderError
from wirecoder.export import EVENT_FORMATS, write_rows
from wirecoder.model import Skipped

__all__ = ["main"]

INPUT_FORMATS = ("text", "html", "jsonl", "warc", "parquet")  # as wirecoder.read.FORMATS


def _skip(item: Skipped) -> None:
    click.echo(f"wirecoder: {item}", err=True)


def _warn(message: str) -> None:
    click.echo(f"wirecoder: {message}", err=True)


def _stdin_hint(paths: Sequence[str]) -> None:
    """``-`` at a terminal waits for typed input: say so, or it looks like a hang."""
    if "-" in paths and sys.stdin.isatty():
        _warn("reading articles from the terminal: paste them, then Ctrl-D "
              "(or give a file instead of -)")


def _default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


input_format_option = click.option(
    "--input-format", type=click.Choice(INPUT_FORMATS), default=None,
    help="Force the input format instead of detecting it from the content.",
)
strict_option = click.option("--strict", is_flag=True, help="Make any unreadable input fatal (exit 2).")
paths_argument = click.argument("paths", nargs=-1, required=True)


def _country(ctx: click.Context, param: click.Parameter, value: str) -> str | None:
    """``--country``: "none" turns the assumption off; a country must be one the gazetteer knows."""
    if value.casefold() == "none":
        return None
    if value.casefold() == "auto":
        return "auto"
    from wirecoder.places import Geoparser

    resolved = Geoparser.load().country(value)
    if resolved is None:
        raise click.BadParameter(f"unknown country {value!r}; give a name or ISO code (Kenya, KE, KEN), auto or none")
    return resolved[0]


country_option = click.option(
    "--country", default="auto", show_default=True, callback=_country,
    help="Country assumed for articles whose text names no place: a name or ISO code, "
         "auto (the country most articles from the same source are about), or none.",
)


class _Group(click.Group):
    """Turns WirecoderError into one line on stderr and exit 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except WirecoderError as error:
            click.echo(f"wirecoder: error: {error}", err=True)
            ctx.exit(2)
        except BrokenPipeError:  # `wirecoder extract ... | head`
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecoder")
def main() -> None:
    """Turn news reports into ACLED-style political-violence and protest events.

    Inputs are text dumps, HTML pages, JSONL feeds (one article per line), WARC
    crawls, Parquet tables, any of them gzipped, directories (read recursively),
    quoted glob patterns ('crawl/**/*.warc.gz') or - for stdin.
    """


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


def _finish(read_count: int) -> None:
    if read_count == 0:
        click.echo("wirecoder: error: no article could be read from the given inputs", err=True)
        sys.exit(2)


@main.command()
@paths_argument
@input_format_option
@strict_option
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default=None,
              help="Output format (default: table on a terminal, else jsonl). csv is in ACLED's column order.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (each loads the models once).")
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


# ---- The event store (wirecoder/store): ingest, events, stats. -------------------------------

from typing import TYPE_CHECKING, Any, TypeVar  # noqa: E402  (the store commands' own imports)

if TYPE_CHECKING:
    from wirecoder.store import EventFilter

_Command = TypeVar("_Command", bound=Any)

# Literal so that `wirecoder --help` does not import DuckDB; a test checks they match the library.
STORE_FORMATS = ("table", "csv", "jsonl", "parquet", "geojson")
STATS_BY = ("country", "admin1", "event_type", "sub_event_type", "week", "month")
ENGINES = ("local", "dask")  # literal for the same reason (wirecoder.engines.ENGINES)
_CLEAR_LINE = "\r\033[K"  # back to the start of the progress line and erase it

db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="The store file (default: $WIRECODER_DB, else ./wirecoder.duckdb).",
)


def _codebook_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--event-type`` / ``--sub-event-type``: one of ACLED's names, whatever its case.

    A misspelt type ("Battle") would otherwise match no event and print nothing at all.
    """
    if value is None:
        return None
    from wirecoder.events.codebook import EVENT_TYPES, SUB_EVENT_TYPES

    names = EVENT_TYPES if param.name == "event_type" else tuple(s.name for s in SUB_EVENT_TYPES)
    found = next((name for name in names if name.casefold() == value.strip().casefold()), None)
    if found is None:
        raise click.BadParameter(f"{value!r} is not an ACLED name; use one of: {'; '.join(names)}")
    return found


def _event_filters(command: _Command) -> _Command:
    """The filter options shared by `events` and `stats`."""
    day = click.DateTime(formats=["%Y-%m-%d"])
    options = [
        click.option("--country", help="Country name or ISO3 code."),
        click.option("--admin1", help="First-level region, e.g. Borno."),
        click.option("--event-type", callback=_codebook_name,
                     help="ACLED event type, e.g. Battles."),
        click.option("--sub-event-type", callback=_codebook_name,
                     help="ACLED sub-event type, e.g. Armed clash."),
        click.option("--actor", help="Substring of actor1 or actor2."),
        click.option("--since", type=day, help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--until", type=day, help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--min-fatalities", type=click.IntRange(0),
                     help="Events with at least this many deaths."),
        click.option("--text", help="Substring of any evidence sentence."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filter(filters: dict[str, Any]) -> EventFilter:
    """The EventFilter of the parsed options (click gives datetimes; the filter wants dates)."""
    from wirecoder.store import EventFilter

    dates = {k: v.date() for k, v in filters.items() if k in ("since", "until") and v is not None}
    return EventFilter(**{**filters, **dates})


@main.command()
@paths_argument
@db_option
@click.option("--no-merge", is_flag=True,
              help="Keep each article's events apart (no merging across articles).")
@click.option("--workers", type=click.IntRange(1, 64), default=1,
              help="Worker processes, each loading the models once  [default: 1; with "
                   "--engine dask, one per core].")
@input_format_option
@strict_option
@click.option("--batch-size", type=click.IntRange(1), default=32, show_default=True,
              help="Articles per transaction: the most a crash can lose.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where extraction runs: local processes, or a dask cluster.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="With --engine dask: a running scheduler (default: a local cluster of "
                   "--workers processes, one per core unless set).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write a Parquet dataset partitioned by event month to this directory "
                   "instead of the store (query it with `wirecoder events --parquet DIR`).")
def ingest(paths: Sequence[str], db: Path | None, no_merge: bool, workers: int,
           input_format: str | None, strict: bool, batch_size: int, engine: str,
           scheduler: str | None, output: Path | None) -> None:
    """Extract events into the event store: re-runs add nothing, reports of one event merge."""
    from wirecoder.engines import backfill

    _stdin_hint(paths)
    clear = _CLEAR_LINE if sys.stderr.isatty() else ""

    def progress(state: object) -> None:
        click.echo(f"{clear}wirecoder: {state}", err=True, nl=False)

    def skip(item: Skipped) -> None:
        click.echo(f"{clear}wirecoder: {item}", err=True)

    from wirecoder.store import resolve_db

    source = click.get_current_context().get_parameter_source("workers")
    try:
        given = source is not click.core.ParameterSource.DEFAULT
        summary = backfill(paths, engine=engine, scheduler=scheduler, output=output, db=db,
                           workers=workers if given else None,
                           merge=not no_merge, input_format=input_format, strict=strict,
                           batch_size=batch_size, on_skip=skip, on_warning=_warn,
                           on_progress=progress if clear else None)  # fmt: skip
    except KeyboardInterrupt:
        # Each batch is one transaction: the open one was rolled back, the committed ones stay.
        kept = output if output is not None else resolve_db(db)
        if kept.exists():
            click.echo(f"{clear}wirecoder: interrupted; what was stored before it is kept in "
                       f"{kept} (re-run the same command to resume: stored articles are not "
                       "extracted again)", err=True)  # fmt: skip
        else:
            click.echo(f"{clear}wirecoder: interrupted before anything was stored", err=True)
        sys.exit(130)
    click.echo(f"{clear}wirecoder: {summary}", err=True)
    if output is not None and summary.read:
        click.echo(f"wirecoder: query the dataset with `wirecoder events --parquet {output}`",
                   err=True)
    elif output is None and summary.read == 0 and not summary.db.exists():
        _warn(f"{summary.db} was not created: there was nothing to store")
    _finish(summary.read)


@main.command()
@db_option
@_event_filters
@click.option("--limit", type=click.IntRange(1), default=None,
              help="At most N events (a table shows 100 unless set).")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True,
              help="Skip the first N events.")
@click.option("--format", "fmt", type=click.Choice(STORE_FORMATS), default=None,
              help="Output format (default: table on a terminal, else jsonl); csv in ACLED order.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout (parquet needs it).")
@click.option("--parquet", "dataset", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Query the Parquet dataset `ingest --output DIR` wrote, "
                                 "instead of the store.")
def events(db: Path | None, limit: int | None, offset: int, fmt: str | None,
           output: Path | None, dataset: Path | None, **filters: Any) -> None:
    """Query the event store: matching events, newest first."""
    from wirecoder.engines import open_dataset
    from wirecoder.store import connect, export_events

    fmt = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if fmt == "parquet" and output is None:
        raise WirecoderError("--format parquet writes a binary file: add --output events.parquet")
    if dataset is not None and db is not None:
        raise WirecoderError("--parquet queries a dataset instead of the store: drop --db")
    limit = limit or (100 if fmt == "table" else None)
    with open_dataset(dataset) if dataset is not None else connect(db, read_only=True) as con:
        count = export_events(con, fmt, where=_filter(filters), limit=limit, offset=offset,
                              out=None if output else sys.stdout, path=output)
    if output is not None:
        click.echo(f"wirecoder: {count} events written to {output}", err=True)
    if count == 0 and offset == 0:
        _warn("no stored event matches these filters (`wirecoder stats` shows what the store "
              "holds by country, type or month)")


@main.command()
@db_option
@click.option("--by", type=click.Choice(STATS_BY), default="country", show_default=True)
@_event_filters
@click.option("--format", "fmt", type=click.Choice(("table", "csv", "jsonl")), default=None,
              help="Output format (default: table on a terminal, else jsonl).")
def stats(db: Path | None, by: str, fmt: str | None, **filters: Any) -> None:
    """Counts, fatalities and mentions of stored events by place, type, week or month."""
    from wirecoder.store import connect, event_stats, stats_columns

    with connect(db, read_only=True) as con:
        rows = event_stats(con, by, _filter(filters))
    write_rows(rows, fmt or _default_format(), sys.stdout, columns=stats_columns(by))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--keep-open", type=click.FloatRange(0, 30), default=1.0, show_default=True,
              help="Seconds the store stays open after the last request (0: per request); ingests wait meanwhile.")
def serve(db: Path | None, host: str, port: int, keep_open: float) -> None:
    """Serve the event store read-only: the explorer at /, the API at /api, its docs at /docs."""
    import socket

    import uvicorn

    from wirecoder.serve import create_app
    from wirecoder.store import resolve_db

    path = resolve_db(db)
    app = create_app(path, linger=keep_open)  # a bad store fails here, before anything listens
    try:  # a taken port is the usual mistake: say so in one line rather than in uvicorn's log
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise WirecoderError(f"cannot listen on {host}:{port} ({error.strerror}); "
                             "choose another with --port or --host") from error
    if host not in ("127.0.0.1", "localhost", "::1"):
        _warn(f"listening on {host}: anyone who can reach it can read {path}")
    _warn(f"serving {path} at http://{host}:{port}/ (API documentation at /docs); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")


# ---- Watching feeds (wirecoder/watch): poll RSS/Atom feeds into the store. --------------------


@main.command()
@click.argument("feeds", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--interval", default="15m", show_default=True,
              help="Time between the starts of two polls: 30s, 15m, 1h, 1h30m.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron); exit 1 if every feed failed.")
def watch(feeds: Path, db: Path | None, interval: str, once: bool) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS (one URL a line) and ingest their new articles."""
    from wirecoder.watch import parse_interval, read_feed_list
    from wirecoder.watch import watch as run_watch

    seconds = parse_interval(interval)
    count = len(read_feed_list(feeds))
    every = "once" if once else f"every {interval}"
    _warn(f"watching {count} feeds from {feeds} {every}; Ctrl-C stops")

    def log(report: object) -> None:
        click.echo(f"wirecoder: {report}", err=True)

    def stopping() -> None:
        _warn("stopping after the current article (Ctrl-C again aborts; the open batch is rolled back)")

    summary = run_watch(feeds, db=db, interval=seconds, once=once, handle_signals=True,
                        on_poll=log, on_problem=_warn, on_stop=stopping)
    if not once:
        _warn(str(summary))
    last = summary.last
    if once and last is not None and last.feeds and last.feeds_failed == last.feeds:
        sys.exit(1)
