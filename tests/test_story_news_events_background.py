"""What a story tells as background is no event of its own and adds nothing to its news: "The attack came two
days after jets bombed camps on Lake Chad"; and a lede dated only by its toll's count ("the death toll rose to four
on Wednesday") takes the day its body tells ("The bomb went off on Monday night")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article
from wirecoder.story import _CAME_APART

PUBLISHED = datetime(2024, 5, 16, 9, 0)  # a Thursday


def _run(pipeline, text: str) -> list:
    [article] = pipeline.run([Article("s1", text, published=PUBLISHED)])
    return sorted(article.events, key=lambda e: e.evidence_start)


@pytest.mark.parametrize(("sentence", "apart"), [
    ("The raid came barely three weeks after attacks on villages in Bokkos killed dozens.", True),
    ("The bombing came just two days after a mine killed a soldier in Mamund.", True),
    ("It came less than a month after gunmen stormed a school in Kuriga.", True),
    ("The attack came after months of tension over grazing land.", False),
])
def test_story_came_apart_reads_qualified_distances(sentence: str, apart: bool) -> None:
    assert (_CAME_APART.match(sentence) is not None) is apart


@pytest.mark.slow
@pytest.mark.parametrize("background", [
    "The attack came two days after air force jets bombed militant camps on islands in Lake Chad.",
    "The raid came barely three weeks after coordinated attacks on villages in Bokkos killed nearly 200 people.",
])
def test_story_what_the_event_came_after_is_background(pipeline, background: str) -> None:
    text = ("Gunmen killed six villagers in an attack on a village near Mangu in Plateau state, Nigeria, on Tuesday, "
            "residents said.\n\n"
            "The attackers arrived on motorcycles and set fire to houses, a resident said.\n\n"
            f"{background}\n\nThe police said officers had been deployed to the area.")
    events = _run(pipeline, text)
    assert [(e.location, e.fatalities) for e in events] == [("Mangu", 6)]


@pytest.mark.slow
@pytest.mark.parametrize(("lede", "day"), [
    # dated by the count only: the body's day is the event's
    ("The death toll from a bomb blast at a market in Cotabato City rose to four on Wednesday, police said.",
     date(2024, 5, 13)),
    # dated by its own day: the lede's day stands, the body's other day is another event
    ("The death toll from Tuesday's bomb blast at a market in Cotabato City rose to four, police said.",
     date(2024, 5, 14)),
])
def test_story_a_toll_counted_on_a_day_is_dated_by_its_body(pipeline, lede: str, day: date) -> None:
    text = (f"{lede}\n\nThe bomb went off at about 9 p.m. on Monday as traders were closing their stalls, "
            "police said.\n\nThe city government offered a reward for information on the bombers.")
    events = [e for e in _run(pipeline, text) if e.event_type != "Strategic developments"]
    assert events[0].event_date == day and events[0].fatalities == 4
