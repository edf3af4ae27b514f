"""A sentence whose own clause only counts the dead or wounded ("Nine people were killed after a missile struck a
block of flats in Dnipro on Tuesday") tells one event, the one its after-clause names, even when that clause names
its day; a report of its own ("Police arrested 12 people after a grenade attack ... on Sunday") stays apart."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.events.clauses import apart
from wirecoder.model import Article


@pytest.mark.parametrize(("sentence", "split"), [
    ("Nine people were killed after a Russian missile struck an apartment block in Dnipro on Tuesday.", False),
    ("Four soldiers died after their truck hit a mine near Menaka on Sunday.", False),
    ("Six people are dead after gunmen opened fire on a wedding party in Kauru on Saturday night.", False),
    ("Eleven passengers were injured after a bomb exploded on a bus in Quetta on Friday.", False),
    # the sentence's own report, another event than its cause
    ("Police arrested 12 people after a grenade exploded at a bar in Garissa on Sunday.", True),
    ("Troops killed five militants on Monday, a day after a roadside bomb hit a convoy near Gao.", True),
])
def test_events_clauses_a_toll_after_its_cause_is_not_apart(nlp, sentence: str, split: bool) -> None:
    assert (apart(nlp(sentence)) is not None) is split


@pytest.mark.slow
def test_events_clauses_a_toll_after_its_cause_is_the_cause_with_its_toll(pipeline) -> None:
    text = "Nine people were killed after a Russian missile struck an apartment block in Dnipro on Tuesday, officials said."
    [article] = pipeline.run([Article("t", text, published=datetime(2024, 6, 12, 9, 0))])
    assert [(e.sub_event_type, e.actor1, e.fatalities, e.event_date.isoformat()) for e in article.events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Russia", 9, "2024-06-11")]
