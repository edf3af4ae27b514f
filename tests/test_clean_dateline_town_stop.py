"""East African papers' dateline, the town and a full stop ("Moroto. Two herdsmen ..."), with the filing date
after it when printed ("Mtwara. Monday, March 7, 2022. Suspected ..."); titles are no town ("Mr. Odinga")."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.clean.dateline import find_dateline
from wirecoder.read.article import make_article


@pytest.mark.parametrize(("lead", "place", "printed"), [
    ("Moroto. Two herdsmen were shot dead on Thursday night.", "Moroto", None),
    ("Kampala. The government has suspended the exercise.", "Kampala", None),
    ("Mtwara. Monday, March 7, 2022. Suspected insurgents killed three villagers.", "Mtwara", "Monday, March 7, 2022"),
])
def test_clean_dateline_town_and_full_stop(lead: str, place: str, printed: str | None) -> None:
    found = find_dateline(lead)
    assert found is not None and (found.place, found.date) == (place, printed)


@pytest.mark.parametrize("lead", [
    "Mr. Odinga said the talks had failed.",
    "Dr. Mwangi told reporters the clinic was closed.",
    "St. Louis police said two men were arrested.",
    "In Moroto. the army said",  # no dateline opens with a preposition
])
def test_clean_dateline_title_is_no_town(lead: str) -> None:
    assert find_dateline(lead) is None


@pytest.mark.slow
def test_clean_dateline_town_stop_dates_the_story(pipeline) -> None:
    text = ("Three killed in border raid\n\nBy Citizen Reporter\n\nMtwara. Monday, March 7, 2022. Suspected "
            "insurgents killed three villagers and torched 20 houses in a village in Mtwara Region on Saturday "
            "night, police said.\n\nThe attackers fled across the border, police said.\n\nResidents said they "
            "were afraid to sleep in their homes.")
    [article] = pipeline.run([make_article(text, article_id="d", origin="test", has_header=False)])
    assert article.dateline == "Mtwara"
    assert [e.event_date for e in article.events] == [date(2022, 3, 5)]
