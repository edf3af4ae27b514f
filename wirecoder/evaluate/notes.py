"""Scoring ACLED notes: the first emitted event of each text against its one gold event.

Every figure is over ALL gold records: a text with no event scores zero on every
field. A value absent on both sides (no actor2, no coordinates) agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from wirecoder.evaluate.gold import GoldNote
from wirecoder.evaluate.metrics import haversine_km, macro_f1
from wirecoder.evaluate.normalise import admin1_key, fold, label_key, location_key, same_actor
from wirecoder.evaluate.report import Confusion, Score
from wirecoder.model import Event

__all__ = ["NOTE_FIELDS", "NOTE_RULES", "NoteResult", "compare_note", "score_notes"]

# Report order: detection, classification, actors, place, then the rest.
NOTE_FIELDS: tuple[str, ...] = (
    "detection", "event_type", "sub_event_type", "inter1", "inter2", "actor1", "actor2",
    "admin1", "location", "coord_25km", "coord_100km", "fatalities", "event_date",
    "time_precision", "country", "admin2", "geo_precision",
)  # fmt: skip
NO_EVENT = "(no event)"

NOTE_RULES: tuple[str, ...] = (
    "scores are over all gold records; the first emitted event is compared, "
    "a text with no event is wrong on every field",
    "actors: case, accents, ACLED years '(2013-)' and 'ACRONYM: ' prefixes ignored; "
    "a '(Country)' qualifier must agree only when both sides give one",
    "admin1/admin2: County, Province, Governorate, State, Region, District ... suffixes ignored",
    "coord_25km/coord_100km: haversine distance; inter2 0 means no second actor",
    "event_date_year_in_text: event_date over the notes that state the year (count = those notes)",
    (
        "a field the gold source does not code (GTD: sub_event_type, inter codes, actor2 ...) is left out "
        "of that record's figure: count = the records scored"
    ),
)


@dataclass(frozen=True, slots=True)
class NoteResult:
    """One gold note, the event compared with it (or ``None``), and the fields it got right."""

    gold: GoldNote
    event: Event | None
    hits: frozenset[str]

    @property
    def wrong(self) -> tuple[str, ...]:
        """The fields it got wrong, in report order (fields its gold source does not code left out)."""
        return tuple(name for name in NOTE_FIELDS if name not in self.hits and name not in self.gold.unscored)


def _distance(gold: GoldNote, event: Event) -> float | None:
    """km between gold and predicted points; ``None`` when either is missing."""
    if None in (gold.latitude, gold.longitude, event.latitude, event.longitude):
        return None
    return haversine_km(gold.latitude, gold.longitude, event.latitude, event.longitude)  # type: ignore[arg-type]


def _within(km: float) -> Callable[[GoldNote, Event], bool]:
    def check(gold: GoldNote, event: Event) -> bool:
        distance = _distance(gold, event)
        if distance is None:  # agree only when neither side has a point
            return gold.latitude is None and event.latitude is None
        return distance <= km

    return check


def _same(key: Callable[[str | None], str], attr: str) -> Callable[[GoldNote, Event], bool]:
    return lambda gold, event: key(getattr(gold, attr)) == key(getattr(event, attr))


def _equal(attr: str) -> Callable[[GoldNote, Event], bool]:
    return lambda gold, event: getattr(gold, attr) == getattr(event, attr)


# ACLED codes "no second actor" as inter2 0; the pipeline leaves it None.
def _inter2(gold: GoldNote, event: Event) -> bool:
    return (gold.inter2 or 0) == (event.inter2 or 0)


_CHECKS: dict[str, Callable[[GoldNote, Event], bool]] = {
    "event_type": _same(label_key, "event_type"),
    "sub_event_type": _same(label_key, "sub_event_type"),
    "inter1": _equal("inter1"),
    "inter2": _inter2,
    "admin1": _same(admin1_key, "admin1"),
    "location": _same(location_key, "location"),
    "coord_25km": _within(25.0),
    "coord_100km": _within(100.0),
    "fatalities": lambda gold, event: gold.fatalities == (event.fatalities or 0),
    "event_date": _equal("event_date"),
    "time_precision": _equal("time_precision"),
    "country": _same(fold, "country"),
    "admin2": _same(admin1_key, "admin2"),
    "geo_precision": _equal("geo_precision"),
}


def compare_note(
    gold: GoldNote, event: Event | None, aliases: Mapping[str, str] | None = None
) -> NoteResult:
    """Which fields ``event`` gets right for ``gold``.

    Example:
        >>> gold = GoldNote(id="n1", text="...", line=1, event_type="Riots")
        >>> compare_note(gold, None).wrong[:2]
        ('detection', 'event_type')
    """
    if event is None:
        return NoteResult(gold, None, frozenset())
    hits = {"detection"}
    hits |= {name for name, check in _CHECKS.items() if check(gold, event)}
    if same_actor(gold.actor1, event.actor1, aliases):
        hits.add("actor1")
    if same_actor(gold.actor2, event.actor2, aliases):
        hits.add("actor2")
    return NoteResult(gold, event, frozenset(hits))


def _label_pairs(results: Sequence[NoteResult], attr: str) -> list[tuple[str, str | None]]:
    """(gold, predicted) labels, the prediction spelt as in gold when they differ in case only."""
    spelling = {label_key(getattr(r.gold, attr)): getattr(r.gold, attr) for r in results}
    pairs: list[tuple[str, str | None]] = []
    for result in results:
        gold = getattr(result.gold, attr) or "(none)"
        if result.event is None:
            pairs.append((gold, None))
            continue
        predicted = getattr(result.event, attr) or "(none)"
        pairs.append((gold, spelling.get(label_key(predicted), predicted)))
    return pairs


def score_notes(results: Sequence[NoteResult]) -> tuple[tuple[Score, ...], tuple[Confusion, ...]]:
    """Accuracy of every field, macro-F1 and confusion of the two type fields."""
    scores = []
    for name in NOTE_FIELDS:
        scored = [r for r in results if name not in r.gold.unscored]
        if scored or not results:
            scores.append(Score(name, sum(name in r.hits for r in scored) / len(scored) if scored else 0.0,
                                len(scored)))
    # Without a publication date only a note that states its year can be dated.
    dated = [r for r in results if r.gold.event_date and str(r.gold.event_date.year) in r.gold.text]
    share = sum("event_date" in r.hits for r in dated) / len(dated) if dated else 0.0
    scores.append(Score("event_date_year_in_text", share, len(dated)))
    confusion = []
    for attr in ("event_type", "sub_event_type"):
        scored = [r for r in results if attr not in r.gold.unscored]
        if not scored:
            continue
        pairs = _label_pairs(scored, attr)
        scores.append(Score(f"{attr}_macro_f1", macro_f1(pairs), len(scored)))
        counts: dict[tuple[str, str], int] = {}
        for gold, predicted in pairs:
            key = (gold, predicted if predicted is not None else NO_EVENT)
            counts[key] = counts.get(key, 0) + 1
        cells = tuple((g, p, n) for (g, p), n in sorted(counts.items()))
        confusion.append(Confusion(attr, cells))
    return tuple(scores), tuple(confusion)
