"""How coders' notes place a town (our own sentences, in ACLED's note style): a bracket giving the district
and then the province holds the town before it, also one named like an English word ("Sake (Masisi,
Nord-Kivu)"); "X and surrounding villages (Province)" puts X in the province; a place word inside an
armed group's name ("IS Sahel") says nothing of the country; Chile's "Carabineros" are its police, no place."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


def _located(geo: Geoparser, text: str) -> tuple:
    place = geo.locate(Article(id="n", text=text), 0, len(text))
    assert place is not None
    return place.location, place.admin1, place.country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # district then province in the brackets: the common-word town is the place
        ("On 7 February 2024, M23 rebels clashed with FARDC troops around Sake (Masisi, Nord-Kivu).",
         ("Sake", "Nord-Kivu", "Democratic Republic of Congo")),
        ("On 3 March 2023, ELN fighters attacked a police post in Tame (Tame, Arauca).",
         ("Tame", "Arauca", "Colombia")),
        # the villages around a town the gazetteer lacks: the town, in the bracketed province
        ("On 10 December 2024, gunmen killed 9 civilians in Kokorou and nearby villages (Tillaberi).",
         ("Kokorou", "Tillaberi", "Niger")),
        ("On 10 December 2024, gunmen killed 9 civilians in Kokorou and surrounding villages (Tillaberi).",
         ("Kokorou", "Tillaberi", "Niger")),
        # 'Sahel' in the group's name is not Burkina Faso's Sahel region
        ("On 10 December 2024, suspected IS Sahel militants killed 39 civilians in attacks on Kokorou and "
         "nearby villages (Tillaberi).", ("Kokorou", "Tillaberi", "Niger")),
        ("On 4 November 2019, protesters clashed with Carabineros in Concepcion (Biobio), throwing stones.",
         ("Concepcion", "Biobio", "Chile")),
    ],
)  # fmt: skip
def test_places_notes_brackets_locate(geo: Geoparser, text: str, expected: tuple) -> None:
    assert _located(geo, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English word stays a word without a bracket that holds it
        ("On 7 February 2024, rebels clashed with soldiers for the sake of Masisi (Nord-Kivu).",
         ("Masisi", "Nord-Kivu", "Democratic Republic of Congo")),
        # a known town with the areas around it keeps its own reading
        ("On 10 December 2024, gunmen killed 9 civilians in Baidoa and surrounding areas (Bay).",
         ("Baidoa", "Bay", "Somalia")),
    ],
)  # fmt: skip
def test_places_notes_brackets_unchanged(geo: Geoparser, text: str, expected: tuple) -> None:
    assert _located(geo, text) == expected
