"""Datelines: "BAGHDAD (Reuters) -", "NAIROBI, Kenya (AP) —", "Kyiv, Ukraine —", "NEW DELHI:".

A dateline may carry the day the story was filed ("MAIDUGURI, Nigeria, June 18 2018 (Reuters) -",
"MOGADISHU, Aug 3 (AFP) -", "KABUL (AP) — Tuesday, March 14, 2017 —"): it is kept in
:attr:`Dateline.date` as written, since it is the story's date and not an event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MONTH", "WEEKDAY", "Dateline", "find_dateline", "strip_kicker"]

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_NOT_MONTH = rf"(?!(?:{MONTH}|{WEEKDAY})\b)"
# Sentence openers that a mixed-case "place, date —" must not start with ("In Kano, June 18 -").
_NOT_WORD = (
    r"(?!(?:In|On|At|By|From|For|To|The|As|After|Before|Since|Until|Police|Officials|Around"
    r"|About|Approximately|Between|During|Late|Early|Sometime|Circa)\b)"
)
# Titles abbreviated with a full stop ("Mr. Odinga said"), which a town's dateline must not be read in.
_NOT_TITLE = r"(?!(?:Mrs?|Ms|Dr|St|Mt|Gen|Col|Maj|Capt|Lt|Sgt|Cpl|Rev|Prof|Hon|Sen|Rep|Gov|Insp|Supt|Jr|Sr|Mx|No)\.)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&'’-]{0,38})\)"
# Without a dash an agency must look like one: capitalised words ("(PTI)", "(Xinhua)"), not
# a coder's aside ("Around Sept 1st 2019 (date not reported) Al Shabaab ...").
_NAMED_AGENCY = r"\((?P<agency>[A-Z][A-Za-z.&'’-]*(?: [A-Z][A-Za-z.&'’-]*){0,3})\)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "June 18", "June 18, 2018", "18 June 2018", "Tuesday, March 14, 2017", "2018-06-18", "18/06/2018".
_FILED = (
    rf"(?:(?:{WEEKDAY},? )?(?:{MONTH} {_DAY}|{_DAY} {MONTH})(?:,? (?:19|20)\d\d)?"
    r"|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
)
# A weekday alone ("BAGHDAD, Sunday (AFP) -") is part of the dateline too, though no date.
_DATE = rf"(?:,? (?P<date>{_FILED}|{WEEKDAY}))?"
# The date printed right after the dash instead ("KABUL (AP) — Tuesday, March 14, 2017 —").
_AFTER = rf"(?:\s*(?P<after>{_FILED}|{WEEKDAY})\s*(?:--|[-–—:]))?"
# A region or country, with the small words of long names ("Democratic Republic of the Congo",
# "Bosnia and Herzegovina").
# Letters with the accents of Latin-script place names ("Ciudad Juárez", "BOGOTÁ", "São Tomé").
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_REGION = (
    rf", {_NOT_MONTH}[{_UP}][{_UP}{_LOW}'’.\-]+"
    rf"(?: (?:(?:of|the|and|de|du|del|da|do|la|el|al) ){{0,2}}[{_UP}][{_UP}{_LOW}'’.\-]+){{0,3}}"
)
_CITY = rf"[{_UP}][{_LOW}'’\-]+(?: [{_UP}][{_LOW}'’\-]+){{0,2}}"
_END = r"\s+(?=\S)"
_PATTERNS = (
    # "BAGHDAD (Reuters) -", "NAIROBI, Kenya, March 3 (Xinhua) --", "KABUL —", "NEW DELHI:"
    re.compile(
        rf"^(?P<place>[{_UP}][{_UP}'’.\-]+(?: [{_UP}][{_UP}'’.\-]+){{0,3}}(?:{_REGION}){{0,2}}){_DATE}"
        rf"\s*(?:{_AGENCY}\s*(?:--|[-–—―:_])?|(?:--|[-–—―:_])){_AFTER}{_END}"
    ),
    # Mixed case is only safe with a region ("Kyiv, Ukraine —") or an agency ("Kabul (AFP) -"):
    # "Security — the main worry — ..." must stay a sentence.
    re.compile(
        rf"^(?P<place>{_CITY}(?:{_REGION}){{1,2}}){_DATE}\s*(?:{_AGENCY}\s*)?(?:--|[–—_])"
        rf"{_AFTER}{_END}"
    ),
    re.compile(
        rf"^(?P<place>{_CITY}(?:{_REGION}){{0,2}}){_DATE}\s*{_AGENCY}\s*(?:--|[-–—_])"
        rf"{_AFTER}{_END}"
    ),
    # "Abuja, June 18 — ...": a mixed-case city alone needs its date.
    re.compile(
        rf"^{_NOT_MONTH}{_NOT_WORD}(?P<place>{_CITY}), (?P<date>{_FILED})\s*(?:--|[-–—:]){_END}"
    ),
    # "New Delhi, Jul 3 (PTI) The ...": no dash, so the date is required.
    re.compile(
        rf"^{_NOT_WORD}(?P<place>{_CITY}),? (?P<date>{_FILED})\s*{_NAMED_AGENCY}{_END}(?=[A-Z“\"])"
    ),
    re.compile(rf"^{_AGENCY}\s*(?:--|[-–—_]){_AFTER}{_END}"),
    # "Moroto. Two herdsmen were shot dead ...", "Mtwara. Monday, March 7, 2022. Suspected ...": East African
    # papers' dateline, the town and a full stop (a date after it, if any, ends with one too).
    re.compile(
        rf"^{_NOT_MONTH}{_NOT_WORD}{_NOT_TITLE}(?P<place>{_CITY})\.(?:\s+(?P<date>{_FILED})\.)?{_END}(?=[A-Z“\"])"
    ),
)
# Wire kickers at the start of a story are labels, not places.
_KICKER = re.compile(
    r"^(?:BREAKING(?: NEWS)?|UPDATED?(?: \d+)?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL"
    r"|FLASH|URGENT|ALERT|CORRECTED|REFILE)\s*[:\-–—]\s*"
)
_LOWER_IN_PLACE = frozenset("es de du des la le au aux of da do dos das del el al".split())


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of a paragraph; the story resumes at ``end``.

    ``date`` is the filing date as printed ("June 18 2018", "Aug 3"), when there is one.
    """

    place: str | None
    agency: str | None
    end: int
    date: str | None = None


def strip_kicker(text: str) -> str:
    """``text`` without a leading wire kicker ("BREAKING:", "UPDATE 2 -")."""
    return _KICKER.sub("", text)


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, with the place title-cased, or None.

    Example:
        >>> find_dateline("NAIROBI, Kenya (AP) — Police fired tear gas.")
        Dateline(place='Nairobi, Kenya', agency='AP', end=22, date=None)
        >>> find_dateline("MAIDUGURI, Nigeria, June 18 2018 (Reuters) - Two bombers ...").date
        'June 18 2018'
    """
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match and _headline_label(text, match):
            return None
        if match:
            groups = match.groupdict()
            place = _place_case(groups["place"]) if groups.get("place") else None
            agency = groups.get("agency")
            if agency:
                agency = re.sub(r"^the ", "", agency.strip(), flags=re.I)
            date = groups.get("date") or groups.get("after")
            return Dateline(place, agency, match.end(), date)
    return None


# "DRC: Nine killed in rebel raid": a place labelling a headline is no dateline. Headline-length text after a
# bare "PLACE:" with no sentence end is the headline; a dateline opens a lead sentence ("NEW DELHI: The ...").
_HEADLINE_WORDS = 14
_HEADLINE_CHARS = 90


def _headline_label(text: str, match: re.Match[str]) -> bool:
    """Whether a bare "PLACE:" opens a headline rather than a story."""
    if match.groupdict().get("agency") or not text[: match.end()].rstrip().endswith(":") or "\n" in text:
        return False  # an agency, a dash, or a paragraph running on make it a dateline
    rest = text[match.end():].rstrip()
    return len(text) <= _HEADLINE_CHARS and len(rest.split()) <= _HEADLINE_WORDS and not re.search(r"[.!?;:…][\"'”’)]*$", rest)


def _place_case(place: str) -> str:
    """Title-case capitals: "DAR ES SALAAM, Tanzania" -> "Dar es Salaam, Tanzania"."""
    parts = []
    for index, part in enumerate(place.split(", ")):
        if part.isupper() and (index == 0 or len(part) > 3):  # a region "CA", "DRC" is a code
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
