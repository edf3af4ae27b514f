"""Context rules of the geoparser on coder-style notes and wire sentences we wrote: coders' hints,
unit words, national divisions, peoples, namesakes abroad and names that are not places."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.divisions import national_divisions


def _where(geo: Geoparser, text: str) -> tuple[str | None, str | None, str | None]:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None, text
    return place.location, place.admin1, place.country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coder's hint names the place coded, over the village it stands for.
        (
            "Villagers beat a suspected thief to death in Gatwiga village (coded as Kutus, Kirinyaga County).",
            ("Kutus", "Kirinyaga", "Kenya"),
        ),
        (
            "Raiders shot a herder in Chepkoi (Elgeyo-Marakwet, coordinates for Endo used).",
            ("Endo", "Elgeyo-Marakwet", "Kenya"),
        ),
        # A town the text puts in a division where the gazetteer has none of the name is a place
        # of that division it lacks (never a namesake abroad): its name, in the division.
        (
            "Suspected jihadists killed 12 civilians in Boni, in the central Mopti region, on Tuesday.",
            ("Boni", "Mopti", "Mali"),
        ),
        # "X estate in Y town": X inside Y, so a famous X abroad is not meant.
        (
            "A mob lynched a suspected burglar at Dallas estate in Embu town on Sunday night.",
            ("Embu", "Embu", "Kenya"),
        ),
        # A weekday after a name does not make it part of a longer name.
        (
            "A suspected robber was lynched by residents in Murang'a Thursday morning.",
            ("Murang'a", "Murang'a", "Kenya"),
        ),
        # The division the text names after a town overrides the gazetteer's older boundary...
        (
            "Gunmen killed two herders near Kapedo in Tiaty, Baringo county, on Sunday.",
            ("Kapedo", "Baringo", "Kenya"),
        ),
        ("Militants attacked a police camp at Kutulo, Wajir, before dawn.", ("Kutulo", "Wajir", "Kenya")),
        # ... and a namesake far outside it is another place: coded in the named division.
        ("An IED hit a lorry near Sankuri (Lamu county) on Friday.", ("Sankuri", "Lamu", "Kenya")),
        # Two towns joined by a dash name a road's ends, not a town inside a division.
        (
            "Residents blocked the Kikuyu-Dagoretti road to protest its poor state.",
            ("Kikuyu", "Kiambu", "Kenya"),
        ),
        # A possessive written without its apostrophe.
        (
            "Hawkers fought running battles with county askaris in Nairobis Gikomba market.",
            ("Nairobi", "Nairobi", "Kenya"),
        ),
    ],
)
def test_places_context_event_place(geo: Geoparser, text: str, expected: tuple) -> None:
    assert _where(geo, text) == expected


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Two people were shot dead in an attack in Laisamis sub-county on Friday.", "Marsabit"),
        ("Residents of Kwanza constituency blocked the road to protest insecurity.", "Trans Nzoia"),
        ("Police dispersed rioting youths in Dandora on Tuesday evening.", "Nairobi"),
        ("Bandits torched houses in Kapsowar ward overnight.", "Elgeyo-Marakwet"),
    ],
)
def test_places_context_national_units_resolve(geo: Geoparser, text: str, admin1: str) -> None:
    _location, got, country = _where(geo, text)
    assert (got, country) == (admin1, "Kenya")


def test_places_context_units_have_second_order_names(geo: Geoparser) -> None:
    text = "Gunmen killed two traders in Watamu on Monday."
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None and place.admin1 == "Kilifi" and place.admin2 == "Kilifi North"


def test_places_context_divisions_are_linked_to_counties() -> None:
    units = national_divisions()
    assert {u.level for u in units} == {2, 3}
    wards = [u for u in units if u.level == 3]
    assert all(u.parent and u.latitude is not None for u in wards)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Clashes between Hawiye clan militias left five dead.", "Somalia"),
        ("Degodia herders and Garre militia fought over a water point.", "Kenya"),
        ("Yazidi returnees protested against the slow reconstruction of their homes.", "Iraq"),
        ("Fulani herdsmen attacked farmers, killing eight.", "Nigeria"),
    ],
)
def test_places_context_peoples_give_the_country(geo: Geoparser, text: str, country: str) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None and place.country == country and place.admin1 is None  # the country only


@pytest.mark.parametrize("people", ["Pokot", "Hawiye", "Fulani", "Yazidi"])
def test_places_context_peoples_are_not_states(geo: Geoparser, people: str) -> None:
    # "Pokot militia" is evidence of Kenya, never Kenya's forces acting.
    assert geo.country(people) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a village and battled police in a Christmas attack.",
        "Sex workers marched to promote Pre-Exposure prophylaxis.",
        "TNA supporters protested after their candidate disappeared.",
        "Traders clashed outside Barclays Bank over the weekend.",
    ],
)
def test_places_context_names_that_are_not_places(geo: Geoparser, text: str) -> None:
    assert [p.name for p in geo.find(Article(id="t", text=text)) if p.feature != "demonym"] == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Moyale", "Garissa", "Mandera", "Lodwar"]), st.sampled_from(["Kate", "Funan", "Liter"]))
def test_places_context_one_doubtful_name_never_empties(geo: Geoparser, town: str, other: str) -> None:
    text = f"Nine people died in {town} after militias raided {other} village and moved towards {other}-Nyata."
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police arrested two men after a brawl in Bodø on Friday.", "Norway"),
        ("A bomb exploded near the market in Naga City, Camarines Sur.", "Philippines"),
    ],
)
def test_places_context_peoples_yield_to_towns(geo: Geoparser, text: str, country: str) -> None:
    _location, _admin1, got = _where(geo, text)
    assert got == country
