"""Opinion pieces: columns, editorials and op-eds argue about events, they do not report them.

ACLED codes events from reports; a column recalls the protests and killings it argues about ("Last week's
protests were no exception", "by evening the hospitals are receiving young men with bullet wounds"), each of
them reported, and coded, on its own day. A page says it is one by a label over its headline ("OPINION: ...",
"Editorial |") or by the note on its writer that closes it ("The writer is a human rights lawyer").
"""

from __future__ import annotations

import re

from wirecoder.model import Article

__all__ = ["is_commentary"]

# The label an outlet puts before an opinion piece's headline.
_LABEL = re.compile(
    r"^\W*(?:opinion|op-?ed|editorial|commentary|comment|column|viewpoint|guest column|letters? to the editor)"
    r"\s*(?:[:|–—]|-\s)", re.I)
# The note on the writer that ends a column, and the disclaimer some outlets print under it.
_WRITER_NOTE = re.compile(
    r"^(?:The|This) (?:writer|author|columnist)s? (?:is|are|was|were)\b|"
    r"\bviews expressed (?:in this (?:article|column|piece) )?are (?:the author'?s?|(?:his|her|their) own)\b|"
    r"\bviews expressed\b[^.]{0,60}\bdo not necessarily reflect\b", re.I | re.M)
# The note is in the last paragraphs, under the piece.
_TAIL = 600


def is_commentary(article: Article) -> bool:
    """Whether ``article`` is an opinion piece (a labelled headline, or a note on its writer at its end).

    Example:
        >>> is_commentary(Article("a", "Police must stop shooting protesters.", title="OPINION: Enough"))
        True
    """
    if article.title and _LABEL.match(article.title):
        return True
    return _WRITER_NOTE.search(article.text, max(0, len(article.text) - _TAIL)) is not None
