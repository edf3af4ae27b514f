"""Reading gold files: format detection, coercion, and errors that name the line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wirecoder.errors import GoldFormatError
from wirecoder.evaluate.gold import GoldArticle, GoldNote, read_gold

NOTE: dict[str, Any] = {
    "id": "N1",
    "text": "On 3 May 2021, police fired tear gas at traders protesting in Kisumu town.",
    "gold": {
        "event_date": "2021-05-03",
        "event_type": "Protests",
        "sub_event_type": "Protest with intervention",
        "actor1": "Protesters (Kenya)",
        "actor2": "Police Forces of Kenya (2013-)",
        "inter1": "6",
        "inter2": "1",
        "admin1": "Kisumu",
        "location": "Kisumu",
        "latitude": "-0.0917",
        "longitude": 34.768,
        "fatalities": "0",
        "time_precision": "1",
    },
}
ARTICLE = {
    "id": "A1",
    "text": "Gunmen attacked a bus near Mandera. Two passengers died.",
    "gold_events": [
        {
            "type": "Conflict.Attack.Unspecified",
            "trigger": "attacked",
            "evidence": "Gunmen attacked a bus near Mandera .",
            "arguments": {},
        },
    ],
}


def write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_gold_reads_notes_and_coerces(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, NOTE))
    assert gold.format == "acled-notes"
    (note,) = gold.records
    assert isinstance(note, GoldNote)
    assert (note.inter1, note.inter2, note.fatalities) == (6, 1, 0)
    assert note.event_date == date(2021, 5, 3)
    assert note.latitude == pytest.approx(-0.0917)
    assert note.to_dict()["event_date"] == "2021-05-03"


def test_gold_reads_articles(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, ARTICLE, "", {**ARTICLE, "id": "A2"}))
    assert gold.format == "wikievents-articles"
    assert [r.id for r in gold.records] == ["A1", "A2"]
    assert isinstance(gold.records[0], GoldArticle)
    assert gold.records[0].mentions[0].trigger == "attacked"


def test_gold_limit_keeps_first_records(tmp_path: Path) -> None:
    lines = [{**NOTE, "id": f"N{i}"} for i in range(5)]
    assert [r.id for r in read_gold(write(tmp_path, *lines), limit=2).records] == ["N0", "N1"]


def test_gold_limit_stops_before_a_later_bad_line(tmp_path: Path) -> None:
    assert len(read_gold(write(tmp_path, NOTE, "{oops"), limit=1).records) == 1


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "N2", "text": "cut off', "(Invalid control character at column"),
        ("[1, 2]", "not an object"),
        ({"id": "N9", "text": "x"}, "'gold' is missing"),
        ({**NOTE, "text": ""}, "'text' is missing"),
        ({**NOTE, "id": None}, "'id'"),
        ({**NOTE, "gold": "Riots"}, "'gold' is str"),
        ({**NOTE, "gold": {**NOTE["gold"], "event_type": None}}, "event_type is missing"),
        ({**NOTE, "gold": {**NOTE["gold"], "fatalities": "several"}}, "gold.fatalities"),
        ({**NOTE, "gold": {**NOTE["gold"], "event_date": "spring"}}, "gold.event_date"),
        ({**NOTE, "gold": {**NOTE["gold"], "latitude": "north"}}, "gold.latitude"),
        ({**NOTE, "id": "N1"}, "already used on line 1"),
    ],
)
def test_gold_malformed_line_names_file_and_line(tmp_path: Path, bad: object, message: str) -> None:
    path = write(tmp_path, NOTE, "", bad)
    with pytest.raises(GoldFormatError) as caught:
        read_gold(path)
    assert f"{path}:3:" in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({**ARTICLE, "gold_events": {}}, "'gold_events' is dict"),
        (
            {**ARTICLE, "gold_events": [{"type": "Life.Die", "trigger": "died"}]},
            "gold_events[0].evidence",
        ),
        ({**ARTICLE, "gold_events": ["Life.Die"]}, "gold_events[0] is str"),
    ],
)
def test_gold_malformed_article_names_line(tmp_path: Path, bad: object, message: str) -> None:
    path = write(tmp_path, ARTICLE, bad)
    with pytest.raises(GoldFormatError, match=r":2: ") as caught:
        read_gold(path)
    assert message in str(caught.value)


def test_gold_undetectable_first_record(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match=r":1: cannot tell the gold format"):
        read_gold(write(tmp_path, {"id": "x", "text": "y", "label": "Riots"}))


def test_gold_empty_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no records"):
        read_gold(write(tmp_path, ""))


def test_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot open"):
        read_gold(tmp_path / "absent.jsonl")


def test_gold_rejects_bad_limit(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="--limit"):
        read_gold(write(tmp_path, NOTE), limit=0)
