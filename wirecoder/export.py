"""Writing events and articles: an aligned table, JSON Lines, JSON, or CSV in ACLED's column order."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from wirecoder.model import ACLED_FIELDS, EXTRA_FIELDS

__all__ = ["EVENT_FORMATS", "TABLE_COLUMNS", "format_table", "write_rows"]

EVENT_FORMATS: tuple[str, ...] = ("table", "jsonl", "json", "csv")

# What the table shows of an event; every field is in the other formats.
TABLE_COLUMNS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "admin1", "country", "fatalities", "confidence", "notes",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}" if value < 10 else f"{value:.4f}"
    return str(value).replace("\n", " ")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def format_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int | None = None) -> str:
    """Rows as an aligned text table that fits ``width`` columns (long cells truncated with …).

    Example:
        >>> print(format_table([{"a": 1, "b": "xyz"}], ["a", "b"]))
        a  b
        -  ---
        1  xyz
    """
    width = width or shutil.get_terminal_size((160, 24)).columns
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    caps = [min(w, 28) for w in widths]
    caps[-1] = max(40, width - sum(caps[:-1]) - 2 * (len(columns) - 1))
    widths = [min(w, cap) for w, cap in zip(widths, caps)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths).rstrip())
    for row in cells:
        lines.append("  ".join(_shorten(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, columns: Sequence[str] | None = None) -> int:
    """Write rows in ``fmt`` (one of EVENT_FORMATS) and return how many were written."""
    if fmt == "jsonl":
        count = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    materialised = list(rows)
    if fmt == "json":
        json.dump(materialised, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        fields = list(columns or ACLED_FIELDS + EXTRA_FIELDS)
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(materialised)
    elif fmt == "table":
        out.write(format_table(materialised, columns or TABLE_COLUMNS) + "\n")
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(EVENT_FORMATS)}")
    return len(materialised)
