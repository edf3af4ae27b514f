"""The typed records that flow through wirecoder.

An :class:`Article` enters the pipeline after reading and cleaning; every stage
returns a new ``Article`` with one more layer filled in (``sentences``,
``entities``, ``places``, ``events``). All records are frozen: a stage never
mutates what it was given, so a batch can be mapped by any engine.

Every extracted value keeps the character span it came from in
``Article.text`` so evidence can always be shown.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

__all__ = [
    "ACLED_FIELDS",
    "Actor",
    "Article",
    "Casualties",
    "Entity",
    "Event",
    "EventDate",
    "Evidence",
    "Place",
    "Sentence",
    "Skipped",
]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by the NER model, with offsets into ``Article.text``."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence reporting an event: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention and its resolution against the gazetteer.

    ``start``/``end`` locate the mention in ``Article.text`` (``-1`` when the
    place was inferred, e.g. from the dateline). ``geo_precision`` follows
    ACLED: 1 town, 2 part of a region / near a town, 3 province or larger.
    """

    name: str
    start: int
    end: int
    location: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    feature: str | None = None  # "country", "admin1", "admin2", "city", ...
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor coded in ACLED's style: ``name`` like ``Police Forces of Kenya``,
    ``inter`` ACLED's code 1-8 (1 state forces, 2 rebels, 3 political militias,
    4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other).
    ``text`` is the phrase it was coded from."""

    name: str
    inter: int
    text: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, with ACLED's time precision (1 day, 2 range/week, 3 month)."""

    date: date | None
    precision: int | None
    start: int = -1  # span of the date expression in Article.text, -1 when inferred
    end: int = -1
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Casualties:
    """Deaths and injuries stated for one event; spans point at the numbers used."""

    fatalities: int = 0
    injuries: int | None = None
    spans: tuple[tuple[int, int], ...] = ()
    reason: str = ""


# ACLED's export column order, followed by wirecoder's own columns.
ACLED_FIELDS: tuple[str, ...] = (
    "article_id",
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
    "source_url",
    "confidence",
)
EXTRA_FIELDS: tuple[str, ...] = (
    "injuries",
    "plover_event",
    "plover_mode",
    "geonameid",
    "evidence_start",
    "evidence_end",
)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, in ACLED's vocabulary. ``notes`` is the evidence sentence verbatim."""

    article_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    notes: str
    evidence_start: int
    evidence_end: int
    event_date: date | None = None
    time_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    civilian_targeting: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    fatalities: int = 0
    injuries: int | None = None
    source: str | None = None
    source_url: str | None = None
    confidence: float = 0.0
    plover_event: str | None = None
    plover_mode: str | None = None
    # Raw role phrases as written in the text, for the actors stage and debugging.
    agent_text: str | None = None
    target_text: str | None = None
    # Whether the place was named in the evidence sentence itself (else: article context, dateline).
    place_in_sentence: bool = False
    # Every sentence of the article that reports this event, ``notes`` first; more than one
    # when later mentions were merged into it.
    evidence: tuple[Evidence, ...] = ()

    @property
    def interaction(self) -> int | None:
        """ACLED's two-digit interaction code: the inter codes, smaller first."""
        if self.inter1 is None:
            return None
        if self.inter2 is None:
            return self.inter1 * 10
        low, high = sorted((self.inter1, self.inter2))
        return low * 10 + high

    def to_dict(self) -> dict[str, Any]:
        """The event as a flat dict in ACLED's column order, then wirecoder's extras."""
        row: dict[str, Any] = {}
        for name in ACLED_FIELDS + EXTRA_FIELDS:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            row[name] = value
        row["evidence"] = [[e.start, e.end] for e in self.evidence]
        return row


@dataclass(frozen=True, slots=True)
class Article:
    """A news article; stages fill the layers after ``text``.

    ``text`` is the cleaned body (headline, header, bylines and page chrome
    removed). ``origin`` names where it was read from, for error messages.
    ``country_hint`` is the country to assume when the text names no place
    (given by the user, or the country of the other articles from the same source).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    dateline: str | None = None
    source: str | None = None
    byline: str | None = None
    origin: str = ""
    warnings: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    country_hint: str | None = None

    def replace(self, **changes: Any) -> Article:
        """A copy with ``changes`` applied (the record itself is frozen)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The article's metadata and text as ``wirecoder read`` prints it."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline,
            "source": self.source,
            "byline": self.byline,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read: where, and why (one line, for stderr)."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: skipped: {self.reason}"


