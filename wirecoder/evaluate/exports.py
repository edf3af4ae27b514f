"""ACLED's own exports read as gold notes: CSV files, and JSON lines with the fields at the top.

An analyst's download from ACLED (the web export or the API) is one row an event,
with the note in ``notes`` and the coded fields beside it::

    event_id_cnty,event_date,...,event_type,sub_event_type,actor1,...,notes,fatalities
    KEN7182,31 December 2019,...,Violence against civilians,Attack,...,"On 31 December ...",1

``wirecoder evaluate export.csv`` scores such a file as it scores the
``{"id", "text", "gold": {...}}`` lines, so no conversion step is needed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from wirecoder.evaluate.gtd import GTD_COLUMNS, is_gtd

__all__ = ["csv_rows", "flat_note", "is_csv", "is_flat_note"]

# The id column of each kind of ACLED export, in the order tried.
ID_COLUMNS: tuple[str, ...] = ("id", "event_id_cnty", "event_id", "data_id", "event_id_no_cnty")
TEXT_COLUMNS: tuple[str, ...] = ("text", "notes")


def is_csv(path: Path, head: str) -> bool:
    """Whether the gold file is comma-separated: by its name, or a header line naming event_type (ACLED) or eventid (GTD)."""
    if path.suffix.lower() in {".csv", ".tsv"}:
        return True
    first = head.lstrip("\ufeff").lstrip()
    header = first.split("\n", 1)[0]
    return not first.startswith("{") and ("event_type" in header or "eventid" in header)


def csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) for each row of a CSV (or tab-separated) export, header first."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header_line = handle.readline()
        handle.seek(0)
        delimiter = "\t" if header_line.count("\t") > header_line.count(",") else ","
        reader = csv.reader(handle, delimiter=delimiter)
        names = [name.strip() for name in next(reader, [])]
        if "event_type" not in names and not is_gtd(names):
            raise ValueError(
                "the CSV header has neither ACLED's event_type column nor GTD's "
                f"{', '.join(sorted(GTD_COLUMNS))} (columns: {', '.join(names) or 'none'})"
            )
        before = reader.line_num  # the header's last line
        for cells in reader:
            first, before = before + 1, reader.line_num  # a quoted note may span lines
            if any(cell.strip() for cell in cells):
                yield first, dict(zip(names, cells, strict=False))


def is_flat_note(obj: Mapping[str, Any]) -> bool:
    """A row of ACLED fields with its note beside them (no ``gold`` object)."""
    return "event_type" in obj and any(key in obj for key in TEXT_COLUMNS)


def flat_note(obj: Mapping[str, Any]) -> tuple[Any, Any, Mapping[str, Any]]:
    """(id, text, fields) of a flat row: the id and note from their usual columns."""
    ident = next((obj[key] for key in ID_COLUMNS if obj.get(key) not in (None, "")), None)
    text = next((obj[key] for key in TEXT_COLUMNS if obj.get(key) not in (None, "")), None)
    return ident, text, obj
