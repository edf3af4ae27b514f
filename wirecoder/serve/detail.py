"""One event with its evidence: every article reporting it, the paragraph around each sentence."""

from __future__ import annotations

from typing import Any

import duckdb

from wirecoder.store.query import get_event

__all__ = ["event_detail", "paragraph_around"]

# Every mention of the event with its article; the article text is cut down to a paragraph in
# Python, so a long article crosses the wire from DuckDB once per mention at most.
_MENTIONS = """
SELECT m.article_id, a.title, a.source, a.outlet, a.url, a.published, m.text AS evidence,
       m.start, m."end", a.text AS article_text
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.event_id = ?
ORDER BY a.published NULLS LAST, a.seq, m.start
"""


def paragraph_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The line(s) of ``text`` holding ``text[start:end]``, stripped, and the span's offsets in it.

    Paragraphs are the article's lines (cleaned text puts one paragraph on each line); offsets
    outside the text are clamped, so a stale mention never fails.

    Example:
        >>> paragraph_around("Title\\n\\nTwo died. Police came.\\nMore.", 17, 29)
        ('Two died. Police came.', 10, 22)
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    raw = text[first:last]
    lead = len(raw) - len(raw.lstrip())
    paragraph = raw.strip()
    begin = max(0, start - first - lead)
    return paragraph, begin, min(len(paragraph), max(begin, end - first - lead))


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """The event's row plus ``mentions`` (article, evidence, offsets, paragraph); None if unknown.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                  # doctest: +SKIP
        ...     event_detail(con, "kenya_opposition_protests-3f2a9c1b0d")["mentions"][0]["title"]
        'Police fire tear gas at opposition protesters in Nairobi'
    """
    row = get_event(con, event_id)
    if row is None:
        return None
    cursor = con.execute(_MENTIONS, [event_id])
    names = [d[0] for d in cursor.description or ()]
    mentions = []
    for values in cursor.fetchall():
        mention = dict(zip(names, values, strict=True))
        text = mention.pop("article_text")
        paragraph, begin, finish = paragraph_around(text, mention["start"], mention["end"])
        published = mention["published"]
        mention["published"] = published.isoformat() if published is not None else None
        mention["paragraph"] = paragraph
        mention["paragraph_evidence"] = [begin, finish]
        mentions.append(mention)
    return {**row, "mentions": mentions}
