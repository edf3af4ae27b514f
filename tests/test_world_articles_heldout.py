"""Full wire articles from outside Kenya, cut down to the passages a rule is about: page stamps, background
told after the news, tallies, sentences that retell an event. Written for these tests (real places and
groups, invented details), read as ``wirecoder extract`` reads a text file with its page header."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.clean.published import parse_published
from wirecoder.events.generic import generic_reason
from wirecoder.read.article import make_article


def _events(pipeline, text: str):
    (article,) = pipeline.process([make_article(text, article_id="probe", origin="probe", has_header=True)])
    return article


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Published March 4, 2024  Updated about 5 hours ago", datetime(2024, 3, 4)),
        ("Fri Nov 3, 2023 08:15 PM  Last update on: Fri Nov 3, 2023 10:02 PM", datetime(2023, 11, 3, 20, 15)),
        ("Amir Wasim | Tariq Naqash  Published May 9, 2022  Updated 2 hours ago", datetime(2022, 5, 9)),
        ("July 3, 2011 / 4:28 PM / 9 years ago", datetime(2011, 7, 3, 16, 28)),
    ],
)
def test_published_stamps_run_together_by_spaces_or_labels(stamp, expected):
    assert parse_published(stamp) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The raid was the deadliest on the town since August, when gunmen killed 14 farmers in a nearby hamlet.",
        "At least 90 people were killed and 400 wounded in Gao between March 2 and April 11, the hospital said.",
        "Fighting between the two militias has since left more than 60 people dead, officials say.",
        "The governor said troops had killed some 30 bandits in operations since June 4, a figure residents dispute.",
        "More than 200 guns have been stolen from police stations since the unrest began, officials said.",
        "At least 20 candidates were killed during the campaign, most of them in Guerrero.",
        "In April, militants raided the market in Djibo and burned shops, traders said at the time.",
    ],
)
def test_filters_tallies_and_earlier_events_are_generic(sentence):
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed six villagers in Kauru on Sunday, residents said.",
        "Clashes between rival gangs in Cite Soleil left four people dead on Tuesday.",
    ],
)
def test_filters_single_incidents_stay_events(sentence):
    assert generic_reason(sentence) is None


PAGE = "{stamp}\n\nHeadline for the test page\n\n{body}\n"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "kept"),
    [
        pytest.param(
            "MAIDUGURI, Nigeria (AP) — Gunmen killed five farmers near Konduga on Tuesday, residents said.\n\n"
            "In March, gunmen killed 12 fishermen at Baga, a local official said.",
            ["Konduga"],
            id="opening_earlier_month",
        ),
        pytest.param(
            "LAGOS (Reuters) - Gunmen killed five farmers near Konduga in Borno state on Tuesday, residents said.\n\n"
            "In January last year, a bomb at a mosque in Konduga killed 20 worshippers.",
            ["Konduga"],
            id="opening_month_last_year",
        ),
        pytest.param(
            "IMPHAL (PTI) - Security forces exchanged fire with militants near Moreh on Tuesday. One soldier was "
            "wounded.\n\nThe region saw ethnic clashes in the 1990s, in which hundreds were killed.",
            ["Moreh"],
            id="decade_gone_by",
        ),
    ],
)
def test_stages_background_told_after_the_news_is_dropped(pipeline, body, kept):
    article = _events(pipeline, PAGE.format(stamp="April 16, 2024", body=body))
    assert [e.location for e in article.events] == kept
    assert all(e.event_date and e.event_date >= date(2024, 4, 9) for e in article.events)


@pytest.mark.slow
def test_stages_a_tally_after_the_event_adds_no_dead(pipeline):
    body = ("IMPHAL (PTI) - Hundreds of women staged a sit-in in Imphal on Monday. Clashes between the two "
            "communities have since left more than 70 people dead.")
    (event,) = _events(pipeline, PAGE.format(stamp="June 4, 2023", body=body)).events
    assert event.fatalities == 0


@pytest.mark.slow
def test_filters_an_attack_described_again_is_no_new_event(pipeline):
    body = ("ABUJA (AP) — Gunmen killed 12 worshippers at a church in Owo on Sunday, police said.\n\n"
            "The governor, who was in Lagos, described the attack as barbaric and vowed to find the killers.")
    article = _events(pipeline, PAGE.format(stamp="June 6, 2022", body=body))
    assert [e.sub_event_type for e in article.events] == ["Attack"]


@pytest.mark.slow
def test_folding_how_the_attackers_went_about_it_is_the_same_event(pipeline):
    body = ("BAGHDAD (Reuters) - Islamic State militants ambushed an army patrol near Tuz Khurmatu late on "
            "Monday, killing three soldiers, security sources said.\n\nThe militants opened fire from palm groves "
            "beside the road and then fled towards the hills, one source said.")
    article = _events(pipeline, PAGE.format(stamp="March 5, 2024", body=body))
    assert len(article.events) == 1
    assert article.events[0].fatalities == 3
