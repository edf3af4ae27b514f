"""A lead whose sentence names no place is placed where the headline tells its event ("Insurgents behead
four fishermen in Macomia"), not at the dateline or the place the article names most; the headline does
not place events told later, nor lend a place abroad or one named without a locative cue (texts written
for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

_LEAD = "Gunmen killed nine villagers on Sunday and burned their granaries, residents said."
_LATER = "On Saturday, soldiers fought militants near {later} for several hours, killing 11 of them."


@pytest.mark.parametrize(("title", "later", "location"), [
    ("Gunmen kill nine villagers in Macomia", "Mocimboa da Praia", "Macomia"),
    ("Nine villagers killed near Djibo as attacks spread", "Kaya", "Djibo"),
    ("Gunmen kill nine in attack on village in Tahoua region", "Ayorou", "Tahoua"),
    # no locative cue, another country, or no place: the article's own place stays
    ("Macomia residents mourn nine villagers", "Mocimboa da Praia", "Mocimboa da Praia"),
    ("Gunmen kill nine villagers in Kenya", "Mocimboa da Praia", "Mocimboa da Praia"),
    ("Gunmen kill nine villagers", "Mocimboa da Praia", "Mocimboa da Praia"),
])  # fmt: skip
def test_places_headline_places_the_lead(geo, title: str, later: str, location: str) -> None:
    text = f"{_LEAD}\n\n{_LATER.format(later=later)}"
    place = geo.locate(Article(id="t", text=text, title=title), 0, len(_LEAD))
    assert place is not None and (place.location if place.feature != "admin1" else place.admin1) == location


@pytest.mark.parametrize(("title", "later"), [
    ("Gunmen kill nine villagers in Macomia", "Mocimboa da Praia"),
    ("Nine villagers killed near Djibo", "Kaya"),
])  # fmt: skip
def test_places_headline_does_not_place_a_later_event(geo, title: str, later: str) -> None:
    second = "Two days later, gunmen killed four more people, a local official said."
    text = f"{_LEAD}\n\n{_LATER.format(later=later)} {second}"
    start = text.index(second)
    place = geo.locate(Article(id="t", text=text, title=title), start, start + len(second))
    assert place is not None and place.location == later


def test_places_headline_yields_to_the_leads_own_place(geo) -> None:
    lead = "Gunmen killed nine villagers in Palma on Sunday, residents said."
    text = f"{lead}\n\n{_LATER.format(later='Mocimboa da Praia')}"
    place = geo.locate(Article(id="t", text=text, title="Gunmen kill nine villagers in Macomia"), 0, len(lead))
    assert place is not None and place.location == "Palma"
