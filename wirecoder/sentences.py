"""Split an article's text into sentences with character offsets, without a parser.

The splitter is rule based on purpose: it runs over every sentence of every
article, while the (much slower) spaCy parse runs only on the sentences that
might report an event. Wire copy is regular enough for rules: a sentence ends
at ``.``, ``!`` or ``?`` (optionally followed by a closing quote or bracket)
before whitespace and an upper-case letter, a digit or an opening quote,
unless the full stop belongs to an abbreviation ("U.S.", "Maj.", "Dec.").
Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re

from wirecoder.model import Article, Sentence

__all__ = ["in_quotation", "is_story", "split_sentences"]

# Abbreviations after which a full stop does not end a sentence in wire copy.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr brig rev sen rep gov pres
    st mt ft jr sr no nos vol fig approx est dept univ inc corp ltd co bros vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u a.m p.m i.e e.g
    """.split()
)

_BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
    # Scraped text often loses the space: "were injured.The man was caught".
    r"|(?:(?<=[a-z]{2})|(?<=[”\"’)])|(?<=[ap]\.m))[.!?][\"'”’)]*(?=[“‘\"]?[A-Z][A-Za-z-])"
)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[•\-*]\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
# Words that open a sentence far more often than they continue a name.
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their this that these those there here "
    "but and or so if when while after before in on at by for from police officials".split()
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return True
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return True
    if _INITIALS.fullmatch(word):
        # Dotted initials open a name ("D.I. Khan", "J.K. Rowling") unless a sentence opener
        # follows ("... in Washington, D.C. The march ...").
        after = _WORD_AFTER.match(text, dot + 1)
        return bool(after) and after.group(1).lower() not in _OPENERS
    return False


def _split_paragraph(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of ``text[start:end]`` (one paragraph)."""
    out: list[Sentence] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        if text[match.start()] == "." and match.end() - match.start() == 1 and text[match.end() : match.end() + 1].isspace():
            if _is_abbreviation(text, match.start()):
                continue
        stop = match.end()
        out.append(Sentence(begin, stop, text[begin:stop]))
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        out.append(Sentence(begin, end, text[begin:end]))
    return out


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` in order; each ``s.text == text[s.start:s.end]``, stripped.

    Example:
        >>> [s.text for s in split_sentences("Police arrested two men. The U.S. embassy said so.")]
        ['Police arrested two men.', 'The U.S. embassy said so.']
    """
    sentences: list[Sentence] = []
    position = 0
    bounds = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    for stop in bounds:
        start = position
        while start < stop and text[start].isspace():
            start += 1
        end = stop
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.extend(_split_paragraph(text, start, end))
        position = stop
    return tuple(sentences)


def in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation opened earlier in its paragraph.

    The second sentence of a quote ("He was not armed. He was standing with his friends when
    they shot him," said his uncle) opens with no quotation mark of its own. Curly marks open
    and close; straight double quotes toggle. Apostrophes ("police's") are not quotation marks.

    Example:
        >>> t = 'His uncle said: "He was not armed. They shot him." Police denied it.'
        >>> in_quotation(t, t.index("They")), in_quotation(t, t.index("Police"))
        (True, False)
    """
    # Wire copy reopens a quote that runs on into the next paragraph, so each line starts afresh.
    depth = 0
    straight = False
    for char in text[text.rfind("\n", 0, at) + 1 : at]:
        if char == '"':
            straight = not straight
        elif char == "“" or char == "«":
            depth += 1
        elif char in "”»" and depth:
            depth -= 1
    return straight or depth > 0


# A text of this many sentences, or paragraphs, is a story (a lede and a body); notes and incident
# summaries are shorter.
_STORY_SENTENCES = 8
_STORY_PARAGRAPHS = 3


def is_story(article: Article) -> bool:
    """Whether the article is a story (a lede and a body), not a note or an incident summary."""
    return (len(article.sentences) >= _STORY_SENTENCES
            or article.text.strip().count("\n\n") >= _STORY_PARAGRAPHS - 1)
