"""The store with the real pipeline: a syndicated copy and a rewritten report of one attack merge.

The two stories are ours, about an invented attack on a real village: one wire report and one
local paper's, in different words, with different tolls (ACLED's rule keeps the lower one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from store_support import write_feed

from wirecoder.store import EventFilter, connect, find_events, ingest

pytestmark = pytest.mark.slow

WIRE = "\n\n".join([
    "Gunmen on motorcycles attacked the village of Kurya in Zamfara state on Tuesday evening,"
    " killing 14 people, police said.",
    "Police spokesman Yazid Abubakar said the attackers arrived at about 6 p.m. and fired on"
    " residents gathered at the market.",
    '"They shot at everyone they saw," said Sani Garba, a farmer who hid in a nearby field.',
    "The state governor condemned the killings in a statement on Wednesday.",
])

LOCAL = "\n\n".join([
    "Armed bandits killed 12 villagers in a raid on Kurya community in Zamfara State on Tuesday,"
    " residents said on Wednesday.",
    "The attackers came in large numbers and shot people in the village market, two residents"
    " told reporters by phone.",
    '"We buried twelve people this morning," said a community leader who asked not to be named.',
])

ORIGINAL = {
    "id": "ap-kurya",
    "text": WIRE,
    "source": "AP",
    "url": "https://ap.example/kurya",
    "published": "2024-06-12T09:00:00",
}
COPY = {
    **ORIGINAL,
    "id": "premium-kurya",
    "source": "Premium Times",
    "url": "https://premium.example/kurya",
}
REWRITE = {
    "id": "trust-kurya",
    "text": LOCAL,
    "source": "Daily Trust",
    "url": "https://trust.example/kurya",
    "published": "2024-06-12T15:00:00",
}


def _attacks(db: Path) -> list[dict]:
    with connect(db, read_only=True) as con:
        return find_events(con, EventFilter(sub_event_type="Attack", admin1="Zamfara"))


@pytest.mark.parametrize(
    ("records", "fatalities", "sources"),
    [
        ([ORIGINAL, COPY], 14, "AP; Premium Times"),
        ([ORIGINAL, REWRITE], 12, "AP; Daily Trust"),
        ([REWRITE, ORIGINAL], 12, "Daily Trust; AP"),
    ],
)
def test_store_pipeline_two_reports_make_one_event(
    pipeline, tmp_path: Path, records: list[dict], fatalities: int, sources: str
) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", records)
    db = tmp_path / "s.duckdb"
    summary = ingest([str(feed)], db=db, pipeline=pipeline)
    assert summary.writes.stored == 2 and summary.writes.events_merged >= 1
    (attack,) = _attacks(db)
    assert (attack["mentions"], attack["sources"], attack["fatalities"], attack["source"]) == (
        2,
        2,
        fatalities,
        sources,
    )
    assert attack["event_date"] == "2024-06-11"
    with connect(db, read_only=True) as con:
        mentions = con.execute(
            "SELECT article_id, text FROM mentions WHERE event_id = ? ORDER BY article_id",
            [attack["event_id"]],
        ).fetchall()
    assert {a for a, _ in mentions} == {r["id"] for r in records}
    assert {a for a, text in mentions if "Kurya" in text} == {
        r["id"] for r in records
    }  # each lead sentence


def test_store_pipeline_copy_and_rewrite_together(pipeline, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", [ORIGINAL, REWRITE, COPY, ORIGINAL])
    db = tmp_path / "s.duckdb"
    summary = ingest([str(feed)], db=db, pipeline=pipeline)
    assert summary.known == 1
    (attack,) = _attacks(db)
    assert (attack["mentions"], attack["sources"], attack["fatalities"]) == (3, 3, 12)
    # Every event of the copied story carries the copy's mention too.
    with connect(db, read_only=True) as con:
        copies = con.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = 'premium-kurya'"
        ).fetchall()
        originals = con.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = 'ap-kurya'"
        ).fetchall()
    assert sorted(copies) == sorted(originals)
