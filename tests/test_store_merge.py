"""When two reports are one event, and what the merged event says (pure functions, no database)."""

from __future__ import annotations

import doctest
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirecoder.store.merge
from wirecoder.store.merge import StoredReport, conservative_count, merged_event, same_event
from wirecoder.store.schema import EVENT_COLUMNS

BASE: dict[str, Any] = {
    "event_id": "e1",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "event_date": date(2024, 3, 10),
    "time_precision": 1,
    "actor1": "Al Shabaab",
    "actor2": "Civilians (Kenya)",
    "country": "Kenya",
    "iso3": "KEN",
    "admin1": "Lamu",
    "latitude": -2.27,
    "longitude": 40.90,
    "geo_precision": 1,
}


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"event_date": date(2024, 3, 11)}, True),  # precision 1: a day either side
        ({"event_date": date(2024, 3, 12)}, False),
        ({"event_date": date(2024, 3, 16), "time_precision": 2}, True),  # precision 2: a week
        ({"event_date": date(2024, 3, 18), "time_precision": 2}, False),
        (
            {"event_date": date(2024, 3, 30), "time_precision": 3},
            True,
        ),  # precision 3: the same month
        ({"event_date": date(2024, 4, 1), "time_precision": 3}, False),
        ({"event_date": None}, False),  # undated reports merge with nothing
        ({"latitude": -2.30, "longitude": 40.95}, True),  # about 6 km away
        ({"latitude": -2.50, "longitude": 40.90}, False),  # 25 km away: another village
        (
            {"latitude": -2.50, "geo_precision": 3},
            True,
        ),  # a coarse place: the same county is enough
        ({"admin1": "Garissa", "latitude": None, "longitude": None, "geo_precision": 3}, False),
        ({"iso3": "SOM", "country": "Somalia"}, False),
        ({"actor1": "Al Shabaab (2006-)"}, True),  # ACLED's period suffix
        ({"actor1": "AL SHABAAB"}, True),
        ({"actor1": "Unidentified Armed Group (Kenya)"}, True),
        ({"actor1": None}, True),
        ({"actor1": "Military Forces of Kenya"}, False),
        (
            {"sub_event_type": "Abduction/forced disappearance"},
            False,
        ),  # different acts against civilians
        ({"event_type": "Battles", "sub_event_type": "Attack"}, False),
    ],
)
def test_store_merge_same_event_rules(change: dict[str, Any], same: bool) -> None:
    assert same_event(BASE, {**BASE, **change}) is same
    assert same_event({**BASE, **change}, BASE) is same


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Armed clash", "Government regains territory"),
        ("Remote explosive/landmine/IED", "Suicide bomb"),
        ("Peaceful protest", "Protest with intervention"),
    ],
)
def test_store_merge_sub_types_of_one_act_are_compatible(first: str, second: str) -> None:
    from wirecoder.events.codebook import event_type_of

    a = {**BASE, "event_type": event_type_of(first), "sub_event_type": first}
    assert same_event(a, {**a, "sub_event_type": second})


def test_store_merge_swapped_roles_are_compatible() -> None:
    battle = {
        **BASE,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Al Shabaab",
        "actor2": "Military Forces of Kenya",
    }
    assert same_event(
        battle, {**battle, "actor1": "Military Forces of Kenya", "actor2": "Al Shabaab"}
    )


def _report(
    outlet: str | None,
    fatalities: int,
    seq: int,
    *,
    published: datetime | None = None,
    confidence: float = 0.9,
    **fields: Any,
) -> StoredReport:
    row = {
        **BASE,
        "article_id": f"art{seq}",
        "fatalities": fatalities,
        "confidence": confidence,
        "rank": 0,
        "source": outlet.upper() if outlet else None,
        **fields,
    }
    return StoredReport(row, outlet, published, seq)


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        ([("ap", 12, 1), ("afp", 9, 2)], 9),  # outlets disagree: the lowest
        ([("ap", 12, 1), ("ap", 15, 2)], 15),  # an update from the same outlet revises its own toll
        ([("ap", 12, 1), ("ap", 7, 2), ("afp", 9, 3)], 7),
        ([("ap", 0, 1), ("afp", 9, 2)], 9),  # a report that states no toll does not count
        ([("ap", 0, 1), ("afp", 0, 2)], None),
        ([(None, 5, 1), (None, 3, 2)], 3),  # unknown outlets count one each
    ],
)
def test_store_merge_conservative_fatalities(reports: list[tuple], expected: int | None) -> None:
    assert conservative_count([_report(*r) for r in reports], "fatalities") == expected


def test_store_merge_update_order_is_publication_time_first() -> None:
    later = _report("ap", 4, 1, published=datetime(2024, 3, 12))
    earlier = _report(
        "ap", 11, 2, published=datetime(2024, 3, 11)
    )  # ingested later, published earlier
    assert conservative_count([later, earlier], "fatalities") == 4


def test_store_merge_unreliable_reports_count_only_alone() -> None:
    sure, unsure = _report("ap", 10, 1), _report("afp", 2, 2, confidence=0.3)
    assert conservative_count([sure, unsure], "fatalities") == 10
    assert conservative_count([unsure], "fatalities") == 2


def test_store_merge_merged_row_takes_the_most_precise_report() -> None:
    coarse = _report("ap", 12, 1, geo_precision=3, location="Lamu", latitude=-2.2, longitude=40.9)
    precise = _report(
        "nation", 9, 2, geo_precision=1, location="Mpeketoni", latitude=-2.39, longitude=40.69
    )
    row = merged_event("ev", [coarse, precise], EVENT_COLUMNS)
    assert (row["event_id"], row["location"], row["article_id"]) == ("ev", "Mpeketoni", "art2")
    assert (row["fatalities"], row["sources"], row["mentions"], row["source"]) == (
        9,
        2,
        2,
        "AP; NATION",
    )


@given(
    st.lists(
        st.tuples(st.sampled_from(["ap", "afp", "nation", None]), st.integers(0, 50)),
        min_size=1,
        max_size=8,
    )
)
def test_store_merge_counts_are_consistent(specs: list[tuple[str | None, int]]) -> None:
    reports = [_report(outlet, dead, seq) for seq, (outlet, dead) in enumerate(specs)]
    row = merged_event("ev", reports, EVENT_COLUMNS)
    assert row["mentions"] == len(reports)
    assert 1 <= row["sources"] <= row["mentions"]
    stated = [d for _, d in specs if d > 0]
    assert row["fatalities"] == 0 if not stated else min(stated) <= row["fatalities"] <= max(stated)
    # The order reports arrive in changes nothing but which is called first.
    assert merged_event("ev", reports[::-1], EVENT_COLUMNS)["fatalities"] == row["fatalities"]


def test_store_merge_doctests() -> None:
    assert doctest.testmod(wirecoder.store.merge).failed == 0
