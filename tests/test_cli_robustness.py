"""`wirecoder ingest` as a new user meets it: nothing to store creates no store, and Ctrl-C
says what was kept (a fake pipeline stands in for the models)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from store_support import FakePipeline, corpus, write_feed

import wirecoder.engines
from wirecoder.cli import main
from wirecoder.pipeline import Pipeline


@pytest.fixture
def fake_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **_: FakePipeline()))


@pytest.mark.parametrize("content", [b"", b"   \n", bytes(range(256)) * 4])
def test_cli_ingest_nothing_read_creates_no_store(
    tmp_path: Path, fake_models: None, content: bytes
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(bad), "--db", str(db)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{db} was not created: there was nothing to store" in result.stderr
    assert not db.exists()


@pytest.mark.parametrize("stored_first", [True, False])
def test_cli_ingest_interrupted_says_what_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_models: None, stored_first: bool
) -> None:
    db = tmp_path / "s.duckdb"
    feed = write_feed(tmp_path / "feed.jsonl", corpus(6))
    real = wirecoder.engines.backfill

    def interrupted(paths, **kwargs):  # type: ignore[no-untyped-def]
        if stored_first:
            real(paths, **kwargs)  # a first run, then Ctrl-C on the next
        raise KeyboardInterrupt

    monkeypatch.setattr(wirecoder.engines, "backfill", interrupted)
    result = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 130 and "Traceback" not in result.output
    if stored_first:
        assert f"interrupted; what was stored before it is kept in {db}" in result.stderr
        assert "re-run the same command to resume" in result.stderr
    else:
        assert "interrupted before anything was stored" in result.stderr
    assert db.exists() is stored_first


@pytest.mark.parametrize("fmt", ["csv", "parquet", "geojson"])
def test_cli_events_output_onto_the_store_is_refused(tmp_path: Path, fmt: str) -> None:
    from store_support import dump

    from wirecoder.store import ingest

    db = tmp_path / "s.duckdb"
    ingest([str(write_feed(tmp_path / "feed.jsonl", corpus(6)))], db=db, pipeline=FakePipeline())
    before = dump(db)
    result = CliRunner().invoke(
        main, ["events", "--db", str(db), "--format", fmt, "--output", str(db)]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{db}: a database (the event store?), which an export never overwrites" in (
        result.stderr
    )
    assert dump(db) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--event-type", "Battle"], "'Battle' is not an ACLED name; use one of: Battles;"),
        (["--sub-event-type", "armed clashes"], "'armed clashes' is not an ACLED name"),
    ],
)
@pytest.mark.parametrize("command", ["events", "stats"])
def test_cli_events_unknown_type_is_a_usage_error(
    tmp_path: Path, command: str, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, [command, "--db", str(tmp_path / "s.duckdb"), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_cli_events_type_names_ignore_case_and_no_match_is_said(tmp_path: Path) -> None:
    from wirecoder.store import ingest

    db = tmp_path / "s.duckdb"
    ingest([str(write_feed(tmp_path / "feed.jsonl", corpus(6)))], db=db, pipeline=FakePipeline())
    found = CliRunner().invoke(main, ["events", "--db", str(db), "--event-type", "battles",
                                      "--format", "jsonl"])  # fmt: skip
    assert found.exit_code == 0 and '"event_type": "Battles"' in found.stdout
    none = CliRunner().invoke(main, ["events", "--db", str(db), "--country", "Narnia"])
    assert none.exit_code == 0 and "no stored event matches these filters" in none.stderr


def test_cli_evaluate_a_directory_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path}: a directory; give the gold file itself" in result.stderr


@pytest.mark.parametrize(
    ("paths", "tty", "hinted"),
    [(["-"], True, True), (["-"], False, False), (["story.txt"], True, False)],
)
def test_cli_stdin_at_a_terminal_says_it_waits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    paths: list[str], tty: bool, hinted: bool,
) -> None:
    import io

    from wirecoder.cli import common as cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return tty

    monkeypatch.setattr(cli.sys, "stdin", Terminal())
    cli._stdin_hint(paths)
    assert ("reading articles from the terminal" in capsys.readouterr().err) is hinted


def test_cli_ingest_nothing_read_offers_no_dataset_to_query(
    tmp_path: Path, fake_models: None
) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "empty.txt"), "--output", str(tmp_path / "ds")]
    )
    assert result.exit_code == 2 and "query the dataset" not in result.stderr
    assert "no article could be read" in result.stderr
