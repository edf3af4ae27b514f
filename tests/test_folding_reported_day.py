"""A lede dated only by the day it was reported ("killing four officers, police said Tuesday") takes the day a
sentence folded into it tells ("The rebels detonated a land mine under the lead vehicle late Monday")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article
from wirecoder.retelling import dated_by_report


@pytest.mark.parametrize(("sentence", "reported"), [
    ("Rebels ambushed a patrol in Bijapur district, killing four officers, police said Tuesday.", True),
    ("The death toll from a blast at a market rose to four on Wednesday.", True),
    ("Rebels ambushed a patrol in Bijapur district late Monday, killing four officers, police said Tuesday.", False),
    ("Rebels ambushed a patrol in Bijapur district, killing four officers.", False),  # no day at all
])
def test_folding_dated_by_report(sentence: str, reported: bool) -> None:
    assert dated_by_report(sentence) is reported


@pytest.mark.slow
@pytest.mark.parametrize(("lede", "day"), [
    ("Suspected Maoist rebels ambushed a police patrol in a forest in Sukma district, killing four officers, "
     "police said Tuesday.", date(2023, 1, 16)),
    # a lede that tells its own day keeps it
    ("Suspected Maoist rebels ambushed a police patrol in a forest in Sukma district on Tuesday, killing four "
     "officers.", date(2023, 1, 17)),
])
def test_folding_a_reported_lede_takes_the_day_told(pipeline, lede: str, day: date) -> None:
    text = (f"{lede}\n\nThe rebels detonated a land mine under the lead vehicle late Monday and then opened "
            "fire on the officers, a police officer said.\n\nThe state government condemned the attack.")
    [article] = pipeline.run([Article("r", text, published=datetime(2023, 1, 17, 11, 0))])
    assert article.events[0].event_date == day
