"""Name normalisation and value coercion for comparing predictions with gold.

ACLED spells the same thing several ways across exports ("Maysan" and
"Maysan Governorate", "Police Forces of Kenya (2013-)" and "Police Forces of
Kenya (2002-2013)" for different years of one force), so gold and prediction are
compared on *keys*: folded text with the decorations removed. The rules are
deliberately generic (no per-country lists) so they hold on held-out data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from wirecoder.accents import strip_accents

if TYPE_CHECKING:
    from wirecoder.actors.table import AliasRow

__all__ = [
    "ActorKey",
    "actor_key",
    "admin1_key",
    "as_date",
    "as_float",
    "as_int",
    "as_inter",
    "fold",
    "label_key",
    "load_actor_aliases",
    "location_key",
    "same_actor",
]

# Apostrophes vanish instead of splitting words, so "Murang'a" == "Muranga".
_APOSTROPHES = re.compile("['`\u2019\u02bc]")  # ', `, right quote, modifier apostrophe
_NON_WORD = re.compile(r"[^0-9a-z]+")
# ACLED's period of office or activity: "(2013-)", "(1990-2001)", "(2002 - 2013)".
_YEARS = re.compile(r"\(\s*\d{4}\s*[-\u2013\u2014]\s*(?:\d{4})?\s*\)")  # hyphen or dashes
_PARENS = re.compile(r"\(([^()]*)\)")
# ACLED writes organisations as "ACRONYM: Full Name"; either half may be predicted.
_ACRONYM = re.compile(r"^\s*[A-Z0-9][A-Z0-9&.'\-/ ]{0,14}:\s+(?=\S)")

# Words an admin1 may carry or drop depending on the source ("Kilifi County").
ADMIN1_SUFFIXES: frozenset[str] = frozenset(
    {
        "county", "province", "governorate", "state", "region", "oblast", "district",
        "prefecture", "department", "division", "municipality", "city", "area",
        "territory", "krai", "kray", "raion", "voivodeship", "muhafazah", "wilayah",
    }
)  # fmt: skip
# Transliterated Arabic articles, written or not ("Al Anbar" / "Anbar").
ADMIN1_ARTICLES: frozenset[str] = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def fold(text: str | None) -> str:
    """Lower-case ASCII words of ``text``: accents, apostrophes and punctuation removed."""
    if not text:
        return ""
    plain = _APOSTROPHES.sub("", strip_accents(text)).casefold()
    return _NON_WORD.sub(" ", plain).strip()


def label_key(label: str | None) -> str:
    """Key for an event or sub-event type: case and spacing ignored."""
    return " ".join((label or "").split()).casefold()


@dataclass(frozen=True, slots=True)
class ActorKey:
    """An actor name reduced to its base and its parenthesised qualifiers (a country, ...)."""

    base: str
    qualifiers: frozenset[str] = frozenset()


def _bare(name: str) -> str:
    """``name`` without ACLED's years and acronym prefix."""
    return _ACRONYM.sub("", _YEARS.sub(" ", name))


def actor_key(name: str | None, aliases: Mapping[str, str] | None = None) -> ActorKey | None:
    """Key of an ACLED actor name; ``None`` for no actor.

    Example:
        >>> actor_key("Police Forces of Kenya (2013-)")
        ActorKey(base='police forces of kenya', qualifiers=frozenset())
    """
    if name is None or not name.strip():
        return None
    qualifiers = frozenset(q for q in (fold(m) for m in _PARENS.findall(_bare(name))) if q)
    base = fold(_PARENS.sub(" ", _bare(name)))
    if aliases:
        canonical = aliases.get(fold(name)) or aliases.get(base)
        if canonical:  # the qualifiers stay the text's own: the table has none
            base = fold(_PARENS.sub(" ", _bare(canonical)))
    return ActorKey(base, qualifiers)


def same_actor(
    gold: str | None, predicted: str | None, aliases: Mapping[str, str] | None = None
) -> bool:
    """Whether two actor names denote the same actor.

    Years are ignored and a parenthesised qualifier only has to agree when both
    sides give one, so "Civilians (Kenya)" matches "Civilians" but not
    "Civilians (Somalia)". Two absent actors agree.

    Example:
        >>> same_actor("Civilians (Kenya)", "civilians")
        True
    """
    a, b = actor_key(gold, aliases), actor_key(predicted, aliases)
    if a is None or b is None:
        return a is b
    if a.base != b.base:
        return False
    return not a.qualifiers or not b.qualifiers or a.qualifiers == b.qualifiers


def admin1_key(name: str | None) -> str:
    """Key of a first-level division: "Maysan Governorate" and "maysan" share one.

    Example:
        >>> admin1_key("Tharaka-Nithi County")
        'tharaka nithi'
    """
    words = fold(name).split()
    while len(words) > 1 and words[-1] in ADMIN1_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] in ADMIN1_ARTICLES:
        words.pop(0)
    return " ".join(words)


def location_key(name: str | None) -> str:
    """Key of a location name: case, accents and punctuation ignored."""
    return fold(name)


def load_actor_aliases(templated: bool = False, iso3: str | None = None) -> Mapping[str, str]:
    """Folded alias -> ACLED name, from the actors stage's alias table (empty if unavailable).

    Templated rows ("Pokot Ethnic Militia ({country})") are left out unless ``templated``: their
    name depends on the event's country, which a bare name does not give (a caller that knows
    the country fills ``{country}`` itself). An alias rows of different countries share ("Ansar
    al-Sharia" is AQAP's front in Yemen, its own group in Libya) names the first row's actor,
    or with ``iso3`` the first row of that country's, as the actors stage reads it there.
    """
    try:
        from wirecoder.actors.table import DEFAULT_TABLE, load_rows
    except ImportError:  # the evaluator must work while the actors stage is being built
        return {}
    from wirecoder.errors import WirecoderError

    try:
        rows = load_rows([DEFAULT_TABLE])
    except WirecoderError:  # a broken table is the actors tests' business, not scoring's
        return {}
    # As the actors stage's index does: a later row takes an alias from an earlier row of the same
    # countries, and rows of disjoint countries share it (actors.matcher.PhraseIndex.build).
    buckets: dict[str, list[AliasRow]] = {}
    for row in rows:
        if row.templated and not templated:
            continue
        for alias in dict.fromkeys(fold(a) for a in (row.name, *row.aliases)):
            bucket = [r for r in buckets.get(alias, []) if not _overlap(r, row)]
            buckets[alias] = [row, *bucket]
    return {alias: _in_country(bucket, iso3).name for alias, bucket in buckets.items()}


def _overlap(first: AliasRow, second: AliasRow) -> bool:
    """Whether two rows can be meant in one country (a row of no countries is of every one)."""
    return not first.countries or not second.countries or bool(set(first.countries) & set(second.countries))


def _in_country(bucket: list[AliasRow], iso3: str | None) -> AliasRow:
    """The row an alias names in ``iso3``: that country's, else the earliest."""
    own = [r for r in bucket if iso3 is not None and iso3 in r.countries]
    return own[0] if own else bucket[-1]


def _fail(what: str, value: object, expected: str) -> ValueError:
    return ValueError(f"{what} is {value!r}, expected {expected}")


def as_int(value: object, what: str = "value") -> int | None:
    """An int from ACLED's mix of ints, floats and strings ("1"); ``None`` when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _fail(what, value, "a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            raise _fail(what, value, "a whole number") from None
        if number.is_integer():
            return int(number)
    raise _fail(what, value, "a whole number")


def as_float(value: object, what: str = "value") -> float | None:
    """A finite float from a number or numeric string; ``None`` when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _fail(what, value, "a number")
    try:
        number = float(value)
    except ValueError:
        raise _fail(what, value, "a number") from None
    if not math.isfinite(number):
        raise _fail(what, value, "a finite number")
    return number


# ACLED's exports since 2024 write inter codes as these labels (older ones as 1-8).
INTER_LABELS: Mapping[str, int] = {
    "state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3,
    "political militias": 3, "identity militia": 4, "identity militias": 4, "rioters": 5,
    "protesters": 6, "civilians": 7, "external/other forces": 8, "other forces": 8,
}  # fmt: skip


def as_inter(value: object, what: str = "value") -> int | None:
    """An ACLED inter code from its number (1-8, "1") or its label ("State forces"); ``None`` when empty."""
    if isinstance(value, str) and value.strip().casefold() in INTER_LABELS:
        return INTER_LABELS[value.strip().casefold()]
    try:
        code = as_int(value, what)
    except ValueError:
        raise _fail(what, value, "an inter code 0-8 or a label like 'State forces'") from None
    if code is not None and not 0 <= code <= 8:
        raise _fail(what, value, "an inter code 0-8")
    return code


_DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y", "%B %d, %Y", "%b %d, %Y",
    "%B %d %Y", "%Y/%m/%d", "%Y%m%d",
)  # fmt: skip
# Epoch timestamps (pandas writes dates so by default) are read when they fall in these years
# (1970-71 would be milliseconds misread as seconds).
_EPOCH_YEARS = range(1972, 2100)


def as_date(value: object, what: str = "value") -> date | None:
    """A date from ISO ("2019-12-31"), ACLED's export style ("31 December 2019"), other common
    layouts ("December 31, 2019", "31/12/2019") or an epoch timestamp in seconds or milliseconds."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 19000101 <= value <= 20991231 and float(value).is_integer():  # 20191231
            value = str(int(value))
        else:
            return _epoch(value, what)
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
        for layout in _DATE_FORMATS:
            try:
                return datetime.strptime(text, layout).date()
            except ValueError:
                continue
    raise _fail(what, value, "a date like 2019-12-31")


def _epoch(value: float, what: str) -> date:
    """A date from seconds or milliseconds since 1970 (whichever gives a plausible year)."""
    for seconds in (value / 1000, value):
        try:
            moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            continue
        if moment.year in _EPOCH_YEARS:
            return moment.date()
    raise _fail(what, value, "a date like 2019-12-31")


def as_published(value: object, what: str = "published") -> datetime | None:
    """A publication date or timestamp as the readers parse one ("2021-03-14", "2021-03-14T09:30:00+03:00",
    "14 March 2021", epoch seconds); ``None`` when empty. A value that is no date, or one after today, fails."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    from wirecoder.clean.published import parse_published  # the readers' parser, so gold dates read as pages' do

    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    parsed = parse_published(value) if isinstance(value, str) else None
    if parsed is None:
        raise _fail(what, value, "the day the text was published, like 2021-03-14 or 2021-03-14T09:30:00+03:00 "
                    "(not after today)")
    return parsed
