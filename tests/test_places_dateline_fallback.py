"""When every name in the text is dropped as another country's namesake, the story's dateline stands:
the reading that one doubtful name must not empty the result comes back only in the dateline's
country ("CONAKRY - ... in the Ratoma suburb": Conakry, not a hamlet called Ratoma in Argentina)."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

_STORY = ("{name} (Reuters) - Two young men were shot dead in the {place} suburb of the capital on Thursday when "
          "security forces fired on protesters demanding the release of opposition leaders, a rights group said.")


@pytest.mark.parametrize(
    ("dateline", "place", "country"),
    [
        ("Conakry", "Ratoma", "Guinea"),  # a hamlet of that name in Argentina, none in Guinea
        ("Nairobi", "Kibera", "Kenya"),  # the suburb itself is in the dateline's country
    ],
)
def test_places_dateline_fallback_keeps_the_datelines_country(pipeline, dateline: str, place: str, country: str) -> None:
    text = _STORY.format(name=dateline.upper(), place=place).split(" - ", 1)[1]
    article = Article(id="d", text=text, dateline=dateline, title="Two killed in protest")
    (done,) = pipeline.run([article])
    assert done.events
    assert {event.country for event in done.events} == {country}
