"""What a story's event came hours after is news of the same day, an event of the story ("The release came
hours after a motorcycle bomb blew up near a police van in Khar"); what it came days after stays background."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article

PUBLISHED = datetime(2023, 7, 11, 9, 0)  # a Tuesday
LEDE = ("Two policemen were killed when militants attacked a check post in Kulachi tehsil of Dera Ismail Khan "
        "late on Monday night, police said.\n\nThe attackers fled after reinforcements arrived, police said.\n\n"
        "The police later said they had arrested four suspects in a raid in Bannu on Monday.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize(("after", "told"), [
    ("The arrests came hours after a motorcycle loaded with explosives blew up near a police van in Khar, "
     "the headquarters of Bajaur district, on Tuesday morning, injuring three policemen.", True),
    ("The arrests came two days after a motorcycle loaded with explosives blew up near a police van in Khar, "
     "the headquarters of Bajaur district, injuring three policemen.", False),
])
def test_story_what_came_hours_before_is_news(pipeline, after: str, told: bool) -> None:
    [article] = pipeline.run([Article("h", LEDE + after, published=PUBLISHED)])
    khar = [e for e in article.events if e.location == "Khar"]
    assert bool(khar) is told
    if told:  # an event of its own, on the day its clause tells, not folded into the clash at Kulachi
        assert [e.event_date for e in khar] == [date(2023, 7, 11)]
        assert any(e.location == "Kulachi" for e in article.events)
