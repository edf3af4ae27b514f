"""PLOVER sentences: reading (old labels folded), the lenient source match, scoring, errors."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from wirecoder.errors import GoldFormatError
from wirecoder.evaluate import evaluate_file, read_gold
from wirecoder.evaluate.plover import (
    OLD_TO_CURRENT,
    GoldPloverSentence,
    compare_plover,
    current_plover,
    plover_misses,
    score_plover,
    source_matches,
)
from wirecoder.events.codebook import PLOVER_EVENTS
from wirecoder.model import Article, Event


def record(ident: str, text: str, label: str, actor1: object = None) -> dict[str, Any]:
    fields = {"plover_event": label, "plover_mode_or_context": None, "actor1": actor1,
              "actor2": None, "location": None, "fatalities": None}  # fmt: skip
    return {"id": ident, "text": text, "gold": fields}


AGREED = record("P1", "Ghana and Togo agreed on Tuesday to reopen their common border.",
                "AGREE", "Ghana")  # fmt: skip
SHELLED = record("P2", "Rebel gunners shelled the garrison town of Bor overnight.",
                 "FIGHT", "Rebel gunners")  # fmt: skip
DENOUNCED = record("P3", "Chad's foreign ministry denounced the border raid as a provocation.",
                   "DISAPPROVE", "Chad's foreign ministry")  # fmt: skip
DEMANDED = record("P4", "The union demanded that the ministry pay arrears by Friday.",
                  "DEMAND", "The union")  # fmt: skip
SOMETHING = "Somebody did something."


def write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "plover.jsonl"
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def event(
    ident: str, plover: str | None, actor1: str | None = None, agent: str | None = None
) -> Event:
    return Event(ident, f"{ident}-e", "", "", "a sentence", 0, 10, actor1=actor1, agent_text=agent,
                 plover_event=plover)


@dataclass
class FakePipeline:
    """Emits the given events per article id and records the ontology it was run with."""

    events: Mapping[str, tuple[Event, ...]]
    ontology: str = "acled"
    ran_with: list[str] = field(default_factory=list)

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        self.ran_with.append(self.ontology)
        for article in articles:
            yield article.replace(events=self.events.get(article.id, ()))


@pytest.mark.parametrize(
    ("label", "current"),
    [("FIGHT", "ASSAULT"), ("INVESTIGATE", "ACCUSE"), ("DISAPPROVE", "ACCUSE"),
     ("DEMAND", "REQUEST"), ("agree", "AGREE"), (" Coerce ", "COERCE")],
)  # fmt: skip
def test_evaluate_plover_folds_old_labels(label: str, current: str) -> None:
    assert current_plover(label) == current


def test_evaluate_plover_every_fold_lands_on_a_current_type() -> None:
    assert set(OLD_TO_CURRENT.values()) <= set(PLOVER_EVENTS)
    assert set(PLOVER_EVENTS) <= set(OLD_TO_CURRENT)


def test_evaluate_plover_reads_the_format(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, AGREED, SHELLED))
    assert gold.format == "plover-sentences"
    first, second = gold.records
    assert isinstance(second, GoldPloverSentence)
    assert (second.plover_event, second.gold_label, second.actor1, second.line) == (
        "ASSAULT", "FIGHT", "Rebel gunners", 2,
    )
    assert first.to_dict()["plover_event"] == "AGREE"


def test_evaluate_plover_repeated_id_is_told_apart_by_its_line(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, AGREED, {**SHELLED, "id": "P1"}))
    assert [r.id for r in gold.records] == ["P1", "P1@2"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (record("P9", SOMETHING, "CRIME"), r"plover\.jsonl:2: gold\.plover_event 'CRIME' is not"),
        (record("P9", SOMETHING, ""), r"plover\.jsonl:2: gold\.plover_event is missing"),
        ({"id": "P9", "text": SOMETHING, "gold": "AGREE"}, r"plover\.jsonl:2: 'gold' is str"),
        (record("P9", "", "AGREE"), r"plover\.jsonl:2: 'text' is missing or empty"),
        (record("P9", SOMETHING, "AGREE", actor1=7), r"plover\.jsonl:2: gold\.actor1 is 7"),
        ({"id": "P9", "text": SOMETHING, "gold": {"event_type": "Riots"}},
         r"plover\.jsonl:2: gold\.plover_event is missing"),
    ],
)  # fmt: skip
def test_evaluate_plover_bad_input_names_file_and_line(
    tmp_path: Path, bad: object, message: str
) -> None:
    with pytest.raises(GoldFormatError, match=message):
        read_gold(write(tmp_path, AGREED, bad))


@pytest.mark.parametrize(
    ("gold", "actor1", "agent", "expected"),
    [
        ("Ghana", "Government of Ghana", None, True),
        ("Sudan's government", "Government of Sudan", None, True),
        ("Ghanaian", None, "Senior Ghanaian officials", True),
        ("The union", None, "the union", True),
        ("Ghana", "Government of Togo", "Togo", False),
        ("Turkey", "Protesters (Turkey)", None, False),  # the qualifier says where, not who
        ("United States", "UN: United Nations", None, False),
        (None, None, None, True),
        (None, "Government of Ghana", None, False),
    ],
)  # fmt: skip
def test_evaluate_plover_source_match_is_lenient_on_words(
    gold: str | None, actor1: str | None, agent: str | None, expected: bool
) -> None:
    assert source_matches(gold, event("x", "AGREE", actor1, agent)) is expected


def _sentences(tmp_path: Path) -> tuple[GoldPloverSentence, ...]:
    gold = read_gold(write(tmp_path, AGREED, SHELLED, DENOUNCED, DEMANDED))
    return gold.records  # type: ignore[return-value]


def test_evaluate_plover_scores_type_source_and_recall(tmp_path: Path) -> None:
    agreed, shelled, denounced, demanded = _sentences(tmp_path)
    results = [
        compare_plover(agreed, event("P1", "AGREE", "Government of Ghana")),
        compare_plover(shelled, event("P2", "ASSAULT", None, "Rebel gunners")),
        compare_plover(denounced, event("P3", "PROTEST", None, "Chad's foreign ministry")),
        compare_plover(demanded, None),
    ]
    scores, (confusion,) = score_plover(results)
    figures = {s.name: s.score for s in scores}
    assert figures["detection"] == 0.75
    assert figures["plover_event"] == 0.5
    assert figures["actor1"] == 0.75
    assert figures["recall_accuse"] == 0.0 and figures["recall_assault"] == 1.0
    # AGREE and ASSAULT F1 1, ACCUSE, PROTEST and REQUEST 0
    assert figures["plover_event_macro_f1"] == pytest.approx(2 / 5)
    assert ("REQUEST", "(no event)", 1) in confusion.cells
    assert results[2].wrong == ("plover_event",)


def test_evaluate_plover_misses_put_no_event_first(tmp_path: Path) -> None:
    agreed, shelled, _, demanded = _sentences(tmp_path)
    results = [
        compare_plover(agreed, event("P1", "AGREE", "Government of Togo")),
        compare_plover(shelled, event("P2", "PROTEST")),
        compare_plover(demanded, None),
    ]
    misses = plover_misses(results, 3)
    kinds = [(m.id, m.kind) for m in misses]
    assert kinds == [("P4", "no event"), ("P2", "plover_event"), ("P1", "actor1")]
    assert plover_misses(results, 1)[0].kind == "no event"
    assert misses[1].gold is not None and misses[1].gold["gold_label"] == "FIGHT"


def test_evaluate_plover_runs_the_plover_ontology(tmp_path: Path) -> None:
    pipeline = FakePipeline({"P1": (event("P1", "AGREE", "Government of Ghana"),)})
    report = evaluate_file(write(tmp_path, AGREED, SHELLED), pipeline, errors=5)
    assert pipeline.ran_with == ["plover"]  # a copy ran (sharing the list) ...
    assert pipeline.ontology == "acled"  # ... and the caller's pipeline is left as it was
    assert report.gold_format == "plover-sentences"
    assert report.figures()["plover_event"] == 0.5
    confusion = report.to_json()["confusion"]["plover_event"]
    assert confusion == {"AGREE": {"AGREE": 1}, "ASSAULT": {"(no event)": 1}}
    assert "recall_assault" in report.to_table()
    assert [m.id for m in report.errors] == ["P2"]



def test_evaluate_plover_examples_run() -> None:
    import doctest

    from wirecoder.evaluate import plover

    assert doctest.testmod(plover).failed == 0
