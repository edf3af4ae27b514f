"""An ACLED-notes gold record may say when its text was published: read at the edge, checked, and passed to the
pipeline as the article's publication date, so "on Sunday" and "last week" resolve as in a dated article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from watch_support import StubPipeline

from wirecoder.errors import GoldFormatError
from wirecoder.evaluate.gold import GoldNote, read_gold
from wirecoder.evaluate.run import evaluate_gold

TEXT = "Gunmen shot dead a herder near Bambari on Sunday evening, a local official said."


def _record(**extra: Any) -> dict[str, Any]:
    return {"id": "P1", "text": TEXT, "gold": {"event_type": "Violence against civilians",
                                               "event_date": "2021-06-06"}} | extra


def _write(tmp_path: Path, *records: dict[str, Any]) -> Path:
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-06-08", date(2021, 6, 8)),
    ("2021-06-08T09:30:00+01:00", date(2021, 6, 8)),
    ("8 June 2021", date(2021, 6, 8)),
    ("June 8, 2021 4:10 PM", date(2021, 6, 8)),
])
def test_evaluate_gold_published_read_in_common_forms(tmp_path: Path, value: str, expected: date) -> None:
    note = read_gold(_write(tmp_path, _record(published=value))).records[0]
    assert isinstance(note, GoldNote) and note.published is not None and note.published.date() == expected
    assert "published" not in note.to_dict()  # the text's metadata, not a coded field


@pytest.mark.parametrize("value", [None, ""])
def test_evaluate_gold_published_optional(tmp_path: Path, value: str | None) -> None:
    note = read_gold(_write(tmp_path, _record(published=value))).records[0]
    assert isinstance(note, GoldNote) and note.published is None


@pytest.mark.parametrize("value", ["last Sunday", "2021-13-40", "3099-01-01", ["2021-06-08"], True])
def test_evaluate_gold_published_bad_value_names_file_and_line(tmp_path: Path, value: object) -> None:
    path = _write(tmp_path, _record(), _record(id="P2", published=value))
    with pytest.raises(GoldFormatError, match=r"notes\.jsonl:2: 'published' is .*2021-03-14"):
        read_gold(path)


@pytest.mark.parametrize(("published", "expected"), [("2021-06-08", date(2021, 6, 8)), (None, None)])
def test_evaluate_gold_published_given_to_the_pipeline(
    tmp_path: Path, published: str | None, expected: date | None
) -> None:
    pipeline = StubPipeline()
    evaluate_gold(read_gold(_write(tmp_path, _record(published=published))), pipeline)
    seen = pipeline.seen[0].published
    assert (seen.date() if seen is not None else None) == expected
