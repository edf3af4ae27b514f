"""The store's tables, and the ordered migrations that build and upgrade them.

    articles        one row per stored article: URL, hash of the normalised text, metadata, text
    reports         one row per event that ``extract`` found in one article (every Event field)
    events          one row per real-world event: its reports merged, ``sources``, ``mentions``
    mentions        one row per evidence sentence of a report: event ↔ article, text and offsets
    superseded      older texts seen at a stored article's URL (so re-reading them changes nothing)
    feeds           feeds `wirecoder watch` polls: validators for conditional requests, last status
    feed_entries    entry pages it has fetched (or given up on), so no poll fetches them again
    mention_sieve   each evidence sentence again, with the signature of its trigrams (search.py)
    schema_version  one row per migration applied

A migration is never edited once released: a change to the schema is a new
migration appended to :data:`MIGRATIONS`, so every older file upgrades by
running the ones it lacks, in order, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from wirecoder.errors import WirecoderError

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_FIELDS",
    "MIGRATIONS",
    "REPORT_COLUMNS",
    "SCHEMA_VERSION",
    "Migration",
    "StoreError",
    "column_types",
    "migrate",
    "schema_version",
]


class StoreError(WirecoderError):
    """The event store cannot be opened, read or written; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: its version number, what it does, and its SQL statements."""

    version: int
    description: str
    statements: tuple[str, ...]


# The fields of Event.to_dict(), in its order, with their column types.
_EVENT_FIELDS_DDL = """
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    event_date DATE,
    time_precision INTEGER,
    event_type VARCHAR NOT NULL,
    sub_event_type VARCHAR NOT NULL,
    actor1 VARCHAR,
    assoc_actor_1 VARCHAR,
    inter1 INTEGER,
    actor2 VARCHAR,
    assoc_actor_2 VARCHAR,
    inter2 INTEGER,
    interaction INTEGER,
    civilian_targeting VARCHAR,
    country VARCHAR,
    iso3 VARCHAR,
    admin1 VARCHAR,
    admin2 VARCHAR,
    location VARCHAR,
    latitude DOUBLE,
    longitude DOUBLE,
    geo_precision INTEGER,
    fatalities INTEGER NOT NULL,
    notes VARCHAR NOT NULL,
    source VARCHAR,
    source_url VARCHAR,
    confidence DOUBLE NOT NULL,
    injuries INTEGER,
    plover_event VARCHAR,
    plover_mode VARCHAR,
    geonameid BIGINT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence INTEGER[][] NOT NULL"""

_V1 = Migration(
    1,
    "articles, reports, events, mentions",
    (
        """CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,          -- the reader's article id, suffixed when already taken
    seq BIGINT NOT NULL,             -- ingest order: later updates revise earlier reports
    input_id VARCHAR NOT NULL,       -- Article.id as read (file stem or the feed's id)
    origin VARCHAR NOT NULL,         -- the file it was read from
    url VARCHAR,
    text_hash VARCHAR NOT NULL,      -- sha256 of the normalised text (see store/identity.py)
    outlet VARCHAR,                  -- normalised source, else the URL's host (`sources` counts it)
    title VARCHAR,
    published TIMESTAMP,
    dateline VARCHAR,
    source VARCHAR,
    byline VARCHAR,
    text VARCHAR NOT NULL
)""",
        f"""CREATE TABLE reports (
    report_id VARCHAR PRIMARY KEY,   -- article id '#' rank of the event in the article
    rank INTEGER NOT NULL,
    input_event_id VARCHAR NOT NULL, -- Event.event_id as extract prints it
    agent_text VARCHAR,
    target_text VARCHAR,
    place_in_sentence BOOLEAN NOT NULL,
    outlet VARCHAR,                  -- the article's, copied: merging reads reports without a join
    published TIMESTAMP,
    article_seq BIGINT NOT NULL,{_EVENT_FIELDS_DDL}
)""",
        f"""CREATE TABLE events ({_EVENT_FIELDS_DDL},
    sources INTEGER NOT NULL,        -- distinct outlets reporting the event
    mentions INTEGER NOT NULL,       -- articles reporting the event
    PRIMARY KEY (event_id)
)""",
        """CREATE TABLE mentions (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    report_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,          -- text == articles.text[start:end]
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (report_id, start)
)""",
    ),
)

# Lookups made for every ingested article and every merge; the events filters scan instead
# (a columnar scan of a million rows takes milliseconds, see benchmarks/store_bench.py).
_V2 = Migration(
    2,
    "lookup indexes for ingest and merging",
    (
        "CREATE INDEX articles_url ON articles (url)",
        "CREATE INDEX articles_text_hash ON articles (text_hash)",
        "CREATE INDEX reports_event ON reports (event_id)",
        "CREATE INDEX reports_article ON reports (article_id)",
        "CREATE INDEX mentions_event ON mentions (event_id)",
        "CREATE INDEX mentions_article ON mentions (article_id)",
    ),
)

# Re-reading a crawl that holds two versions of a story must not swap them back and forth.
_V3 = Migration(
    3,
    "texts superseded at each URL",
    (
        """CREATE TABLE superseded (
    url VARCHAR NOT NULL,
    text_hash VARCHAR NOT NULL,      -- replaced by a newer version, or older than the kept one
    article_id VARCHAR NOT NULL,     -- the article now stored at the URL
    PRIMARY KEY (url, text_hash)
)""",
    ),
)

# `wirecoder watch` (wirecoder/watch/state.py): what it sends back to each feed, and which
# entry pages it has settled, so a poll fetches neither an unchanged feed nor a known page.
_V4 = Migration(
    4,
    "feeds watched and their entries",
    (
        """CREATE TABLE feeds (
    url VARCHAR PRIMARY KEY,         -- as written in the feed list
    etag VARCHAR,                    -- validators of the last complete read, sent back as
    last_modified VARCHAR,           --   If-None-Match and If-Modified-Since
    polled_at TIMESTAMP NOT NULL,    -- the last poll that asked for it (UTC)
    status VARCHAR NOT NULL          -- 'ok', 'not modified', or the last failure
)""",
        """CREATE TABLE feed_entries (
    url VARCHAR PRIMARY KEY,         -- the entry's link, also articles.url once stored
    feed_url VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,   -- UTC, like tried_at
    tried_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,       -- polls that tried to fetch and read it
    outcome VARCHAR NOT NULL,        -- 'read', 'skipped' (no story in the page) or 'failed'
    reason VARCHAR                   -- why it was skipped or failed
)""",
    ),
)

# A text filter tests the few sentences whose trigram signature allows the text instead of every
# sentence (wirecoder/store/search.py says how; its text_grams computes the same in Python):
# lower-cased code points, each its ASCII code or 128; trigram buckets ((a*131 + b)*131 + c) % 127.
_SIEVE_CODES = "[least(unicode(ch), 128) FOR ch IN string_split(lower(text), '')]"
_SIEVE_BITS = (
    "[1::HUGEINT << (((c[i] * 131 + c[i + 1]) * 131 + c[i + 2]) % 127)::HUGEINT"
    " FOR i IN range(1, len(c) - 1)]"
)
_V5 = Migration(
    5,
    "trigram sieve of evidence sentences",
    (
        """CREATE TABLE mention_sieve (
    event_id VARCHAR NOT NULL,       -- the mentions row's, as is its text
    article_id VARCHAR NOT NULL,
    grams HUGEINT NOT NULL,          -- bit b set: the text holds a trigram of bucket b (0-126)
    text VARCHAR NOT NULL
)""",
        f"""INSERT INTO mention_sieve
SELECT event_id, article_id, coalesce(list_aggregate({_SIEVE_BITS}, 'bit_or'), 0), text
FROM (SELECT event_id, article_id, text, {_SIEVE_CODES} AS c FROM mentions)""",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3, _V4, _V5)
SCHEMA_VERSION = MIGRATIONS[-1].version

_VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)"""

# Columns of the reports and events tables, in table order (inserts name them all).
EVENT_FIELDS: tuple[str, ...] = tuple(
    line.split()[0] for line in _EVENT_FIELDS_DDL.strip().split(",\n")
)
REPORT_COLUMNS: tuple[str, ...] = (
    "report_id",
    "rank",
    "input_event_id",
    "agent_text",
    "target_text",
    "place_in_sentence",
    "outlet",
    "published",
    "article_seq",
) + EVENT_FIELDS
EVENT_COLUMNS: tuple[str, ...] = EVENT_FIELDS + ("sources", "mentions")


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The newest migration applied to the open database; 0 for an empty one."""
    # The catalog first: DuckDB would look a missing table up among the caller's Python variables.
    tables = con.execute(
        "SELECT count(*), count(*) FILTER (table_name = 'schema_version')"
        " FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary"
    ).fetchone()
    if not tables or not tables[1]:
        if tables and tables[0]:
            raise StoreError(
                "a DuckDB database of something else, not a wirecoder store (it has tables but "
                "no schema_version); give --db a new file name; the file was left untouched"
            )
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def column_types(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], str]:
    """(table, column) -> DuckDB type name, for every table of the store."""
    return {
        (t, c): ty
        for t, c, ty in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = 'main'"
        ).fetchall()
    }


def migrate(con: duckdb.DuckDBPyConnection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations the database lacks, up to ``target``, in one transaction.

    Example:
        >>> con = duckdb.connect()
        >>> migrate(con) == SCHEMA_VERSION
        True
    """
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {current}, newer than this wirecoder knows "
            f"({SCHEMA_VERSION}); upgrade wirecoder (pip install -U wirecoder) to open it"
        )
    pending = [m for m in MIGRATIONS if current < m.version <= target]
    if not pending:
        return current
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_VERSION_TABLE)
        for migration in pending:
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [migration.version, migration.description],
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return pending[-1].version
