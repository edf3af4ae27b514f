"""Datelines: "BAGHDAD (Reuters) -", "NAIROBI, Kenya (AP) —", "Kyiv, Ukraine —", "NEW DELHI:"."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MONTH", "Dateline", "find_dateline", "strip_kicker"]

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NOT_MONTH = rf"(?!{MONTH}\b)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&'’-]{0,38})\)"
_DATE = rf"(?:,? (?P<date>{MONTH} \d{{1,2}}))?"
_REGION = rf", {_NOT_MONTH}[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){{0,2}}"
_CITY = r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}"
_END = r"\s+(?=\S)"
_PATTERNS = (
    # "BAGHDAD (Reuters) -", "NAIROBI, Kenya, March 3 (Xinhua) --", "KABUL —", "NEW DELHI:"
    re.compile(
        rf"^(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{0,3}}(?:{_REGION}){{0,2}}){_DATE}"
        rf"\s*(?:{_AGENCY}\s*(?:--|[-–—―:_])?|(?:--|[-–—―:_])){_END}"
    ),
    # Mixed case is only safe with a region ("Kyiv, Ukraine —") or an agency ("Kabul (AFP) -"):
    # "Security — the main worry — ..." must stay a sentence.
    re.compile(
        rf"^(?P<place>{_CITY}(?:{_REGION}){{1,2}}){_DATE}\s*(?:{_AGENCY}\s*)?(?:--|[–—_]){_END}"
    ),
    re.compile(
        rf"^(?P<place>{_CITY}(?:{_REGION}){{0,2}}){_DATE}\s*{_AGENCY}\s*(?:--|[-–—_]){_END}"
    ),
    # "New Delhi, Jul 3 (PTI) The ...": no dash, so the date is required.
    re.compile(rf"^(?P<place>{_CITY}),? (?P<date>{MONTH} \d{{1,2}})\s*{_AGENCY}{_END}(?=[A-Z“\"])"),
    re.compile(rf"^{_AGENCY}\s*(?:--|[-–—_]){_END}"),
)
# Wire kickers at the start of a story are labels, not places.
_KICKER = re.compile(
    r"^(?:BREAKING(?: NEWS)?|UPDATED?(?: \d+)?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL"
    r"|FLASH|URGENT|ALERT|CORRECTED|REFILE)\s*[:\-–—]\s*"
)
_LOWER_IN_PLACE = frozenset("es de du des la le au aux of da do dos das del el al".split())


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of a paragraph; the story resumes at ``end``."""

    place: str | None
    agency: str | None
    end: int


def strip_kicker(text: str) -> str:
    """``text`` without a leading wire kicker ("BREAKING:", "UPDATE 2 -")."""
    return _KICKER.sub("", text)


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, with the place title-cased, or None.

    Example:
        >>> find_dateline("NAIROBI, Kenya (AP) — Police fired tear gas.")
        Dateline(place='Nairobi, Kenya', agency='AP', end=22)
    """
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            place = _place_case(groups["place"]) if groups.get("place") else None
            agency = groups.get("agency")
            if agency:
                agency = re.sub(r"^the ", "", agency.strip(), flags=re.I)
            return Dateline(place, agency, match.end())
    return None


def _place_case(place: str) -> str:
    """Title-case capitals: "DAR ES SALAAM, Tanzania" -> "Dar es Salaam, Tanzania"."""
    parts = []
    for part in place.split(", "):
        if part.isupper():
            words = []
            for position, word in enumerate(part.split()):
                pieces = [
                    piece.lower()
                    if (position or n) and piece.lower() in _LOWER_IN_PLACE
                    else piece.capitalize()
                    for n, piece in enumerate(word.split("-"))
                ]
                words.append("-".join(pieces))
            part = " ".join(words)
            part = re.sub(r"(?<=['’])([a-z])", lambda m: m.group(1).upper(), part)
        parts.append(part)
    return ", ".join(parts)
