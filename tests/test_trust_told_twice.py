"""A lede dated only by when it was said, beside an event of the same kind at the same place the story dates days
before, is most likely that event told twice: its confidence falls below the default cut (trust.weighed)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article, Event
from wirecoder.trust import weighed

_LEDE = "The coalition said on Monday it had carried out air strikes on rebel targets in Saada province."


def _strike(notes: str, day: date, location: str = "Saada", sub: str = "Air/drone strike") -> Event:
    return Event("a", f"e{day}{location}", "Explosions/Remote violence", sub, notes, 0, len(notes), event_date=day,
                 time_precision=1, actor1="Operation Restoring Hope", location=location, confidence=0.75)


@pytest.mark.parametrize(("other", "lowered"), [
    (_strike("Jets struck rebel positions in Saada on Sunday night, killing 14 fighters.", date(2021, 11, 21)), True),
    # another town, another kind of event, or a day after the report: no retelling
    (_strike("Jets struck rebel positions in Marib on Sunday night.", date(2021, 11, 21), "Marib"), False),
    (_strike("Rebels shelled Saada on Sunday.", date(2021, 11, 21), sub="Shelling/artillery/missile attack"), False),
    (_strike("Jets struck Saada again on Tuesday.", date(2021, 11, 23)), False),
])
def test_trust_a_lede_told_twice_is_less_sure(other, lowered):
    lede = _strike(_LEDE, date(2021, 11, 22))
    article = Article("a", _LEDE, published=datetime(2021, 11, 22, 12, 0), events=(lede, other))
    assert (weighed(article, lede).confidence < 0.5) is lowered
