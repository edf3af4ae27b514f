"""Commands on the event store: ``ingest``, ``events``, ``stats``, ``serve`` and ``watch``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from wirecoder.cli.common import (
    _default_format,
    _finish,
    _stdin_hint,
    _warn,
    input_format_option,
    main,
    paths_argument,
    strict_option,
)
from wirecoder.errors import WirecoderError
from wirecoder.export import write_rows
from wirecoder.model import Skipped

__all__ = ["ENGINES", "STATS_BY", "STORE_FORMATS", "events", "ingest", "serve", "stats", "watch"]

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
              help="Worker processes (forked ones share the loaded models; dask workers load their own)  [default: 1; with "
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
