"""`wirecoder watch` and the loop: log lines, exit codes, the models loaded once, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from watch_support import RSS_TYPE, STORIES, FeedServer, Route, StubPipeline, page, rss

import wirecoder.pipeline
from wirecoder.cli import main
from wirecoder.store import EventFilter, connect, find_events
from wirecoder.watch import FetchSettings, PollReport, watch
from wirecoder.watch import run as watch_run

FAST = FetchSettings(timeout=0.5, retries=0, backoff=0.01, host_delay=0.0)
AFRICA = [p for p in STORIES if p.startswith("/africa/")]
WORLD = [p for p in STORIES if p.startswith("/world/")]
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        running.routes.update({p: Route(page(p)) for p in STORIES})
        running.routes["/africa.xml"] = Route(rss(running, AFRICA), content_type=RSS_TYPE)
        running.routes["/world.xml"] = Route(rss(running, WORLD), content_type=RSS_TYPE)
        yield running


@pytest.fixture()
def loads(monkeypatch: pytest.MonkeyPatch) -> list[StubPipeline]:
    """Pipeline.load replaced by a stub; the list holds every pipeline loaded."""
    loaded: list[StubPipeline] = []

    def load(**options: object) -> StubPipeline:
        loaded.append(StubPipeline())
        return loaded[-1]

    monkeypatch.setattr(wirecoder.pipeline.Pipeline, "load", load)
    monkeypatch.setitem(watch_run.watch.__kwdefaults__, "settings", FAST)
    return loaded


def _feeds(tmp_path: Path, *urls: str) -> Path:
    path = tmp_path / "feeds.txt"
    path.write_text("# test feeds\n" + "".join(u + "\n" for u in urls), encoding="utf-8")
    return path


def test_watch_cli_once_logs_one_line_per_poll(server, loads, tmp_path: Path) -> None:
    feeds = _feeds(tmp_path, server.url("/africa.xml"), server.url("/missing.xml"))
    result = CliRunner().invoke(
        main, ["watch", str(feeds), "--once", "--db", str(tmp_path / "w.duckdb")]
    )
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == f"wirecoder: watching 2 feeds from {feeds} once; Ctrl-C stops"
    assert f"wirecoder: feed {server.url('/missing.xml')}: HTTP 404 Not Found" in lines
    (poll,) = [line for line in lines if " poll: " in line]
    assert "2 feeds (1 failed), 3 entries, 3 new, 3 fetched, 0 failed, 3 stored" in poll
    assert len(loads) == 1 and len(loads[0].seen) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--interval", "fortnightly"], "--interval 'fortnightly': write a number and a unit"),
        (["--interval", "0s"], "longer than 0 seconds"),
    ],
)
def test_watch_cli_bad_interval_exits_2(
    loads, tmp_path: Path, args: list[str], message: str
) -> None:
    feeds = _feeds(tmp_path, "https://wire.example/rss")
    result = CliRunner().invoke(main, ["watch", str(feeds), *args])
    assert result.exit_code == 2 and message in result.stderr
    assert loads == []


def test_watch_cli_bad_feed_line_exits_2_before_loading_models(loads, tmp_path: Path) -> None:
    feeds = _feeds(tmp_path, "https://wire.example/rss", "wire.example/atom")
    result = CliRunner().invoke(main, ["watch", str(feeds), "--once"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"wirecoder: error: {feeds}:3: 'wire.example/atom' is not an")
    assert loads == []


def test_watch_cli_once_exits_1_when_every_feed_fails(server, loads, tmp_path: Path) -> None:
    feeds = _feeds(tmp_path, server.url("/gone.xml"), server.url("/also-gone.xml"))
    result = CliRunner().invoke(
        main, ["watch", str(feeds), "--once", "--db", str(tmp_path / "w.duckdb")]
    )
    assert result.exit_code == 1
    assert "2 feeds (2 failed)" in result.stderr


def test_watch_loop_loads_models_once_and_rereads_the_feed_list(
    server, loads, tmp_path: Path
) -> None:
    feeds = _feeds(tmp_path, server.url("/africa.xml"))
    reports: list[PollReport] = []
    problems: list[str] = []
    edits = [
        "https://wire.example/rss\nnot a url\n",  # broken: the last good list stays
        f"{server.url('/africa.xml')}\n{server.url('/world.xml')}\n",
    ]

    def on_poll(report: PollReport) -> None:
        reports.append(report)
        if edits:
            feeds.write_text(edits.pop(0), encoding="utf-8")

    summary = watch(
        feeds,
        db=tmp_path / "w.duckdb",
        interval=0.01,
        max_polls=3,
        on_poll=on_poll,
        on_problem=problems.append,
    )
    assert len(loads) == 1  # once for the life of the watch, not per poll
    assert [r.feeds for r in reports] == [1, 1, 2]
    assert [r.fetched for r in reports] == [3, 0, 2]
    assert any(
        f"{feeds}:2: 'not a url'" in p and "last good list of 1 feeds" in p for p in problems
    )
    assert (summary.polls, summary.stored, summary.stopped) == (3, 5, False)
    assert str(summary) == "watch: 3 polls, 5 articles stored, 0 new events"


_CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
from watch_support import StubPipeline
from wirecoder.watch import FetchSettings, watch

class Slow(StubPipeline):
    def run(self, articles):
        for article in super().run(articles):
            time.sleep(0.3)
            yield article

summary = watch({feeds!r}, db={db!r}, interval=3600, pipeline=Slow(), handle_signals=True,
                settings=FetchSettings(timeout=2, retries=0, host_delay=0.3),
                on_poll=lambda r: print(r, flush=True),
                on_stop=lambda: print("stopping", flush=True))
print(summary, flush=True)
"""


def _start_child(feeds: Path, db: Path) -> subprocess.Popen[str]:
    """A watch in another process (signals go to a process), its stdout piped back."""
    script = _CHILD.format(tests=str(REPO / "tests"), feeds=str(feeds), db=str(db))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=db.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )


def test_watch_ctrl_c_stops_between_articles_and_resumes(server, tmp_path: Path) -> None:
    feeds = _feeds(tmp_path, server.url("/africa.xml"), server.url("/world.xml"))
    db = tmp_path / "w.duckdb"
    child = _start_child(feeds, db)
    deadline = time.monotonic() + 30
    while sum(server.hits(p) for p in STORIES) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert "stopping" in out and out.strip().endswith("stopped")
    with connect(db, read_only=True) as con:
        stored = {u for (u,) in con.execute("SELECT url FROM articles").fetchall()}
        fetched = [p for p in STORIES if server.hits(p)]
        # Every page fetched before the stop was committed; none was left half-done.
        assert stored == {server.url(p) for p in fetched} and 2 <= len(stored) < len(STORIES)
    summary = watch(feeds, db=db, once=True, pipeline=StubPipeline(), settings=FAST)
    assert summary.last is not None and summary.last.fetched == len(STORIES) - len(stored)
    assert all(server.hits(p) == 1 for p in STORIES)


def test_watch_ctrl_c_while_waiting_for_the_next_poll_exits_at_once(server, tmp_path: Path) -> None:
    feeds = _feeds(tmp_path, server.url("/africa.xml"))
    child = _start_child(feeds, tmp_path / "w.duckdb")
    assert child.stdout is not None
    first = child.stdout.readline()  # the first poll's line: the loop now waits an hour
    assert " poll: 1 feeds, 3 entries, 3 new, 3 fetched" in first
    stopped = time.monotonic()
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert time.monotonic() - stopped < 5
    assert out.splitlines()[-1] == "watch: 1 polls, 3 articles stored, 0 new events; stopped"


@pytest.mark.slow
def test_watch_real_pipeline_codes_events_from_a_feed(server, pipeline, tmp_path: Path) -> None:
    feeds = _feeds(tmp_path, server.url("/africa.xml"))
    db = tmp_path / "w.duckdb"
    summary = watch(feeds, db=db, once=True, pipeline=pipeline, settings=FAST)
    assert summary.stored == 3 and summary.events_new >= 3
    with connect(db, read_only=True) as con:
        events = find_events(con, EventFilter(country="Kenya"))
    garissa = [e for e in events if e["admin1"] == "Garissa"]
    assert garissa and garissa[0]["fatalities"] == 3
    assert garissa[0]["source_url"] == server.url("/africa/garissa-police-post-attack")
