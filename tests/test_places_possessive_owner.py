"""A place owning the next one ("Pulwama's Tral area", "Karachi's Lyari") only says where that one
lies: the event is in the owned place, which takes the owner's locative cue. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Security forces killed two militants in Pulwama's Tral area on Sunday.", ("Tral", "Jammu and Kashmir")),
        ("Gunmen killed two men in Karachi's Lyari area on Tuesday.", ("Lyari", "Sindh")),
        ("Al-Shabaab attacked Lower Shabelle's Afgooye town, killing five soldiers.", ("Afgooye", "Lower Shabelle")),
        # Negative: a person after the possessive leaves the owner the place.
        ("Gunmen shot dead Mogadishu's deputy mayor on Sunday.", ("Mogadishu", "Banadir")),
    ],
)
def test_places_possessive_owner(geo: Geoparser, text: str, coded: tuple[str, str]) -> None:
    place = geo.locate(Article(id="o", text=text), 0, len(text))
    assert place is not None and (place.location, place.admin1) == coded
