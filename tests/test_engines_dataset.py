"""The Parquet dataset: partitioned by event month, queried by the store's own filters,
committed chunk by chunk, resumed after a crash. No cluster: the fake pipeline, in process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_support import FakePipeline, to_articles, write_feed
from store_support import corpus as feed_records

from wirecoder.cli import main
from wirecoder.engines import DatasetWriter, open_dataset, write_dataset
from wirecoder.model import Article
from wirecoder.store import EventFilter, IngestSummary, connect, find_events, ingest_articles
from wirecoder.store.schema import EVENT_COLUMNS, StoreError

# The last record of the fake corpus revises a story at a known URL: the store replaces the
# old version, a dataset (append-only) keeps both. Without it the two hold the same events.
RECORDS = feed_records(24)[:-1]


def write(directory: Path, articles: Iterable[Article], chunk: int = 5) -> IngestSummary:
    """The fake pipeline's events of ``articles`` into the dataset at ``directory``."""
    return write_dataset(articles, FakePipeline(), db=directory, summary=IngestSummary(directory),
                         chunk_articles=chunk)  # fmt: skip


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("dataset") / "ds"
    write(directory, to_articles(RECORDS))
    return directory


@pytest.fixture(scope="module")
def unmerged_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.duckdb"
    ingest_articles(to_articles(RECORDS), FakePipeline(), db=db, merge=False)
    return db


def test_engines_dataset_is_partitioned_by_event_month(dataset: Path) -> None:
    months = sorted(p.name for p in (dataset / "events").iterdir())
    assert months == ["event_month=2024-05"]
    with open_dataset(dataset) as con:
        rows = con.execute("SELECT DISTINCT event_month, strftime(event_date, '%Y-%m')"
                           " FROM events").fetchall()  # fmt: skip
    assert rows == [("2024-05", "2024-05")]
    assert not (dataset / "_incoming").exists()


@pytest.mark.parametrize("where", [
    EventFilter(),
    EventFilter(country="KEN"),
    EventFilter(country="nigeria", event_type="violence against civilians"),
    EventFilter(actor="militia 1", since=date(2024, 5, 3), until=date(2024, 5, 6)),
    EventFilter(min_fatalities=5),
    EventFilter(text="peaceful protest by protesters"),
])  # fmt: skip
def test_engines_dataset_answers_like_an_unmerged_store(
    dataset: Path, unmerged_store: Path, where: EventFilter
) -> None:
    with open_dataset(dataset) as con:
        from_dataset = find_events(con, where)
    with connect(unmerged_store, read_only=True) as con:
        from_store = find_events(con, where)
    assert from_dataset and from_dataset == from_store
    assert list(from_dataset[0]) == list(EVENT_COLUMNS)


def test_engines_dataset_rerun_adds_nothing(tmp_path: Path) -> None:
    first = write(tmp_path / "ds", to_articles(RECORDS))
    again = write(tmp_path / "ds", to_articles(RECORDS))
    assert (again.writes.stored, again.known) == (0, first.writes.stored + first.known)


def test_engines_dataset_gives_repeated_ids_a_suffix(tmp_path: Path) -> None:
    twins = to_articles([dict(RECORDS[1], text=RECORDS[1]["text"] + " Later, more."), RECORDS[1]])
    write(tmp_path / "ds", twins)
    with open_dataset(tmp_path / "ds") as con:
        ids = sorted(r[0] for r in con.execute("SELECT DISTINCT article_id FROM events").fetchall())
        events = con.execute("SELECT count(DISTINCT event_id), count(*) FROM events").fetchone()
    assert ids[0] == "story-1" and ids[1].startswith("story-1~")
    assert events is not None and events[0] == events[1]


class Crashing(FakePipeline):
    """Dies (like a killed process) after ``after`` articles."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for n, article in enumerate(super().run(articles)):
            if n == self.after:
                raise KeyboardInterrupt
            yield article


def test_engines_dataset_resumes_after_a_crash(tmp_path: Path, dataset: Path) -> None:
    directory = tmp_path / "ds"
    summary = IngestSummary(directory)
    with pytest.raises(KeyboardInterrupt):
        write_dataset(to_articles(RECORDS), Crashing(after=12), db=directory, summary=summary,
                      chunk_articles=5)  # fmt: skip
    assert summary.writes.stored == 10  # two whole chunks
    stray = directory / "events" / "event_month=2024-05" / "part-unfinished.parquet"
    stray.write_bytes(b"half a file")  # what a kill during a move would leave
    write(directory, to_articles(RECORDS))
    assert not stray.exists()
    with open_dataset(directory) as con, open_dataset(dataset) as whole:
        resumed, uninterrupted = find_events(con), find_events(whole)
    assert resumed == uninterrupted


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chunk=st.integers(1, 30))
def test_engines_dataset_rows_do_not_depend_on_chunks(
    tmp_path_factory: pytest.TempPathFactory, dataset: Path, chunk: int
) -> None:
    directory = tmp_path_factory.mktemp("chunks") / "ds"
    stored = write(directory, to_articles(RECORDS), chunk=chunk).writes.stored
    with open_dataset(directory) as con, open_dataset(dataset) as reference:
        assert find_events(con) == find_events(reference)
    assert len(list((directory / "articles").glob("*.parquet"))) == -(-stored // chunk)


def test_engines_dataset_refuses_a_file(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("not a directory")
    with pytest.raises(StoreError, match="taken: a file is there"):
        DatasetWriter(tmp_path / "taken")


def test_engines_dataset_has_one_writer_at_a_time(tmp_path: Path) -> None:
    first = DatasetWriter(tmp_path / "ds")
    with pytest.raises(StoreError, match="another run is writing this dataset"):
        DatasetWriter(tmp_path / "ds")
    first.close()
    DatasetWriter(tmp_path / "ds").close()  # released: the next run may write


def test_engines_dataset_without_events_answers_none(tmp_path: Path) -> None:
    write(tmp_path / "ds", [Article("calm", "Residents said the area was calm.")])
    with open_dataset(tmp_path / "ds") as con:
        assert find_events(con) == []


def test_engines_cli_events_reads_a_dataset(dataset: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["events", "--parquet", str(dataset), "--country", "Kenya",
                                  "--format", "csv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    with open_dataset(dataset) as con:
        kenya = find_events(con, EventFilter(country="Kenya"))
    assert len(result.output.splitlines()) == len(kenya) + 1  # the header
    missing = runner.invoke(main, ["events", "--parquet", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "not a wirecoder Parquet dataset" in missing.output
    both = runner.invoke(main, ["events", "--parquet", str(dataset), "--db", "x.duckdb"])
    assert both.exit_code == 2 and "drop --db" in both.output


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler names a dask cluster: add --engine dask"),
    (["--output", "ds", "--db", "s.duckdb"], "drop --db (or --output)"),
    (["--output", "ds", "--no-merge"], "a Parquet dataset never merges"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"],
     "drop --workers (or --scheduler)"),
])  # fmt: skip
def test_engines_cli_ingest_refuses_conflicting_options(
    tmp_path: Path, args: list[str], message: str
) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", RECORDS[:2])
    result = CliRunner().invoke(main, ["ingest", str(feed), *args])
    assert result.exit_code == 2 and message in result.output


def test_engines_cli_engine_names_match_the_library() -> None:
    from wirecoder import cli, engines

    assert cli.ENGINES == engines.ENGINES
