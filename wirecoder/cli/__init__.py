"""The ``wirecoder`` command: parses arguments, calls one library function, prints.

Events and articles go to stdout; diagnostics (skipped inputs, warnings,
timings) go to stderr. A user error is one line on stderr and exit status 2,
never a traceback. ``common`` holds the command group and shared options;
``articles`` the commands on articles (read, extract, places, evaluate) and
``store`` those on the event store (ingest, events, stats, serve, watch).
"""

from __future__ import annotations

from wirecoder.cli import articles, store  # noqa: F401  (registers the commands on main)
from wirecoder.cli.common import main
from wirecoder.cli.store import ENGINES, STATS_BY, STORE_FORMATS

__all__ = ["ENGINES", "STATS_BY", "STORE_FORMATS", "main"]
