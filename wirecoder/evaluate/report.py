"""The result of an evaluation and its two renderings: an aligned table and JSON."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Confusion", "Miss", "Report", "Score"]

# Fields shown for a miss in the table; the JSON keeps every field.
_MISS_FIELDS: tuple[str, ...] = (
    "plover_event", "gold_label", "event_type", "sub_event_type", "actor1", "agent_text", "actor2",
    "admin1", "location", "event_date", "fatalities", "type", "trigger", "notes",
)  # fmt: skip
_NO_EVENT = "(no event)"


@dataclass(frozen=True, slots=True)
class Score:
    """One figure: ``score`` in [0, 1] over ``count`` gold records (or mentions, or events)."""

    name: str
    score: float
    count: int

    def to_json(self) -> dict[str, Any]:
        """``{"score": float, "count": int}``."""
        return {"score": round(self.score, 4), "count": self.count}


@dataclass(frozen=True, slots=True)
class Confusion:
    """Counts of (gold label, predicted label) pairs; ``(no event)`` when nothing was emitted."""

    field: str
    cells: tuple[tuple[str, str, int], ...]

    @property
    def gold_labels(self) -> tuple[str, ...]:
        """Gold labels, sorted."""
        return tuple(sorted({g for g, _, _ in self.cells}))

    @property
    def predicted_labels(self) -> tuple[str, ...]:
        """Predicted labels, sorted, with ``(no event)`` last."""
        labels = sorted({p for _, p, _ in self.cells} - {_NO_EVENT})
        return tuple(labels) + (
            (_NO_EVENT,) if any(p == _NO_EVENT for _, p, _ in self.cells) else ()
        )

    def to_json(self) -> dict[str, dict[str, int]]:
        """``{gold: {predicted: count}}``, only pairs that occur."""
        table: dict[str, dict[str, int]] = {}
        for gold, predicted, n in self.cells:
            table.setdefault(gold, {})[predicted] = n
        return table

    def to_table(self) -> str:
        """Rows gold, columns predicted (numbered; the legend names them)."""
        rows, columns = self.gold_labels, self.predicted_labels
        names = sorted(set(rows) | set(columns) - {_NO_EVENT})
        code = {label: str(i) for i, label in enumerate(names, start=1)} | {_NO_EVENT: "-"}
        counts = {(g, p): n for g, p, n in self.cells}
        width = max([len(str(n)) for n in counts.values()] + [len(code[c]) for c in columns])
        head = " " * 4 + " ".join(code[c].rjust(width) for c in columns)
        lines = [f"{self.field} confusion (rows gold, columns predicted, - = no event):", head]
        for gold in rows:
            cells = " ".join(str(counts.get((gold, p), "")).rjust(width) for p in columns)
            lines.append(f"{code[gold]:>3} {cells}")
        lines += [f"{code[label]:>3} {label}" for label in names]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Miss:
    """An instructive error: what the gold says, what was predicted, which fields differ."""

    id: str
    kind: str
    text: str
    gold: Mapping[str, Any] | None
    prediction: Mapping[str, Any] | None
    wrong: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The miss as a JSON-ready dict."""
        return {
            "id": self.id,
            "kind": self.kind,
            "wrong": list(self.wrong),
            "text": self.text,
            "gold": dict(self.gold) if self.gold is not None else None,
            "prediction": dict(self.prediction) if self.prediction is not None else None,
        }

    def to_text(self, number: int) -> str:
        """A few indented lines for the table's list of misses."""
        wrapped = textwrap.shorten(" ".join(self.text.split()), width=400, placeholder=" ...")
        # A record with no event is wrong everywhere; listing every field says nothing.
        wrong = "" if self.kind == "no event" else f" wrong: {', '.join(self.wrong) or '-'}"
        lines = [f"{number}. {self.id} [{self.kind}]{wrong}"]
        lines += textwrap.wrap(
            wrapped, width=96, initial_indent="   text: ", subsequent_indent="         "
        )
        lines.append(f"   gold: {_brief(self.gold)}")
        lines.append(f"   pred: {_brief(self.prediction)}")
        return "\n".join(lines)


def _brief(record: Mapping[str, Any] | None) -> str:
    if record is None:
        return "(none)"
    parts = [f"{k}={record[k]!s}" for k in _MISS_FIELDS if record.get(k) not in (None, "")]
    return textwrap.shorten("; ".join(parts), width=300, placeholder=" ...")


@dataclass(frozen=True, slots=True)
class Report:
    """Scores of a pipeline against one gold file.

    Example:
        >>> report = Report("gold.jsonl", "acled-notes", 2, (Score("event_type", 0.5, 2),))
        >>> report.to_json()["event_type"]
        {'score': 0.5, 'count': 2}
    """

    gold_file: str
    gold_format: str
    records: int
    scores: tuple[Score, ...]
    confusion: tuple[Confusion, ...] = ()
    errors: tuple[Miss, ...] = ()
    seconds: float = 0.0
    rules: tuple[str, ...] = ()

    def score(self, name: str) -> float:
        """The score named ``name``; ``KeyError`` lists the names there are."""
        for item in self.scores:
            if item.name == name:
                return item.score
        raise KeyError(f"no score {name!r}; scores are: {', '.join(s.name for s in self.scores)}")

    def figures(self) -> dict[str, float]:
        """``{name: score}`` for every score, e.g. to compare with accuracy floors."""
        return {item.name: item.score for item in self.scores}

    def to_json(self) -> dict[str, Any]:
        """One object: every score by name, ``confusion`` matrices, ``errors``, ``meta``."""
        out: dict[str, Any] = {item.name: item.to_json() for item in self.scores}
        out["confusion"] = {c.field: c.to_json() for c in self.confusion}
        out["errors"] = [miss.to_json() for miss in self.errors]
        out["meta"] = {
            "gold_file": self.gold_file,
            "format": self.gold_format,
            "records": self.records,
            "seconds": round(self.seconds, 2),
            "rules": list(self.rules),
        }
        return out

    def to_table(self) -> str:
        """The scores as an aligned table, then the first confusion matrix and the misses."""
        width = max(len(s.name) for s in self.scores) if self.scores else 5
        lines = [
            f"{self.gold_file}: {self.gold_format}, {self.records} records, {self.seconds:.1f} s",
            "",
            f"{'field':<{width}}  {'score':>6}  {'count':>6}",
            f"{'-' * width}  {'-' * 6}  {'-' * 6}",
        ]
        lines += [f"{s.name:<{width}}  {s.score:>6.3f}  {s.count:>6d}" for s in self.scores]
        if self.rules:
            lines += [""] + [f"* {rule}" for rule in self.rules]
        if self.confusion:
            lines += ["", self.confusion[0].to_table()]
        if self.errors:
            lines += ["", f"Most instructive misses ({len(self.errors)}):"]
            lines += [miss.to_text(i) for i, miss in enumerate(self.errors, start=1)]
        return "\n".join(lines)
