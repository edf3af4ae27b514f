"""Reading gold files: detect the format from the first record, check every line.

Four formats are read (one JSON object a line):

* ``acled-notes``: ``{"id", "text", "gold": {event_type, sub_event_type, actor1, ...}}``,
  one coded event per text (ACLED's notes), with an optional ``"published"`` date that relative dates
  in the text ("on Sunday", "last week") count from; ACLED's own exports are read as such notes too,
  as CSV or as JSON lines with the fields at the top and the note in ``notes`` (``exports.py``);
* ``plover-sentences``: ``{"id", "text", "gold": {plover_event, actor1, ...}}``, one
  PLOVER event per sentence (PLOVER's gold standard records; see ``plover.py``);
* ``wikievents-articles``: ``{"id", "text", "gold_events": [{type, trigger, evidence,
  arguments}]}``, full articles with every mention annotated;
* ``coded-articles``: articles with events coded in ACLED's fields (see ``coded.py``);
* ``gtd-incidents``: rows of the Global Terrorism Database, as CSV or JSON lines, scored on the fields
  GTD shares with ACLED (see ``gtd.py``).

The whole file is read and checked before the pipeline runs, so a bad line fails
in a second rather than after an hour of extraction.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from wirecoder.errors import GoldFormatError
from wirecoder.evaluate.exports import csv_rows, flat_note, is_csv, is_flat_note
from wirecoder.evaluate.gtd import gtd_fields, has_summary, is_gtd
from wirecoder.evaluate.normalise import as_date, as_float, as_int, as_inter, as_published
from wirecoder.evaluate.plover import plover_sentence

__all__ = ["GoldArticle", "GoldFile", "GoldMention", "GoldNote", "read_gold"]

Format = Literal["acled-notes", "wikievents-articles", "coded-articles", "plover-sentences", "gtd-incidents"]

NOTES_HINT = (
    'wirecoder evaluate reads ACLED notes ({"id", "text", "gold": {"event_type", ...}}) '
    'or WikiEvents articles ({"id", "text", "gold_events": [...]}), or articles with coded events '
    '({"id", "text" or "file", "gold_events": [{"event_type", ..., "evidence"}]}), or PLOVER sentences '
    '({"id", "text", "gold": {"plover_event", "actor1", ...}}), one JSON object a line; or an ACLED export '
    '(CSV, or JSON lines with the fields at the top and the note in "notes"), or Global Terrorism Database '
    'rows (CSV or JSON lines with its eventid, iyear, imonth, iday, country_txt and summary columns)'
)


@dataclass(frozen=True, slots=True)
class GoldNote:
    """One ACLED-coded event and the note it was coded from."""

    id: str
    text: str
    line: int
    event_type: str
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    event_date: date | None = None
    time_precision: int | None = None
    fatalities: int = 0
    unscored: frozenset[str] = frozenset()  # fields the gold source does not code (GTD's sub_event_type ...)
    # When the text was published (the record's optional "published"): what relative dates count from.
    published: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """The coded fields, JSON-ready."""
        row = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_FIELDS}
        if self.event_date is not None:
            row["event_date"] = self.event_date.isoformat()
        return row


_NOT_FIELDS = frozenset({"id", "text", "line", "unscored", "published"})


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One annotated event mention of a WikiEvents article."""

    type: str
    trigger: str
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """A full article and its annotated mentions (all KAIROS types, unfiltered)."""

    id: str
    text: str
    line: int
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True, slots=True)
class GoldFile:
    """The checked records of one gold file, all of one format."""

    path: Path
    format: Format
    records: tuple[GoldNote, ...] | tuple[GoldArticle, ...]
    skipped: int = 0  # GTD rows without a summary: nothing to code from


def read_gold(path: Path, limit: int | None = None) -> GoldFile:
    """Read and check a gold file, keeping the first ``limit`` records.

    Raises :class:`GoldFormatError` naming the file, the line and what is wrong.

    Example:
        >>> gold = read_gold(Path("acled_kenya_notes.jsonl"), limit=100)  # doctest: +SKIP
        >>> gold.format, len(gold.records)  # doctest: +SKIP
        ('acled-notes', 100)
    """
    if limit is not None and limit < 1:
        raise GoldFormatError(f"--limit must be at least 1, not {limit}")
    fmt: Format | None = None
    records: list[Any] = []
    seen: dict[str, int] = {}
    skipped = 0
    for line, obj in _objects(path):
        if fmt is None:
            fmt = _detect(path, line, obj)
        if fmt == "gtd-incidents" and not has_summary(obj):
            skipped += 1
            continue
        try:
            if fmt == "gtd-incidents":
                record = _gtd_note(obj, line)
            elif fmt == "coded-articles":
                from wirecoder.evaluate.coded import coded_article

                record = coded_article(obj, line, path.parent)
            elif fmt == "plover-sentences":
                record = plover_sentence(obj, line)
            else:
                record = _note(obj, line) if fmt == "acled-notes" else _article(obj, line)
        except ValueError as error:
            raise GoldFormatError(f"{path}:{line}: {error}; {NOTES_HINT}") from None
        if record.id in seen and fmt == "plover-sentences":
            # PLOVER's own gold standard records number two different sentences alike;
            # the line tells them apart, as ids only key a sentence to its events.
            record = replace(record, id=f"{record.id}@{line}")
        if record.id in seen:
            raise GoldFormatError(
                f"{path}:{line}: id {record.id!r} already used on line {seen[record.id]}; "
                "give every record its own id"
            )
        seen[record.id] = line
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    if fmt is None:
        raise GoldFormatError(f"{path}: no records; {NOTES_HINT}")
    if not records:
        raise GoldFormatError(f"{path}: none of its {skipped} GTD rows has a summary to code from")
    return GoldFile(path=path, format=fmt, records=tuple(records), skipped=skipped)


def _objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of ``path``."""
    if path.suffix.lower() in {".xlsx", ".xls", ".ods"}:
        raise GoldFormatError(
            f"{path}: a spreadsheet; save it as CSV (UTF-8) first, e.g. in LibreOffice "
            f"(soffice --headless --convert-to csv {path.name}) or with pandas (read_excel, then to_csv)"
        )
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot open the gold file ({error.strerror})") from None
    with handle:
        try:
            head = handle.read(4096)
            handle.seek(0)
            if is_csv(path, head):
                yield from _csv_objects(path)
                return
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as error:
                    what = error.msg.removesuffix(" at")  # "Expecting value at" would read "at at column"
                    raise GoldFormatError(
                        f"{path}:{number}: not valid JSON ({what} at column {error.colno}); "
                        f"{NOTES_HINT}"
                    ) from None
                if not isinstance(obj, dict):
                    raise GoldFormatError(
                        f"{path}:{number}: a JSON {type(obj).__name__}, not an object; {NOTES_HINT}"
                    )
                yield number, obj
        except UnicodeDecodeError:
            raise GoldFormatError(
                f"{path}: not UTF-8 text; save the gold file as UTF-8 (GTD's CSV is Latin-1: "
                f"iconv -f latin1 -t utf-8 {path.name} > {path.stem}-utf8{path.suffix})"
            ) from None


def _csv_objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of an ACLED CSV export, with errors that name the file and line."""
    try:
        yield from csv_rows(path)
    except ValueError as error:
        raise GoldFormatError(f"{path}: {error}; {NOTES_HINT}") from None
    except csv.Error as error:
        raise GoldFormatError(f"{path}: not readable as CSV ({error}); {NOTES_HINT}") from None


def _detect(path: Path, line: int, obj: dict[str, Any]) -> Format:
    """The format named by the keys of the first record."""
    if "gold_events" in obj:
        events = obj["gold_events"]
        if isinstance(events, list) and events and isinstance(events[0], dict) and "event_type" in events[0]:
            return "coded-articles"
        return "wikievents-articles"
    if "gold" in obj:
        gold = obj["gold"]
        return "plover-sentences" if isinstance(gold, dict) and "plover_event" in gold else "acled-notes"
    if is_gtd(obj):
        return "gtd-incidents"
    if is_flat_note(obj):
        return "acled-notes"
    keys = ", ".join(sorted(obj)) or "none"
    raise GoldFormatError(
        f"{path}:{line}: cannot tell the gold format: the record has neither 'gold' nor "
        f"'gold_events' (keys: {keys}); {NOTES_HINT}"
    )


def _id_and_text(obj: dict[str, Any]) -> tuple[str, str]:
    ident, text = obj.get("id"), obj.get("text")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or str(ident).strip() == "":
        raise ValueError(f"'id' is {ident!r}, expected a string or number")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' is missing or empty")
    return str(ident), text


def _optional_str(gold: dict[str, Any], key: str) -> str | None:
    value = gold.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError(f"gold.{key} is {value!r}, expected a string")
    return str(value).strip()


def _note(obj: dict[str, Any], line: int) -> GoldNote:
    if "gold" not in obj and is_flat_note(obj):  # a row of an ACLED export
        ident, text, fields = flat_note(obj)
        ident, text = _id_and_text({"id": ident, "text": text})
        return note_from_fields(ident, text, line, dict(fields), "row")
    ident, text = _id_and_text(obj)
    gold = obj.get("gold")
    if gold is None:
        raise ValueError("'gold' is missing (every line of an ACLED notes file needs one)")
    if not isinstance(gold, dict):
        raise ValueError(f"'gold' is {type(gold).__name__}, expected an object of ACLED fields")
    note = note_from_fields(ident, text, line, gold, "gold")
    published = as_published(obj.get("published"), "'published'")
    return replace(note, published=published) if published is not None else note


def note_from_fields(ident: str, text: str, line: int, gold: dict[str, Any], where: str) -> GoldNote:
    """A GoldNote from a mapping of ACLED fields (``where`` names it in errors)."""
    event_type = _optional_str(gold, "event_type")
    if event_type is None:
        raise ValueError(f"{where}.event_type is missing")
    return GoldNote(
        id=ident,
        text=text,
        line=line,
        event_type=event_type,
        sub_event_type=_optional_str(gold, "sub_event_type"),
        actor1=_optional_str(gold, "actor1"),
        actor2=_optional_str(gold, "actor2"),
        inter1=as_inter(gold.get("inter1"), f"{where}.inter1"),
        inter2=as_inter(gold.get("inter2"), f"{where}.inter2"),
        country=_optional_str(gold, "country"),
        admin1=_optional_str(gold, "admin1"),
        admin2=_optional_str(gold, "admin2"),
        location=_optional_str(gold, "location"),
        latitude=as_float(gold.get("latitude"), f"{where}.latitude"),
        longitude=as_float(gold.get("longitude"), f"{where}.longitude"),
        geo_precision=as_int(gold.get("geo_precision"), f"{where}.geo_precision"),
        event_date=as_date(gold.get("event_date"), f"{where}.event_date"),
        time_precision=as_int(gold.get("time_precision"), f"{where}.time_precision"),
        fatalities=as_int(gold.get("fatalities"), f"{where}.fatalities") or 0,
    )


def _gtd_note(obj: dict[str, Any], line: int) -> GoldNote:
    ident, text, fields, unscored = gtd_fields(obj)
    return replace(note_from_fields(ident, text, line, fields, "row"), unscored=unscored)


def _article(obj: dict[str, Any], line: int) -> GoldArticle:
    ident, text = _id_and_text(obj)
    events = obj.get("gold_events")
    if not isinstance(events, list):
        raise ValueError(f"'gold_events' is {type(events).__name__}, expected a list")
    mentions = []
    for index, event in enumerate(events):
        where = f"gold_events[{index}]"
        if not isinstance(event, dict):
            raise ValueError(f"{where} is {type(event).__name__}, expected an object")
        values = []
        for key in ("type", "trigger", "evidence"):
            value = event.get(key)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{where}.{key} is missing or not a string")
            values.append(value)
        mentions.append(GoldMention(*values))
    return GoldArticle(id=ident, text=text, line=line, mentions=tuple(mentions))
