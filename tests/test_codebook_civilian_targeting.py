"""ACLED's civilian_targeting: every attack on civilians and every use of excessive force on
demonstrators, and remote or mob violence whose target is civilians; never a clash, an intervention or
a riot against the police."""

from __future__ import annotations

import pytest

from wirecoder.events.codebook import civilian_targeting, with_sub_event_type
from wirecoder.model import Article, Event


def _event(sub: str, inter2: int | None) -> Event:
    blank = Event(article_id="a", event_id="e", event_type="", sub_event_type="", notes="", evidence_start=0,
                  evidence_end=1, inter2=inter2)
    return with_sub_event_type(blank, sub)


@pytest.mark.parametrize(
    ("sub", "inter2", "value"),
    [
        ("Attack", 7, "Civilian targeting"),
        ("Abduction/forced disappearance", 7, "Civilian targeting"),
        ("Excessive force against protesters", 1, "Civilian targeting"),
        ("Shelling/artillery/missile attack", 7, "Civilian targeting"),
        ("Air/drone strike", 2, None),
        ("Mob violence", 7, "Civilian targeting"),
        ("Mob violence", 1, None),
        ("Violent demonstration", 7, None),
        ("Protest with intervention", 1, None),
        ("Armed clash", 7, None),
    ],
)
def test_codebook_civilian_targeting_rule(sub, inter2, value) -> None:
    assert civilian_targeting(_event(sub, inter2)) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 14 October 2022, police opened fire on protesters in N'Djamena, killing five.", "Civilian targeting"),
        ("On 3 July 2022, riot police fired tear gas at protesters in Freetown.", None),
        ("On 9 May 2021, Russian missiles struck apartment blocks in Kharkiv, killing six civilians.",
         "Civilian targeting"),
    ],
)
def test_codebook_civilian_targeting_in_the_pipeline(pipeline, text, value) -> None:
    [article] = pipeline.run([Article(id="t", text=text, origin="test")])
    assert article.events[0].civilian_targeting == value
