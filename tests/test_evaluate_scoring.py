"""End-to-end scoring with hand-made gold and a fake pipeline (no spaCy)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from wirecoder.evaluate import Report, evaluate_file
from wirecoder.evaluate.gold import GoldNote
from wirecoder.evaluate.notes import NOTE_FIELDS, compare_note
from wirecoder.model import Article, Event


class FakePipeline:
    """Emits the events given for each article id, in input order."""

    def __init__(self, events: Mapping[str, tuple[Event, ...]]) -> None:
        self.events = events
        self.seen: list[Article] = []

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.seen.append(article)
            yield article.replace(events=self.events.get(article.id, ()))


def event(article_id: str, **fields: object) -> Event:
    base: dict[str, object] = {
        "article_id": article_id, "event_id": f"{article_id}-1", "event_type": "Riots",
        "sub_event_type": "Mob violence", "notes": "A mob beat a suspected thief.",
        "evidence_start": 0, "evidence_end": 10,
    }  # fmt: skip
    return Event(**(base | fields))  # type: ignore[arg-type]


NOTES = [
    {"id": "k1", "text": "On 4 March 2020, police shot dead a robbery suspect in Githurai, Kiambu.",
     "gold": {"event_date": "2020-03-04", "event_type": "Violence against civilians",
              "sub_event_type": "Attack", "actor1": "Police Forces of Kenya (2013-)",
              "actor2": "Civilians (Kenya)", "inter1": "1", "inter2": "7", "country": "Kenya",
              "admin1": "Kiambu", "location": "Githurai", "latitude": -1.2, "longitude": 36.91,
              "fatalities": 1, "time_precision": "1", "geo_precision": "1"}},
    {"id": "k2", "text": "On 6 March 2020, traders protested peacefully in Eldoret over levies.",
     "gold": {"event_date": "2020-03-06", "event_type": "Protests",
              "sub_event_type": "Peaceful protest", "actor1": "Protesters (Kenya)",
              "actor2": None, "inter1": "6", "inter2": "0", "admin1": "Uasin Gishu",
              "location": "Eldoret", "latitude": 0.5143, "longitude": 35.2698,
              "fatalities": 0, "time_precision": "1"}},
    {"id": "k3", "text": "Around 10 March 2020, a mob lynched a man accused of theft near Kisii.",
     "gold": {"event_date": "2020-03-10", "event_type": "Riots", "sub_event_type": "Mob violence",
              "actor1": "Rioters (Kenya)", "actor2": "Civilians (Kenya)", "inter1": "5",
              "inter2": "7", "admin1": "Kisii", "location": "Kisii", "latitude": -0.6817,
              "longitude": 34.7667, "fatalities": 1, "time_precision": "2"}},
    {"id": "k4", "text": "On 12 March 2020, herders clashed with farmers in Tana River.",
     "gold": {"event_date": "2020-03-12", "event_type": "Battles", "sub_event_type": "Armed clash",
              "actor1": "Orma Ethnic Militia (Kenya)", "actor2": "Pokomo Ethnic Militia (Kenya)",
              "inter1": "4", "inter2": "4", "admin1": "Tana River", "location": "Garsen",
              "latitude": -2.27, "longitude": 40.12, "fatalities": 0, "time_precision": "1"}},
]  # fmt: skip

PREDICTIONS = {
    # k1: everything right, spelt differently
    "k1": (
        event("k1", event_type="Violence against civilians", sub_event_type="Attack",
              actor1="Police Forces of Kenya", actor2="Civilians", inter1=1, inter2=7,
              country="Kenya", admin1="Kiambu County", location="githurai", latitude=-1.21,
              longitude=36.92, fatalities=1, event_date=date(2020, 3, 4), time_precision=1,
              geo_precision=1),
        event("k1", event_type="Riots"),  # a second event is never compared
    ),
    # k2: right type, no actor2 (agrees with gold), wrong place 60 km off, wrong date
    "k2": (
        event("k2", event_type="Protests", sub_event_type="Peaceful protest",
              actor1="Protesters (Kenya)", inter1=6, admin1="Nandi", location="Kapsabet",
              latitude=0.2, longitude=35.1, event_date=date(2020, 3, 5), time_precision=1),
    ),
    # k3: wrong type
    "k3": (event("k3", event_type="Violence against civilians", sub_event_type="Attack"),),
    # k4: nothing emitted
}  # fmt: skip


@pytest.fixture()
def notes_report(tmp_path: Path) -> Report:
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in NOTES), encoding="utf-8")
    return evaluate_file(path, FakePipeline(PREDICTIONS), errors=10)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("detection", 3 / 4),
        ("event_type", 2 / 4),
        ("sub_event_type", 2 / 4),
        ("actor1", 2 / 4),
        ("actor2", 2 / 4),  # k1 lenient country, k2 both absent
        ("inter1", 2 / 4),
        ("inter2", 2 / 4),  # k2: gold 0 == predicted None
        ("admin1", 1 / 4),
        ("location", 1 / 4),
        ("coord_25km", 1 / 4),
        ("coord_100km", 2 / 4),
        ("fatalities", 2 / 4),  # k1 1 == 1, k2 0 == 0; k3 predicted 0 for gold 1
        ("event_date", 1 / 4),
        ("time_precision", 2 / 4),
    ],
)
def test_evaluate_notes_field_scores(notes_report: Report, field: str, expected: float) -> None:
    assert notes_report.score(field) == pytest.approx(expected)
    assert notes_report.to_json()[field] == {"score": round(expected, 4), "count": 4}


def test_evaluate_notes_date_over_notes_stating_the_year(notes_report: Report) -> None:
    # every fixture note states its year; only k1 has the right date
    assert notes_report.to_json()["event_date_year_in_text"] == {"score": 0.25, "count": 4}


def test_evaluate_notes_macro_f1_and_confusion(notes_report: Report) -> None:
    # VAC: tp1 fp1 -> 2/3; Protests: 1; Riots: fn1 -> 0; Battles: fn1 -> 0
    assert notes_report.score("event_type_macro_f1") == pytest.approx((2 / 3 + 1) / 4)
    confusion = notes_report.to_json()["confusion"]["event_type"]
    assert confusion["Riots"] == {"Violence against civilians": 1}
    assert confusion["Battles"] == {"(no event)": 1}


def test_evaluate_notes_articles_have_no_date(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text(json.dumps(NOTES[0]), encoding="utf-8")
    pipe = FakePipeline({})
    evaluate_file(path, pipe)
    assert [(a.id, a.text, a.published) for a in pipe.seen] == [("k1", NOTES[0]["text"], None)]


def test_evaluate_notes_misses_worst_first(notes_report: Report) -> None:
    kinds = [(m.id, m.kind) for m in notes_report.errors]
    assert kinds == [("k3", "event_type"), ("k4", "no event"), ("k2", "admin1")]
    k3 = notes_report.errors[0]
    assert k3.gold is not None and k3.gold["event_type"] == "Riots"
    assert k3.prediction is not None and k3.prediction["event_type"] == "Violence against civilians"
    assert notes_report.errors[1].prediction is None


def test_evaluate_misses_prefer_diverse_gold_types(tmp_path: Path) -> None:
    riots = [{**NOTES[2], "id": f"r{i}"} for i in range(5)]
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [*riots, NOTES[3]]), encoding="utf-8")
    report = evaluate_file(path, FakePipeline({}), errors=2)
    assert [m.id for m in report.errors] == ["r0", "k4"]


def test_evaluate_report_json_and_table(notes_report: Report) -> None:
    out = notes_report.to_json()
    json.dumps(out)  # serialisable
    for field in (*NOTE_FIELDS, "event_type_macro_f1", "sub_event_type_macro_f1"):
        assert set(out[field]) == {"score", "count"}
    assert out["meta"]["records"] == 4 and len(out["errors"]) == 3
    table = notes_report.to_table()
    rows = [line for line in table.splitlines() if re.match(r"(detection|event_type) +\d", line)]
    assert len(rows) == 2 and rows[0].index("0.750") == rows[1].index("0.500")
    assert "Most instructive misses (3)" in table


def test_evaluate_compare_note_without_event_is_wrong_everywhere() -> None:
    gold = GoldNote(id="x", text="t", line=1, event_type="Riots")
    assert compare_note(gold, None).wrong == NOTE_FIELDS


ARTICLES = [
    {"id": "a1", "text": "(see gold_events)", "gold_events": [
        {"type": "Conflict.Attack.Unspecified", "trigger": "ambushed",
         "evidence": "Militants ambushed an army convoy near Mopti on Tuesday .", "arguments": {}},
        {"type": "Life.Die.Unspecified", "trigger": "killed",
         "evidence": "Four soldiers were killed , the army said .", "arguments": {}},
        {"type": "Contact.Meet.Unspecified", "trigger": "met",
         "evidence": "The ministers met in Bamako .", "arguments": {}},
    ]},
    {"id": "a2", "text": "(see gold_events)", "gold_events": [
        {"type": "Justice.ArrestJailDetain.Unspecified", "trigger": "detained",
         "evidence": "Police detained twelve students after the march .", "arguments": {}},
    ]},
]  # fmt: skip


def test_evaluate_articles_recall_precision(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ARTICLES), encoding="utf-8")
    found = event(
        "a1",
        event_type="Battles",
        notes="Militants ambushed an army convoy near Mopti on Tuesday.",
    )
    spurious = event("a1", event_type="Battles", notes="The ministers met in Bamako.")
    report = evaluate_file(path, FakePipeline({"a1": (found, spurious)}), errors=5)
    assert report.gold_format == "wikievents-articles"
    figures = report.figures()
    # 3 relevant mentions (the Contact.Meet one is ignored), 1 found; 2 events, 1 matched
    assert figures["recall"] == pytest.approx(1 / 3)
    assert figures["precision"] == pytest.approx(1 / 2)
    assert figures["f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert figures["recall_attack"] == 1.0 and figures["recall_die"] == 0.0
    assert report.to_json()["recall"]["count"] == 3
    assert [m.kind for m in report.errors] == ["missed mention", "missed mention", "spurious event"]


def test_evaluate_pipeline_dropping_an_article_scores_it_as_no_event(tmp_path: Path) -> None:
    class Dropping(FakePipeline):
        def run(self, articles: Iterable[Article]) -> Iterator[Article]:
            return (a for a in super().run(articles) if a.id != "k1")

    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in NOTES), encoding="utf-8")
    report = evaluate_file(path, Dropping(PREDICTIONS))
    assert report.score("detection") == pytest.approx(2 / 4)


def test_evaluate_uses_the_first_event_only() -> None:
    gold = GoldNote(id="x", text="t", line=1, event_type="Riots", sub_event_type="Mob violence")
    first = replace(event("x"), event_type="Protests")
    assert "event_type" in compare_note(gold, first).wrong
