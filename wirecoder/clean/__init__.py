"""Text dumps to clean article bodies: header, dateline, bylines and page chrome out, metadata kept.

A saved news page arrives as a dump of everything on it: a date line and the
headline, a byline, the story, editor credits, share widgets, lists of related
links and CSS breakpoint names. :func:`clean_text` keeps every story sentence
and moves what it recognises into fields. The rules look at the *shape* of a
line (length, final punctuation, capitalisation, position), with a small
vocabulary of page-furniture words, so they carry over to outlets never seen.

    clean_text
      ├── chrome.py      line shapes: widgets, notices, credits, bylines, prose vs titles
      ├── dateline.py    "BAGHDAD (Reuters) -" and its variants
      └── published.py   publication stamps in any common format
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from wirecoder.clean.chrome import (
    CLOSERS,
    byline,
    is_chrome,
    is_link_title,
    is_links_heading,
    is_question_headline,
    is_sentence,
    is_titlelike,
    strip_bullet,
    strip_trailing_chrome,
    strip_trailing_credit,
)
from wirecoder.clean.dateline import MONTH, find_dateline, strip_kicker
from wirecoder.clean.published import dateline_published, is_update_stamp, parse_published

__all__ = ["Cleaned", "clean_text", "dateline_published", "parse_published"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_DATEISH = re.compile(
    rf"\b{MONTH}(?!\w)|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{4}}-\d\d-\d\d", re.I
)
_HEADER_LINES = 10  # more labels and titles than this above the body: not a header
_LIST_RUN = 3  # this many title-like lines in a row are a list of links or a menu
_WRAP_MIN, _WRAP_MAX = 60, 100  # line widths of hard-wrapped text


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
    # The date the dateline prints, as printed ("Jan. 5"): a reader that knows a day from
    # outside the text can give a yearless one its year with ``dateline_published``.
    dateline_date: str | None = None


class _Meta:
    """Metadata collected while cleaning (scratch space private to one call)."""

    __slots__ = ("byline", "dateline", "dateline_date", "published", "source", "title", "updated")

    def __init__(self) -> None:
        self.title: str | None = None
        self.published: datetime | None = None
        self.dateline: str | None = None
        self.source: str | None = None
        self.byline: str | None = None
        self.dateline_date: str | None = None
        # An edit's time ("Updated 14:02 GMT ..."): the publication date only when nothing else gives one.
        self.updated: datetime | None = None


def clean_text(raw: str, *, has_header: bool = True) -> Cleaned:
    """Split a text dump into clean body text and metadata.

    ``has_header=False`` is for text that is already a body (a JSONL ``text``
    field, an extracted HTML body): no headline is looked for at the top.

    Example:
        >>> c = clean_text("July 3, 2011 / 4:28 PM\\n\\nArmy cracks down on militias\\n\\n"
        ...                "BAGHDAD (Reuters) - Iraq has launched a crackdown.\\n\\nShare\\n")
        >>> (c.title, c.published.isoformat(), c.dateline, c.source)
        ('Army cracks down on militias', '2011-07-03T16:28:00', 'Baghdad', 'Reuters')
        >>> c.text
        'Iraq has launched a crackdown.'
    """
    lines = [part for line in raw.splitlines() for part in _unglue(_SPACES.sub(" ", line).strip())]
    meta = _Meta()
    body = _take_header(lines, meta) if has_header else lines
    kept = _drop_listed_links(body, [line if not line or _keep_line(line, meta) else None for line in body])
    paragraphs = _paragraphs(kept)
    if meta.title:
        paragraphs = [p for p in paragraphs if p.casefold() != meta.title.casefold()]
    paragraphs = _take_dateline(_drop_link_lists(paragraphs), meta)
    warnings: tuple[str, ...] = ()
    if not paragraphs:
        # Rules written for web pages can misfire on terse text (coders' notes,
        # telegrams); prose must never vanish, so keep it as given.
        paragraphs = [p for p in _paragraphs(lines) if len(p.split()) >= 6]
        if paragraphs:
            warnings = ("cleaning rules would have removed all the text; kept it as given",)
    return Cleaned(
        title=meta.title,
        published=meta.published or meta.updated,
        dateline=meta.dateline,
        source=meta.source,
        byline=meta.byline,
        text="\n\n".join(paragraphs),
        warnings=warnings,
        dateline_date=meta.dateline_date,
    )


# Blocks a scraper ran together with no space: a headline, a caption or a subheading and the sentence
# after it ("... major general in SyriaThe desert south", "lone-wolf attackers show similar patternsFrench
# soldiers"). A lower-case word of four letters or more may run into any capitalised word; a capitalised
# word only into a word that opens sentences, so "LungaLunga" and "McCain" stay whole.
_OPENERS = (
    "The|In|On|At|An|A|From|While|But|He|She|It|They|We|This|That|Its|His|Her|Their|According|After|Before|"
    "When|As"
)
# A headline runs into a dateline too: "7 militants killed in blasts in AfghanistanKANDAHAR, Afghanistan".
_GLUED = re.compile(
    rf"(?<![A-Za-z'’-])(?:[a-z]{{4,}}(?=[A-Z][a-z]|(?:{_OPENERS})\b)|[A-Z][a-z]{{3,}}(?=(?:{_OPENERS})\b)|"
    rf"[A-Za-z][a-z]{{3,}}(?=[A-Z][A-Z'’-]{{2,}}(?:,| \()))"
)
_GLUE_HINT = re.compile(r"[a-z]{4}[A-Z]")
_BRANDS = frozenset({"whats", "sound", "master", "power", "black", "linked"})  # WhatsApp, SoundCloud ...


# A page flattened to one line: a stamp and a headline run on into the dateline ("March 3, 2021 Attack in
# Borno MAIDUGURI, Nigeria (AP) - Boko Haram ..."). The capitals and the agency mark where the story starts.
_FLAT_DATELINE = re.compile(
    r"(?<=[a-z0-9”\"'’]) (?=[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,3}(?:, [A-Z][\w'’. -]{1,40}?)?"
    r"(?:, [\w.,' ]{1,25}?)? \([A-Z][\w .&'’-]{0,30}\) ?(?:--|[-–—])\s[A-Z“\"‘'])"
)
_FLAT_STAMP = re.compile(
    rf"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:{MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {MONTH},? \d{{4}})"
    r"(?:,? \d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?(?= )"
)
_FLAT_HEAD = 300  # the stamp and headline fit in this many characters


def _unflatten(line: str) -> list[str]:
    """A flattened page's stamp, headline and story as lines of their own."""
    found = _FLAT_DATELINE.search(line, 0, _FLAT_HEAD + 60)
    if found is None or found.start() > _FLAT_HEAD:
        return [line]
    head, story = line[: found.start()], line[found.end() :]
    stamp = _FLAT_STAMP.match(head)
    parts = [head[: stamp.end()], head[stamp.end() :].strip()] if stamp else [head]
    return [piece for part in (*parts, story) for piece in (part.strip(), "") if part.strip()][:-1]


def _unglue(line: str) -> list[str]:
    """``line`` as the blocks a scraper ran together, each a paragraph of its own (blank lines between),
    so a "Read more: ..." teaser among them goes as page chrome does."""
    if len(line) > 80:
        # without the furniture run onto its end (a copyright notice there would make the story chrome)
        line = strip_trailing_chrome(line)
        flat = _unflatten(line)
        if len(flat) > 1:
            return [piece for part in flat for piece in (_unglue(part) if part else [part])]
    if not _GLUE_HINT.search(line):
        return [line]
    parts = _GLUED.sub(lambda m: m.group(0) if m.group(0).lower() in _BRANDS else m.group(0) + "\n", line)
    return [piece for part in parts.split("\n") for piece in (part.strip(), "")][:-1]


def _take_header(lines: list[str], meta: _Meta) -> list[str]:
    """Consume the date, headline, byline and labels above the first body line."""
    drop: list[int] = []
    title_at: int | None = None
    body_found = False
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if find_dateline(strip_kicker(line)):
            body_found = True
            break
        headline = meta.title is None and is_question_headline(line)
        if is_sentence(line) and not headline and not is_chrome(line) and not byline(line):
            body_found = True
            break
        if _keep_line(line, meta):
            seen += 1  # chrome, dates and bylines do not count: pages stack many of them
            if seen > _HEADER_LINES:
                break
            if meta.title is None and len(line.split()) >= 3:
                meta.title = strip_bullet(line)
                title_at = index
        # Everything else up here is a label, a kicker or a standfirst without a full stop.
        drop.append(index)
    if not body_found:
        # No body start in sight: only trust what precedes the headline.
        drop = [i for i in drop if title_at is not None and i <= title_at]
    removed = set(drop)
    return ["" if i in removed else line for i, line in enumerate(lines)]


def _keep_line(line: str, meta: _Meta) -> bool:
    """False for chrome, credits, bylines and date stamps (recording what they tell)."""
    names = byline(line)
    if names:
        meta.byline = meta.byline or names
    # A byline may carry the stamp too ("Saleem Shahid | Syed Ali Shah  Published July 13, 2023").
    if len(line.split()) <= 20 and _DATEISH.search(line):
        when = parse_published(line)
        if when is not None and is_update_stamp(line):
            meta.updated = meta.updated or when
            return False
        if when is not None:
            meta.published = meta.published or when
            _stamped_dateline(line, meta)
            return False
    return not names and not is_chrome(line)


def _stamped_dateline(line: str, meta: _Meta) -> None:
    """Record the dateline of a line that holds only it and the day ("OUAGADOUGOU (AFP) - June 14, 2022"),
    a stamp some agencies print above the lead: its place is the story's dateline all the same."""
    found = find_dateline(line)
    # an agency or a region makes it a dateline, not a label ("UPDATED: June 14, 2022")
    if found is not None and found.place and (found.agency or ", " in found.place) and len(line[found.end :].split()) <= 5:
        meta.dateline = meta.dateline or found.place
        meta.source = meta.source or found.agency


def _drop_listed_links(body: list[str], kept: list[str | None]) -> list[str | None]:
    """``kept`` without the headlines listed under a links heading ("More on this story", "Related"), however
    few: two links after the story are no story text."""
    out: list[str | None] = []
    listing = False
    for line, keep in zip(body, kept):
        if line and is_links_heading(strip_bullet(line)):
            listing = True
        elif line and listing and not is_link_title(strip_bullet(line)):
            listing = False
        out.append(None if listing and line else keep)
    return out


def _paragraphs(lines: list[str | None]) -> list[str]:
    """Group lines into paragraphs, joining hard-wrapped prose; blank lines separate.

    ``None`` marks a removed line: it neither splits nor joins its neighbours.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line is None:
            continue
        if current and not (line and _wrapped(current[-1], line)):
            blocks.append(current)
            current = []
        if line:
            current.append(line)
    if current:
        blocks.append(current)
    return [p for p in (strip_trailing_credit(" ".join(b)) for b in blocks) if p]


def _wrapped(previous: str, line: str) -> bool:
    """True when ``line`` continues the line ``previous`` (the text was hard-wrapped)."""
    if is_sentence(previous) and not previous.rstrip(CLOSERS).endswith(":"):
        return False
    if line[:1].islower():
        return True
    # Hard wraps cut lines at 60-100 characters; a long headline, or a body line
    # in a file with one paragraph a line, is not a wrapped fragment.
    return (
        _WRAP_MIN <= len(previous) <= _WRAP_MAX
        and len(line) <= _WRAP_MAX
        and not find_dateline(line)
    )


def _drop_link_lists(paragraphs: list[str]) -> list[str]:
    """Remove runs of title-like lines (link lists, menus), and title-like lines after the story."""
    kept: list[str] = []
    run: list[str] = []
    for paragraph in [*paragraphs, ""]:
        if paragraph and is_titlelike(paragraph):
            run.append(paragraph)
            continue
        if len(run) < _LIST_RUN:
            kept.extend(run)
        run = []
        if paragraph:
            kept.append(paragraph)
    if any(not is_titlelike(p) for p in kept):
        while kept and is_titlelike(kept[-1]):
            kept.pop()
    return kept


def _take_dateline(paragraphs: list[str], meta: _Meta) -> list[str]:
    """Move "BAGHDAD (Reuters) -" from the first prose paragraph into the metadata.

    The date a dateline prints ("MOGADISHU, Aug 3 2019 (AFP) -") is the story's: it is the
    publication date when the page gave none, and never an event's date.
    """
    for index, paragraph in enumerate(paragraphs[:3]):
        paragraph = strip_kicker(paragraph)
        found = find_dateline(paragraph)
        if found is None and not is_sentence(paragraph):
            continue  # a subheading or kicker line before the lead
        if found is None and index + 1 < min(len(paragraphs), 3) and find_dateline(strip_kicker(paragraphs[index + 1])):
            # "Houthi fighters shelled a district, officials say." above "TAIZ, Yemen (Al Jazeera) - ...": a
            # standfirst, the lead told in brief, is page furniture like the title
            return _take_dateline([*paragraphs[:index], *paragraphs[index + 1 :]], meta)
        if found is not None:
            meta.dateline = meta.dateline or found.place
            meta.source = meta.source or found.agency
            meta.dateline_date = meta.dateline_date or found.date
            if meta.published is None and found.date:
                # an edit's stamp ("Updated March 9, 2021") gives a yearless dateline its year
                meta.published = dateline_published(found.date, "\n".join(paragraphs), near=meta.updated)
            paragraph = paragraph[found.end :]
            stamp = parse_published(paragraph) if len(paragraph.split()) <= 5 else None
            if stamp is not None:  # "NIAMEY, Niger (AP) — 14 June 2022" on a line of its own: the day
                meta.published = meta.published or stamp
                return [*paragraphs[:index], *paragraphs[index + 1 :]]
        return [*paragraphs[:index], paragraph, *paragraphs[index + 1 :]]
    return paragraphs
