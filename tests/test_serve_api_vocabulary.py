"""Exact equality tests from the store's vocabulary select exactly what the any-case tests select."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_support import demo_store

from wirecoder.serve.reader import StoreReader
from wirecoder.serve.vocabulary import ACTOR_NAMES, ActorNames, Vocabulary
from wirecoder.store import EventFilter, connect, count_events, find_events


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    return demo_store(tmp_path_factory, pipeline)


@pytest.fixture(scope="module")
def stored(db: Path) -> dict[str, list[str]]:
    with connect(db, read_only=True) as con:
        return {
            name: [
                r[0] for r in con.execute(f"SELECT DISTINCT {name} FROM events").fetchall() if r[0]
            ]
            for name in ("country", "iso3", "admin1", "event_type", "sub_event_type")
        }


def _spelled(draw: st.DrawFn, choices: list[str]) -> str | None:
    """None, a stored value in random case, or something that is not stored."""
    if draw(st.booleans()):
        return None
    value = draw(st.sampled_from(choices + ["Atlantis", "xx"]))
    return "".join(c.upper() if draw(st.booleans()) else c.lower() for c in value)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_serve_api_vocabulary_resolves_to_the_same_events(
    db: Path, stored: dict[str, list[str]], data: st.DataObject
) -> None:
    where = EventFilter(
        country=_spelled(data.draw, stored["country"] + stored["iso3"]),
        admin1=_spelled(data.draw, stored["admin1"]),
        event_type=_spelled(data.draw, stored["event_type"]),
        sub_event_type=_spelled(data.draw, stored["sub_event_type"]),
    )
    with connect(db, read_only=True) as con:
        resolved = Vocabulary.load(con).resolve(where)
        assert count_events(con, resolved) == count_events(con, where)
    if where.country or where.admin1 or where.event_type or where.sub_event_type:
        assert resolved.exact


@pytest.mark.parametrize(
    "pairs, value, expected",
    [
        ((("Kenya", "KEN"), ("Somalia", "SOM")), "ken", ("Kenya",)),
        ((("Kenya", "KEN"), ("Somalia", "SOM")), "KENYA", ("Kenya",)),
        ((("Kenya", "KEN"), ("Kenya", "XXX")), "KEN", None),  # 'Kenya' also stands for XXX rows
        (((None, "KEN"), ("Kenya", "KEN")), "KEN", None),  # a code without a name
        ((("Kenya", "KEN"),), "Mali", ()),
    ],
)
def test_serve_api_vocabulary_country_pairs(pairs, value: str, expected) -> None:
    resolved = Vocabulary(pairs, {}).resolve(EventFilter(country=value))
    assert dict(resolved.exact or ()).get("country") == expected


@pytest.mark.parametrize("text", ["police", "Kenya", "killed", "xq", "no such words at all"])
def test_serve_api_vocabulary_text_resolves_to_the_same_events(db: Path, text: str) -> None:
    reader = StoreReader.check(db, linger=0)
    where = EventFilter(text=text, country="Kenya" if text == "killed" else None)
    with reader.open() as con:
        resolved = reader.resolve(con, where)
        assert find_events(con, resolved) == find_events(con, where)
    assert (resolved.text_events is None) == (len(text) < 3)


@pytest.fixture(scope="module")
def actor_names(db: Path) -> list[str]:
    with connect(db, read_only=True) as con:
        rows = con.execute("SELECT actor1 FROM events UNION SELECT actor2 FROM events").fetchall()
    return sorted(r[0] for r in rows if r[0])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_serve_api_vocabulary_actor_resolves_to_the_same_events(
    db: Path, actor_names: list[str], data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from([*actor_names, "Atlantis Liberation Front"]))
    start = data.draw(st.integers(0, len(name) - 1))
    piece = name[start : data.draw(st.integers(start + 1, len(name)))]
    actor = "".join(c.upper() if data.draw(st.booleans()) else c.lower() for c in piece)
    where = EventFilter(actor=actor, country=data.draw(st.sampled_from([None, "Kenya"])))
    reader = StoreReader.check(db, linger=0)
    with reader.open() as con:
        resolved = reader.resolve(con, where)
        assert count_events(con, resolved) == count_events(con, where)
    assert "actor1" in dict(resolved.exact or ())


def test_serve_api_vocabulary_actor_with_many_names_keeps_the_substring_test() -> None:
    many = {"actor1": tuple((f"Militia {i}", f"militia {i}") for i in range(ACTOR_NAMES + 1)),
            "actor2": ()}  # fmt: skip
    where = EventFilter(actor="militia")
    assert ActorNames(many).resolve(where, "militia") == where
    assert ActorNames(many).resolve(where, "militia 7").where()[0].startswith("(actor1 IN (")
