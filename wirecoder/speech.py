"""Speech clauses: who a sentence says told it, and where those words lie.

News sentences name their source in three places, and each side of an event read from such a sentence
must leave the source out:

- a **tag** after a comma or a closing quote: "Gunmen killed two herders, a local chief said",
  '"They came at night," said Moulaye Guindo, the mayor of Bandiagara', "..., according to police";
- a **closing** tag, one that runs to the sentence's end (the words after it tell nothing more);
- an **opening** clause: "Russia's defence ministry said its forces took Ivanivka", "The group said on
  Monday that it had fired the rocket" (the speaker is then who "its" and "it" stand for).

Every reader of such clauses (the actors coder, the crowd cues, the "its forces" reader, the pronoun
resolver, the place of an account) asks this module, so one grammar decides what a speech clause is.
Offsets are relative to the sentence given.

Example:
    >>> said = closing("Gunmen killed two herders near Baragoi, a local chief said on Tuesday.")
    >>> said.verb, said.start
    ('said', 38)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Speech", "closing", "first_tag", "opening", "opening_pattern"]

# What a speaker does in a tag. Mid-sentence only the plain verbs of saying: ", 5 deaths were reported in
# Garissa" and ", an attack that claimed five lives" tell the event; at the very end "reported" and "added"
# close an account too (", local media reported.").
_TAG_VERBS = r"said|says|told|according\s+to"
_CLOSING_VERBS = r"said|says|told\s+\w+|reported|added"
# A speaker's own verbs in an opening clause ("Al Shabaab claimed it", "the ministry confirmed its forces").
_OPENING_VERBS = r"said|says|announced|claimed|stated|reported|confirmed|admitted"
# When or how the speaker spoke, between the verb and what was said: "said on Monday", "said late Sunday",
# "said in a statement", "announced Sunday".
_WHEN = (r"(?:\s+(?:on|late|early|in|last|this|at|via|through|earlier|later|overnight|yesterday|today|"
         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+[\w'-]+){0,3}?)?")

# ", a local chief said", '" said the mayor', ", according to police": the opener, then at most five words.
_TAG = re.compile(r"(?:,|[\"”])\s+(?P<before>(?:[\w.'-]+\s+){0,5}?)(?P<verb>" + _TAG_VERBS + r")\b", re.I)
# A tag that ends the sentence: ", (a|the ...) <up to five words> said (on Tuesday)."
_CLOSING = re.compile(
    r",\s+(?P<before>(?:(?:a|an|the|one|two|several)\s+)?(?:[\w'’-]+\s+){0,5}?)(?P<verb>" + _CLOSING_VERBS
    + r")\b[^,;]{0,40}$"
)
# The words up to the first verb of saying on the line, then when it spoke and "that".
_OPENING = r"^\W*(?P<subject>.{3,}?)\s+(?P<verb>" + _OPENING_VERBS + r")\b" + _WHEN + r"(?:\s+that)?\s+"
# Phrases that open a sentence before its subject ("On Monday, ", "In Ukraine, ", "Separately, "): no speaker.
_INTRODUCTION = re.compile(
    r"(?:(?:on|in|at|during|after|before|earlier|later|meanwhile|separately|however|also|elsewhere|last|this|"
    r"since|following|overnight|late|early|yesterday|today)\b[^,;]{0,60},\s+)+", re.I
)
_TRAILING = " .!?\"”'’"


@dataclass(frozen=True, slots=True)
class Speech:
    """One speech clause of a sentence: where it lies, who speaks and with what verb."""

    start: int  # the tag's comma or quote; 0 for an opening clause
    end: int  # the end of the clause's own words (for an opening clause, where what was said begins)
    speaker_start: int
    speaker_end: int
    verb: str

    def speaker(self, sentence: str) -> str:
        """The words that name who speaks ("a local chief", "Russia's defence ministry")."""
        return sentence[self.speaker_start : self.speaker_end]


def _tag(match: re.Match[str], sentence: str, end: int) -> Speech:
    """The speech of a tag ``match``: its speaker before the verb, or after it ("said the mayor")."""
    before = match["before"].strip()
    if before and before.lower() not in {"a", "an", "the"}:
        start = match.start("before")
        return Speech(match.start(), end, start, start + len(match["before"].rstrip()), match["verb"])
    after = match.end("verb")
    after += len(sentence[after:end]) - len(sentence[after:end].lstrip())
    return Speech(match.start(), end, after, end, match["verb"])


def first_tag(sentence: str) -> Speech | None:
    """The first tag of ``sentence`` that names a source after what it says, or None.

    Example:
        >>> first_tag('"Three were shot," said the mayor of Bandiagara.').verb
        'said'
    """
    match = _TAG.search(sentence)
    return None if match is None else _tag(match, sentence, len(sentence.rstrip(_TRAILING)))


def closing(sentence: str) -> Speech | None:
    """The tag that closes ``sentence`` (", a local vigilante leader said."), or None."""
    told = sentence.rstrip(_TRAILING)
    match = _CLOSING.search(told)
    return None if match is None else _tag(match, told, len(told))


def opening_pattern(then: str) -> re.Pattern[str]:
    """An opening clause followed by ``then``, a pattern of what is said ("its|their ...", "it|they").

    Compile once at import: :func:`opening` is called for every mention.

    Example:
        >>> bool(opening_pattern(r"(?:it|they)\\b").match("The group said on Monday that it fired."))
        True
    """
    return re.compile(_OPENING + r"(?P<said>" + then + r")", re.I)


def opening(pattern: re.Pattern[str], sentence: str) -> tuple[Speech, re.Match[str]] | None:
    """The opening clause of ``sentence`` that ``pattern`` (from :func:`opening_pattern`) matches, and the
    match (for the groups of what is said); None when the sentence opens no such clause.

    The speaker is the subject without the phrases that open the sentence ("On Monday, the group") and
    without a clause before a semicolon.
    """
    match = pattern.match(sentence)
    if match is None:
        return None
    start, end = match.start("subject"), match.end("subject")
    start = max(start, sentence.rfind(";", start, end) + 1)
    start += len(sentence[start:end]) - len(sentence[start:end].lstrip())
    intro = _INTRODUCTION.match(sentence, start, end)
    if intro is not None and intro.end() < end:
        start = intro.end()
    return Speech(0, match.start("said"), start, end, match["verb"]), match
