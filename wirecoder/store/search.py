"""Finding text in evidence sentences: the substring test, and the sieve that spares most of it.

A text filter (``wirecoder events --text``, ``/api/events?text=``) keeps the events with an
evidence sentence containing the text, case ignored: DuckDB's ``lower(sentence)`` contains
``lower(text)`` (what ``ILIKE '%text%'`` tests). Testing every sentence of a big store is what
makes such a query slow, so the store keeps a signature of each sentence beside a copy of it
(table ``mention_sieve``, one row per ``mentions`` row, written with it): 127 bits, one per
hash bucket of the letter trigrams the sentence holds. A sentence can contain the text only if
its signature has every bit of the text's, an integer test DuckDB runs on a million rows in a
few milliseconds; the substring test then runs on those candidates alone, so the answer is
exactly the plain test's (a property test compares the two). One 128-bit column, not two:
DuckDB pushes a test of one column into its scan and reads the other columns of the matching
rows only, while a test of two columns makes it read every row.

Trigrams are taken over the characters as DuckDB lower-cases them (one code point to one code
point), each reduced to its ASCII code, every other character to one shared code: a new Unicode
version may change how DuckDB lower-cases some letter, never whether it becomes ASCII, so a
signature written by one DuckDB stays right for another. Texts shorter than three characters
have no trigram and take the plain test.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from wirecoder.store.rows import MENTION_COLUMNS

__all__ = [
    "ID_LIST",
    "SIEVE_COLUMNS",
    "SIEVE_TABLE",
    "events_condition",
    "has_sieve",
    "sieve_rows",
    "substring_test",
    "text_condition",
    "text_events",
    "text_grams",
]

SIEVE_TABLE = "mention_sieve"
SIEVE_COLUMNS = ("event_id", "article_id", "grams", "text")
_BUCKETS = 127  # bits of the signature: a HUGEINT's, its sign bit left alone
_BASE = 131  # trigram (a, b, c) -> ((a * 131 + b) * 131 + c) % 127: see schema.py, migration 5
_OTHER = 128  # the code of every character that does not lower-case to ASCII
# The only non-ASCII characters DuckDB lower-cases to ASCII (tests/test_store_search.py asks
# DuckDB about every code point): capital I with dot above, and the Kelvin sign.
_TO_ASCII = {"\u0130": ord("i"), "\u212a": ord("k")}
_EVENT, _ARTICLE, _TEXT = (MENTION_COLUMNS.index(c) for c in ("event_id", "article_id", "text"))
# Ids an IN list holds at most: DuckDB finds each through the primary key in about 20 µs,
# while joining on a set of ids reads every event's id (about 20 ms on a million events).
ID_LIST = 500
_TEXT_EVENTS = 20_000  # more events than this for a text: let DuckDB join, don't list them


def _code(char: str) -> int:
    """The trigram code of one character: its lower-case ASCII code, else :data:`_OTHER`."""
    if char < "\x80":
        return ord(char.lower())
    return _TO_ASCII.get(char, _OTHER)


def text_grams(text: str) -> int:
    """The signature of ``text``: bit ``b`` set when it holds a trigram of bucket ``b``.

    Example:
        >>> text_grams("Police") == text_grams("POLICE"), bin(text_grams("Police")).count("1")
        (True, 4)
    """
    codes = [_code(c) for c in text]
    grams = 0
    for a, b, c in zip(codes, codes[1:], codes[2:], strict=False):  # the shortest ends it
        grams |= 1 << ((a * _BASE + b) * _BASE + c) % _BUCKETS
    return grams


def sieve_rows(mentions: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """The ``mention_sieve`` rows (:data:`SIEVE_COLUMNS`) of ``mentions`` rows (MENTION_COLUMNS)."""
    return [[m[_EVENT], m[_ARTICLE], text_grams(m[_TEXT]), m[_TEXT]] for m in mentions]


def substring_test(column: str, text: str) -> tuple[str, str]:
    """SQL testing that ``column`` contains ``text`` with case ignored, and its parameter.

    ILIKE skips lower-casing every row (2-10 times faster than ``contains(lower(...))``), but
    only without an ESCAPE clause, which would bring its slow path back: a text holding LIKE's
    wildcards ``%`` or ``_`` is tested with ``contains`` instead, lower-cased by DuckDB as ILIKE
    lower-cases.

    Example:
        >>> substring_test("actor1", "Shabaab")
        ('actor1 ILIKE ?', '%Shabaab%')
    """
    if "%" in text or "_" in text:
        return f"contains(lower({column}), lower(?))", text
    return f"{column} ILIKE ?", f"%{text}%"


def text_condition(text: str, *, sieve: bool) -> tuple[str, list[Any]]:
    """SQL keeping the events with an evidence sentence containing ``text``; its parameters.

    ``sieve``: the connection's store keeps :data:`SIEVE_TABLE` (see :func:`has_sieve`).

    Example:
        >>> text_condition("Kisumu", sieve=False)
        ('event_id IN (SELECT event_id FROM mentions WHERE text ILIKE ?)', ['%Kisumu%'])
    """
    test, value = substring_test("text", text)
    grams = text_grams(text) if sieve else 0
    if not grams:
        return f"event_id IN (SELECT event_id FROM mentions WHERE {test})", [value]
    return f"event_id IN ({_sieved(test)})", [grams, grams, value]


def _sieved(test: str) -> str:
    """SQL of the event ids whose candidate sentences pass ``test``: signature, then text."""
    # OFFSET 0 keeps DuckDB from pushing the substring test into the scan, where it would read
    # the text of every row instead of the candidates'.
    candidates = f"SELECT event_id, text FROM {SIEVE_TABLE} WHERE (grams & ?) = ? OFFSET 0"
    return f"SELECT event_id FROM ({candidates}) WHERE {test}"


def text_events(
    con: duckdb.DuckDBPyConnection, text: str, *, at_most: int = _TEXT_EVENTS
) -> tuple[str, ...] | None:
    """The ids of the events ``text`` matches, sorted, from a store with the sieve (see
    :func:`has_sieve`); None when there are more than ``at_most`` or ``text`` has no trigram.

    With a few hundred ids, :func:`events_condition` is faster than :func:`text_condition`.

    Example:
        >>> with connect("events.duckdb", read_only=True) as con:                 # doctest: +SKIP
        ...     text_events(con, "Garissa")
        ('story-1-3f2a9c0b11', 'story-7-0c4e5d9a02')
    """
    grams = text_grams(text)
    if not grams:
        return None
    test, value = substring_test("text", text)
    rows = con.execute(
        f"SELECT DISTINCT event_id FROM ({_sieved(test)}) LIMIT ?",
        [grams, grams, value, at_most + 1],
    ).fetchall()
    return None if len(rows) > at_most else tuple(sorted(r[0] for r in rows))


def events_condition(event_ids: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL keeping the events of ``event_ids``, and its parameters.

    Example:
        >>> events_condition(["e1", "e2"])
        ('event_id IN (?, ?)', ['e1', 'e2'])
    """
    if not event_ids:
        return "FALSE", []
    if len(event_ids) <= ID_LIST:
        return f"event_id IN ({', '.join('?' * len(event_ids))})", list(event_ids)
    return "event_id IN (SELECT unnest(?::VARCHAR[]))", [list(event_ids)]


def has_sieve(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether ``con`` reads a store that keeps the sieve beside its ``mentions`` table.

    A store opened with :func:`wirecoder.store.connect` always does; a Parquet dataset, whose
    ``mentions`` is a view over its files, does not.

    Example:
        >>> con = duckdb.connect()
        >>> has_sieve(con)
        False
    """
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary"
        f" AND table_name IN ('mentions', '{SIEVE_TABLE}')"
    ).fetchone()
    return bool(row and row[0] == 2)
