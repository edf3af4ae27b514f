"""HTML pages: trafilatura's text and metadata, the paragraph fallback, dates from markup."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import wirecoder.read.html as html_module
from wirecoder.model import Article, Skipped
from wirecoder.read.article import Metadata
from wirecoder.read.html import article_from_html

BODY = (
    "<p>MAIDUGURI, Nigeria (Reuters) - Gunmen attacked a village near Maiduguri on Tuesday night, "
    "killing seven farmers and abducting at least 20 women, residents and a local official "
    "said.</p><p>The attackers arrived on motorcycles and set fire to houses and grain stores "
    "before fleeing "
    "toward the forest, a resident who gave his name only as Musa told reporters by phone.</p>"
    "<p>“We hid in the bush until morning,” he said.</p>"
)
CHROME = (
    "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul>"
    "</nav></header><aside><h3>Most read</h3><ul><li><a href='/x'>Election results delayed in "
    "Kano</a></li></ul></aside><footer><p>© 2021 Example Times. All rights reserved.</p>"
    "<p>Terms of use | Privacy policy</p></footer>"
)


def _page(head: str = "", body: str = BODY) -> str:
    title = "Gunmen kill seven in Borno village"
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{CHROME}"
        f"<main><article><h1>{title}</h1>{body}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2021-06-01T21:05:00+01:00">',
         datetime(2021, 6, 1, 21, 5, tzinfo=timezone(timedelta(hours=1)))),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
         '[{"@type": "NewsArticle", "datePublished": "2021-06-01T20:05:00Z"}]}</script>',
         datetime(2021, 6, 1, 20, 5, tzinfo=timezone.utc)),
        ('<meta name="date" content="2021-06-01">', datetime(2021, 6, 1)),
        ("", None),
    ],
)  # fmt: skip
def test_read_html_publication_date(head: str, published: datetime | None) -> None:
    article = article_from_html(_page(head), article_id="p", origin="p.html")
    assert isinstance(article, Article)
    assert article.published == published


@pytest.mark.parametrize("extractor_fails", [False, True])
def test_read_html_main_text_without_chrome(
    monkeypatch: pytest.MonkeyPatch, extractor_fails: bool
) -> None:
    if extractor_fails:
        monkeypatch.setattr(html_module, "_trafilatura", lambda html: None)
    article = article_from_html(_page(), article_id="p", origin="p.html")
    assert isinstance(article, Article)
    assert article.title == "Gunmen kill seven in Borno village"
    assert (article.dateline, article.source) == ("Maiduguri, Nigeria", "Reuters")
    assert article.text.startswith("Gunmen attacked a village near Maiduguri on Tuesday night")
    assert article.text.endswith("“We hid in the bush until morning,” he said.")
    assert article.text.count("\n\n") == 2
    for chrome in ("Home", "Most read", "Kano", "©", "Privacy"):
        assert chrome not in article.text


def test_read_html_given_metadata_wins() -> None:
    given = Metadata(title="Given title", url="https://example.org/a", source="Given Source")
    article = article_from_html(_page(), article_id="p", origin="p.html", given=given)
    assert isinstance(article, Article)
    assert (article.title, article.url, article.source) == (
        "Given title",
        "https://example.org/a",
        "Given Source",
    )


@pytest.mark.parametrize(
    "html",
    [
        BODY,  # a bare fragment, as in a JSONL 'html' field
        _page()[: len(_page()) - 200],  # cut off mid-paragraph
    ],
)
def test_read_html_fragments_and_truncation(html: str) -> None:
    article = article_from_html(html, article_id="p", origin="p.html")
    assert isinstance(article, Article)
    assert article.text.startswith("Gunmen attacked a village near Maiduguri")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        # Menus, a cookie notice and a footer leave a few words, no story.
        "<html><head><title>Home</title></head><body><nav><a href='/'>World</a> <a href='/s'>Sport</a></nav>"
        "<div class='cookie'>We use cookies. Accept</div><footer>(c) 2024 News Ltd</footer></body></html>",
        "<html><head><title>x</title></head><body></body></html>",
        "<html>",
    ],
)
def test_read_html_without_story_is_skipped(html: str) -> None:
    result = article_from_html(html, article_id="p", origin="p.html")
    assert isinstance(result, Skipped) and result.origin == "p.html"
