"""Gangs a note names by their own names, where ACLED codes gangs (Latin America and the Caribbean).

No table lists every gang of Port-au-Prince or Guayaquil, but a note names them ("members of the Kraze
Baryè gang", "the Chone Killers gang"), and ACLED codes the gang by its name, as the alias table writes
the ones it knows ("Gran Grif", "Los Choneros"), not as "Unidentified Gang (Haiti)".

Example:
    >>> text = "Members of the Village de Dieu gang kidnapped five passengers."
    >>> gang_name(text, text.index("gang"), text.index("gang") + 4)
    'Village de Dieu'
"""

from __future__ import annotations

import re

from .countries import country_by_word

__all__ = ["gang_name"]

_WORD = r"(?-i:[A-Z0-9][\w'’-]*)"
# the name's words, joined by the particles of Spanish, French and Creole names, right before "gang"
_NAMED_GANG = re.compile(rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|de|du|des|del|la|le|di))*)\s+gangs?\b", re.I)
# Capitalised words that begin a sentence or describe a gang without naming it.
_NOT_NAMES = frozenset(
    "the a an armed rival local street criminal unidentified suspected alleged members member police "
    "several two three one another powerful notorious heavily some".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def gang_name(text: str, start: int, end: int) -> str | None:
    """The name ``text`` gives the gang its phrase at ``text[start:end]`` ("... gang") speaks of, or None."""
    window_start = max(0, start - 60)
    for match in _NAMED_GANG.finditer(text, window_start, end):
        if not start <= match.end() <= end + 1:
            continue
        words = match["name"].split()
        while words and (words[0].lower() in _NOT_NAMES or country_by_word(words[0]) is not None):
            words.pop(0)  # "the", "Haitian", "rival": no part of the name
        if any(w.lower() in _MONTHS for w in words):
            continue  # "On 3 May 2023 gang members ...": a date, not a name
        if words and (words[0][0].isupper() or words[0][0].isdigit()):
            return " ".join(words)
    return None
