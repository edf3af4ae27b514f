"""Camps of refugees and displaced people: the people named in them come from another country,
so their demonyms do not move the camp abroad. Texts are our own, in wire style."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places.recognise import recognise


@pytest.mark.parametrize(
    ("text", "dateline", "home", "country", "location"),
    [
        ("Two Somali refugees were shot dead on Tuesday in the Dadaab refugee camp, police said. "
         "The Somali government condemned the killing.", "MOGADISHU", None, "Kenya", "Dadaab"),
        ("Two Somali refugees were shot dead on Tuesday in the Dadaab refugee camp, police said.",
         None, "Somalia", "Kenya", "Dadaab"),
        ("A Nuer man was killed by Dinka youths during a fight in Kakuma refugee camp on Sunday.",
         None, None, "Kenya", "Kakuma"),
        ("South Sudanese refugees rioted over food rations in the Kakuma camp, a UN official said.",
         None, "Kenya", "Kenya", "Kakuma"),
        ("Malian refugees at the refugee camp of Mbera protested against cuts in rations on Friday.",
         None, "Mali", "Mauritania", "Mbera"),
    ],
)
def test_places_camps_refugee_camp_abroad_stays(geo, text, dateline, home, country, location):
    article = Article(id="c", text=text, dateline=dateline)
    place = geo.locate(article, 0, text.index(".") + 1, home=home)
    assert place is not None and (place.country, place.location) == (country, location)


@pytest.mark.parametrize(
    "text",
    [
        # No refugees or displaced people: a camp of soldiers in a story about another country is
        # judged as any other name.
        "Ethiopian troops pulled out of the Dadaab camp near the border, Ethiopian officials said.",
    ],
)
def test_places_camps_bare_camp_needs_refugees(geo, text):
    mentions = recognise(geo.gazetteer, text)
    assert not any(m.camp for m in mentions)


def test_places_camps_camp_far_from_the_assumed_country_still_needs_support(geo):
    # The gazetteer's only "Ifo" is a town in Nigeria: nothing in a Kenyan story points there.
    text = "An unidentified gunman shot a refugee inside Ifo camp on Monday night."
    place = geo.locate(Article(id="c", text=text), 0, len(text), home="Kenya")
    assert place is not None and place.country == "Kenya"
