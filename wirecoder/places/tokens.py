"""Words of a text as the place scanner sees them: capitalised tokens, and how they join into runs.

    >>> [t.text for t in scan_tokens("Gunmen raided Dar es Salaam on Monday.") if t.cap]
    ['Gunmen', 'Dar', 'Salaam']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.places.cues import (
    CALENDAR_WORDS,
    CONNECTORS,
    FUNCTION_WORDS,
    GLUED_ARTICLES,
    NAME_CONNECTORS,
    SENTENCE_END,
    TOWN_WORDS,
)
from wirecoder.places.names import ADMIN_SUFFIXES, fold

__all__ = [
    "Token",
    "article_prefix",
    "joined",
    "name_connector",
    "run_bounds",
    "scan_tokens",
    "spaced",
    "unit_suffix",
]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’ʼ‘`][^\W\d_]+)*")


_POSSESSIVE = ("'s", "’s", "'S", "’S")


_KEPT_LOWER = (
    CONNECTORS
    | frozenset(word for suffix in ADMIN_SUFFIXES for word in suffix.split())  # "tribal region"
    | TOWN_WORDS
)


@dataclass(slots=True)  # not frozen: built for every word, and frozen init costs double
class Token:
    start: int
    end: int
    text: str
    cap: bool
    upper: bool
    initial: bool


def scan_tokens(text: str) -> list[Token]:
    """Capitalised words, plus the lower-case words that matter inside or after names."""
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if word.endswith(_POSSESSIVE):
            end -= 2
            word = word[:-2]
        if not word:
            continue
        cap = word[0].isupper()
        if not cap and word not in _KEPT_LOWER:
            if text[start - 1 : start] == "-" and _name_part(text, tokens, start):
                cap = True  # "Ras al-ain", "Deir ez-zor": copy lower-cases the part after the article
            else:
                # A plain lower-case word only separates names; leaving it out keeps the scan cheap
                # (the gap it leaves still breaks runs, because joins look at the text in between).
                continue
        upper = initial = False
        if cap:
            upper = len(word) >= 2 and word.isupper()
            initial = start == 0 or bool(SENTENCE_END.search(text, max(0, start - 4), start))
            if (initial and word.lower() in FUNCTION_WORDS) or word.lower() in CALENDAR_WORDS:
                cap = False  # a capital that only marks the sentence start, or a day or month
        tokens.append(Token(start, end, word, cap, upper, initial))
    return tokens


def _name_part(text: str, tokens: list[Token], start: int) -> bool:
    """Whether a lower-case word at ``start`` is glued by a hyphen to an Arabic article that follows
    a capitalised word: the "ain" of "Ras al-ain"."""
    if start < 2 or text[start - 1] != "-" or len(tokens) < 2:
        return False
    article, before = tokens[-1], tokens[-2]
    return (
        article.end == start - 1
        and article.text in GLUED_ARTICLES
        and before.cap
        and 0 < article.start - before.end <= 2
        and text[before.end : article.start].strip(" -") == ""
    )


def joined(text: str, left: Token, right: Token) -> bool:
    """True when two tokens are separated by plain spaces or one hyphen (same phrase, same line)."""
    gap = text[left.end : right.start]
    return (0 < len(gap) <= 2 and gap.strip(" ") == "") or gap == "-"


def unit_suffix(text: str, tokens: list[Token], j: int) -> tuple[int | None, int]:
    """The admin level a word after token ``j`` gives ("Province", "Sub-County", "town"), and where it ends."""
    for width in (2, 1):
        last = j + width
        if last >= len(tokens) or not all(
            joined(text, tokens[k], tokens[k + 1]) for k in range(j, last)
        ):
            continue
        word = fold(text[tokens[j + 1].start : tokens[last].end])
        if word in ADMIN_SUFFIXES:
            return ADMIN_SUFFIXES[word], tokens[last].end
        if word in TOWN_WORDS:
            return 3, tokens[last].end
    return None, tokens[j].end


def name_connector(text: str, connector: Token, right: Token) -> bool:
    """True when ``connector`` joins two parts of one name ("al" in "Maarat al-Numan")."""
    gap = text[connector.end : right.start]
    if gap == "-":
        return connector.text in CONNECTORS
    return connector.text in NAME_CONNECTORS and spaced(text, connector, right)


def spaced(text: str, left: Token, right: Token) -> bool:
    """True when two tokens are separated by plain spaces only: one name, not "Isiolo-Garissa"."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 2 and gap.strip(" ") == ""


def article_prefix(text: str, tokens: list[Token], i: int) -> bool:
    """True for a lower-case Arabic article glued to a name: the "al" of "al-Bab"."""
    return (
        tokens[i].text in GLUED_ARTICLES
        and i + 1 < len(tokens)
        and tokens[i + 1].cap
        and text[tokens[i].end : tokens[i + 1].start] == "-"
    )


def run_bounds(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """The first and last token of the space-joined capitalised run around tokens i..j.

    A connector inside counts as part of the run: "Numan" in "Maarat al-Numan" has a neighbour.
    """
    first, last = i, j
    while first > 0 and (
        (tokens[first - 1].cap and spaced(text, tokens[first - 1], tokens[first]))
        or (
            first > 1
            and name_connector(text, tokens[first - 1], tokens[first])
            and tokens[first - 2].cap
            and spaced(text, tokens[first - 2], tokens[first - 1])
        )
    ):
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].cap and spaced(text, tokens[last], tokens[last + 1]):
        last += 1
    return first, last
