"""The place a headline names, for the lead's event when the lead's own sentence names none.

A story's first paragraph often tells its main event without the place, which the headline gave
("Insurgents behead four fishermen in Macomia" over "Insurgents beheaded four fishermen on Sunday
..."): the headline's town or province is where that event was, before the article's focus (its
dateline, a bureau far away, or the place it names most). The headline's place counts only when it
is told with a locative cue ("in", "near", "north of"), is finer than a country, and lies in the
country the lead's event is already placed in (when it is placed at all).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from wirecoder.model import Place
from wirecoder.places.cues import CUES, cue_before
from wirecoder.places.locate import locate_event

__all__ = ["in_lead", "headline_place"]

_FINER = frozenset({"city", "admin2", "admin1"})


def in_lead(text: str, start: int) -> bool:
    """Whether position ``start`` lies in the text's first paragraph (the lead)."""
    end = text.find("\n\n")
    return start >= 0 and (end < 0 or start < end)


def headline_place(
    title: str | None, find: Callable[[str], tuple[Place, ...]], placed: Place | None, home: str | None = None
) -> Place | None:
    """The place ``title`` tells its event at, to stand in for ``placed`` (the lead's event placed with no
    place of its own), or None when the headline names no such place. ``find`` gives the places of a text.

    Example: for "Gunmen kill 30 villagers near Tillia" and a lead placed at Niamey (its dateline), Tillia.
    """
    if not title:
        return None
    places = find(title)
    if not places:
        return None
    best = locate_event(title, 0, len(title), places, home)
    if best is None or best.feature not in _FINER or best.start < 0 or CUES.get(cue_before(title, best.start), 1) < 2:
        return None
    if placed is not None and placed.country and best.country != placed.country:
        return None
    if placed is not None and placed.location == best.location and placed.admin1 == best.admin1:
        return None
    return dataclasses.replace(best, start=-1, end=-1, reason=f"no place in the lead's sentence; the headline's: {best.reason}")
