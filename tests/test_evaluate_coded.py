"""The coded-articles gold format: full articles with events coded in ACLED's fields."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from wirecoder.errors import GoldFormatError
from wirecoder.evaluate import evaluate_file
from wirecoder.model import Event, Evidence

TEXT = "Gunmen killed four villagers in Zamfara on Monday. Police arrested two men in Gusau."
FIRST, SECOND = TEXT.split(". ")
FIRST += "."


class FakePipeline:
    """Emits one Attack on the first sentence, right on every field but the date."""

    def run(self, articles):
        for article in articles:
            event = Event(article.id, f"{article.id}-1", "Violence against civilians", "Attack", FIRST, 0,
                          len(FIRST), evidence=(Evidence(0, len(FIRST), FIRST),), actor1="Unidentified Armed Group (Nigeria)",
                          country="Nigeria", admin1="Zamfara", event_date=date(2021, 3, 2), fatalities=4)
            yield replace(article, events=(event,))


def _gold(tmp_path: Path, events: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": TEXT, "gold_events": events}) + "\n", encoding="utf-8")
    return path


def test_evaluate_coded_scores_detected_events_and_fields(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        {"event_type": "Violence against civilians", "sub_event_type": "Attack",
         "actor1": "Unidentified Armed Group (Nigeria)", "country": "Nigeria", "admin1": "Zamfara",
         "event_date": "2021-03-01", "fatalities": 4, "evidence": FIRST},
        {"event_type": "Strategic developments", "sub_event_type": "Arrests", "evidence": SECOND + "."},
    ])
    report = evaluate_file(gold, FakePipeline())
    assert report.gold_format == "coded-articles"
    scores = {s.name: s.score for s in report.scores}
    assert scores["detection"] == pytest.approx(0.5)
    assert scores["precision"] == pytest.approx(1.0)
    assert scores["fatalities"] == pytest.approx(0.5)
    assert scores["event_date"] == 0.0
    assert "coord_25km" not in scores  # not annotated, not scored


def test_evaluate_coded_event_without_evidence_is_a_format_error(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"event_type": "Battles", "sub_event_type": "Armed clash"}])
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:1: .*evidence"):
        evaluate_file(gold, FakePipeline())


def test_evaluate_coded_reads_article_files(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("March 2, 2021\n\n" + TEXT + "\n", encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "story", "file": "story.txt", "gold_events": [
        {"event_type": "Violence against civilians", "evidence": FIRST}]}) + "\n", encoding="utf-8")
    report = evaluate_file(path, FakePipeline())
    assert {s.name: s.score for s in report.scores}["detection"] == 1.0


def test_evaluate_coded_min_confidence_drops_unsure_events(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"event_type": "Violence against civilians", "evidence": FIRST}])
    sure = {s.name: s.score for s in evaluate_file(gold, FakePipeline()).scores}
    strict = {s.name: s.score for s in evaluate_file(gold, FakePipeline(), min_confidence=0.5).scores}
    assert sure["detection"] == 1.0  # the fake event has confidence 0.0
    assert strict["detection"] == 0.0
