"""Actors named as ACLED named them on the event's date (wirecoder.actors.periods): our own cases."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.actors.periods import in_office
from wirecoder.model import Event


def _event(actor1: str, inter1: int, country: str, when: date | None, actor2: str | None = None,
           inter2: int | None = None) -> Event:
    return Event(article_id="a", event_id="a-1", event_type="Battles", sub_event_type="Armed clash", notes="",
                 evidence_start=0, evidence_end=0, actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2,
                 country=country, event_date=when)


@pytest.mark.parametrize(
    "actor, inter, country, when, expected",
    [
        # the Taliban are Afghanistan's forces from the fall of Kabul on
        ("Taliban", 2, "Afghanistan", date(2022, 9, 4), ("Military Forces of Afghanistan", 1)),
        ("Taliban", 2, "Afghanistan", date(2021, 8, 15), ("Military Forces of Afghanistan", 1)),
        ("Taliban", 2, "Afghanistan", date(2021, 8, 14), ("Taliban", 2)),  # the day before: the insurgents
        ("Taliban", 2, "Pakistan", date(2023, 1, 9), ("Taliban", 2)),  # another country: left as coded
        # the RSF were a unit of Sudan's military until their war with the army began
        ("RSF: Rapid Support Forces", 2, "Sudan", date(2019, 6, 3),
         ("Military Forces of Sudan Rapid Support Forces", 1)),
        ("RSF: Rapid Support Forces", 2, "Sudan", date(2023, 4, 15), ("RSF: Rapid Support Forces", 2)),
        ("Al Shabaab", 2, "Somalia", date(2022, 9, 4), ("Al Shabaab", 2)),  # no period: unchanged
        ("Taliban", 2, "Afghanistan", None, ("Taliban", 2)),  # undated: unchanged
    ],
)
def test_actor_named_as_on_the_event_date(actor, inter, country, when, expected) -> None:
    event = in_office(_event(actor, inter, country, when))
    assert (event.actor1, event.inter1) == expected


def test_both_sides_are_renamed() -> None:
    event = in_office(_event("Civilians (Afghanistan)", 7, "Afghanistan", date(2022, 1, 2), "Taliban", 2))
    assert (event.actor1, event.inter1, event.actor2, event.inter2) == (
        "Civilians (Afghanistan)", 7, "Military Forces of Afghanistan", 1)


def test_actors_periods_table_names_known_actors() -> None:
    from wirecoder.actors import ActorCoder
    from wirecoder.actors.periods import load_periods

    names = {row.name for row in ActorCoder.load().rows}
    periods = load_periods()
    assert periods and all(p.name in names for p in periods)


@pytest.mark.parametrize(
    "line, message",
    [
        ("Taliban\tAfghanistan\tMilitary Forces of Afghanistan\t9\t2021-08-15\t-", "inter must be"),
        ("Taliban\tAfghanistan\tMilitary Forces of Afghanistan\t1\t15/08/2021\t-", "since must be a date"),
        ("Taliban\tAfghanistan\tMilitary Forces of Afghanistan\t1\t2021-08-15\t2020-01-01", "must come before"),
        ("Taliban\tAfghanistann\tMilitary Forces of Afghanistan\t1\t-\t-", "unknown country"),
        ("Taliban Afghanistan Military Forces of Afghanistan 1 - -", "expected 6 non-empty TAB-separated"),
    ],
)
def test_actors_periods_bad_row_names_file_and_line(tmp_path, line, message) -> None:
    from wirecoder.actors import AliasFileError
    from wirecoder.actors.periods import load_periods

    path = tmp_path / "mine.tsv"
    path.write_text(f"# my periods\n{line}\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match=rf"mine\.tsv:2: .*{message}"):
        load_periods(path)
