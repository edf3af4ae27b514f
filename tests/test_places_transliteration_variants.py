"""Another romanisation of a town the gazetteer knows under its own name (places.names.transliteration_key,
Gazetteer.lookup_transliterated): Arabic and Hausa vowels and q/k ("Fallouja", "Baqouba", "Maidugiri"),
Russian spellings of Ukrainian towns (g/h: "Gulyaipole", "Ugledar"). A short key needs a locative cue, a
name of several words or a town of another length is no such variant. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.names import transliteration_key


@pytest.mark.parametrize(
    ("text", "admin1", "latitude", "longitude"),
    [
        ("On 3 May 2016, a car bomb exploded in Fallouja, Anbar province, killing four policemen.", "Al Anbar", 33.35, 43.78),
        ("On 3 May 2016, gunmen shot dead a judge in Baqouba, Iraqi police said.", "Diyala", 33.75, 44.64),
        ("On 3 May 2016, a suicide bomber struck a market in Maidugiri, Nigerian police said.", "Borno", 11.85, 13.16),
        ("On 3 May 2024, RSF shells hit a hospital in Al-Fasher, Sudanese medics said.", "North Darfur", 13.63, 25.35),
        ("On 19 July 2022, Russian artillery hit Gulyaipole in Zaporozhye region, wounding two residents.",
         "Zaporizhzhia", 47.66, 36.26),
        ("On 2 October 2022, Russian artillery shelled Ugledar in Donetsk region, Ukraine's military said.",
         "Donetsk", 47.78, 37.25),
    ],
)
def test_places_transliteration_variant_found(geo: Geoparser, text: str, admin1: str, latitude: float,
                                              longitude: float) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1
    assert abs(place.latitude - latitude) < 0.2 and abs(place.longitude - longitude) < 0.2


@pytest.mark.parametrize(
    ("key", "other", "slavic"),
    [("fallouja", "fallujah", False), ("baqouba", "baqubah", False), ("al fasher", "el fashir", False),
     ("gulyaipole", "huliaipole", True), ("ugledar", "vuhledar", True), ("zaporozhye", "zaporizhzhia", True)],
)
def test_places_transliteration_key_equal(key: str, other: str, slavic: bool) -> None:
    assert transliteration_key(key, slavic=slavic) == transliteration_key(other, slavic=slavic) != ""


@pytest.mark.parametrize(
    ("key", "absent"),
    [
        ("state house", "Southsea"),  # several words: no transliteration of one name
        ("myaung", "Myanaung"),  # a short key and a town two letters longer
        ("myaung", "Manaung"),
        ("hamas", "Homs"),  # likewise: a name, not a spelling of Homs
    ],
)
def test_places_transliteration_not_alike(geo: Geoparser, key: str, absent: str) -> None:
    gazetteer = geo.gazetteer
    assert absent not in {gazetteer.names[h.entry] for h in gazetteer.lookup_transliterated(key)}


def test_places_transliteration_short_key_needs_a_cue(geo: Geoparser) -> None:
    # "flj" is shared by many towns: Fallouja is read only where a cue says a place follows
    text = "Fallouja's mayor met the governor, Iraqi officials said."
    places = geo.find(Article(id="t", text=text))
    assert not any(p.location and p.location.startswith("Fall") for p in places)
