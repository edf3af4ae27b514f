"""When two reports describe one real-world event, and what the merged event says.

Two reports (or a report and a stored event) are the same event when all hold:

* **type**: the same ``event_type``; sub-types may differ (a clash reported as territory taken, an
  IED reported as a suicide bomb, a protest later said to be dispersed) except for
  violence against civilians and strategic developments, whose sub-types are different acts;
* **date**: within the coarser precision of the two: ±1 day (precision 1), ±7 days (2), the same
  month (3); an undated report merges with nothing;
* **place**: the same country and, when both are located to a town (``geo_precision`` 1), within
  :data:`NEAR_KM`; otherwise the same ``admin1``;
* **actors**: the same ``actor1`` once regime-period suffixes and case are ignored, or one of the
  two unidentified (or missing), or the roles swapped (one's ``actor1`` is the other's ``actor2``).

Among several compatible events the closest in time, then in space, wins.

The merged event takes its fields from its most precise report (smallest ``geo_precision``,
then ``time_precision``, then the highest confidence, then the first ingested), lists every outlet
in ``source`` (ACLED's ``;``-separated style), counts ``sources`` (distinct outlets) and
``mentions`` (articles), and takes its confidence as the highest of its reports'. Fatalities follow
ACLED's conservative rule, see :func:`conservative_count`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from wirecoder.events.codebook import STRATEGIC, VAC

__all__ = [
    "NEAR_KM",
    "RELIABLE_CONFIDENCE",
    "StoredReport",
    "conservative_count",
    "distance_km",
    "match_rank",
    "merged_event",
    "same_event",
]

NEAR_KM = 10.0  # two town-precise places further apart are different events
RELIABLE_CONFIDENCE = (
    0.5  # reports below this count for fatalities only when no other states a toll
)
_DATE_TOLERANCE = {1: 1, 2: 7}  # days; precision 3 compares the month
_DISTINCT_SUBTYPES = frozenset({VAC, STRATEGIC})  # their sub-types are different acts, never merged
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")  # ACLED's "(2013-)" regime suffix


@dataclass(frozen=True, slots=True)
class StoredReport:
    """One report as the store holds it: its event fields and what its article tells about it."""

    fields: Mapping[str, Any]  # a reports row: every Event field, the store's event and article ids
    outlet: str | None
    published: datetime | None
    seq: int  # the article's ingest order

    @property
    def outlet_key(self) -> str:
        """The outlet, or the article itself when the outlet is unknown (each counts once)."""
        return self.outlet or f"article:{self.fields['article_id']}"


def _actor(name: str | None) -> str | None:
    """The actor name as compared: no period suffix, case-folded; None for unidentified ones."""
    if not name:
        return None
    name = _PERIOD.sub("", name).strip().casefold()
    return None if name.startswith(("unidentified", "unknown")) else name


def _dates_close(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    first, second = a.get("event_date"), b.get("event_date")
    if not isinstance(first, date) or not isinstance(second, date):
        return False
    precision = max(a.get("time_precision") or 1, b.get("time_precision") or 1)
    if precision >= 3:
        return (first.year, first.month) == (second.year, second.month)
    return abs((first - second).days) <= _DATE_TOLERANCE[precision]


def distance_km(a: Mapping[str, Any], b: Mapping[str, Any]) -> float | None:
    """Great-circle distance between two located rows, None when either lacks coordinates.

    Example:
        >>> nairobi = {"latitude": -1.29, "longitude": 36.82}
        >>> round(distance_km(nairobi, {"latitude": -1.29, "longitude": 36.9}))
        9
    """
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return None
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _same_country(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if a.get("iso3") and b.get("iso3"):
        return bool(a["iso3"] == b["iso3"])
    return (
        bool(a.get("country"))
        and str(a["country"]).casefold() == str(b.get("country") or "").casefold()
    )


def _places_close(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if not _same_country(a, b):
        return False
    if a.get("geo_precision") == 1 and b.get("geo_precision") == 1:
        km = distance_km(a, b)
        if km is not None:
            return km <= NEAR_KM
    first, second = a.get("admin1"), b.get("admin1")
    return bool(first) and str(first).casefold() == str(second or "").casefold()


def _actors_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    first, second = _actor(a.get("actor1")), _actor(b.get("actor1"))
    if first is None or second is None or first == second:
        return True
    return first == _actor(b.get("actor2")) or second == _actor(a.get("actor2"))


def same_event(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two event rows (reports or stored events) describe one real-world event.

    Example:
        >>> row = {"event_type": "Battles", "sub_event_type": "Armed clash",
        ...        "event_date": date(2024, 5, 2),
        ...        "time_precision": 1, "iso3": "NGA", "admin1": "Borno", "actor1": "Boko Haram"}
        >>> same_event(row, {**row, "event_date": date(2024, 5, 3), "actor1": None})
        True
    """
    if a.get("event_type") != b.get("event_type"):
        return False
    if a.get("event_type") in _DISTINCT_SUBTYPES and a.get("sub_event_type") != b.get(
        "sub_event_type"
    ):
        return False
    return _dates_close(a, b) and _places_close(a, b) and _actors_compatible(a, b)


def match_rank(report: Mapping[str, Any], event: Mapping[str, Any]) -> tuple[float, float, str]:
    """Sort key among compatible events: nearest date, then nearest place, then the event id."""
    days = abs((report["event_date"] - event["event_date"]).days)
    km = distance_km(report, event)
    return (days, km if km is not None else NEAR_KM, str(event["event_id"]))


def conservative_count(reports: Sequence[StoredReport], field: str) -> int | None:
    """ACLED's conservative ``field`` ("fatalities" or "injuries") over an event's reports.

    Each outlet's latest stated figure stands for that outlet (an update revises the outlet's own
    earlier toll, up or down; "latest" by publication time, then ingest order); the event takes the
    lowest of those figures, because ACLED codes the most conservative credible count. Only stated
    figures count (a report that gives no toll says nothing about it); reports below
    :data:`RELIABLE_CONFIDENCE` count only when no surer report states a figure.

    Example:
        >>> def r(outlet, n, seq):
        ...     return StoredReport({"fatalities": n, "confidence": 0.9, "article_id": seq},
        ...                                             outlet, None, seq)
        >>> conservative_count([r("ap", 12, 1), r("afp", 9, 2), r("afp", 14, 3)], "fatalities")
        12
    """
    for pool in (
        [r for r in reports if r.fields.get("confidence", 0) >= RELIABLE_CONFIDENCE],
        reports,
    ):
        latest: dict[str, tuple[tuple[datetime, int], int]] = {}
        for report in pool:
            value = report.fields.get(field)
            if value is None or value <= 0:
                continue
            when = (report.published or datetime.min, report.seq)
            key = report.outlet_key
            if key not in latest or when > latest[key][0]:
                latest[key] = (when, int(value))
        if latest:
            return min(value for _, value in latest.values())
    return None


def _precision_rank(report: StoredReport) -> tuple[int, int, float, int, int]:
    fields = report.fields
    return (
        fields.get("geo_precision") or 4,
        fields.get("time_precision") or 4,
        -float(fields.get("confidence") or 0),
        report.seq,
        int(fields.get("rank") or 0),
    )


def merged_event(
    event_id: str, reports: Sequence[StoredReport], columns: Sequence[str]
) -> dict[str, Any]:
    """The events row of one event's ``reports`` (fields of the most precise; counts over all)."""
    best = min(reports, key=_precision_rank)
    row = {name: best.fields.get(name) for name in columns}
    ordered = sorted(reports, key=lambda r: (r.seq, r.fields.get("rank") or 0))
    outlets: dict[str, str] = {}
    for report in ordered:
        name = report.fields.get("source") or report.outlet
        outlets.setdefault(report.outlet_key, name or "")
    injuries = conservative_count(reports, "injuries")
    row.update(
        event_id=event_id,
        fatalities=conservative_count(reports, "fatalities") or 0,
        injuries=injuries if injuries is not None else best.fields.get("injuries"),
        confidence=max(float(r.fields.get("confidence") or 0) for r in reports),
        source="; ".join(dict.fromkeys(n for n in outlets.values() if n)) or None,
        sources=len(outlets),
        mentions=len({r.fields["article_id"] for r in reports}),
    )
    return row
