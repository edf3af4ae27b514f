"""A village the gazetteer lacks, put by the text in a district, is coded as ACLED codes it: at the district
(under its name) or the district's town, precision 2; named only with its province it keeps its own name. A
village reading in a state the text does not name, far from every place it names, is a namesake: the
district the text names stands for it. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


@pytest.mark.parametrize(
    ("text", "location", "admin1", "precision"),
    [
        ("Gunmen killed 11 villagers in Al-Hawasha village in Muqdadiya district, Diyala province, on 26 October.",
         "Al-Muqdadiya", "Diyala", 2),
        ("Bandits abducted 40 worshippers in Zugu village of Bukkuyum local government area, Zamfara State.",
         "Bukkuyum", "Zamfara", 2),
        # only the province: the village keeps its name, at the province's capital
        ("Assailants attacked Kwada village, Borno state, Nigeria, killing 12 villagers.", "Kwada", "Borno", 2),
        # the village of a township: the cue is the village's, the township keeps its name
        ("On 7 March 2022, junta troops killed three villagers in Kyi Kan village of Yinmabin township, Sagaing Region.",
         "Yinmabin", "Sagaing", 2),
    ],
)
def test_places_village_coded_at_its_district(geo: Geoparser, text: str, location: str, admin1: str,
                                              precision: int) -> None:
    place = geo.locate(Article(id="v", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, precision)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # Madanpur of West Bengal and Tekalguda (read as Takalghat) of Maharashtra are namesakes
        ("Maoist rebels set off a landmine in Madanpur block of Aurangabad district, Bihar, wounding four.", "Bihar"),
        ("Maoist rebels ambushed police near Tekalguda village on the border of Sukma and Bijapur districts "
         "in Chhattisgarh on 3 April.", "Chhattisgarh"),
        # negative: a village of the state the text names stays where it is
        ("Maoist rebels killed a villager in Pusnar village of Bijapur district, Chhattisgarh.", "Chhattisgarh"),
    ],
)
def test_places_village_outside_named_state_is_a_namesake(geo: Geoparser, text: str, admin1: str) -> None:
    place = geo.locate(Article(id="v", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1
