"""The country assumed for an article (its source's usual one, or the user's) as geocoding context:
namesakes read at home, stray namesakes abroad dropped, nationalities naming no place, places
abroad the text names kept. Sentences are our own, in wire and coder-note style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.model import Article, Place
from wirecoder.places import Geoparser


def _where(geo: Geoparser, text: str, home: str | None) -> Place:
    article = Article(id="t", text=text)
    place = geo.locate(article, 0, len(text), geo.find(article, home), home)
    assert place is not None, text
    return place


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        # A name found at home and abroad is read at home ...
        ("Traders in Eastleigh shut their shops to protest against extortion by gangs.", "Kenya",
         ("Nairobi", "Kenya")),
        ("Hawkers clashed with county askaris near Turbo on Tuesday.", "Kenya", ("Uasin Gishu", "Kenya")),
        ("Students set a dormitory ablaze at a school in Suba on Friday night.", "Kenya", ("Homa Bay", "Kenya")),
        # ... and a town abroad next to the assumed country may be where it happened.
        ("Bandits torched homes in Moyale overnight.", "Ethiopia", ("Marsabit", "Kenya")),
    ],
)
def test_places_home_reads_namesakes_in_the_assumed_country(
    geo: Geoparser, text: str, home: str, expected: tuple[str, str]
) -> None:
    place = _where(geo, text, home)
    assert (place.admin1, place.country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A mob lynched a suspected thief in Buruburu on Sunday.",  # an estate, not a village in Ivory Coast
        "Boda boda riders blocked the highway to protest police harassment.",  # taxis, not a town in CAR
        "Youths heckled supporters of Kibaki at a rally.",  # a politician, not a village in Ukraine
        "Police killed four suspected militants in Dodori Forest.",  # a forest, not a spelling of Tarforst
        # A bare name next door is a person as often as a village across the border (Ndungu, Tanzania).
        "The gang's leader Ndungu was shot dead by unknown gunmen on Sunday.",
    ],
)
def test_places_home_drops_small_namesakes_abroad(geo: Geoparser, text: str) -> None:
    place = _where(geo, text, "Kenya")
    assert (place.country, place.admin1, place.latitude) == ("Kenya", None, None)
    assert "assumed" in place.reason


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Somali militiamen shot dead a herder on Tuesday.", "Kenya"),
        ("Gunmen killed a Sudanese refugee on Friday.", "Kenya"),
        ("Ethiopian raiders stole 300 camels and fled.", "Kenya"),
        ("Gunmen killed three police officers near the Somali border.", "Kenya"),
        ("Turkish drones struck a car carrying two fighters, a monitor said.", "Syria"),
        ("Iranian-backed militiamen fired rockets at a base, officials said.", "Iraq"),
    ],
)
def test_places_home_nationalities_do_not_place_the_event(geo: Geoparser, text: str, home: str) -> None:
    place = _where(geo, text, home)
    assert (place.country, place.admin1, place.latitude, place.geo_precision) == (home, None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan troops clashed with al-Shabaab fighters in Kismayo on Monday.", ("Lower Juba", "Somalia")),
        ("Al-Shabaab fighters ambushed a convoy in Mogadishu.", ("Banadir", "Somalia")),
        ("Police in Juba arrested a Kenyan trader on Monday.", ("Central Equatoria", "South Sudan")),
        ("A Kenyan herder was killed in Somalia by militants.", (None, "Somalia")),  # the country, no more
        ("Raiders who crossed from Uganda stole 200 cattle in Turkana.", ("Turkana", "Kenya")),
        # A village just across the border that the text names as a place stays.
        ("Traders blocked the road in Ndungu to protest a new levy.", ("Kilimanjaro", "Tanzania")),
        ("Shelling killed twelve Ethiopian migrants in Saada.", ("Sadah", "Yemen")),
    ],
)
def test_places_home_keeps_places_abroad_the_text_names(
    geo: Geoparser, text: str, expected: tuple[str | None, str]
) -> None:
    home = "Yemen" if "Saada" in text else "Kenya"
    place = _where(geo, text, home)
    assert (place.admin1, place.country) == expected


def test_places_home_reason_says_when_the_assumed_country_decided(geo: Geoparser) -> None:
    place = _where(geo, "Traders in Eastleigh shut their shops on Monday.", "Kenya")
    assert "because Kenya is assumed" in place.reason and "United Kingdom" in place.reason


def test_places_home_without_a_country_nothing_is_assumed(geo: Geoparser) -> None:
    article = Article(id="t", text="Residents protested over water shortages.")
    assert geo.locate(article, 0, len(article.text)) is None
    assert geo.locate(article, 0, len(article.text), home="Kenya") == geo.locate(
        article, 0, len(article.text), home="KEN"
    )


def test_places_home_unknown_country_is_an_error(geo: Geoparser) -> None:
    with pytest.raises(ValueError, match="Narnia"):
        geo.find(Article(id="t", text="Clashes in Nakuru."), "Narnia")


def test_places_home_second_reading_equals_a_fresh_one(geo: Geoparser) -> None:
    article = Article(id="t", text="Traders in Eastleigh and Nakuru protested against new levies.")
    first, again = geo.find(article), geo.find(article, "Kenya")  # the second reuses the mentions
    fresh = Geoparser(geo.gazetteer).find(Article(id="t", text=article.text), "Kenya")
    assert again == fresh and first != again


_NATIONALITIES = ["Somali", "Ethiopian", "Ugandan", "Sudanese", "Tanzanian", "Iraqi", "Syrian", "Turkish"]
_TEMPLATES = [
    "{n} gunmen attacked a bus and killed four passengers.",
    "Police arrested two {n} nationals after a grenade attack.",
    "A {n} trader was shot dead by robbers on Friday night.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_NATIONALITIES),
    st.sampled_from(_TEMPLATES),
    st.sampled_from(["Kenya", "Somalia", "Iraq", "Yemen"]),
)
def test_places_home_a_nationality_never_locates_an_event_abroad(
    geo: Geoparser, nationality: str, template: str, home: str
) -> None:
    place = _where(geo, template.format(n=nationality), home)
    assert place.country == home or place.feature not in {"demonym", "country"}


_SENTENCES = [
    "Kenyan police shot dead two robbers in Nakuru on Monday.",
    "Somali militiamen attacked a police post near Mandera.",
    "Traders in Eastleigh protested against extortion by gangs.",
    "Iraqi troops clashed with fighters in Mosul, a Kurdish official said.",
    "Ugandan soldiers and Kenyan police met at the border.",
    "A mob lynched a suspected thief in Buruburu on Sunday.",
    "Ethiopian raiders stole camels from herders in Moyale.",
]


def _where_fields(places: tuple[Place, ...]) -> list[tuple[object, ...]]:
    return [(p.name, p.start, p.country, p.admin1, p.location, p.feature) for p in places]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SENTENCES), st.sampled_from(["Kenya", "Somalia", "Iraq", "Uganda"]))
def test_places_home_reuses_previous_places_only_when_nothing_changes(geo: Geoparser, text: str, home: str) -> None:
    article = Article(id="t", text=text)
    previous = geo.find(article)
    assert _where_fields(geo.find(article, home, previous)) == _where_fields(geo.find(article, home))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nationalities elsewhere in the story tip the name to an English town, which nothing
        # supports: the reading in the assumed country stands instead of no place at all.
        ("A grenade went off outside a mosque in Eastleigh on Friday. Police later held six "
         "Yemeni nationals and a Somali man.", ("Eastleigh", "Nairobi")),
        # A unit the gazetteer knows only abroad (a former province) does not veto the town before it.
        ("Traders in Isiolo town in Eastern Province closed their shops in protest on Monday.", ("Isiolo", "Isiolo")),
    ],
)
def test_places_home_reads_a_name_at_home_when_its_reading_abroad_is_unsupported(
    geo: Geoparser, text: str, expected: tuple[str, str]
) -> None:
    place = _where(geo, text, "Kenya")
    assert (place.location, place.admin1, place.country) == (*expected, "Kenya")
