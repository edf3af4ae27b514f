"""Notes through the pipeline (written for these tests): deaths "by shelling" told right after two sides'
exchange of fire, with no one, place or day of their own, are that fighting's; shelling someone is
named doing, or told on another day, is an event of its own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_type", "fatalities"),
    [
        ("On 27 February 2019, Indian and Pakistani forces exchanged fire along the LoC in Poonch (Jammu and "
         "Kashmir). A woman and her two children were killed by shelling on the Pakistani side.", "Battles", 3),
        ("On 4 March 2020, Armenian and Azerbaijani forces clashed near Tovuz (Tovuz). Two soldiers were killed "
         "by artillery fire.", "Battles", 2),
        # Shelling on a day of its own stays apart: the clash told first keeps its toll.
        ("On 4 March 2020, Armenian and Azerbaijani forces clashed near Tovuz (Tovuz). On 6 March, two "
         "soldiers were killed by artillery fire near Tovuz.", "Battles", 0),
    ],
)  # fmt: skip
def test_casualties_shelling_in_fighting(pipeline, text: str, event_type: str, fatalities: int) -> None:
    [article] = list(pipeline.run([Article(id="s", text=text, origin="test")]))
    first = article.events[0]
    assert (first.event_type, first.fatalities) == (event_type, fatalities), [
        (e.event_type, e.fatalities) for e in article.events]
