"""The shapes of the API's answers, for the OpenAPI document at /openapi.json and /docs.

Routes build their JSON directly (validating 100 rows through pydantic on every page would
cost more than the query); tests check real answers against these models.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

__all__ = [
    "EventDetail",
    "EventRow",
    "EventsPage",
    "Facets",
    "FeatureCollection",
    "Health",
    "Mention",
    "ParameterProblem",
    "Places",
    "Problem",
    "Timeline",
]

# Each stored event column's JSON type (dates travel as YYYY-MM-DD strings).
_COLUMN_TYPES: dict[str, Any] = {
    "article_id": str,
    "event_id": str,
    "event_date": str | None,
    "time_precision": int | None,
    "event_type": str,
    "sub_event_type": str,
    "actor1": str | None,
    "assoc_actor_1": str | None,
    "inter1": int | None,
    "actor2": str | None,
    "assoc_actor_2": str | None,
    "inter2": int | None,
    "interaction": int | None,
    "civilian_targeting": str | None,
    "country": str | None,
    "iso3": str | None,
    "admin1": str | None,
    "admin2": str | None,
    "location": str | None,
    "latitude": float | None,
    "longitude": float | None,
    "geo_precision": int | None,
    "fatalities": int,
    "notes": str,
    "source": str | None,
    "source_url": str | None,
    "confidence": float,
    "injuries": int | None,
    "plover_event": str | None,
    "plover_mode": str | None,
    "geonameid": int | None,
    "evidence_start": int,
    "evidence_end": int,
    "evidence": list[list[int]],
    "sources": int,
    "mentions": int,
}

EventRow = create_model(  # type: ignore[call-overload]
    "EventRow",
    __doc__="One stored event, as `wirecoder events --format jsonl` prints it.",
    **{name: (kind, ...) for name, kind in _COLUMN_TYPES.items()},
)


class EventsPage(BaseModel):
    """One page of matching events and how many match in all."""

    total: int
    limit: int
    offset: int
    events: list[EventRow]  # type: ignore[valid-type]


class Mention(BaseModel):
    """One evidence sentence of an event, in one article."""

    article_id: str
    title: str | None
    source: str | None
    outlet: str | None
    url: str | None
    published: str | None = Field(description="ISO date-time of publication, when known.")
    evidence: str = Field(description="The sentence, verbatim.")
    start: int = Field(description="Offset of the sentence in the article's clean text.")
    end: int
    paragraph: str = Field(description="The article paragraph holding the sentence.")
    paragraph_evidence: list[int] = Field(description="[start, end] of the sentence in paragraph.")


EventDetail = create_model(  # type: ignore[call-overload]
    "EventDetail",
    __doc__="One event with every sentence that reports it.",
    **{name: (kind, ...) for name, kind in _COLUMN_TYPES.items() if name != "mentions"},
    mentions=(list[Mention], ...),
)


class Feature(BaseModel):
    """One event as a GeoJSON Point; properties are its row without latitude and longitude
    (the ``fields`` asked for, when given)."""

    model_config = ConfigDict(extra="allow")
    type: str
    id: str
    geometry: dict[str, Any]
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    """Located events as GeoJSON."""

    type: str
    features: list[Feature]


class Bucket(BaseModel):
    """Events and fatalities of one period, named by its first day."""

    period: str
    events: int
    fatalities: int


class Timeline(BaseModel):
    """Periods in date order; periods without events are absent, undated events left out."""

    interval: str
    buckets: list[Bucket]


class Place(BaseModel):
    """Events in one country or admin1, and the mean position of those located."""

    country: str
    iso3: str | None
    admin1: str | None = None
    events: int
    fatalities: int
    latitude: float | None
    longitude: float | None


class Places(BaseModel):
    """Places with most events first."""

    level: str
    places: list[Place]


class CountryCount(BaseModel):
    """A country and how many events it holds."""

    country: str
    iso3: str | None
    events: int


class Facets(BaseModel):
    """What the store holds, for building filter menus."""

    countries: list[CountryCount]
    event_types: dict[str, list[str]]
    date_range: list[str] | None
    events: int


class Health(BaseModel):
    """The server is up and its store readable."""

    status: str
    events: int
    schema_version: int
    version: str


class Problem(BaseModel):
    """What went wrong, in one line."""

    detail: str


class ParameterError(BaseModel):
    """One rejected query parameter."""

    parameter: str
    message: str


class ParameterProblem(BaseModel):
    """Invalid query parameters: ``detail`` names them, ``errors`` lists each."""

    detail: str
    errors: list[ParameterError]
