"""Choosing the most instructive misses to show: worst kind of error first, varied gold types."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from wirecoder.evaluate.articles import ArticleResult, kind_of
from wirecoder.evaluate.metrics import overlap, tokens
from wirecoder.evaluate.notes import NoteResult
from wirecoder.evaluate.report import Miss
from wirecoder.model import Event

__all__ = ["NOTE_PRIORITY", "article_misses", "note_misses", "pick"]

# A wrong type misleads every count built on the data; a wrong fatality count less so.
NOTE_PRIORITY: tuple[str, ...] = (
    "event_type", "sub_event_type", "actor1", "admin1", "event_date", "fatalities",
    "actor2", "location", "inter1", "inter2", "time_precision", "coord_100km",
)  # fmt: skip
_EVENT_FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "event_date",
    "time_precision", "fatalities", "notes", "confidence",
)  # fmt: skip

# A missed mention shows the closest event only when it shares this much with the evidence.
NEAR_OVERLAP = 0.25

T = TypeVar("T")


def pick(ranked: Sequence[T], n: int, key: Callable[[T], Hashable]) -> list[T]:
    """The first ``n`` of ``ranked``, taking one per ``key`` before any repeats.

    Example:
        >>> pick(["a1", "a2", "b1", "c1"], 3, key=lambda s: s[0])
        ['a1', 'b1', 'c1']
    """
    chosen: list[int] = []
    seen: set[Hashable] = set()
    for index, item in enumerate(ranked):
        if len(chosen) >= n:
            break
        if key(item) not in seen:
            seen.add(key(item))
            chosen.append(index)
    taken = set(chosen)
    chosen += [i for i in range(len(ranked)) if i not in taken][: max(0, n - len(chosen))]
    return [ranked[i] for i in sorted(chosen)]


def event_brief(event: Event) -> dict[str, Any]:
    """The fields of ``event`` a reader compares with gold, JSON-ready."""
    row = event.to_dict()
    return {name: row[name] for name in _EVENT_FIELDS}


def rank_misses(results: Sequence[Any], priority: Sequence[str], first: int = 0) -> list[tuple[int, int, Any, str]]:
    """(rank, index, result, what is wrong) for every result with no event or a field off, most
    instructive first: no event (rank 0), then the first wrong field in ``priority`` (rank ``first`` + its place)."""
    ranked: list[tuple[int, int, Any, str]] = []
    for index, result in enumerate(results):
        if result.event is None:
            ranked.append((0, index, result, "no event"))
            continue
        unscored = getattr(result.gold, "unscored", frozenset())
        wrong = [field for field in priority if field not in result.hits and field not in unscored]
        if wrong:
            ranked.append((first + list(priority).index(wrong[0]), index, result, wrong[0]))
    ranked.sort(key=lambda item: item[:2])
    return ranked


def note_misses(results: Sequence[NoteResult], n: int) -> tuple[Miss, ...]:
    """Up to ``n`` misses: no event or wrong event_type first, then actor1, admin1, date, ..."""
    if n <= 0:
        return ()
    ranked = rank_misses(results, NOTE_PRIORITY)
    chosen = pick(
        ranked, n, key=lambda item: (item[2].gold.event_type, item[2].gold.sub_event_type)
    )
    return as_misses(chosen, event_brief)


def as_misses(chosen: Sequence[tuple[int, int, Any, str]], brief: Callable[[Event], dict[str, Any]]) -> tuple[Miss, ...]:
    """The misses ``rank_misses`` ranked and ``pick`` chose, each with ``brief`` of its event."""
    return tuple(
        Miss(
            id=r.gold.id,
            kind=kind,
            text=r.gold.text,
            gold=r.gold.to_dict(),
            prediction=brief(r.event) if r.event is not None else None,
            wrong=r.wrong,
        )
        for _, _, r, kind in chosen
    )


def _nearest(events: Sequence[Event], evidence: str) -> Event | None:
    """The event whose notes overlap ``evidence`` most, if it overlaps enough to be a near miss."""
    scored = [(overlap(tokens(e.notes), tokens(evidence)), i) for i, e in enumerate(events)]
    best = max(scored, default=(0.0, -1))
    return events[best[1]] if best[0] >= NEAR_OVERLAP else None


def article_misses(results: Sequence[ArticleResult], n: int) -> tuple[Miss, ...]:
    """Up to ``n`` misses: gold mentions no event found, then events matching no mention.

    Within each of the two tiers articles take turns (every article's first miss,
    then every article's second, ...) so one long article cannot fill the list.
    """
    if n <= 0:
        return ()
    ranked: list[tuple[int, int, int, str, Miss]] = []
    for number, result in enumerate(results):
        missed = [m for m, found in zip(result.mentions, result.found, strict=True) if not found]
        for turn, mention in enumerate(missed):
            gold = {"type": mention.type, "trigger": mention.trigger, "evidence": mention.evidence}
            near = _nearest(result.events, mention.evidence)
            prediction = event_brief(near) if near is not None else None
            miss = Miss(
                result.gold.id, "missed mention", mention.evidence, gold, prediction, ("recall",)
            )
            ranked.append((0, turn, number, kind_of(mention.type) or "", miss))
        spurious = [e for (e, _), hit in zip(result.units, result.matched, strict=True) if not hit]
        for turn, event in enumerate(spurious):
            brief = event_brief(event)
            miss = Miss(result.gold.id, "spurious event", event.notes, None, brief, ("precision",))
            ranked.append((1, turn, number, event.event_type, miss))
    ranked.sort(key=lambda item: item[:3])
    return tuple(item[4] for item in pick(ranked, n, key=lambda item: (item[0], item[3])))
