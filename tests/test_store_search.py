"""The text sieve: the fast text filter finds exactly what the plain substring test finds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import FakePipeline, article, corpus, sentence, to_articles

from wirecoder.store import EventFilter, connect, count_events, find_events, ingest_articles
from wirecoder.store.query import uses_sieve
from wirecoder.store.schema import migrate
from wirecoder.store.search import (
    ID_LIST,
    SIEVE_COLUMNS,
    SIEVE_TABLE,
    events_condition,
    has_sieve,
    sieve_rows,
    text_condition,
    text_events,
    text_grams,
)

# Letters whose lower case is special in DuckDB or Python (dotted I, Kelvin sign, sharp s,
# final sigma, a combining accent), LIKE's wildcards, and plain ones to make matches likely.
ALPHABET = "aAbBkK \u0130\u212a\u00df\u03a3\u03c2\u0301%_-é"
SENTENCES = st.lists(st.text(ALPHABET, max_size=14), min_size=1, max_size=6)
CLASH = article(
    "s1",
    sentence("Armed clash", "Boko Haram", "Borno", "Nigeria", "2024-05-02", dead=6),
    url="https://trust.example/1",
    source="Daily Trust",
)


def _needles(sentences: list[str]) -> st.SearchStrategy[str]:
    """Texts to look for: pieces of the sentences in another case, or anything."""
    pieces = [s[i:j] for s in sentences for i in range(len(s)) for j in range(i + 1, len(s) + 1)]
    changed = st.sampled_from(pieces).map(lambda p: p.swapcase()) if pieces else st.nothing()
    return st.one_of(changed, st.sampled_from(pieces) if pieces else st.nothing(),
                     st.text(ALPHABET, min_size=1, max_size=4))  # fmt: skip


@pytest.fixture(scope="module")
def store() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory store whose tables each example fills anew."""
    con = duckdb.connect()
    migrate(con)
    yield con
    con.close()


def _fill(con: duckdb.DuckDBPyConnection, sentences: list[str]) -> None:
    """Event i with sentence i as its one mention, in mentions and in the sieve."""
    for table in ("events", "mentions", SIEVE_TABLE):
        con.execute(f"DELETE FROM {table}")
    con.executemany(
        "INSERT INTO events (article_id, event_id, event_type, sub_event_type, fatalities, notes,"
        " confidence, evidence_start, evidence_end, evidence, sources, mentions)"
        " VALUES ('a', ?, 'Riots', 'Mob violence', 0, '', 1, 0, 1, [[0, 1]], 1, 1)",
        [[f"e{i}"] for i in range(len(sentences))],
    )
    mentions = [[f"e{i}", "a", f"a#{i}", 0, len(s), s] for i, s in enumerate(sentences)]
    con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", mentions)
    con.executemany(
        f"INSERT INTO {SIEVE_TABLE} ({', '.join(SIEVE_COLUMNS)}) VALUES (?, ?, ?, ?)",
        sieve_rows(mentions),
    )


def _matching(con: duckdb.DuckDBPyConnection, condition: str, params: list) -> list[str]:
    rows = con.execute(f"SELECT event_id FROM events WHERE {condition} ORDER BY 1", params)
    return [r[0] for r in rows.fetchall()]


@settings(max_examples=150, deadline=None)
@given(data=st.data(), sentences=SENTENCES)
def test_store_search_sieve_finds_what_the_plain_test_finds(
    store: duckdb.DuckDBPyConnection, data: st.DataObject, sentences: list[str]
) -> None:
    _fill(store, sentences)
    needle = data.draw(_needles(sentences))
    obvious = _matching(
        store, "event_id IN (SELECT event_id FROM mentions WHERE contains(lower(text), lower(?)))",
        [needle],
    )  # fmt: skip
    assert _matching(store, *text_condition(needle, sieve=True)) == obvious
    assert _matching(store, *text_condition(needle, sieve=False)) == obvious
    listed = text_events(store, needle)
    assert listed is None or list(listed) == obvious
    if "%" not in needle and "_" not in needle:  # what ILIKE answers, wildcards aside
        ilike = "event_id IN (SELECT event_id FROM mentions WHERE text ILIKE ?)"
        assert _matching(store, ilike, [f"%{needle}%"]) == obvious


@settings(max_examples=25, deadline=None)
@given(
    texts=st.lists(
        st.text(st.characters(exclude_categories=["Cs"]), max_size=40), min_size=1, max_size=8
    )
)
def test_store_search_migration_computes_the_grams_python_does(texts: list[str]) -> None:
    con = duckdb.connect()
    migrate(con, target=4)
    con.executemany(
        "INSERT INTO mentions VALUES (?, 'a', ?, 0, 1, ?)",
        [[f"e{i}", f"a#{i}", t] for i, t in enumerate(texts)],
    )
    migrate(con)
    stored = con.execute(f"SELECT event_id, grams, text FROM {SIEVE_TABLE} ORDER BY 1").fetchall()
    con.close()
    assert sorted(stored) == sorted((f"e{i}", text_grams(t), t) for i, t in enumerate(texts))


def test_store_search_only_these_letters_lower_case_to_ascii() -> None:
    """search._TO_ASCII must list every non-ASCII character DuckDB lower-cases to ASCII."""
    rows = duckdb.connect().execute(
        "SELECT i FROM range(128, 1114112) t(i)"
        " WHERE (i < 55296 OR i > 57343) AND unicode(lower(chr(i::INTEGER))) < 128"
    )
    found = {chr(i) for (i,) in rows.fetchall()}
    assert found == {"\u0130", "\u212a"}
    assert all(text_grams(f"x{c}y") == text_grams(f"x{c.lower()[0]}y".lower()) for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ab", 0), ("", 0), ("abc", 1 << ((97 * 131 + 98) * 131 + 99) % 127)],
)
def test_store_search_grams_of_short_texts(text: str, expected: int) -> None:
    assert text_grams(text) == expected == text_grams(text.upper())


def test_store_search_short_text_takes_the_plain_test() -> None:
    assert text_condition("ab", sieve=True) == text_condition("ab", sieve=False)
    assert SIEVE_TABLE in text_condition("abc", sieve=True)[0]


def _sieve_mirrors_mentions(db: Path) -> None:
    with connect(db, read_only=True) as con:
        mentions = con.execute("SELECT * FROM mentions").fetchall()
        stored = con.execute(f"SELECT {', '.join(SIEVE_COLUMNS)} FROM {SIEVE_TABLE}").fetchall()
    assert sorted(map(tuple, sieve_rows(mentions))) == sorted(stored)


def test_store_search_writer_keeps_the_sieve_with_the_mentions(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    ingest_articles(to_articles(corpus(24)), FakePipeline(), db=db, batch_size=5)
    _sieve_mirrors_mentions(db)
    # A changed story at a known URL replaces its mentions; the sieve follows.
    update = dict(CLASH, text=CLASH["text"].replace("6 killed", "4 killed"))
    summary = ingest_articles(to_articles([CLASH, update]), FakePipeline(), db=db)
    assert summary.writes.replaced == 1
    _sieve_mirrors_mentions(db)


@pytest.mark.parametrize("text", ["borno", "GARISSA, kenya", "Militia 2 in", "nairobi", "zz"])
def test_store_search_store_answers_as_without_sieve(tmp_path: Path, text: str) -> None:
    db = tmp_path / "s.duckdb"
    ingest_articles(to_articles(corpus(30)), FakePipeline(), db=db)
    where = EventFilter(text=text)
    with connect(db, read_only=True) as con:
        assert uses_sieve(con, where)
        found = [e["event_id"] for e in find_events(con, where)]
        total = count_events(con, where)
        condition, params = where.where(sieve=False)
        plain = con.execute(f"SELECT event_id FROM events WHERE {condition}", params).fetchall()
    assert sorted(found) == sorted(r[0] for r in plain) and total == len(found)
    assert (total > 0) == (text != "zz")


@pytest.mark.parametrize("count", [0, 1, ID_LIST, ID_LIST + 1, 3 * ID_LIST])
def test_store_search_events_condition_keeps_the_listed_events(
    store: duckdb.DuckDBPyConnection, count: int
) -> None:
    _fill(store, [f"sentence {i}" for i in range(3 * ID_LIST + 5)])
    ids = [f"e{i}" for i in range(count)]
    assert _matching(store, *events_condition(ids)) == sorted(ids)


def test_store_search_text_events_gives_up_past_at_most(store: duckdb.DuckDBPyConnection) -> None:
    _fill(store, ["Gunmen in Garissa", "garissa town", "Mandera", "GARISSA"])
    assert text_events(store, "garissa") == ("e0", "e1", "e3")
    assert text_events(store, "garissa", at_most=2) is None
    assert text_events(store, "ga") is None  # no trigram: nothing to gain over the plain test
    assert text_events(store, "Nairobi") == ()


def test_store_search_dataset_views_take_the_plain_test(tmp_path: Path) -> None:
    con = duckdb.connect()
    migrate(con)
    con.execute("DROP TABLE mentions")
    con.execute("CREATE VIEW mentions AS SELECT * FROM reports LIMIT 0")  # as open_dataset does
    assert not has_sieve(con)
    assert not uses_sieve(con, EventFilter(text="Borno"))
    con.close()


def test_store_search_filter_without_text_asks_nothing() -> None:
    assert not uses_sieve(duckdb.connect(), EventFilter(country="Kenya"))
