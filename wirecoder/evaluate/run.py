"""Running a pipeline over a gold file and scoring what it emits."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

from wirecoder.evaluate.articles import ARTICLE_RULES, compare_article, score_articles
from wirecoder.evaluate.coded import CODED_RULES, GoldCodedArticle, compare_coded, precision_score
from wirecoder.evaluate.gold import GoldArticle, GoldFile, GoldNote, read_gold
from wirecoder.evaluate.gtd import GTD_RULES
from wirecoder.evaluate.misses import article_misses, note_misses
from wirecoder.evaluate.normalise import load_actor_aliases
from wirecoder.evaluate.notes import NOTE_RULES, compare_note, score_notes
from wirecoder.evaluate.plover import (
    PLOVER_RULES,
    GoldPloverSentence,
    compare_plover,
    plover_misses,
    score_plover,
)
from wirecoder.evaluate.report import Report
from wirecoder.model import Article, Event

__all__ = ["Runs", "evaluate_file", "evaluate_gold"]


class Runs(Protocol):
    """Anything with ``run(articles) -> articles``, like ``wirecoder.pipeline.Pipeline``."""

    def run(self, articles: Iterable[Article]) -> Iterator[Article]: ...


def evaluate_file(
    path: Path,
    pipeline: Runs,
    *,
    limit: int | None = None,
    errors: int = 0,
    progress: Callable[[int], None] | None = None,
    min_confidence: float = 0.0,
) -> Report:
    """Score ``pipeline`` against the gold file at ``path`` (its format is detected).

    ``limit`` keeps the first records; ``errors`` asks for that many instructive
    misses in ``Report.errors``; ``progress`` is called with the number of
    articles done so far.

    Example:
        >>> from wirecoder.pipeline import Pipeline  # doctest: +SKIP
        >>> pipe = Pipeline.load()  # doctest: +SKIP
        >>> report = evaluate_file(Path("acled_kenya_notes.jsonl"), pipe)  # doctest: +SKIP
        >>> print(report.to_table())  # doctest: +SKIP
    """
    gold = read_gold(Path(path), limit=limit)
    return evaluate_gold(gold, pipeline, errors=errors, progress=progress, min_confidence=min_confidence)


def evaluate_gold(
    gold: GoldFile,
    pipeline: Runs,
    *,
    errors: int = 0,
    progress: Callable[[int], None] | None = None,
    min_confidence: float = 0.0,
) -> Report:
    """Score ``pipeline`` against records already read with ``read_gold``; events below
    ``min_confidence`` count as not emitted."""
    if gold.format == "plover-sentences":
        pipeline = _with_ontology(pipeline, "plover")
    started = time.perf_counter()
    events = {
        ident: tuple(e for e in emitted if e.confidence >= min_confidence)
        for ident, emitted in _run(pipeline, gold.records, progress).items()
    }
    seconds = time.perf_counter() - started
    name = gold.path.name
    if gold.format == "coded-articles":
        aliases = load_actor_aliases()
        coded = [r for r in gold.records if isinstance(r, GoldCodedArticle)]
        compared = [compare_coded(r, events.get(r.id, ()), aliases) for r in coded]
        results = [n for c in compared for n in c.notes]
        scores, confusion = score_notes(results)
        scores = scores[:1] + (precision_score(compared),) + tuple(
            s for s in scores[1:] if _annotated(s.name, [r.gold for r in results])
        )
        misses = note_misses(results, errors)
        return Report(name, gold.format, len(results), scores, confusion, misses, seconds,
                      CODED_RULES + NOTE_RULES[1:])
    if gold.format == "plover-sentences":
        sentences = [r for r in gold.records if isinstance(r, GoldPloverSentence)]
        compared_plover = [compare_plover(r, _first(events.get(r.id, ()))) for r in sentences]
        scores, confusion = score_plover(compared_plover)
        misses = plover_misses(compared_plover, errors)
        return Report(
            name, gold.format, len(sentences), scores, confusion, misses, seconds, PLOVER_RULES
        )
    if gold.format in ("acled-notes", "gtd-incidents"):
        aliases = load_actor_aliases()
        notes = [r for r in gold.records if isinstance(r, GoldNote)]
        results = [compare_note(r, _first(events.get(r.id, ())), aliases) for r in notes]
        scores, confusion = score_notes(results)
        misses = note_misses(results, errors)
        rules = NOTE_RULES + (GTD_RULES if gold.format == "gtd-incidents" else ())
        if gold.skipped:
            rules += (f"{gold.skipped} GTD rows without a summary were skipped",)
        return Report(name, gold.format, len(notes), scores, confusion, misses, seconds, rules)
    articles = [r for r in gold.records if isinstance(r, GoldArticle)]
    compared = [compare_article(r, events.get(r.id, ())) for r in articles]
    return Report(
        name,
        gold.format,
        len(articles),
        score_articles(compared),
        (),
        article_misses(compared, errors),
        seconds,
        ARTICLE_RULES,
    )


def _run(
    pipeline: Runs,
    records: Iterable[GoldNote | GoldArticle | GoldCodedArticle | GoldPloverSentence],
    progress: Callable[[int], None] | None,
) -> Mapping[str, tuple[Event, ...]]:
    """Events emitted for each record id; a record the pipeline dropped gets none."""
    # A note is published when its record says ("published"); ACLED's own notes carry their dates and
    # say nothing, the dateless case the pipeline must handle anyway.
    inputs = (
        r.article if isinstance(r, GoldCodedArticle) else Article(
            id=r.id, text=r.text, origin=f"gold line {r.line}", published=getattr(r, "published", None))
        for r in records
    )
    emitted: dict[str, tuple[Event, ...]] = {}
    for done, article in enumerate(pipeline.run(inputs), start=1):
        emitted[article.id] = tuple(article.events)
        if progress is not None:
            progress(done)
    return emitted


# Figures that score a gold field under another name.
_SCORED_FIELD = {"coord_25km": "latitude", "coord_100km": "latitude", "event_date_year_in_text": "-"}


def _annotated(score: str, golds: Iterable[GoldNote]) -> bool:
    """Whether any gold record gives the field a figure scores (unannotated fields are left out)."""
    field = _SCORED_FIELD.get(score, score.removesuffix("_macro_f1"))
    return any(getattr(g, field, None) is not None for g in golds)


def _with_ontology(pipeline: Runs, ontology: str) -> Runs:
    """``pipeline`` run with ``ontology`` (a copy sharing its models), when it has that setting.

    PLOVER gold codes verbal events ("agreed", "denounced") that only the plover ontology
    emits; scoring them with the ACLED ontology would measure nothing but its absence.
    """
    if dataclasses.is_dataclass(pipeline) and getattr(pipeline, "ontology", ontology) != ontology:
        return dataclasses.replace(pipeline, ontology=ontology)  # type: ignore[type-var]
    return pipeline


def _first(events: tuple[Event, ...]) -> Event | None:
    """The event compared with a note: the first emitted (the most confident)."""
    return events[0] if events else None
