"""Cities of the wars ACLED codes most are coded under the name its coders write, whatever
transliteration the copy uses ("Muqdisho", "Qandahar", "Hodeidah", "Sana'a"); a town with no such
name keeps the text's spelling. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("spelling", "coded"),
    [
        ("Muqdisho", ("Mogadishu", "Banadir")),
        ("Hodeidah", ("Al Hudaydah", "Al Hudaydah")),
        ("Hudaydah", ("Al Hudaydah", "Al Hudaydah")),
        ("Sana'a", ("Sanaa", "Amanat al Asimah")),
        ("Ta'izz", ("Taizz", "Taizz")),
        ("Qandahar", ("Kandahar", "Kandahar")),
        ("Mazar-i-Sharif", ("Mazar-e Sharif", "Balkh")),
        ("Basra", ("Basrah", "Basrah")),
        ("Kondoz", ("Kunduz", "Kunduz")),
        ("Arbil", ("Erbil", "Erbil")),
        # Negative: a town with no coders' name keeps the text's spelling.
        ("Muqdadiyah", ("Muqdadiyah", "Diyala")),
    ],
)
def test_places_war_city_names(geo: Geoparser, spelling: str, coded: tuple[str, str]) -> None:
    text = f"Gunmen attacked a police post in {spelling} on Monday, killing two officers."
    place = geo.locate(Article(id="c", text=text), 0, len(text))
    assert place is not None and (place.location, place.admin1) == coded
