"""A page's publication time is the one its tags name as such: JSON-LD's datePublished before a bare <time> or
"date" meta, which may be the page's "Updated" stamp, and never a <time> marked as the modification."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.model import Article
from wirecoder.read.html import article_from_html

_STORY = (
    "<p>Rebel fighters shelled a market in the northern town on Monday, killing four traders and wounding a dozen "
    "others, a local official told reporters by telephone.</p><p>The army said it had returned fire and "
    "that troops were pursuing the attackers into the hills east of the town.</p>"
)
_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-03-07T08:15:00+02:00", '
       '"dateModified": "2022-03-09T10:00:00+02:00"}</script>')


def _page(head: str, stamps: str) -> str:
    return (f"<html><head><title>Market shelled</title>{head}</head><body><article><h1>Market shelled</h1>"
            f"{stamps}{_STORY}</article></body></html>")


@pytest.mark.parametrize(("head", "stamps", "expected"), [
    (_LD, '<time datetime="2022-03-09T10:00:00+02:00">Updated 9 March</time>', date(2022, 3, 7)),
    (_LD + '<meta name="date" content="2022-03-09">', "", date(2022, 3, 7)),
    ("", '<time class="updated" datetime="2022-03-09">9 March</time>'
         '<time class="published" datetime="2022-03-07">7 March</time>', date(2022, 3, 7)),
    ("", '<time itemprop="dateModified" datetime="2022-03-09">9 March</time>'
         '<time datetime="2022-03-07">7 March</time>', date(2022, 3, 7)),
    ("", '<time datetime="2022-03-08T23:30:00+02:00">8 March</time>', date(2022, 3, 8)),
])
def test_read_html_first_publication_wins(head: str, stamps: str, expected: date) -> None:
    article = article_from_html(_page(head, stamps), article_id="p", origin="p.html")
    assert isinstance(article, Article)
    assert article.published is not None and article.published.date() == expected
