"""The country to assume for an article whose text names no place.

A coder's note like "Residents protest lack of water in their settlement"
names no place, yet its actors are "Protesters (Kenya)": the coder knows which
country the feed covers. wirecoder knows it the same way. Either the user says
so (``--country Kenya``), or, by default, an article from a source whose other
articles in the same batch are mostly about one country is taken to be about
it too ("auto"). The hint only fills what the text leaves empty: a place the
text names always decides.

The same country is the context the geocoder reads names in (``Pipeline.process``):
"Eastleigh" in a Kenyan feed is the Nairobi estate, not the English town, and
"Somali militiamen" there name who attacked, not where.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from wirecoder.actors.roles import article_country
from wirecoder.model import Article

__all__ = [
    "AUTO", "MIN_LEAD_SHARE", "MIN_SHARE", "MIN_SUPPORT", "assume_countries", "source_countries", "source_key",
]

AUTO = "auto"
# The dominant country must hold this share of the source's articles that name a country,
# and this many of them, before place-less articles are assumed to share it. Two suffice: a
# batch of terse notes ("Mob lynches robbery suspect") may name a country in only two or three
# of its 32 articles, and one stray namesake abroad ("photos of Kibaki" read as a Ukrainian
# village) must still not outvote them.
MIN_SHARE = 0.6
MIN_SUPPORT = 2
# Twice the next country also makes a source's country, when that country still holds this share:
# strays abroad split the rest of a one-country feed, while in a world feed (a dozen countries, two
# or three articles each) the top country is as much a chance as the rest (Kenya's batches: 0.5 at
# least; mixed notes: 0.12 to 0.16).
MIN_LEAD_SHARE = 0.4

_LOCATOR = re.compile(r"(?::\d+|\[\d+\]|\s+line\s+\d+)$")


def source_key(article: Article) -> str:
    """What groups articles as one source: the outlet, else the file they came from."""
    if article.source:
        return article.source.casefold()
    return _LOCATOR.sub("", article.origin)


def source_countries(articles: Sequence[Article]) -> dict[str, str]:
    """Source key -> the country most of its articles in ``articles`` are about, where one dominates.

    Example:
        >>> from wirecoder.model import Place
        >>> kenyan = [Article(f"a{i}", "x", source="Daily Wire", places=(Place("Nakuru", 0, 6, country="Kenya"),))
        ...           for i in range(3)]
        >>> source_countries(kenyan)
        {'daily wire': 'Kenya'}
    """
    tallies: dict[str, Counter[str]] = {}
    for article in articles:
        named = article_country(article, nationalities=False)  # "Ethiopian raiders" say who, not where
        if named:
            tallies.setdefault(source_key(article), Counter())[named] += 1
    dominant: dict[str, str] = {}
    for key, tally in tallies.items():
        (top, count), *rest = tally.most_common(2)
        runner_up = rest[0][1] if rest else 0
        share = count / sum(tally.values())
        # A plain majority, or twice the next country when stray namesakes abroad split the rest.
        if count >= MIN_SUPPORT and (share >= MIN_SHARE or (count >= 2 * runner_up and share >= MIN_LEAD_SHARE)):
            dominant[key] = top
    return dominant


def assume_countries(
    articles: Sequence[Article], country: str | None = AUTO, usual: Mapping[str, str] | None = None
) -> list[Article]:
    """``articles`` with ``country_hint`` set where their places name no country.

    ``country`` is a country name for every article, ``"auto"`` for the
    dominant country of each source in the batch (``usual``, by default
    :func:`source_countries`), or None for no assumption. A hint already on an
    article is kept.

    Example:
        >>> [a.country_hint for a in assume_countries([Article("a", "Residents protested.")], "Kenya")]
        ['Kenya']
    """
    if country is None:
        return list(articles)
    if country != AUTO:
        return [a if a.country_hint else a.replace(country_hint=country) for a in articles]
    dominant = source_countries(articles) if usual is None else usual
    return [
        a.replace(country_hint=dominant[source_key(a)])
        if not a.country_hint and source_key(a) in dominant and article_country(a) is None
        else a
        for a in articles
    ]
