"""The dask engine on one local cluster of two worker processes, shared by the module.

Most tests drive it with the fake pipeline of ``engines_support`` (milliseconds an article);
the slow one runs wirecoder's own pipeline on demo/corpus and compares with the local engine.
"""

from __future__ import annotations

import itertools
import logging
import pickle
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster
from engines_support import KILL, POISON, loads, spoil
from store_support import FakePipeline, dump, write_feed
from store_support import corpus as feed_records

from wirecoder.engines import FAILED, backfill, open_dataset
from wirecoder.engines.dask_pipeline import DaskPipeline
from wirecoder.engines.worker import PipelinePlugin, PipelineSpec
from wirecoder.errors import InputError
from wirecoder.model import Article
from wirecoder.store import find_events, ingest

REPO = Path(__file__).resolve().parents[1]

# dask's own noise, not ours: its comms and nannies may close sockets after a test has moved on.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A running cluster: two processes of one thread, as `--engine dask --workers 2` starts."""
    # A worker that dies fails its task at once (dask retries 3 times by default), so the
    # crash test takes two worker restarts, not eight.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                         dashboard_address=":0", silence_logs=logging.ERROR) as cluster:  # fmt: skip
        yield cluster.scheduler_address


def fake(token: str) -> PipelineSpec:
    """The counting fake pipeline; ``token`` keeps each test's load count apart."""
    return PipelineSpec("engines_support:counting_pipeline", (("token", token),))


def test_engines_dask_loads_the_pipeline_once_per_worker(scheduler: str, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", feed_records(40))
    summary = backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("once"),
                       batch_size=2, db=tmp_path / "s.duckdb")  # fmt: skip
    assert summary.writes.stored > 2 * 2  # many more tasks than workers ...
    with Client(scheduler, set_as_default=False) as client:
        counts = client.run(loads, "once")
    assert sorted(counts.values()) == [1, 1]  # ... and one build a worker


def test_engines_worker_plugin_pickles_without_its_pipeline() -> None:
    plugin = PipelinePlugin(fake("pickle"))
    loaded = len(pickle.dumps(plugin))
    plugin.pipeline()  # what a worker has after its first batch
    assert len(pickle.dumps(plugin)) == loaded
    assert pickle.loads(pickle.dumps(plugin)).spec == plugin.spec


def test_engines_dask_store_matches_local_engine(scheduler: str, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", feed_records(30))
    backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("same"), batch_size=4,
             db=tmp_path / "dask.duckdb")  # fmt: skip
    ingest([str(feed)], db=tmp_path / "local.duckdb", pipeline=FakePipeline())
    assert dump(tmp_path / "dask.duckdb") == dump(tmp_path / "local.duckdb")


def test_engines_dask_skips_known_articles(scheduler: str, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", feed_records(12))
    first = backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("known"),
                     db=tmp_path / "s.duckdb")  # fmt: skip
    again = backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("known"),
                     db=tmp_path / "s.duckdb")  # fmt: skip
    assert first.writes.stored > 0
    assert (again.writes.stored, again.known) == (0, first.read)


@pytest.mark.parametrize("output", [False, True], ids=["store", "parquet"])
def test_engines_dask_bad_article_is_skipped_and_reported(
    scheduler: str, tmp_path: Path, output: bool
) -> None:
    records = feed_records(10)
    records[4] = spoil(records[4], POISON)
    feed = write_feed(tmp_path / "feed.jsonl", records)
    skipped: list[str] = []
    target = {"output": tmp_path / "ds"} if output else {"db": tmp_path / "s.duckdb"}
    summary = backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("bad"),
                       batch_size=3, on_skip=lambda s: skipped.append(str(s)), **target)  # type: ignore[arg-type]
    assert summary.skipped[FAILED] == 1
    assert skipped == [f"{feed}:5: skipped: extraction failed: ValueError: cannot code story-4"]
    assert summary.writes.stored == len(records) - 2  # the poisoned one, and an exact re-read
    if output:
        with open_dataset(tmp_path / "ds") as con:
            ids = {r[0] for r in con.execute("SELECT input_id FROM articles").fetchall()}
        assert "story-4" not in ids and "story-5" in ids


def test_engines_dask_strict_makes_a_failed_article_fatal(scheduler: str, tmp_path: Path) -> None:
    records = feed_records(6)
    records[1] = spoil(records[1], POISON)
    feed = write_feed(tmp_path / "feed.jsonl", records)
    with pytest.raises(InputError, match=r"feed.jsonl:2: extraction failed: ValueError: cannot code story-1 \(--strict"):
        backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("strict"),
                 strict=True, db=tmp_path / "s.duckdb")  # fmt: skip


def test_engines_dask_dead_worker_costs_only_its_article(scheduler: str, tmp_path: Path) -> None:
    records = feed_records(8)
    records[2] = spoil(records[2], KILL)
    feed = write_feed(tmp_path / "feed.jsonl", records)
    skipped: list[str] = []
    summary = backfill([str(feed)], engine="dask", scheduler=scheduler, spec=fake("kill"),
                       batch_size=4, db=tmp_path / "s.duckdb",
                       on_skip=lambda s: skipped.append(str(s)))  # fmt: skip
    assert skipped == [f"{feed}:3: skipped: extraction failed: a worker died extracting it "
                       "(killed, or out of memory?)"]  # fmt: skip
    assert summary.writes.stored == len(records) - 2  # the killer, and an exact re-read


def test_engines_dask_reads_lazily(scheduler: str) -> None:
    """However long the input, the client reads at most ``window`` batches ahead of the one it
    hands back."""
    consumed = itertools.count()
    endless = (Article(f"a{next(consumed)}", "Residents said the area was calm.")
               for _ in itertools.count())  # fmt: skip
    with Client(scheduler, set_as_default=False) as client, \
            DaskPipeline(client, fake("lazy"), batch_size=5, window=3) as pipeline:  # fmt: skip
        first = list(itertools.islice(pipeline.run(endless), 12))
    assert [a.id for a in first] == [f"a{i}" for i in range(12)]
    handed_back = 3  # batches: 12 articles of 5 a batch
    assert next(consumed) <= (handed_back + 3 - 1) * 5


def test_engines_dask_starts_its_own_local_cluster(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", feed_records(6))
    summary = backfill([str(feed)], engine="dask", workers=1, spec=fake("local"),
                       db=tmp_path / "s.duckdb")  # fmt: skip
    assert summary.writes.stored == summary.read - 1  # all but an exact re-read


@pytest.mark.slow
def test_engines_dask_demo_corpus_matches_local_engine(
    scheduler: str, pipeline: object, tmp_path: Path
) -> None:
    demo = str(REPO / "demo" / "corpus")
    backfill([demo], engine="dask", scheduler=scheduler, db=tmp_path / "dask.duckdb")
    backfill([demo], engine="dask", scheduler=scheduler, output=tmp_path / "ds")
    ingest([demo], db=tmp_path / "local.duckdb", pipeline=pipeline)  # type: ignore[arg-type]
    stores = dump(tmp_path / "dask.duckdb"), dump(tmp_path / "local.duckdb")
    assert stores[0] == stores[1] and stores[0]["events"]
    # The dataset holds each article's events as the local pipeline codes them.
    with open_dataset(tmp_path / "ds") as con:
        dataset = {(r["event_id"], r["event_type"], r["fatalities"], r["location"])
                   for r in find_events(con)}  # fmt: skip
    from wirecoder.api import extract

    local = {(e.event_id, e.event_type, e.fatalities, e.location)
             for e in extract([demo], pipeline=pipeline)}  # fmt: skip
    assert dataset == local
    backfill([demo], engine="local", output=tmp_path / "local-ds")
    with open_dataset(tmp_path / "ds") as con, open_dataset(tmp_path / "local-ds") as mine:
        assert find_events(con) == find_events(mine)
