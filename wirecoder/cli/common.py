"""What every ``wirecoder`` command shares: the command group, its error handling, the input options
and the output helpers."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from wirecoder import __version__
from wirecoder.errors import WirecoderError
from wirecoder.model import Skipped

__all__ = ["main"]  # and the options and helpers the command modules import

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


def _finish(read_count: int) -> None:
    if read_count == 0:
        click.echo("wirecoder: error: no article could be read from the given inputs", err=True)
        sys.exit(2)

