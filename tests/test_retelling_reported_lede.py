"""A lede dated only by when it was said ("... have been killed, officials said on Monday") may tell the event a
later sentence dates to a day of the week before ("... stormed the parish early on Sunday"): one event, dated by
the later sentence (retelling.reported_after, merging.same_event, folding.fold_told)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.merging import merge, same_event
from wirecoder.model import Article, Event
from wirecoder.retelling import reported_after, same_day_told


def _event(notes: str, day: date, actor1: str | None = "Unidentified Armed Group (Nigeria)") -> Event:
    return Event("a", f"e{day}", "Violence against civilians", "Attack", notes, 0, len(notes), event_date=day,
                 time_precision=1, actor1=actor1)


_SAID_MONDAY = "At least 12 people have been killed in an attack on a market in central Nigeria, police said on Monday."
_TOLD_SUNDAY = "Gunmen on motorbikes opened fire on traders at the Kwall market late on Sunday."


@pytest.mark.parametrize(("lede", "lede_day", "other_day", "expected"), [
    (_SAID_MONDAY, date(2022, 3, 7), date(2022, 3, 6), True),  # said Monday, happened Sunday
    (_SAID_MONDAY, date(2022, 3, 7), date(2022, 2, 20), False),  # over a week before: another event
    (_SAID_MONDAY, date(2022, 3, 7), date(2022, 3, 8), False),  # after the report: not its event
    # a lede that tells its own day is dated by it
    ("Gunmen killed 12 people at a market in central Nigeria on Monday, police said.", date(2022, 3, 7),
     date(2022, 3, 6), False),
])
def test_retelling_reported_after_only_for_a_lede_dated_by_its_report(lede, lede_day, other_day, expected):
    assert reported_after(_event(lede, lede_day), _event(_TOLD_SUNDAY, other_day)) is expected
    assert same_day_told(_event(lede, lede_day), _event(_TOLD_SUNDAY, other_day)) is expected


def test_merging_same_event_and_merge_take_the_day_it_happened():
    lede, told = _event(_SAID_MONDAY, date(2022, 3, 7)), _event(_TOLD_SUNDAY, date(2022, 3, 6))
    assert same_event(lede, told)
    assert merge(lede, told, "").event_date == date(2022, 3, 6)


def test_merging_another_doer_is_still_another_event():
    lede = _event(_SAID_MONDAY, date(2022, 3, 7), "Operation Restoring Hope")
    told = _event(_TOLD_SUNDAY, date(2022, 3, 6), "Military Forces of Yemen Houthi")
    assert not same_event(lede, told)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "day", "location"), [
    ("At least 30 people have been killed in an attack on a church in north-eastern Congo, local "
     "officials said on Tuesday.\n\n"
     "Fighters from the Allied Democratic Forces stormed a Catholic parish in the village of Mambasa in Ituri "
     "province during an overnight prayer vigil early on Monday, shooting and hacking worshippers.\n\n"
     "The United Nations condemned the killings.", date(2024, 5, 13), "Mambasa"),
    ("At least 20 civilians have been killed in an attack in northern Burkina Faso, security "
     "sources said on Thursday.\n\n"
     "Suspected jihadists raided the village of Seytenga in the Seno province on Wednesday evening, shooting "
     "residents and burning shops, a local official said.\n\n"
     "The government declared three days of national mourning.", date(2024, 5, 15), "Seytenga"),
])
def test_pipeline_a_lede_dated_by_its_report_and_its_telling_are_one_event(pipeline, text, day, location):
    (article,) = pipeline.process([Article("a", text, published=datetime(2024, 5, 16, 9, 0))])
    violent = [e for e in article.events if e.event_type == "Violence against civilians"]
    assert len(violent) == 1
    assert violent[0].event_date == day and violent[0].location == location
