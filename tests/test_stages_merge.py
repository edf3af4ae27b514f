"""dedup's merging of two tellings of one event, on events built by hand (no parse)."""

from __future__ import annotations

import pytest

from wirecoder.model import Article, Event
from wirecoder.merging import merge, same_event
from wirecoder.stages import dedup, segment


def _event(start: int, actor1: str | None, fatalities: int = 0, confidence: float = 0.7) -> Event:
    return Event(
        article_id="a", event_id=f"a-{start}", event_type="Violence against civilians", sub_event_type="Attack",
        notes="", evidence_start=start, evidence_end=start + 60, actor1=actor1, inter1=3 if actor1 else None,
        country="Nigeria", fatalities=fatalities, confidence=confidence,
    )


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        # "Eight people were killed in an attack ... Boko Haram fighters raided the village": the
        # unknown perpetrator of the toll may be the group the next sentence names.
        ("Unidentified Armed Group (Nigeria)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", True),
        ("Unidentified Armed Group (Nigeria)", "Unidentified Communal Militia (Nigeria)", True),
        # Two named groups are two parties.
        ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State West Africa Province", False),
    ],
)  # fmt: skip
def test_stages_merge_an_unidentified_perpetrator_is_no_other_party(one: str, other: str, same: bool) -> None:
    assert same_event(_event(0, one, 8), _event(80, other)) is same
    assert same_event(_event(80, other), _event(0, one, 8)) is same


def test_stages_merge_keeps_the_named_perpetrator_and_the_toll() -> None:
    kept = merge(_event(80, "Unidentified Armed Group (Nigeria)", confidence=0.75),
                  _event(0, "Islamic State West Africa Province", 8), "")
    assert kept.actor1 == "Islamic State West Africa Province" and kept.inter1 == 3
    assert kept.fatalities == 8


def test_stages_merge_an_event_that_killed_ranks_first() -> None:
    text = ("Police arrested twenty people in Gusau on Sunday, a spokesman said. "
            "Gunmen killed three villagers in a raid on Kanoma overnight, residents said.")
    article = segment(Article("r", text))
    first, second = article.sentences
    arrests = Event(article_id="r", event_id="r-1", event_type="Strategic developments", sub_event_type="Arrests",
                    notes=first.text, evidence_start=first.start, evidence_end=first.end, confidence=0.72)
    attack = Event(article_id="r", event_id="r-2", event_type="Violence against civilians", sub_event_type="Attack",
                   notes=second.text, evidence_start=second.start, evidence_end=second.end, confidence=0.72,
                   fatalities=3)
    ranked = dedup(article.replace(events=(arrests, attack))).events
    assert [e.sub_event_type for e in ranked] == ["Attack", "Arrests"]


@pytest.mark.parametrize(
    ("confidence", "actor1", "location", "expected"),
    [
        # A weak, unattributed mention of violence at the strike's place and day retells the strike.
        (0.55, "Unidentified Armed Group (Syria)", "Maarat Misrin", True),
        # ... not a confident one, a named perpetrator's, or one at another place.
        (0.8, "Unidentified Armed Group (Syria)", "Maarat Misrin", False),
        (0.55, "HTS: Hayat Tahrir al-Sham", "Maarat Misrin", False),
        (0.55, "Unidentified Armed Group (Syria)", "Kansafra", False),
    ],
)
def test_stages_merge_a_weak_mention_at_the_place_and_day_of_an_event_retells_it(
    confidence: float, actor1: str, location: str, expected: bool
) -> None:
    from datetime import date

    from wirecoder.folding import retold

    strike = Event(article_id="s", event_id="s-1", event_type="Explosions/Remote violence",
                   sub_event_type="Air/drone strike", notes="", evidence_start=0, evidence_end=90, confidence=0.8,
                   actor1="Military Forces of Russia", fatalities=3, location="Maarat Misrin",
                   event_date=date(2021, 9, 7))
    mention = Event(article_id="s", event_id="s-2", event_type="Violence against civilians", sub_event_type="Attack",
                    notes="", evidence_start=600, evidence_end=690, confidence=confidence, actor1=actor1,
                    location=location, event_date=date(2021, 9, 7))
    assert retold(strike, mention) is expected
    assert not retold(mention, strike)
