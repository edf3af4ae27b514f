"""A lede that rounds up raids on several villages ("rebels attacked several villages over the weekend, killing
11") sums up the raids told after it, each an event of its own; a raid told on a day of its own ("On Sunday, the
rebels raided Quissanga") is not the one told before it, however it points back ("the rebels")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article
from wirecoder.retelling import counts_several


@pytest.mark.parametrize(("sentence", "several"), [
    ("Rebels attacked several villages in Cabo Delgado province over the weekend, killing at least 11 people.", True),
    ("Bandits raided a number of villages in Zamfara state, killing 20 people.", True),
    # a raid on the villages it counts is one raid
    ("Soldiers raided three villages in Myaung township on Monday, killing four men.", False),
    ("Gunmen attacked a village near Macomia, killing five people.", False),
    ("The rebels attacked three soldiers at a checkpoint.", False),
])
def test_story_lede_rounds_up_villages(sentence: str, several: bool) -> None:
    assert counts_several(sentence) is several


@pytest.mark.slow
def test_story_round_up_gives_each_raid(pipeline) -> None:
    text = ("Islamist rebels attacked several villages in northern Mozambique's Cabo Delgado province over the "
            "weekend, killing at least 11 people, officials said.\n\nThe insurgents beheaded five men in a village "
            "near Macomia town on Saturday, a district official said.\n\nOn Sunday, the rebels raided Quissanga, "
            "a coastal town, burning the district administration building and killing six civilians.\n\n"
            "Thousands of people have fled to Pemba, the provincial capital.")
    [article] = pipeline.run([Article("r", text, published=datetime(2021, 6, 29, 9, 0))])
    told = sorted((e.location, e.event_date, e.fatalities) for e in article.events)
    assert told == [("Macomia", date(2021, 6, 26), 5), ("Quissanga", date(2021, 6, 27), 6)]


@pytest.mark.slow
def test_story_body_found_days_later_is_the_toll(pipeline) -> None:
    # no one doing anything on the later day: the victim's body found is the abduction's outcome, not a new event
    text = ("Gunmen abducted a teacher from his home in Maiduguri, Borno state, on Monday, police said. The "
            "teacher's body was found on Thursday near a river outside the city. No group has claimed the "
            "abduction.")
    [article] = pipeline.run([Article("b", text, published=datetime(2021, 3, 12, 9, 0))])
    assert [(e.event_date, e.fatalities) for e in article.events] == [(date(2021, 3, 8), 1)]
