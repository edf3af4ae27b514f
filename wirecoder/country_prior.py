"""The country to assume for an article whose text names no place.

A coder's note like "Residents protest lack of water in their settlement"
names no place, yet its actors are "Protesters (Kenya)": the coder knows which
country the feed covers. wirecoder knows it the same way. Either the user says
so (``--country Kenya``), or, by default, an article from a source whose other
articles in the same batch are mostly about one country is taken to be about
it too ("auto"). The hint only fills what the text leaves empty: a place the
text names always decides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wirecoder.actor_roles import article_country
from wirecoder.model import Article

__all__ = ["AUTO", "MIN_SHARE", "MIN_SUPPORT", "assume_countries", "source_key"]

AUTO = "auto"
# The dominant country must hold this share of the source's articles that name a country,
# and this many of them, before place-less articles are assumed to share it.
MIN_SHARE = 0.6
MIN_SUPPORT = 3

_LOCATOR = re.compile(r"(?::\d+|\[\d+\]|\s+line\s+\d+)$")


def source_key(article: Article) -> str:
    """What groups articles as one source: the outlet, else the file they came from."""
    if article.source:
        return article.source.casefold()
    return _LOCATOR.sub("", article.origin)


def assume_countries(articles: Sequence[Article], country: str | None = AUTO) -> list[Article]:
    """``articles`` with ``country_hint`` set where their places name no country.

    ``country`` is a country name for every article, ``"auto"`` for the
    dominant country of each source in the batch, or None for no assumption.
    A hint already on an article is kept.

    Example:
        >>> [a.country_hint for a in assume_countries([Article("a", "Residents protested.")], "Kenya")]
        ['Kenya']
    """
    if country is None:
        return list(articles)
    if country != AUTO:
        return [a if a.country_hint else a.replace(country_hint=country) for a in articles]
    tallies: dict[str, Counter[str]] = {}
    for article in articles:
        named = article_country(article)
        if named:
            tallies.setdefault(source_key(article), Counter())[named] += 1
    dominant: dict[str, str] = {}
    for key, tally in tallies.items():
        (top, count), total = tally.most_common(1)[0], sum(tally.values())
        if count >= MIN_SUPPORT and count / total >= MIN_SHARE:
            dominant[key] = top
    return [
        a.replace(country_hint=dominant[source_key(a)])
        if not a.country_hint and source_key(a) in dominant and article_country(a) is None
        else a
        for a in articles
    ]
