"""Full articles: a paragraph opening on last month beside the story's news is history; a page of unknown date
tells history in the words of history; an opinion piece reports no event; a lone report of last month is news."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

NEWS = ("Gunmen killed four traders at a cattle market near Gao on Saturday, local officials said.\n\n"
        "The attackers arrived on motorcycles and fired on the crowd before fleeing towards the border, a trader "
        "said.\n\n")


def test_story_last_month_beside_news_is_history(pipeline) -> None:
    text = NEWS + ("Last month, a car bomb outside a military camp in Gao killed more than 20 soldiers.\n\n"
                   "The region has seen repeated raids by armed groups.\n")
    (article,) = pipeline.process([Article("t", text, published=datetime(2023, 3, 14))])
    assert [e.fatalities for e in article.events] == [4]


def test_story_without_date_recalled_month_is_history(pipeline) -> None:
    text = NEWS + ("The deadliest attack came in January, when gunmen opened fire on a bus near Bandiagara, killing "
                   "31 people.\n\nThe region has seen repeated raids by armed groups.\n")
    (article,) = pipeline.process([Article("t", text)])
    assert [e.fatalities for e in article.events] == [4]


def test_story_opinion_piece_reports_no_event(pipeline) -> None:
    text = NEWS + "The government must protect its traders.\n\nThe writer is a lecturer in security studies.\n"
    (article,) = pipeline.process([Article("t", text, title="OPINION: Who will protect the traders of Gao?")])
    assert not article.events


def test_story_lone_report_of_last_month_is_news(pipeline) -> None:
    text = "Police confirmed on Tuesday that gunmen had killed a local chief near Tillaberi late last month.\n"
    (article,) = pipeline.process([Article("t", text, published=datetime(2023, 3, 14))])
    assert [e.fatalities for e in article.events] == [1]
