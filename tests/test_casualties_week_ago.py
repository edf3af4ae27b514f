"""count_casualties on a death told "a week ago" (sentences written for these tests): counted back from
the report, it dates the news itself; only in a relative clause, or a month or more back, is it an
earlier death."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Gunmen killed three people in an attack on a village near Djibo a week ago, officials said.", 3),
        ("Two soldiers were killed one week ago when their patrol hit a mine outside Mopti, the army said.", 2),
        ("Bandits shot dead a herder in Anka a week ago.", 1),
        # An earlier death: in a relative clause, or a month back.
        ("Police arrested a man who killed his neighbour a week ago.", 0),
        ("Gunmen killed three people in Mopti a month ago.", 0),
        ("Residents buried the two traders killed several weeks ago in Bunia.", 0),
    ],
)  # fmt: skip
def test_casualties_week_ago(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason
