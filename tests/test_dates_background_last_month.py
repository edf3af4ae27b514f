"""History told by last month or by an opening year: a sentence opening on 'Last month,' tells history (the dates
stage drops violence and crowds told so beside a story's news); a sentence opening on a year over a year gone by
is history whatever later year it goes on to; a page of unknown date tells history in the words of history."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.dates.background import is_background, told_as_history, told_last_month

PUBLISHED = date(2023, 3, 14)
LAST_MONTH = date(2023, 2, 15)


@pytest.mark.parametrize(("sentence", "stale"), [
    ("Last month, a car bomb outside the governor's office in Kismayo killed more than 20 people.", True),
    ("Thousands of teachers marched through the capital last month to demand back pay.", False),  # not its opening
    ("Late last month, gunmen killed three soldiers in an ambush near Vuhledar.", True),
    # told in the course of the sentence, last month may be the news: "a militia last month claimed a rocket attack"
    ("The militia last month claimed responsibility for a rocket attack on a base that killed six soldiers.", False),
    # dated by its day, or by a month named, it is not told by last month
    ("Gunmen shot dead two traders at a market in Gao on Sunday.", False),
    ("Gunmen shot dead two traders at a market in Gao in February.", False),
])
def test_dates_background_told_last_month(sentence: str, stale: bool) -> None:
    assert told_last_month(sentence, LAST_MONTH, PUBLISHED, 1 if "Sunday" in sentence else 3) is stale


@pytest.mark.parametrize(("sentence", "background"), [
    ("In 2019, gunmen killed 11 people at a nightclub in Tlaquepaque, and in 2022 a shooting at a bar left nine.",
     True),
    ("In March 2017, militants stormed a military hospital in Kabul, and last year they hit the same road.", True),
    # this year's opening: told as this year, the news may be in it
    ("In 2023, soldiers raided the village twice, and in 2019 they burned it.", False),
    ("In Kandahar, a roadside bomb killed four policemen on Saturday.", False),
])
def test_dates_background_opening_year(sentence: str, background: bool) -> None:
    published = date(2023, 10, 16)
    assert is_background(sentence, published, published, 1) is background


@pytest.mark.parametrize(("sentence", "development", "history"), [
    ("The worst attack came in February, when gunmen opened fire on a bus near Bandiagara, killing 31.", False, True),
    ("Last month, a gunman shot dead two policemen at a checkpoint outside Hebron.", False, True),
    ("In the past, the militia has raided villages along the river.", False, True),
    ("Last month, the movement split and a faction formed its own party.", True, False),  # a development: news
    ("Gunmen shot dead two policemen at a checkpoint outside Hebron on Tuesday.", False, False),
])
def test_dates_background_history_on_a_page_without_date(sentence: str, development: bool, history: bool) -> None:
    assert told_as_history(sentence, development) is history
