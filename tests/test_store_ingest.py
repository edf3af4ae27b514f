"""Ingest: idempotence, syndicated copies, updates, batches, bad input (with a fake pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_support import (
    FakePipeline,
    article,
    corpus,
    dump,
    sentence,
    to_articles,
    write_feed,
)

from wirecoder.store import EventFilter, connect, find_events, ingest, ingest_articles

CLASH = sentence(
    "Armed clash", "Boko Haram", "Borno", "Nigeria", "2024-05-02", dead=6, at=(11.85, 13.16)
)


def _events(db: Path) -> list[dict]:
    with connect(db, read_only=True) as con:
        return find_events(con, EventFilter())


def _count(db: Path, table: str) -> int:
    with connect(db, read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_store_ingest_again_adds_nothing(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", corpus(30))
    db = tmp_path / "s.duckdb"
    first = ingest([str(feed)], db=db, pipeline=FakePipeline())
    before = dump(db)
    pipeline = FakePipeline()
    again = ingest([str(feed)], db=db, pipeline=pipeline)
    assert dump(db) == before
    assert again.known == again.read == first.read
    assert again.writes.stored == again.writes.events_new == again.writes.events_merged == 0
    assert pipeline.seen == []  # known articles are not even extracted


def test_store_ingest_syndicated_copy_is_one_event(tmp_path: Path) -> None:
    original = article("wire-1", CLASH, url="https://trust.example/1", source="Daily Trust")
    copy = dict(original, id="wire-1-copy", url="https://punch.example/9", source="Punch")
    db = tmp_path / "s.duckdb"
    summary = ingest_articles(to_articles([original, copy]), FakePipeline(), db=db)
    (event,) = _events(db)
    assert (event["mentions"], event["sources"], event["source"]) == (2, 2, "Daily Trust; Punch")
    assert (summary.writes.events_new, summary.writes.events_merged) == (1, 1)
    assert _count(db, "mentions") == 2


@pytest.mark.parametrize(
    "copy_changes",
    [
        {"url": "https://trust.example/1?utm=x"},  # the same outlet at another URL
        {"url": None, "source": None},  # a re-read without metadata
        {"text_suffix": "  "},  # whitespace differs only
    ],
)
def test_store_ingest_same_text_same_outlet_is_known(tmp_path: Path, copy_changes: dict) -> None:
    original = article("wire-1", CLASH, url="https://trust.example/1", source="Daily Trust")
    copy = dict(original, id="again")
    copy["text"] = copy["text"].replace("\n\n", "\n\n ") + copy_changes.pop("text_suffix", "")
    copy.update(copy_changes)
    db = tmp_path / "s.duckdb"
    summary = ingest_articles(to_articles([original, copy]), FakePipeline(), db=db)
    assert summary.known == 1 and _count(db, "articles") == 1


def test_store_ingest_changed_article_replaces_its_mentions(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    protest = sentence(
        "Peaceful protest", "Protesters", "Nairobi", "Kenya", "2024-05-03", at=(-1.29, 36.82)
    )
    first = article("s1", CLASH, protest, url="https://trust.example/1", source="Daily Trust")
    other = article(
        "s2",
        sentence(
            "Armed clash", "Boko Haram", "Borno", "Nigeria", "2024-05-02", dead=9, at=(11.86, 13.15)
        ),
        url="https://ap.example/2",
        source="AP",
    )
    ingest_articles(to_articles([first, other]), FakePipeline(), db=db)
    assert sorted((e["sub_event_type"], e["mentions"], e["fatalities"]) for e in _events(db)) == [
        ("Armed clash", 2, 6),
        ("Peaceful protest", 1, 0),
    ]
    # The update drops the protest and revises the toll of the clash down to 4.
    update = article(
        "s1",
        CLASH.replace("6 killed", "4 killed"),
        url="https://trust.example/1",
        source="Daily Trust",
    )
    summary = ingest_articles(to_articles([update]), FakePipeline(), db=db)
    assert (summary.writes.replaced, summary.writes.events_removed) == (1, 1)
    (clash,) = _events(db)
    assert (clash["mentions"], clash["sources"], clash["fatalities"]) == (2, 2, 4)
    assert _count(db, "articles") == 2 and _count(db, "mentions") == 2


def test_store_ingest_no_merge_keeps_reports_apart(tmp_path: Path) -> None:
    original = article("wire-1", CLASH, url="https://trust.example/1", source="Daily Trust")
    copy = dict(original, id="wire-1-copy", url="https://punch.example/9", source="Punch")
    db = tmp_path / "s.duckdb"
    ingest_articles(to_articles([original, copy]), FakePipeline(), db=db, merge=False)
    assert [(e["mentions"], e["sources"]) for e in _events(db)] == [(1, 1), (1, 1)]


def test_store_ingest_events_of_one_article_stay_apart(tmp_path: Path) -> None:
    twin = sentence(
        "Armed clash", "Boko Haram", "Borno", "Nigeria", "2024-05-02", dead=2, at=(11.85, 13.16)
    )
    db = tmp_path / "s.duckdb"
    # b tells the same two clashes in the other order: not a copy, each clash must find its twin.
    ingest_articles(
        to_articles(
            [article("a", CLASH, twin, source="Reuters"), article("b", twin, CLASH, source="AP")]
        ),
        FakePipeline(),
        db=db,
    )
    assert sorted(e["mentions"] for e in _events(db)) == [2, 2]


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sizes=st.lists(st.integers(1, 9), min_size=1, max_size=6))
def test_store_ingest_result_ignores_batch_boundaries(
    tmp_path_factory: pytest.TempPathFactory, sizes: list[int]
) -> None:
    records = corpus(24)
    reference = tmp_path_factory.mktemp("ref") / "s.duckdb"
    ingest_articles(to_articles(records), FakePipeline(), db=reference, batch_size=100)
    # The same articles arriving in several ingests of several batch sizes.
    db = tmp_path_factory.mktemp("split") / "s.duckdb"
    start = 0
    for size in sizes + [len(records)]:
        ingest_articles(
            to_articles(records[start : start + size * 2]), FakePipeline(), db=db, batch_size=size
        )
        start += size * 2
    assert dump(db) == dump(reference)


def test_store_ingest_bad_input_is_skipped_and_counted(tmp_path: Path) -> None:
    good = write_feed(tmp_path / "good.jsonl", [article("ok", CLASH)])
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "x", "text": "ok"}\n{not json\n[1, 2]\n', encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    skipped: list[str] = []
    db = tmp_path / "s.duckdb"
    summary = ingest(
        [
            str(good),
            str(tmp_path / "bad.jsonl"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "binary.bin"),
            str(tmp_path / "missing.txt"),
        ],
        db=db,
        pipeline=FakePipeline(),
        on_skip=lambda s: skipped.append(str(s)),
    )
    assert summary.read == 2 and sum(summary.skipped.values()) == len(skipped) == 5
    assert summary.skipped["line is not valid JSON"] == 1 and summary.skipped["empty file"] == 1
    assert "5 skipped (" in str(summary)
    assert _count(db, "articles") == 2 and _count(db, "events") == 1


def test_store_ingest_failed_batch_leaves_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirecoder.store import write
    from wirecoder.store.schema import StoreError

    db = tmp_path / "s.duckdb"
    ingest_articles(to_articles([article("first", CLASH)]), FakePipeline(), db=db)
    before = dump(db)

    real = write.insert_columns

    def broken(con, table, *args):  # the articles go in, then the database refuses the reports
        if table == "reports":
            raise duckdb.ConstraintException("simulated failure")
        real(con, table, *args)

    monkeypatch.setattr(write, "insert_columns", broken)
    with pytest.raises(StoreError, match="nothing of it was stored"):
        ingest_articles(to_articles(corpus(5)), FakePipeline(), db=db)
    assert dump(db) == before


def test_store_ingest_summary_line(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", corpus(6))
    summary = ingest([str(feed)], db=tmp_path / "s.duckdb", pipeline=FakePipeline())
    line = str(summary)
    assert line.startswith(
        "ingest: 9 articles read, 0 skipped, 1 already known, 8 stored (1 replaced); events: "
    )
    assert "\n" not in line and str(tmp_path / "s.duckdb") in line


def test_store_ingest_lone_surrogates_are_stored_replaced(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    line = json.dumps({"id": "odd", "title": "x", "text": CLASH + " Witness \\ud800 said."})
    feed.write_text(line.replace("\\\\ud800", "\\ud800") + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([str(feed)], db=db, pipeline=FakePipeline())
    assert summary.writes.stored == 1
    with connect(db, read_only=True) as con:
        (text,) = con.execute("SELECT text FROM articles").fetchone()
    assert "Witness \ufffd said." in text and len(_events(db)) == 1


def test_store_ingest_reports_progress(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", corpus(10))
    seen = []
    ingest(
        [str(feed)],
        db=tmp_path / "s.duckdb",
        pipeline=FakePipeline(),
        batch_size=3,
        on_progress=seen.append,
    )
    assert [p.extracted for p in seen] == list(range(1, 13))
    assert seen[-1].committed == 12 and "12 articles extracted" in str(seen[-1])


def test_store_ingest_older_version_does_not_replace_newer(tmp_path: Path) -> None:
    url = "https://trust.example/1"
    newer = article("s1", CLASH.replace("6 killed", "8 killed"), url=url, source="Daily Trust",
                    published="2024-05-04T10:00:00")
    older = article("s1", CLASH, url=url, source="Daily Trust", published="2024-05-03T10:00:00")
    db = tmp_path / "s.duckdb"
    ingest_articles(to_articles([newer]), FakePipeline(), db=db)
    before = dump(db)
    summary = ingest_articles(to_articles([older, newer, older]), FakePipeline(), db=db)
    assert summary.known == 3 and summary.writes.replaced == 0
    assert dump(db) == before
    assert [e["fatalities"] for e in _events(db)] == [8]


def test_store_ingest_versions_of_a_story_settle(tmp_path: Path) -> None:
    url = "https://trust.example/1"
    first = article("s1", CLASH, url=url, source="Daily Trust")
    second = article("s1", CLASH.replace("6 killed", "7 killed"), url=url, source="Daily Trust")
    db = tmp_path / "s.duckdb"
    summary = ingest_articles(to_articles([first, second]), FakePipeline(), db=db)
    assert summary.writes.replaced == 1
    settled = dump(db)
    again = ingest_articles(to_articles([first, second, first]), FakePipeline(), db=db)
    assert again.known == 3 and dump(db) == settled  # no flip-flop between the two versions
    assert [e["fatalities"] for e in _events(db)] == [7]
