"""Whose forces "its troops" are: the state that speaks, not the country the event is in.

"Russia's defence ministry said its forces took Ivanivka" in a story placed in Ukraine names Russia's
military; read alone, "its forces" would be the forces of the event's country. The speaker is the
sentence's subject before "said" (or "announced", "claimed" ...), and its state a country or demonym
among its capitalised words ("Russia's defence ministry", "the Turkish military", "U.S. officials").

Example:
    >>> [m.actor.name for m in ActorCoder.load().mentions(
    ...     "Russia's defence ministry said its forces took Ivanivka.", "Ukraine")]  # doctest: +SKIP
    ['Military Forces of Russia']
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecoder.speech import opening, opening_pattern

from .countries import Country, country_by_word
from .kinds import state
from .names import Mention

__all__ = ["speakers_own"]

# "<speaker> said (on Sunday) (that) (two of) its|their <up to two words>": the possessive before a
# state-forces mention.
_SAID_ITS = opening_pattern(r"(?:(?:\w+\s+){1,2}?of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}$")
_WORD = re.compile(r"[A-Z][\w.]*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _speakers_country(speaker: str) -> Country | None:
    """The country a speaker's capitalised word names ("Russia's defence ministry" -> Russia), or None."""
    for word in _WORD.findall(speaker):
        country = country_by_word(_POSSESSIVE.sub("", word))
        if country is not None:
            return country
    return None


def speakers_own(text: str, sent_start: int, mentions: list[Mention], event: Country | None) -> list[Mention]:
    """``mentions`` (of one sentence starting at ``sent_start``) with a state's forces told as "its" or
    "their" those of the state that speaks, when the speaker names a country other than ``event``."""
    out: list[Mention] = []
    for mention in mentions:
        told = text[sent_start : mention.start]
        said = opening(_SAID_ITS, told) if mention.kind == "state" else None
        speaker = said[0].speaker(told) if said is not None else ""
        # (an appositive may name another state: "The ministry, which ..., said its forces")
        country = _speakers_country(speaker) if speaker and "," not in speaker else None
        if country is not None and (event is None or country.iso3 != event.iso3) \
                and mention.actor.name.startswith(("Military Forces", "Police Forces")):
            kind = mention.actor.name.split(" ", 1)[0]
            forces = state(kind, country.name)
            # (abroad, they are external forces to ACLED)
            mention = replace(mention, actor=replace(mention.actor, name=forces.name, inter=1 if event is None else 8,
                                                     reason="the forces of the state that speaks"))
        out.append(mention)
    return out
