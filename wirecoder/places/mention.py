"""A place name found in the text, before resolution: what recognition hands on to resolution."""

from __future__ import annotations

from dataclasses import dataclass

from wirecoder.places.index import Hit

__all__ = ["Mention"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in the text, before resolution.

    ``level`` is what a following word says about the unit (1 "X Province", 2 "X District",
    3 "X town", None when nothing follows). ``cue`` is the locative word before it.
    ``strong`` is true when the text or NER vouches that it is a place.
    """

    start: int
    end: int
    text: str
    key: str
    hits: tuple[Hit, ...]
    level: int | None = None
    # The unit word after the name that set ``level``, folded: "district" of "Kupwara district"; "state" of
    # "Plateau state", where what a country calls its divisions says which country's division is meant.
    unit: str = ""
    cue: str = ""
    part: bool = False
    in_name: bool = False
    strong: bool = False
    source: str = "gazetteer"
    people: bool = False
    # The text calls it a camp of refugees or displaced people ("Dadaab refugee camp"): where
    # foreigners live, so demonyms pointing at another country do not speak against it.
    camp: bool = False
    # Part of an armed group's name ("IS Sahel", "Gulf Cartel"): the group's home countries
    # weigh in already (places.groups), so the word says nothing of where the text is.
    group: bool = False
    # A patron's compound follows ("Iran-backed militias", "Saudi-led coalition"): its country
    # says who stands behind the act, not where it happened.
    patron: bool = False
    # A border follows or precedes it ("near the Jordanian border", "the border with Syria"): a
    # country so named lies across the border from the event as often as around it.
    border: bool = False
