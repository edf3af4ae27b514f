"""Text dumps to clean article bodies: header, dateline, bylines and page chrome out, metadata kept.

A saved news page arrives as a dump of everything on it: a date line and the
headline, a byline, the story, editor credits, share widgets, lists of related
links and CSS breakpoint names. :func:`clean_text` keeps every story sentence
and moves what it recognises into fields. The rules look at the *shape* of a
line (length, final punctuation, capitalisation, position), with a small
vocabulary of page-furniture words, so they carry over to outlets never seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from wirecoder.published import parse_published

__all__ = ["Cleaned", "clean_text"]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned article body and the metadata found around it."""

    title: str | None
    published: datetime | None
    dateline: str | None
    source: str | None
    byline: str | None
    text: str
    warnings: tuple[str, ...] = ()


# --- line shapes ------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CLOSERS = "\"'”’»)]*"
_BULLET = re.compile(r"^[\s•·*▪◦‣●○■□►▸>»\-–—]+")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_./][a-z0-9]+)+$")
_CODE = re.compile(r"\{[^}]*[:;][^}]*\}|\bfunction\s*\(|\bvar\s+\w+\s*=|\b(?:window|document)\.\w+")
_URL = re.compile(r"https?://|\bwww\.\w|\b[\w.+-]+@[\w-]+\.[\w.]+")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATEISH = re.compile(rf"\b{_MONTH}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|\b\d{{4}}-\d\d-\d\d", re.I)

# Page furniture: a short line made only of these words (and numbers) is a widget,
# a menu or a section label, never story text.
_UI_CORE = frozenset(
    """share shares sharing tweet tweets email e-mail print comment comments facebook twitter
    whatsapp linkedin pinterest reddit telegram messenger instagram youtube subscribe advertisement
    advertisements advert ad ads sponsored menu search login signup close skip listen gallery
    reprints permissions licensing newsletter newsletters download trending recommended related
    feedback cookie cookies bookmark save follow copy link links read video videos photo photos
    image images watch next previous prev top back home sign log min mins opens tab tags topics
    more""".split()
)
_UI_FILLER = frozenset(
    """to the on in up out this story article page a an of and or for with us our new most
    popular also see you may like now all here click report error rights latest news coverage
    content main navigation section sections minute minutes full screen view via""".split()
)
_BOILERPLATE = (
    re.compile(r"\bcookies?\b.*\b(?:use|uses|accept|consent|policy|settings|preferences|browsing)\b", re.I),
    re.compile(r"\b(?:use|accept|consent to|policy)\b.*\bcookies\b", re.I),
    re.compile(r"\bquotes?\b.*\bdelayed\b|\bdelayed by\b.*\bminutes\b", re.I),
    re.compile(r"^this (?:article|story|report) (?:has been|was) (?:corrected|updated|amended)\b", re.I),
    re.compile(r"\bour standards\b|\btrust principles\b|\beditorial (?:standards|guidelines)\b", re.I),
    re.compile(
        r"\b(?:subscribe|subscription|newsletters?|sign up (?:for|to|now|here)|log in to|already a"
        r" (?:subscriber|member)|free trial|unlimited access|support (?:our|independent) journalism"
        r"|download (?:our|the) app|follow us|join our|click here)\b",
        re.I,
    ),
    re.compile(
        r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|\ball rights reserved"
        r"|\bmay not be (?:published|broadcast|rewritten|redistributed|reproduced)",
        re.I,
    ),
    # Photo credits and captions: "FILE PHOTO: ...", "Image caption ...", "... REUTERS/Jane Doe".
    re.compile(
        r"^\(?(?:file photo|photo|photograph|picture|pic|image|media|video)s?\s*(?:caption|copyright"
        r"|source|credit)?\s*[:,]|^(?:image|media) (?:caption|copyright|source)\b"
        r"|^\(?(?:photos?|pictures?|images?) (?:by|courtesy|credit)\b|\bvia getty images\b",
        re.I,
    ),
    re.compile(
        r"\b(?:[A-Z]{2,}(?: Photo)?|[A-Z][a-z]+ Images)\s?/\s?[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]+){0,3}\)?\.?$"
    ),
    re.compile(
        r"^(?:read more|read also|also read|see also|related(?: \w+)?|more|watch|listen|recommended"
        r"|most read|trending(?: now)?|top stories)\s*(?:[:|»>›-]|$)",
        re.I,
    ),
)

# --- credits and bylines ---------------------------------------------------------------------

_CREDIT = re.compile(
    r"^[(\[]?\s*(?:additional |writing and |editing and )?(?:reporting|editing|writing|compiled"
    r"|written|produced|translated|translation|research|graphics?|photography|photos?|video"
    r"|illustrations?|fact[- ]?check(?:ed|ing)?|edited|reported|contributions?)\b"
    r"(?:\s+and\s+\w+)?\s+by\b",
    re.I,
)
_CONTRIBUTED = re.compile(r"\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\b", re.I)
_STAFF = re.compile(r"^(?:[A-Z][\w'’.-]*\s){0,3}(?:staff|staff writer|staff reporter|correspondents?|reporters?)$", re.I)
_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]\s*(?:additional |writing and )?(?:reporting|writing|editing|compiled|research)\b[^()\[\]]*[)\]]\s*$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|written by)\s+(?P<names>[A-Z].*)$", re.I)
_NAME_PARTICLES = frozenset("and & in of de da di al el la le van von bin ibn du der the for".split())

# --- dateline ---------------------------------------------------------------------------------

_NOT_MONTH = rf"(?!{_MONTH}\b)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&'’-]{0,38})\)"
_DASH = r"(?:--|[-–—―:])"
# "BAGHDAD (Reuters) -", "NAIROBI, Kenya, March 3 (Xinhua) --", "KABUL —", "NEW DELHI:"
_DATELINE_CAPS = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{0,3}}"
    rf"(?:, {_NOT_MONTH}[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){{0,2}}){{0,2}})"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}))?\s*(?:{_AGENCY}\s*{_DASH}?|{_DASH})\s+(?=\S)"
)
# "Kyiv, Ukraine —", "Kabul (AFP) -": mixed case needs a region or an agency to be safe.
_DATELINE_MIXED = re.compile(
    rf"^(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){{0,2}}"
    rf"(?:, {_NOT_MONTH}[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){{0,2}})?)"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}))?\s*(?:{_AGENCY}\s*(?:--|[-–—])|(?<=[a-z]) ?(?:--|[–—]))\s+(?=\S)"
)
_AGENCY_ONLY = re.compile(rf"^{_AGENCY}\s*(?:--|[-–—])\s+(?=\S)")
_LOWER_IN_PLACE = frozenset("es de du des la le au aux of da do dos das del el al".split())


def clean_text(raw: str, *, has_header: bool = True) -> Cleaned:
    """Split a text dump into clean body text and metadata.

    ``has_header=False`` is for text that is already a body (a JSONL ``text``
    field, an extracted HTML body): no headline is looked for at the top.

    Example:
        >>> c = clean_text("July 3, 2011 / 4:28 PM\\n\\nArmy cracks down on militias\\n\\n"
        ...                "BAGHDAD (Reuters) - Iraq has launched a crackdown.\\n\\nShare\\n")
        >>> (c.title, c.published.isoformat(), c.dateline, c.source, c.text)
        ('Army cracks down on militias', '2011-07-03T16:28:00', 'Baghdad', 'Reuters', 'Iraq has launched a crackdown.')
    """
    lines = [_SPACES.sub(" ", line).strip() for line in raw.splitlines()]
    meta = _Meta()
    if has_header:
        lines = _take_header(lines, meta)
    lines = [line if not line or _keep_line(line, meta) else None for line in lines]
    paragraphs = _paragraphs(lines)
    paragraphs = [p for p in paragraphs if not meta.title or p.casefold() != meta.title.casefold()]
    paragraphs = _drop_link_lists(paragraphs)
    paragraphs = _take_dateline(paragraphs, meta)
    warnings: tuple[str, ...] = ()
    if not paragraphs:
        # Rules written for web pages can misfire on terse text (coders' notes,
        # telegrams); prose must never vanish, so keep it as given.
        paragraphs = [p for p in _paragraphs([_SPACES.sub(" ", x).strip() for x in raw.splitlines()])
                      if len(p.split()) >= 6]  # fmt: skip
        if paragraphs:
            warnings = ("cleaning rules would have removed all the text; kept it as given",)
    return Cleaned(
        title=meta.title,
        published=meta.published,
        dateline=meta.dateline,
        source=meta.source,
        byline=meta.byline,
        text="\n\n".join(paragraphs),
        warnings=warnings,
    )


class _Meta:
    """Metadata collected while cleaning (mutable scratch space, private to one call)."""

    __slots__ = ("byline", "dateline", "published", "source", "title")

    def __init__(self) -> None:
        self.title: str | None = None
        self.published: datetime | None = None
        self.dateline: str | None = None
        self.source: str | None = None
        self.byline: str | None = None


def _take_header(lines: list[str], meta: _Meta) -> list[str]:
    """Consume the date, headline, byline and labels above the first body line."""
    drop: list[int] = []
    title_at: int | None = None
    body_found = False
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > 12:
            break
        if _DATELINE_CAPS.match(line) or _DATELINE_MIXED.match(line) or _AGENCY_ONLY.match(line):
            body_found = True
            break
        headline = meta.title is None and _is_question_headline(line)
        if _is_sentence(line) and not headline and not _is_chrome(line) and not _byline(line):
            body_found = True
            break
        if not _keep_line(line, meta):
            drop.append(index)
        elif meta.title is None and len(line.split()) >= 3:
            meta.title = _strip_bullet(line)
            title_at = index
            drop.append(index)
        else:
            drop.append(index)  # section labels, kickers, standfirsts without a full stop
    if not body_found:
        # No body start in sight: only trust what precedes the headline.
        drop = [i for i in drop if title_at is not None and i <= title_at]
    removed = set(drop)
    return ["" if i in removed else line for i, line in enumerate(lines)]


def _keep_line(line: str, meta: _Meta) -> bool:
    """False for lines that are page chrome, credits or date stamps (recording what they tell)."""
    byline = _byline(line)
    if byline:
        meta.byline = meta.byline or byline
        return False
    if len(line.split()) <= 14 and _DATEISH.search(line):
        when = parse_published(line)
        if when is not None:
            meta.published = meta.published or when
            return False
    return not _is_chrome(line)


def _is_chrome(line: str) -> bool:
    """True for page furniture: widgets, layout tokens, notices, credits, links, code."""
    if not any(ch.isalpha() for ch in line):
        return True  # "0 : 0", "|", "12", "***"
    words = line.split()
    bare = _strip_bullet(line)
    if _SLUG.match(bare) or _CODE.search(line):
        return True
    if bare != line and len(words) <= 4 and not _is_sentence(line):
        return True  # bulleted menu entries
    if len(words) <= 20 and _URL.search(line):
        return True
    if len(words) <= 8 and not line.endswith((".", "!", "?")) and _all_ui_words(words):
        return True
    if _CREDIT.match(line) or _STAFF.match(bare) or (len(words) <= 40 and _CONTRIBUTED.search(line)):
        return True
    if len(words) <= 40 and any(pattern.search(line) for pattern in _BOILERPLATE):
        return True
    return False


def _all_ui_words(words: list[str]) -> bool:
    """True when every word is page-furniture vocabulary or a count, and one is not filler."""
    core = False
    for word in words:
        token = word.strip(".,:;|()[]{}!?\"'“”‘’«»•·›>-–—").casefold()
        if not token or re.fullmatch(r"[\d.,]+[km]?", token):
            continue
        if token in _UI_CORE:
            core = True
        elif token not in _UI_FILLER:
            return False
    return core


def _byline(line: str) -> str | None:
    """The names in a "By Jane Doe" line, or None when the line is not a byline."""
    match = _BYLINE.match(line)
    if not match or len(line.split()) > 14:
        return None
    names = re.split(r"\s*(?:[,|/]|\s[-–—]\s)\s*", match.group("names"))[0].strip()
    tokens = names.split()
    if not tokens or tokens[-1].endswith(".") and len(tokens[-1]) > 3:
        return None
    for token in tokens:
        pieces = re.split(r"[-'’]", token)
        if token.casefold() not in _NAME_PARTICLES and not any(p[:1].isupper() for p in pieces):
            return None  # "al-Rashid", "d'Almeida" are names; lowercase words are not
    caps = [t for t in tokens if t.casefold() not in _NAME_PARTICLES]
    if len(caps) >= 2 and caps[0].isupper() and caps[1].isupper():
        # AP style "By JANE DOE Associated Press": the names are in capitals, the outlet not.
        kept = []
        for token in tokens:
            if token.isupper() or token.casefold() in _NAME_PARTICLES:
                kept.append(token)
            else:
                break
        while kept and kept[-1].casefold() in _NAME_PARTICLES:
            kept.pop()
        tokens = [t if t.casefold() in _NAME_PARTICLES else t.title() for t in kept]
    return " ".join(tokens) or None


def _strip_bullet(line: str) -> str:
    """``line`` without a leading bullet or dash."""
    return _BULLET.sub("", line)


def _is_sentence(text: str) -> bool:
    """True when ``text`` ends like prose (full stop, question, colon, ...), closing quotes aside."""
    end = text.rstrip(_CLOSERS + " ")
    if not end:
        return False
    if end[-1] in ".!?;:…":
        return True
    # Long unpunctuated text (a pasted body without full stops) is still prose.
    return len(text.split()) > 30


def _is_titlelike(text: str) -> bool:
    """A short line without sentence punctuation: a headline, a link, a label."""
    return len(text.split()) <= 25 and not _is_sentence(text)


def _is_question_headline(line: str) -> bool:
    """A short line ending in "?" or "!" outside quotes: a headline at the top of a dump."""
    return len(line.split()) <= 14 and line.endswith(("?", "!"))


def _paragraphs(lines: list[str | None]) -> list[str]:
    """Group lines into paragraphs, joining hard-wrapped prose; blank lines separate."""
    paragraphs: list[str] = []
    current: str | None = None
    for line in lines:
        if line is None:
            continue  # a removed line neither splits nor joins its neighbours' blocks
        if not line:
            if current:
                paragraphs.append(current)
            current = None
            continue
        if current is not None and _wrapped(current, line):
            current = f"{current} {line}"
            continue
        if current:
            paragraphs.append(current)
        current = line
    if current:
        paragraphs.append(current)
    return [_TRAILING_CREDIT.sub("", p) for p in paragraphs if _TRAILING_CREDIT.sub("", p)]


def _wrapped(previous: str, line: str) -> bool:
    """True when ``line`` continues ``previous`` (the text was hard-wrapped)."""
    if _is_sentence(previous) and not previous.rstrip(_CLOSERS).endswith(":"):
        return False
    first = line[:1]
    return first.islower() or (len(previous) >= 65 and not previous.endswith((":", "?", "!")))


def _drop_link_lists(paragraphs: list[str]) -> list[str]:
    """Remove runs of three or more title-like lines, and title-like lines after the story."""
    shapes = [_is_titlelike(p) for p in paragraphs]
    kept: list[str] = []
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and shapes[end]:
            end += 1
        if end - index >= 3:
            index = end  # a list of links or a menu
            continue
        kept.extend(paragraphs[index : max(end, index + 1)])
        index = max(end, index + 1)
    if any(not _is_titlelike(p) for p in kept):
        while kept and _is_titlelike(kept[-1]):
            kept.pop()
    return kept


def _take_dateline(paragraphs: list[str], meta: _Meta) -> list[str]:
    """Move "BAGHDAD (Reuters) -" from the first prose paragraph into the metadata."""
    for index, paragraph in enumerate(paragraphs[:3]):
        match = (
            _DATELINE_CAPS.match(paragraph)
            or _DATELINE_MIXED.match(paragraph)
            or _AGENCY_ONLY.match(paragraph)
        )
        if match is None:
            if _is_sentence(paragraph):
                break
            continue
        groups = match.groupdict()
        if groups.get("place"):
            meta.dateline = meta.dateline or _place_case(groups["place"])
        if groups.get("agency"):
            meta.source = meta.source or re.sub(r"^the ", "", groups["agency"].strip(), flags=re.I)
        rest = paragraph[match.end() :]
        return [*paragraphs[:index], rest, *paragraphs[index + 1 :]]
    return paragraphs


def _place_case(place: str) -> str:
    """Title-case an all-capitals dateline place: "DAR ES SALAAM, Tanzania" -> "Dar es Salaam, Tanzania"."""
    parts = []
    for part in place.split(", "):
        if part.isupper():
            words = []
            for position, word in enumerate(part.split()):
                pieces = [
                    piece.lower() if (position or n) and piece.lower() in _LOWER_IN_PLACE else piece.capitalize()
                    for n, piece in enumerate(word.split("-"))
                ]
                words.append("-".join(pieces))
            part = " ".join(words)
            part = re.sub(r"(?<=['’])([a-z])", lambda m: m.group(1).upper(), part)
        parts.append(part)
    return ", ".join(parts)
