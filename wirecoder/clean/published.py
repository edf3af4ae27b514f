"""Publication timestamps in the forms news pages print them, parsed offline.

``July 3, 2011 / 4:28 PM / 9 years ago``, ``Sun Jul 3, 2011 4:28pm EDT``,
``03/07/2011 16:28 GMT``, ``2011-07-03T16:28:00Z``, ``Published: 3 July 2011``:
all become a :class:`datetime`, time-zone aware when the text names a zone.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateutil_parser

from wirecoder.clean.dateline import MONTH, WEEKDAY

__all__ = ["dateline_published", "filing_day", "is_update_stamp", "parse_published"]

_LABEL = re.compile(
    r"^\s*(?:(?:first |last )?(?:published|updated?|posted|modified|created|issued)(?: on| at)?"
    r"|dated?|time)\s*[:\-–]?\s*",
    re.I,
)
# "Updated 14:02 GMT", "Last modified on ...": a later edit's time, never the first publication's.
_UPDATE = re.compile(r"^\s*(?:last\s+)?(?:updated?|modified|edited|revised|amended)\b", re.I)
_FIRST = re.compile(r"\b(?:published|posted|first\s+published|created|issued)\b", re.I)
_RELATIVE = re.compile(r"\b(?:ago|min(?:ute)?s? read|read time|just now|reading time)\b", re.I)
# "October 9, 2024 10:35 AM 2 min read": a reading time or an age run into the stamp (the cleaner joins the
# spaces that set it apart) is a part of its own.
_RELATIVE_TAIL = re.compile(r"\s+(?=(?:about |over )?\d+[\s-]+(?:min(?:ute)?s?\.?\s+read|(?:seconds?|minutes?|mins?|hours?|"
                            r"hrs?|days?|weeks?|months?|years?)\s+ago)\b)", re.I)
# Stamps are also run together on one line by two spaces or a label ("Published July 13, 2023  Updated about
# 9 hours ago", "Sat Oct 28, 2023 09:40 PM  Last update on: Sat Oct 28, 2023 11:15 PM").
_PARTS = re.compile(
    r"\s+[/|•·]\s+|\s*\|\s*|\s+[-–—]\s+|\s{2,}"
    r"|\s+(?=(?:last )?(?:updated?|published|modified|posted)\b)",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})\b")
# A zone by its tz database name ("21:38 Asia/Karachi"), which dateutil cannot read.
_NAMED_ZONE = re.compile(r"\s*\b(?P<zone>(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+)\b")
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?![.\d])")
# A full date in the story ("on June 16, 2018", "16 June 2018"): a yearless dateline's year.
_STORY_DATE = re.compile(
    rf"\b(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? (?:19|20)\d\d)(?!\d)"
)
_DATE_ALONE = re.compile(rf"{_STORY_DATE.pattern}|\b(?:19|20)\d\d-\d\d-\d\d\b|{_NUMERIC_DATE.pattern}")
# Hijri and Nepali (Bikram Sambat) months and era marks, printed beside the Gregorian date.
_OTHER_CALENDAR = re.compile(
    r"\b(?:A\.?H|B\.?S|Hijri|Muharram|Safar|Rabi[\w'‘’-]*|Jumad[\w'‘’-]*|Rajab|Sha[\w'‘’]*ban|Ramadh?an"
    r"|Shawwal|Dhu[\w'‘’ -]*|Baisa?khh?|Baishakh|Jestha|Jeth|Asar|Ashadh|Shrawan|Bhadra|Ashwin|Kartik|Mangsir"
    r"|Poush|Magh|Falgun|Chaitra)\b",
    re.IGNORECASE,
)
# "Yaounde, 03 October 2018", "Kolkata/Guwahati, December 13, 2019": a local site's place-and-date line.
# The Hindu prints the clock and the update after it ("RAIPUR, March 27, 2024 09:41 pm | Updated 10:15 pm IST");
# agencies set the clock apart and close with their name ("Khartoum, 8 July 2025 / 18:05 (SUNA)"), which
# is no part of the stamp (a zone in brackets, "(GMT+2)", is).
_PLACE_DATED = re.compile(
    rf"^[A-Z][\w'’.-]+(?:[ /-][A-Z][\w'’.-]+){{0,3}}(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)?,\s+"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?"
    rf"(?P<date>{_STORY_DATE.pattern}(?:\s*[/|,]?\s*\d{{1,2}}[:.]\d\d\b.*?)?)\.?"
    r"(?:\s*\((?!\s*(?:GMT|UTC)\b)[^()]{1,40}\))?\.?$"
)
# A credit and a stamp on one line, the spaces that set them apart squeezed ("By The Irrawaddy 8 November
# 2024", "Pajhwok Mon 23 Sep 2019", "March 12, 2023 9:45 PM by Rex Dela Cruz"): the credit is capitalised
# words (and name particles), so a headline or sentence that ends on a date is none.
# Numbers alone too ("Rudaw 22/10/2016", "Xinhua 2019-03-12 18:22:01"): day first, or the year first.
_STAMP = (
    rf"(?:{WEEKDAY},? )?(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? (?:19|20)\d\d"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]?\d-[0-3]?\d|(?:19|20)\d\d/[01]?\d/[0-3]?\d|(?:19|20)\d\d\.[01]?\d\.[0-3]?\d)"
    r"(?:,? (?:at )?\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5}\b)?)?"
)
_CREDIT = (
    r"(?:[Bb]y )?[A-Z][\w'’.&-]*(?:,? (?:[A-Z][\w'’.&-]*|of|the|and|de|da|del|al|el|bin|van|von|der|du|le|la)){0,6}"
)
_CREDITED = re.compile(
    rf"^(?:{_CREDIT}\s*[,|/•·–—-]?\s+(?P<stamp>{_STAMP})|(?P<first>{_STAMP})\s*[,|/•·–—-]?\s+(?:[Bb]y )?{_CREDIT})\s*$"
)
_MONTH_DAY = re.compile(rf"(?P<mon>{MONTH}) (?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}}) (?P<mon2>{MONTH})")
# "(GMT+3)", "UTC+05:45": an offset from UTC, written out as "+03:00" because dateutil reads
# "GMT+3" the POSIX way round (three hours west of Greenwich).
_UTC_OFFSET = re.compile(r"\(?\b(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?\b\)?", re.I)
# Another calendar's date beside the Gregorian one ("May 5, 2022 (Baishakh 22, 2079)"): a part of
# its own, so the Gregorian date parses alone.
_ASIDE = re.compile(r"\s*\(([^()]*)\)")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")
_DEFAULT = datetime(2000, 1, 1)  # fills missing fields; a year is always required
_US_ZONES = frozenset(
    {"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT"}
)
# Fixed offsets for the abbreviations wire copy prints; "ET"/"PT" follow daylight saving.
_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "WET": 0, "WEST": 1, "MSK": 3, "EAT": 3, "CAT": 2, "WAT": 1, "SAST": 2, "PKT": 5,
    "AST": 3, "GST": 4, "IRST": 3.5, "AFT": 4.5, "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "JST": 9,
    "KST": 9, "AEST": 10, "AEDT": 11, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip
_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}


def parse_published(value: str) -> datetime | None:
    """Parse a publication date or timestamp; ``None`` when ``value`` is not one.

    Relative parts ("9 years ago") and labels ("Updated:") are ignored; a
    four-digit year (or a numeric d/m/y date) must be present. A date after today is
    none: a Nepali (Bikram Sambat) date printed bare ("2078-01-21", in 2021 AD) reads as one.

    Example:
        >>> parse_published("July 3, 2011 / 4:28 PM / 9 years ago")
        datetime.datetime(2011, 7, 3, 16, 28)
    """
    parsed = _parse_stamp(value)
    if parsed is None or parsed.replace(tzinfo=None) > datetime.now() + _FUTURE_SLACK:
        return None
    return parsed


# Time zones and clocks set ahead: a stamp up to two days ahead of this machine is still believed.
_FUTURE_SLACK = timedelta(days=2)


def _parse_stamp(value: str) -> datetime | None:
    """parse_published without the check against today."""
    text = value.strip()
    if not text or len(text) > 100:
        return None
    if _EPOCH.fullmatch(text):  # Unix seconds (or milliseconds), as feeds and APIs give them
        seconds = float(text) / (1000 if len(text.split(".")[0]) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    if re.match(r"^\d{4}-\d\d-\d\d", text):
        try:
            return _normalise_zone(datetime.fromisoformat(text))
        except ValueError:
            pass
    placed = _PLACE_DATED.match(text)
    if placed:
        text = placed.group("date")
    labelled = bool(_LABEL.match(text))
    text = _UTC_OFFSET.sub(_offset, text)
    text = _ASIDE.sub(r" | \1 | ", text)
    text = _RELATIVE_TAIL.sub(" | ", text)
    parts = [p for p in _PARTS.split(text) if p.strip() and not _RELATIVE.search(p)]
    # "Updated: June 5, 2024 | Published: June 4, 2024": the first publication wins over an edit.
    first_hand = [p for p in parts if not _UPDATE.match(p)]
    if len(first_hand) < len(parts) and any(_has_year(p) for p in first_hand):
        parts = first_hand
    parts = [_LABEL.sub("", p) for p in parts]
    text = _LABEL.sub("", text)
    candidates = [" ".join(parts), *(p for p in parts if _has_year(p))]
    # "8 Sep 2019 8 Sep 2019": a page that prints the stamp twice (once for screen readers) is read once
    first_year = _YEAR.search(text)
    head = text[: first_year.end()].strip() if first_year is not None else ""
    if head and text[first_year.end():].strip() == head:
        candidates.append(head)
    for candidate in candidates:
        if _has_year(candidate):
            parsed = _parse(candidate)
            if parsed is not None:
                return parsed
    credited = _CREDITED.match(text.strip())
    if credited:
        return _parse(credited["stamp"] or credited["first"])
    # Words dateutil cannot place in a labelled stamp or beside another calendar's date ("Posted on
    # 2019-03-03 by admin", "Friday, 1 Rajab 1440 AH, 8 March 2019"): the Gregorian date alone. A
    # headline or sentence with a date in it is no stamp.
    if not (labelled or _OTHER_CALENDAR.search(text)):
        return None
    for found in _DATE_ALONE.finditer(text):
        parsed = _parse(found.group(0))
        if parsed is not None:
            return parsed
    return None


def is_update_stamp(line: str) -> bool:
    """True when ``line`` dates a later edit only ("Updated 14:02 GMT, Tue 4 June 2024"), not the first publication.

    Example:
        >>> is_update_stamp("Last modified on Tue 4 Jun 2024 14.02 BST"), is_update_stamp("Published 3 June 2024")
        (True, False)
    """
    return bool(_UPDATE.match(line)) and not _FIRST.search(line)


def _offset(found: re.Match[str]) -> str:
    """ "GMT+3" written as dateutil reads it the right way round: " +03:00"."""
    return f" {found['sign']}{int(found['h']):02d}:{found['m'] or '00'}"


def _has_year(text: str) -> bool:
    """True when ``text`` names a year (so dateutil never fills in the current one)."""
    return bool(_YEAR.search(text) or _NUMERIC_DATE.search(text))


def _parse(text: str) -> datetime | None:
    """dateutil's strict parse with our zone table and day-first rule."""
    named = _NAMED_ZONE.search(text)
    if named:
        parsed = _parse(_NAMED_ZONE.sub("", text))
        try:
            zone = ZoneInfo(named["zone"])
        except (ZoneInfoNotFoundError, ValueError):
            return parsed
        return _normalise_zone(parsed.replace(tzinfo=zone)) if parsed is not None and parsed.tzinfo is None else parsed
    text = _DOTTED_TIME.sub(r"\1:\2", text) if not _NUMERIC_DATE.search(text) else text
    words = set(re.findall(r"[A-Z]{2,4}\b", text))
    # Outside the US, 03/07/2011 is 3 July.
    dayfirst = bool(_NUMERIC_DATE.search(text)) and not (words & _US_ZONES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil warns on zone names it does not know
        try:
            parsed = dateutil_parser.parse(text, dayfirst=dayfirst, default=_DEFAULT, tzinfos=_zone)
        except (ValueError, OverflowError, TypeError):
            return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return _normalise_zone(parsed)


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """Resolve a zone abbreviation or offset for dateutil."""
    if name:
        key = name.upper()
        if key in _ZONES:
            try:
                return ZoneInfo(_ZONES[key])
            except ZoneInfoNotFoundError:
                pass
        if key in _OFFSETS:
            return timezone(timedelta(hours=_OFFSETS[key]))
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return None


def _normalise_zone(value: datetime) -> datetime:
    """Replace any tzinfo by a fixed offset, so values compare and print the same way."""
    offset = value.utcoffset()
    if offset is None:
        return value
    return value.replace(tzinfo=timezone(offset))


def dateline_published(value: str, text: str = "", near: datetime | None = None) -> datetime | None:
    """The filing date a dateline prints, as a datetime; the year of a yearless one from elsewhere.

    A dateline without a year ("BAGHDAD, Jan. 5 (Reuters) -") takes the year that puts it
    nearest to ``near`` (a day known from outside the text, like the day a page was fetched),
    else nearest to the latest full date ``text`` states (stories report days shortly before
    they are filed); with neither, or a weekday alone ("KABUL, Sunday"), there is no telling.

    Example:
        >>> dateline_published("June 18 2018")
        datetime.datetime(2018, 6, 18, 0, 0)
        >>> dateline_published("Jan. 5", "Fighting flared on December 30, 2018 in Idlib.")
        datetime.datetime(2019, 1, 5, 0, 0)
    """
    if _has_year(value):
        return parse_published(value)
    found = _MONTH_DAY.search(value)
    month_day = parse_published(f"{found.group(0)} 2000") if found else None
    if month_day is None:
        return None
    if near is not None:
        reference = near.replace(tzinfo=None)
    else:
        stated = [parse_published(m.group(0)) for m in _STORY_DATE.finditer(text)]
        days = [d.replace(tzinfo=None) for d in stated if d is not None]
        if not days:
            return None
        reference = max(days)
    readings = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            readings.append(month_day.replace(year=year))
        except ValueError:  # 29 February outside a leap year
            continue
    return min(readings, key=lambda day: abs(day - reference)) if readings else None


# Print editions and reposts are stamped a day or more after the story was filed; no longer than this.
_FILING_LAG = timedelta(days=7)


def filing_day(published: datetime, filed: datetime | None) -> datetime:
    """The day a story's own words count from: its dateline's (``filed``) when that is a day to a week before the
    page's stamp (``published``), as in a print edition ("IMPHAL, May 14:" stamped May 15) or a repost; else the
    stamp. "Yesterday" in a story filed on the 14th is the 13th, whenever the page went up.

    Example:
        >>> filing_day(datetime(2024, 5, 15, 6, 30), datetime(2024, 5, 14)).day
        14
    """
    if filed is None:
        return published
    lag = published.replace(tzinfo=None).date() - filed.replace(tzinfo=None).date()
    if timedelta(days=1) <= lag <= _FILING_LAG:
        return filed.replace(tzinfo=published.tzinfo)
    return published
