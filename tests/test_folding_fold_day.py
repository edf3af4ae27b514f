"""A sentence folded into the event told before it gives that event the day it tells, when the event had none of its
own: "Bandits have killed 12 people in Zamfara. The attack happened on Sunday evening in Kucheri ..."."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article


@pytest.mark.slow
@pytest.mark.parametrize(("lede", "day"), [
    ("Armed men have killed at least nine villagers in a fresh attack in Katsina State.", date(2024, 3, 9)),
    # a lede with a day of its own keeps it
    ("Armed men killed at least nine villagers in an attack in Katsina State on Friday.", date(2024, 3, 8)),
])
def test_folding_a_folded_sentence_gives_its_day(pipeline, lede: str, day: date) -> None:
    text = (f"{lede}\n\nThe attack happened on Saturday night in Faskari, residents said.\n\n"
            "The governor condemned the killings.")
    [article] = pipeline.run([Article("f", text, published=datetime(2024, 3, 12, 8, 0))])
    assert article.events[0].event_date == day
