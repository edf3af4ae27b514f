"""Parquet tables of articles, one row each, streamed with DuckDB a batch of rows at a time.

Columns are matched by name, case ignored, to the fields of a JSONL record: the
first column of each list below that the file has is used, the others ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from wirecoder.decode import decode_bytes
from wirecoder.model import Article, Skipped
from wirecoder.read.jsonl import article_from_record

__all__ = ["COLUMNS", "read_parquet"]

# JSONL field -> the column names that hold it, most specific first.
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "maintext", "article_text", "full_text", "story",
             "article"),
    "html": ("html", "raw_html", "page_html"),
    "id": ("id", "article_id", "doc_id", "uuid"),
    "title": ("title", "headline"),
    "url": ("url", "link", "uri", "source_url"),
    "published": ("published", "date", "date_publish", "publish_date", "published_at",
                  "publication_date", "pubdate"),
    "source": ("source", "source_name", "outlet", "publisher", "sitename", "site_name", "domain"),
    "byline": ("byline", "author", "authors"),
}  # fmt: skip
_BATCH = 256  # rows fetched at once; DuckDB itself holds about one row group
_HOW_TO_FIX = (  # DuckDB's Python package comes with wirecoder; its CLI may not be installed
    "rename the column holding the story, e.g. python -c \"import duckdb; "
    "duckdb.read_parquet('in.parquet').project('story_text AS text, * EXCLUDE story_text')"
    ".write_parquet('out.parquet')\""
)


def read_parquet(path: Path, *, stem: str, origin: str) -> Iterator[Article | Skipped]:
    """One Article per row of a Parquet file (``origin[ROW]``); a file it cannot use is one Skipped.

    Example:
        >>> import duckdb, tempfile
        >>> table = Path(tempfile.mkdtemp()) / "t.parquet"
        >>> _ = duckdb.execute(f"COPY (SELECT 'Police fired tear gas.' AS Content) TO '{table}'")
        >>> [(a.id, a.text) for a in read_parquet(table, stem="t", origin="t.parquet")]
        [('t-1', 'Police fired tear gas.')]
    """
    connection = duckdb.connect(config={"threads": 1})  # one thread: row groups read one by one
    try:
        yield from _rows(connection, path, stem=stem, origin=origin)
    finally:
        connection.close()


def _rows(
    connection: duckdb.DuckDBPyConnection, path: Path, *, stem: str, origin: str
) -> Iterator[Article | Skipped]:
    """The articles of the table at ``path``, read through ``connection``."""
    try:
        query = connection.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(path)])
    except duckdb.Error as error:
        yield Skipped(origin, f"not a readable Parquet file ({_first_line(error)})")
        return
    columns = [column[0] for column in query.description]
    chosen = _choose_columns(columns)
    if "text" not in chosen and "html" not in chosen:
        names = " or ".join(COLUMNS["text"][:3])
        yield Skipped(origin, f"Parquet file has no text column (its columns: "
                      f"{', '.join(columns)}); wirecoder reads one named {names}, or html: "
                      f"{_HOW_TO_FIX}")  # fmt: skip
        return
    fields = list(chosen)
    select = ", ".join(_quote(chosen[field]) for field in fields)
    row = 0
    try:
        cursor = connection.execute(f"SELECT {select} FROM read_parquet(?)", [str(path)])
        while batch := cursor.fetchmany(_BATCH):
            for values in batch:
                row += 1
                pairs = zip(fields, values, strict=True)
                record = {field: _plain(value) for field, value in pairs if value is not None}
                where = f"{origin}[{row}]"
                if "text" not in record and "html" not in record:
                    # A NULL cell: name the file's column, which need not be called text.
                    column = chosen.get("text") or chosen["html"]
                    yield Skipped(where, f"the {column} column is empty (NULL) in this row")
                    continue
                yield article_from_record(
                    record, article_id=f"{stem}-{row}", origin=where, unit="row"
                )
    except duckdb.Error as error:
        problem = _first_line(error)
        yield Skipped(f"{origin}[{row + 1}]", f"Parquet data cannot be read ({problem}); "
                      f"the {row} row(s) before it were read")  # fmt: skip


def _choose_columns(columns: list[str]) -> dict[str, str]:
    """JSONL field -> the file's column for it (first alias present, case ignored)."""
    by_name = {column.lower(): column for column in reversed(columns)}
    chosen: dict[str, str] = {}
    for field, aliases in COLUMNS.items():
        found = next((by_name[a] for a in aliases if a in by_name), None)
        if found is not None:
            chosen[field] = found
    return chosen


def _plain(value: Any) -> Any:
    """A Parquet value as the JSON value a feed would hold."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return decode_bytes(bytes(value)).text
    if isinstance(value, list):
        return ", ".join(str(item) for item in value if item is not None)  # e.g. a list of authors
    return value


def _quote(column: str) -> str:
    """``column`` as an SQL identifier."""
    return '"' + column.replace('"', '""') + '"'


def _first_line(error: Exception) -> str:
    """The first line of DuckDB's message (later lines are hints for SQL users)."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
