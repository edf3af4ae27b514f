"""Scoring PLOVER gold standard records: one sentence, one PLOVER event, its source actor.

Format (one JSON object a line)::

    {"id": "S1", "text": "Rebels shelled the border town on Monday.",
     "gold": {"plover_event": "FIGHT", "plover_mode_or_context": "heavy-weapons",
              "actor1": "Rebels", "actor2": "border town", "location": null, "fatalities": null}}

The records are scored against the first event emitted for the sentence (the most
confident) with ``--ontology plover``, so verbal and cooperative events count.

**Old labels.** The gold standard records were coded with an earlier PLOVER draft
(its README lists 19 types, among them FIGHT, INVESTIGATE, DEMAND, DISAPPROVE and
CRIME); wirecoder emits the 16 types of the current codebook
(``wirecoder.events.codebook.PLOVER_EVENTS``). ``OLD_TO_CURRENT`` folds the old
labels into current ones before comparing, each with the reason; labels that are
current already map to themselves. Sources: the old draft's type list is the PLOVER
repository's README; the FIGHT, INVESTIGATE and DISAPPROVE folds are those of its
``CAMEO2PLOVER-2021.txt`` (draft 0.8). DEMAND -> REQUEST is our reading, not
confirmed by a PLOVER document we could consult: the current list has REQUEST
where the draft had DEMAND and no other type for demands. CRIME, dropped from the
draft, has no fold (crime is coded by actor and context now), so a gold CRIME
record is rejected rather than guessed at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wirecoder.events.codebook import PLOVER_EVENTS
from wirecoder.evaluate.metrics import macro_f1
from wirecoder.evaluate.normalise import fold
from wirecoder.evaluate.report import Confusion, Miss, Score
from wirecoder.model import Event

__all__ = [
    "OLD_TO_CURRENT",
    "PLOVER_FIELDS",
    "PLOVER_RULES",
    "GoldPloverSentence",
    "PloverResult",
    "compare_plover",
    "current_plover",
    "plover_misses",
    "plover_sentence",
    "score_plover",
    "source_matches",
]

# Old draft label -> current label, with why it folds there.
OLD_TO_CURRENT: dict[str, str] = {
    # CAMEO2PLOVER 2021 maps CAMEO 19 (fight) and 20 (mass violence), the draft's
    # FIGHT, to ASSAULT with modes firearms / heavy-weapons / unconventional.
    "FIGHT": "ASSAULT",
    # CAMEO2PLOVER 2021 maps CAMEO 09 (investigate) to ACCUSE, mode "investigate":
    # an investigation is treated as an accusation of wrongdoing.
    "INVESTIGATE": "ACCUSE",
    # CAMEO2PLOVER 2021 maps CAMEO 11 (disapprove: criticise, denounce, accuse,
    # complain, sue) to ACCUSE, mode "disapprove".
    "DISAPPROVE": "ACCUSE",
    # Our reading (see the module docstring): REQUEST holds what the draft's DEMAND held.
    "DEMAND": "REQUEST",
} | {label: label for label in PLOVER_EVENTS}

# Report order: detection, type, actor; per-type recall follows, most frequent gold type first.
PLOVER_FIELDS: tuple[str, ...] = ("detection", "plover_event", "actor1")

PLOVER_RULES: tuple[str, ...] = (
    "scores are over all gold records; the first emitted event (run with --ontology plover) "
    "is compared, a sentence with no event is wrong on every field",
    "old draft labels folded into the current 16: FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE, "
    "DISAPPROVE -> ACCUSE, DEMAND -> REQUEST",
    "actor1: the gold source text matches the event's actor1 (without its '(Country)' "
    "qualifier) or agent text when the words of one are all among the other's "
    "(case, accents, 'of', 'the' ignored)",
    "recall_<type>: share of that (current) gold type coded as it",
)


@dataclass(frozen=True, slots=True)
class GoldPloverSentence:
    """One PLOVER gold standard record: a sentence, its event (current label) and source actor."""

    id: str
    text: str
    line: int
    plover_event: str  # folded into the current codebook
    gold_label: str  # as the record writes it
    mode: str | None = None
    actor1: str | None = None
    actor2: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The coded fields, JSON-ready."""
        return {
            "plover_event": self.plover_event,
            "gold_label": self.gold_label,
            "plover_mode": self.mode,
            "actor1": self.actor1,
            "actor2": self.actor2,
        }


def current_plover(label: str) -> str:
    """The current PLOVER type for a gold label, old or current; ``ValueError`` when unknown.

    Example:
        >>> current_plover("fight"), current_plover("ACCUSE")
        ('ASSAULT', 'ACCUSE')
    """
    key = label.strip().upper()
    if key not in OLD_TO_CURRENT:
        old = ", ".join(sorted(set(OLD_TO_CURRENT) - set(PLOVER_EVENTS)))
        raise ValueError(
            f"gold.plover_event {label!r} is not a PLOVER type; use one of "
            f"{', '.join(PLOVER_EVENTS)} (or an old draft's {old})"
        )
    return OLD_TO_CURRENT[key]


def _text_or_none(gold: dict[str, Any], key: str) -> str | None:
    value = gold.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"gold.{key} is {value!r}, expected a string or null")
    return value.strip()


def plover_sentence(obj: dict[str, Any], line: int) -> GoldPloverSentence:
    """Check and read one record; ``ValueError`` says what is wrong (the caller adds the line)."""
    ident, text = obj.get("id"), obj.get("text")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or str(ident).strip() == "":
        raise ValueError(f"'id' is {ident!r}, expected a string or number")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' is missing or empty")
    gold = obj.get("gold")
    if not isinstance(gold, dict):
        raise ValueError(f"'gold' is {type(gold).__name__}, expected an object with 'plover_event'")
    label = gold.get("plover_event")
    if not isinstance(label, str) or not label.strip():
        raise ValueError("gold.plover_event is missing (every line of a PLOVER file needs one)")
    return GoldPloverSentence(
        id=str(ident),
        text=text,
        line=line,
        plover_event=current_plover(label),
        gold_label=label.strip(),
        mode=_text_or_none(gold, "plover_mode_or_context"),
        actor1=_text_or_none(gold, "actor1"),
        actor2=_text_or_none(gold, "actor2"),
    )


# Words that join a name's parts and say nothing of who it is ("Government of Sudan").
_JOINERS = frozenset({"a", "an", "and", "of", "s", "the"})
# An ACLED qualifier says where or when ("Protesters (Turkey)"), not who: a gold
# "Turkey" must not match Turkish protesters.
_QUALIFIER = re.compile(r"\([^)]*\)")
# "Sudan's government": the possessive goes before the apostrophe would be folded away ("sudans").
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _words(text: str | None) -> frozenset[str]:
    plain = _POSSESSIVE.sub("", _QUALIFIER.sub(" ", text or ""))
    return frozenset(fold(plain).split()) - _JOINERS


def source_matches(gold: str | None, event: Event) -> bool:
    """Whether the gold source text names the event's actor1 or agent phrase (leniently).

    They match when the words of one (case, accents and joining words like "of" ignored)
    are all among the other's: "Sudan's government" is "Government of Sudan", and
    "Hungarian" is "Senior Hungarian officials".

    Example:
        >>> e = Event("a", "e", "", "", "n", 0, 1, actor1="Government of Hungary",
        ...           agent_text="Senior Hungarian officials")
        >>> source_matches("Hungarian", e), source_matches("Romania", e)
        (True, False)
    """
    wanted = _words(gold)
    if not wanted:  # no gold source: right only when we name none either
        return not (event.actor1 or event.agent_text)
    for ours in (_words(event.actor1), _words(event.agent_text)):
        if ours and (wanted <= ours or ours <= wanted):
            return True
    return False


@dataclass(frozen=True, slots=True)
class PloverResult:
    """One gold record, the event compared with it (or ``None``), and the fields it got right."""

    gold: GoldPloverSentence
    event: Event | None
    hits: frozenset[str]

    @property
    def wrong(self) -> tuple[str, ...]:
        """The fields it got wrong, in report order."""
        return tuple(name for name in PLOVER_FIELDS if name not in self.hits)


def compare_plover(gold: GoldPloverSentence, event: Event | None) -> PloverResult:
    """Which fields ``event`` gets right for ``gold``."""
    if event is None:
        return PloverResult(gold, None, frozenset())
    hits = {"detection"}
    if (event.plover_event or "").upper() == gold.plover_event:
        hits.add("plover_event")
    if source_matches(gold.actor1, event):
        hits.add("actor1")
    return PloverResult(gold, event, frozenset(hits))


def score_plover(
    results: Sequence[PloverResult],
) -> tuple[tuple[Score, ...], tuple[Confusion, ...]]:
    """Accuracy of each field, macro-F1 and recall per gold type, and the type confusion."""
    total = len(results)
    scores = [
        Score(name, sum(name in r.hits for r in results) / total if total else 0.0, total)
        for name in PLOVER_FIELDS
    ]
    pairs = [
        (r.gold.plover_event, (r.event.plover_event or "(none)") if r.event else None)
        for r in results
    ]
    scores.insert(2, Score("plover_event_macro_f1", macro_f1(pairs), total))
    by_type = Counter(r.gold.plover_event for r in results)
    for label, count in sorted(by_type.items(), key=lambda item: (-item[1], item[0])):
        right = sum(r.gold.plover_event == label and "plover_event" in r.hits for r in results)
        scores.append(Score(f"recall_{label.lower()}", right / count, count))
    counts = Counter((g, p if p is not None else "(no event)") for g, p in pairs)
    cells = tuple((g, p, n) for (g, p), n in sorted(counts.items()))
    return tuple(scores), (Confusion("plover_event", cells),)


# A wrong type misleads every count built on the data; a wrong source less so.
_PRIORITY: tuple[str, ...] = ("plover_event", "actor1")


def _brief(event: Event) -> dict[str, Any]:
    return {
        "plover_event": event.plover_event,
        "plover_mode": event.plover_mode,
        "event_type": event.event_type or None,
        "actor1": event.actor1,
        "agent_text": event.agent_text,
        "actor2": event.actor2,
        "confidence": event.confidence,
    }


def plover_misses(results: Sequence[PloverResult], n: int) -> tuple[Miss, ...]:
    """Up to ``n`` misses: no event, then a wrong type, then a wrong source, varied gold types."""
    from wirecoder.evaluate.misses import as_misses, pick, rank_misses  # misses imports the other scorers

    if n <= 0:
        return ()
    ranked = rank_misses(results, _PRIORITY, first=1)
    return as_misses(pick(ranked, n, key=lambda item: (item[0], item[2].gold.plover_event)), _brief)
