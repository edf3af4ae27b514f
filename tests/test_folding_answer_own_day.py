"""Forces that struck raiders on a day of their own fought another fight, not the answer to the raid just told
("Two herdsmen were shot dead on Thursday night ... On Friday afternoon, soldiers intercepted a group of warriors
near Nadunget, killing three of them")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article

RAID = ("Two herdsmen were shot dead on Thursday night when armed warriors raided a kraal in Kotido District "
        "and drove away 200 head of cattle, police said.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize(("answer", "days"), [
    ("On Friday afternoon, soldiers intercepted a group of the raiders near Moroto, killing three of them in "
     "a gunfight, the army said.", [date(2022, 3, 10), date(2022, 3, 11)]),
    # told with no day of its own, it is the raid's answer, folded in
    ("Soldiers pursued the raiders and killed three of them in a gunfight, the army said.", [date(2022, 3, 10)]),
])
def test_folding_an_answer_on_its_own_day_is_another_event(pipeline, answer: str, days: list[date]) -> None:
    [article] = pipeline.run([Article("a", RAID + answer, published=datetime(2022, 3, 12, 8, 0))])
    assert sorted(e.event_date for e in article.events) == days
