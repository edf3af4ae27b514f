"""Scoring full articles against WikiEvents mentions: recall and precision of evidence.

Only KAIROS types that ACLED codes count (attacks, deaths, injuries, arrests,
demonstrations); other annotated types are ignored on both sides.

Scoring is per evidence sentence: an event that merged several mentions of one
real-world event carries each of their sentences (``Event.evidence``, ``notes``
first), and each counts once for recall and once for precision, as if unmerged.

A gold mention is *found* by an emitted event when one of the event's evidence
sentences contains the mention's trigger word(s) and shares at least ``MATCH_OVERLAP`` of
the shorter side's tokens with the gold segment. The shorter side, not the
segment, is the denominator because WikiEvents segments often span several
sentences while notes are one; the trigger keeps a sentence that merely shares
function words with a long segment from counting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wirecoder.evaluate.gold import GoldArticle, GoldMention
from wirecoder.evaluate.metrics import MATCH_OVERLAP, overlap, tokens
from wirecoder.evaluate.report import Score
from wirecoder.model import Event

__all__ = [
    "ACLED_KAIROS",
    "ARTICLE_RULES",
    "ArticleResult",
    "compare_article",
    "kind_of",
    "mention_found",
    "score_articles",
]

# KAIROS type prefix -> the short name used in per-kind recall ("recall_attack").
ACLED_KAIROS: dict[str, str] = {
    "Conflict.Attack": "attack",
    "Life.Die": "die",
    "Life.Injure": "injure",
    "Justice.ArrestJailDetain": "arrest",
    "Conflict.Demonstrate": "demonstrate",
}

ARTICLE_RULES: tuple[str, ...] = (
    "only KAIROS Conflict.Attack*, Life.Die*, Life.Injure*, Justice.ArrestJailDetain*, "
    "Conflict.Demonstrate* mentions count",
    f"a mention is found when an event's notes contain its trigger and share >= "
    f"{MATCH_OVERLAP:.0%} of the shorter side's word tokens with the gold segment",
    "recall over gold mentions; precision over emitted events (matching any mention)",
)


def kind_of(kairos_type: str) -> str | None:
    """The ACLED-relevant kind of a KAIROS type ("attack", ...), ``None`` when not relevant."""
    for prefix, kind in ACLED_KAIROS.items():
        if kairos_type == prefix or kairos_type.startswith(prefix + "."):
            return kind
    return None


def mention_found(mention: GoldMention, notes: str) -> bool:
    """Whether ``notes`` (an event's evidence sentence) reports ``mention``.

    Example:
        >>> m = GoldMention("Life.Die.Unspecified", "killed", "Two men were killed in Garissa .")
        >>> mention_found(m, "Two men were killed in Garissa on Sunday, police said.")
        True
    """
    said = tokens(notes)
    if any(word not in said for word in tokens(mention.trigger)):
        return False
    return overlap(tokens(mention.evidence), said) >= MATCH_OVERLAP


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article's relevant gold mentions, its events, and which of each matched."""

    gold: GoldArticle
    mentions: tuple[GoldMention, ...]
    events: tuple[Event, ...]
    found: tuple[bool, ...]  # per mention
    matched: tuple[bool, ...]  # per evidence sentence of the events, in order
    units: tuple[tuple[Event, str], ...] = ()  # (event, evidence sentence) pairs matched above


def compare_article(gold: GoldArticle, events: Sequence[Event]) -> ArticleResult:
    """Match ``events`` against the ACLED-relevant mentions of ``gold``."""
    mentions = tuple(m for m in gold.mentions if kind_of(m.type) is not None)
    units = tuple((e, ev.text) for e in events for ev in (e.evidence or ())) or tuple(
        (e, e.notes) for e in events
    )
    grid = [[mention_found(m, text) for _, text in units] for m in mentions]
    found = tuple(any(row) for row in grid)
    matched = tuple(any(row[j] for row in grid) for j in range(len(units)))
    return ArticleResult(gold, mentions, tuple(events), found, matched, units)


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def score_articles(results: Sequence[ArticleResult]) -> tuple[Score, ...]:
    """Recall, precision, F1, then recall per kind of mention."""
    mentions = sum(len(r.found) for r in results)
    found = sum(sum(r.found) for r in results)
    events = sum(len(r.matched) for r in results)
    matched = sum(sum(r.matched) for r in results)
    recall, precision = _ratio(found, mentions), _ratio(matched, events)
    f1 = _ratio(2 * recall * precision, recall + precision) if recall + precision else 0.0
    scores = [
        Score("recall", recall, mentions),
        Score("precision", precision, events),
        Score("f1", f1, mentions),
    ]
    for kind in ACLED_KAIROS.values():
        hits = [
            hit
            for r in results
            for m, hit in zip(r.mentions, r.found, strict=True)
            if kind_of(m.type) == kind
        ]
        scores.append(Score(f"recall_{kind}", _ratio(sum(hits), len(hits)), len(hits)))
    return tuple(scores)
