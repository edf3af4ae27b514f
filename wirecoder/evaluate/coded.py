"""Scoring full articles against gold events coded in ACLED's fields (our own gold format).

A record is one article, given inline or by a file path relative to the gold
file (read with wirecoder's own readers, so its publication date counts), and
the events an analyst coded in it, each with the evidence sentence that
reports it::

    {"id": "kenya_protests", "file": "corpus/kenya_protests.txt",
     "gold_events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest",
                      "actor1": "Protesters (Kenya)", "country": "Kenya", "admin1": "Mombasa",
                      "location": "Mombasa", "event_date": "2023-03-20", "time_precision": 1,
                      "fatalities": 0, "evidence": "A few hundred demonstrators marched ..."}]}

A gold event is *detected* when an emitted event's evidence sentences include
its evidence (by token overlap, ``MATCH_OVERLAP`` of the shorter side); its
fields are then compared as for ACLED notes, and an undetected gold event is
wrong on every field. Precision is over emitted events: those whose evidence
matches some gold event's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.evaluate.gold import GoldNote, note_from_fields
from wirecoder.evaluate.metrics import MATCH_OVERLAP, overlap, tokens
from wirecoder.evaluate.notes import NoteResult, compare_note
from wirecoder.evaluate.report import Score
from wirecoder.model import Article, Event

__all__ = ["CODED_RULES", "GoldCodedArticle", "coded_article", "compare_coded", "precision_score"]

CODED_RULES: tuple[str, ...] = (
    "a gold event is detected when an emitted event's evidence shares "
    f">= {MATCH_OVERLAP:.0%} of the shorter side's word tokens with its evidence sentence",
    "field scores are over all gold events; an undetected gold event is wrong on every field",
    "precision: emitted events whose evidence matches a gold event's",
)


@dataclass(frozen=True, slots=True)
class GoldCodedArticle:
    """An article and the events coded in it (each a GoldNote whose text is its evidence)."""

    id: str
    line: int
    article: Article
    events: tuple[GoldNote, ...]


def _read_article(ident: str, path: Path) -> Article:
    from wirecoder.read import read_inputs  # the readers pull in trafilatura: only when needed

    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    chosen = [a for a in articles if a.id == ident] or (articles if len(articles) == 1 else [])
    if not chosen:
        raise ValueError(f"'file' {str(path)!r} holds no readable article with id {ident!r}")
    return chosen[0]


def coded_article(obj: dict[str, Any], line: int, base: Path) -> GoldCodedArticle:
    """Check and read one record; ``base`` is the gold file's folder (for ``file``)."""
    ident = obj.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise ValueError(f"'id' is {ident!r}, expected a string")
    if isinstance(obj.get("file"), str):
        article = _read_article(ident, base / obj["file"])
    elif isinstance(obj.get("text"), str) and obj["text"].strip():
        article = Article(id=ident, text=obj["text"], origin=f"gold line {line}")
    else:
        raise ValueError("give the article as 'text' or as 'file' (a path relative to the gold file)")
    events = obj.get("gold_events")
    if not isinstance(events, list):
        raise ValueError(f"'gold_events' is {type(events).__name__}, expected a list")
    coded = []
    for index, event in enumerate(events):
        if not isinstance(event, dict):
            raise ValueError(f"gold_events[{index}] is {type(event).__name__}, expected an object")
        evidence = event.get("evidence")
        if not isinstance(evidence, str) or not evidence.strip():
            raise ValueError(f"gold_events[{index}].evidence is missing: name the sentence reporting it")
        coded.append(note_from_fields(f"{ident}#{index}", evidence, line, event, f"gold_events[{index}]"))
    return GoldCodedArticle(ident, line, article.replace(id=ident), tuple(coded))


def _matches(evidence: str, event: Event) -> bool:
    wanted = tokens(evidence)
    sentences = [e.text for e in event.evidence] or [event.notes]
    return any(overlap(wanted, tokens(s)) >= MATCH_OVERLAP for s in sentences)


@dataclass(frozen=True, slots=True)
class CodedResult:
    """Per gold event, the comparison with its matched emitted event; and the emitted events matched."""

    notes: tuple[NoteResult, ...]
    emitted: int
    matched: int


def compare_coded(
    gold: GoldCodedArticle, events: Sequence[Event], aliases: Mapping[str, str] | None = None
) -> CodedResult:
    """Match each gold event to the emitted event that reports it, and compare their fields."""
    results = []
    used: set[int] = set()
    for note in gold.events:
        found = next((i for i, e in enumerate(events) if i not in used and _matches(note.text, e)), None)
        if found is None:
            found = next((i for i, e in enumerate(events) if _matches(note.text, e)), None)
        if found is not None:
            used.add(found)
        results.append(compare_note(note, events[found] if found is not None else None, aliases))
    matched = sum(any(_matches(n.text, e) for n in gold.events) for e in events)
    return CodedResult(tuple(results), len(events), matched)


def precision_score(results: Sequence[CodedResult]) -> Score:
    """Share of emitted events that report a gold event."""
    emitted = sum(r.emitted for r in results)
    matched = sum(r.matched for r in results)
    return Score("precision", matched / emitted if emitted else 0.0, emitted)
