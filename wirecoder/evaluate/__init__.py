"""Scoring wirecoder against gold files (``wirecoder evaluate``).

    gold.py       read and check a gold file, detect its format
    normalise.py  name keys (actors, admin1, locations) and value coercion
    metrics.py    haversine, macro-F1, token overlap
    notes.py      ACLED notes: first event vs one gold event, field by field
    articles.py   WikiEvents articles: recall/precision of evidence sentences
    coded.py      articles with events coded in ACLED's fields (our own gold)
    plover.py     PLOVER sentences: event type (old draft labels folded) and source actor
    misses.py     the most instructive errors
    report.py     the Report record, its table and JSON
    run.py        evaluate_file: run a pipeline over gold and score it
    floors.py     accuracy floors (benchmarks/baseline.json) checked in CI

Example:
    >>> from pathlib import Path
    >>> from wirecoder.pipeline import Pipeline  # doctest: +SKIP
    >>> pipe = Pipeline.load()  # doctest: +SKIP
    >>> report = evaluate_file(Path("acled_kenya_notes.jsonl"), pipe, limit=100)  # doctest: +SKIP
    >>> report.to_json()["event_type"]  # doctest: +SKIP
    {'score': 0.71, 'count': 100}
"""

from wirecoder.evaluate.gold import GoldArticle, GoldFile, GoldMention, GoldNote, read_gold
from wirecoder.evaluate.report import Confusion, Miss, Report, Score
from wirecoder.evaluate.run import Runs, evaluate_file, evaluate_gold

__all__ = [
    "Confusion",
    "GoldArticle",
    "GoldFile",
    "GoldMention",
    "GoldNote",
    "Miss",
    "Report",
    "Runs",
    "Score",
    "evaluate_file",
    "evaluate_gold",
    "read_gold",
]
