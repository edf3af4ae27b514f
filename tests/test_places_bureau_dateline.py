"""A desk city's dateline that the text never names, over a story that names another town of the country again
and again ("ISLAMABAD (Xinhua) -- ... clashed in Hyderabad ..."), is where the story was filed: a sentence with
no place of its own is at the story's town. A dateline the text names, or a story naming no town twice, keeps it."""

from __future__ import annotations

from wirecoder.model import Article, Place
from wirecoder.places.focus import focus


def _place_of_last(locate_geo, text: str, dateline: str):
    article = Article(id="b", text=text, dateline=dateline)
    last = text.rindex("\n\n") + 2
    return locate_geo.locate(article, last, len(text))


def test_places_bureau_dateline_yields_to_the_story_town(geo) -> None:
    text = ("Workers of two parties clashed in Hyderabad on Monday, police said.\n\nThe clash broke out near the "
            "Hyderabad Press Club.\n\nThe two sides then pelted each other with stones, police said.")
    assert _place_of_last(geo, text, "Islamabad").location == "Hyderabad"


def _place(location: str, start: int, country: str = "Pakistan") -> Place:
    return Place(name=location, start=start, end=start + len(location), location=location, country=country,
                 feature="city", geo_precision=1)


def test_places_bureau_dateline_focus() -> None:
    dateline = _place("Islamabad", -1)
    story = [_place("Hyderabad", 40), _place("Hyderabad", 120), _place("Karachi", 200)]
    assert focus([dateline, *story]).location == "Hyderabad"
    # named in the text, or no town named twice: the dateline stays the story's place
    assert focus([dateline, *story, _place("Islamabad", 260)]).location == "Islamabad"
    assert focus([dateline, _place("Hyderabad", 40), _place("Karachi", 200)]).location == "Islamabad"
    # a dateline no desk's city (a town's own paper): it stays
    assert focus([_place("Sukkur", -1), *story]).location == "Sukkur"
