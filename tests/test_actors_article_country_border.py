"""The country an article is about does not count a country named as the far side of a border or where
people came from ("in Seytenga, near the border with Niger"): with no other place known, no country."""

from __future__ import annotations

import pytest

from wirecoder.actors.roles import article_country
from wirecoder.model import Article


@pytest.mark.parametrize(("text", "country"), [
    ("Jihadists killed 12 civilians in Seytengo, near the border with Niger, on Saturday.", None),
    ("Gunmen who fled into Chad killed four herders on Saturday.", None),
    ("Jihadists killed 12 civilians in Djibo, near the border with Mali, on Saturday.", "Burkina Faso"),
    ("Jihadists killed 12 civilians in Niger on Saturday.", "Niger"),
])  # fmt: skip
def test_actors_article_country_skips_the_far_side_of_a_border(geo, text: str, country: str | None) -> None:
    article = Article(id="t", text=text)
    article = article.replace(places=geo.find(article))
    assert article_country(article) == country
