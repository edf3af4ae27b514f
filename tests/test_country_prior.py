"""Articles that name no place take the country the user gives, or their source's dominant one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.country_prior import MIN_SUPPORT, assume_countries, source_countries, source_key
from wirecoder.model import Article, Place


def _article(ident: str, country: str | None, source: str | None = None, origin: str = "") -> Article:
    places = (Place("Town", 0, 4, location="Town", country=country),) if country else ()
    return Article(ident, "Town: residents protested.", source=source, origin=origin, places=places)


def test_country_prior_explicit_country_fills_only_articles_without_a_hint():
    given_hint = Article("b", "Residents protested.", country_hint="Uganda")
    out = assume_countries([_article("a", None), given_hint], "Kenya")
    assert [a.country_hint for a in out] == ["Kenya", "Uganda"]


def test_country_prior_none_changes_nothing():
    articles = [_article("a", None), _article("b", "Kenya")]
    assert assume_countries(articles, None) == articles


def test_country_prior_auto_takes_the_sources_dominant_country():
    batch = [_article(f"k{i}", "Kenya", source="Daily Wire") for i in range(4)]
    batch += [_article("u", "Uganda", source="Daily Wire"), _article("x", None, source="daily wire")]
    out = {a.id: a.country_hint for a in assume_countries(batch)}
    assert out["x"] == "Kenya"
    assert all(out[f"k{i}"] is None for i in range(4)) and out["u"] is None  # their places decide


@pytest.mark.parametrize(
    ("countries", "assumed"),
    [
        (["Kenya", "Kenya"], "Kenya"),  # a batch of terse notes that name few places
        (["Kenya", "Kenya", "Ukraine"], "Kenya"),  # one stray namesake abroad does not outvote them
        (["Kenya", "Kenya", "Uganda", "Ukraine"], "Kenya"),  # twice the next country
    ],
)
def test_country_prior_auto_assumes_a_country_two_articles_name(countries, assumed):
    batch = [_article(f"a{i}", c, source="Wire") for i, c in enumerate(countries)] + [_article("x", None, source="Wire")]
    assert assume_countries(batch)[-1].country_hint == assumed


@pytest.mark.parametrize(
    "countries",
    [
        ["Kenya", "Kenya", "Uganda", "Uganda"],  # no country dominates
        ["Kenya", "Uganda", "Ukraine"],  # three countries once each
        ["Kenya"] * (MIN_SUPPORT - 1),  # too few to say
    ],
)
def test_country_prior_auto_assumes_nothing_without_a_clear_majority(countries):
    batch = [_article(f"a{i}", c, source="Wire") for i, c in enumerate(countries)] + [_article("x", None, source="Wire")]
    assert assume_countries(batch)[-1].country_hint is None


def test_country_prior_auto_keeps_sources_apart():
    batch = [_article(f"k{i}", "Kenya", source="Nairobi Daily") for i in range(3)]
    batch += [_article("x", None, source="Baghdad Herald")]
    assert assume_countries(batch)[-1].country_hint is None


@pytest.mark.parametrize(
    ("origin", "key"),
    [("notes.jsonl:12", "notes.jsonl"), ("crawl.json[3]", "crawl.json"), ("gold line 7", "gold"), ("a.txt", "a.txt")],
)
def test_country_prior_source_key_groups_lines_of_one_file(origin, key):
    assert source_key(Article("a", "text", origin=origin)) == key


@given(st.lists(st.tuples(st.sampled_from(["Kenya", "Uganda", None]), st.sampled_from(["A", "B", None])),
                max_size=12))
def test_country_prior_never_overrides_an_article_that_names_a_country(rows):
    batch = [_article(f"a{i}", country, source) for i, (country, source) in enumerate(rows)]
    for before, after in zip(batch, assume_countries(batch)):
        assert after.id == before.id and after.places == before.places
        if before.places:
            assert after.country_hint is None


def test_country_prior_pipeline_names_actors_after_the_assumed_country(pipeline):
    from wirecoder.pipeline import Pipeline

    kenyan = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, coder=pipeline.coder, country="Kenya")
    article = Article("n1", "Residents protested over water shortages on Monday.")
    event = next(iter(kenyan.run([article]))).events[0]
    assert (event.actor1, event.country, event.iso3) == ("Protesters (Kenya)", "Kenya", "KEN")
    plain = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, coder=pipeline.coder, country=None)
    assert next(iter(plain.run([article]))).events[0].actor1 == "Protesters"


def test_country_prior_a_town_confirmed_abroad_is_where_the_event_was(pipeline):
    # Two Colombian notes make Colombia the file's usual country; the Brazilian note names its town and
    # state, so it is not read as a protest in Colombia about Belo Horizonte.
    texts = [
        "On 14 June 2022, a landmine exploded as a military patrol passed near Teorama (Norte de Santander).",
        "On 2 March 2023, FARC dissidents attacked a police station in Jamundi (Valle del Cauca).",
        "On 15 May 2019, thousands of students protested against cuts to the education budget in Belo Horizonte "
        "(Minas Gerais).",
    ]
    articles = [Article(f"n{i}", text, origin=f"notes.jsonl:{i + 1}") for i, text in enumerate(texts)]
    brazil = pipeline.process(articles)[2].events[0]
    assert (brazil.actor1, brazil.location, brazil.admin1) == ("Protesters (Brazil)", "Belo Horizonte", "Minas Gerais")


@pytest.mark.parametrize("command", ["extract", "evaluate"])
def test_country_prior_cli_rejects_an_unknown_country(command, tmp_path):
    from click.testing import CliRunner

    from wirecoder.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Residents protested over water shortages on Monday.\n")
    result = CliRunner().invoke(main, [command, "--country", "Narnia", str(path)])
    assert result.exit_code == 2
    assert "--country" in result.output and "Narnia" in result.output


def _placed(ident: str, country: str, feature: str = "city") -> Article:
    return Article(ident, "text", source="Wire", places=(Place("Name", 0, 4, country=country, feature=feature),))


def test_country_prior_source_countries_leave_nationalities_out():
    # "Ethiopian raiders" in a Kenyan feed say who attacked, not which country the feed covers.
    batch = [_placed(f"e{i}", "Ethiopia", "demonym") for i in range(4)]
    batch += [_placed(f"k{i}", "Kenya") for i in range(3)]
    assert source_countries(batch) == {"wire": "Kenya"}


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"Kenya": 5, "Ukraine": 1, "Greece": 1, "Italy": 1, "Canada": 1}, "Kenya"),  # 56%, but 5 times the next
        ({"Kenya": 4, "Uganda": 3}, None),  # close: neither is the source's country
        ({"Kenya": 2, "Uganda": 1}, "Kenya"),  # two of three articles
        ({"Kenya": 1}, None),  # too few to say
        # A world feed: twice the next country, but two articles of twelve say nothing of the rest.
        ({"Nigeria": 2, **{c: 1 for c in ("Haiti", "Somalia", "Iran", "Mexico", "Colombia", "Iraq",
                                           "Mozambique", "Philippines", "Chad", "Yemen")}}, None),
        ({"Syria": 4, "Iraq": 2, "Yemen": 2, "Libya": 1, "Mali": 1, "Chad": 1}, None),  # a third is not enough either
        ({"Kenya": 4, "Somalia": 2, "Greece": 1, "Italy": 1}, "Kenya"),  # half of them, twice the next
    ],
)
def test_country_prior_source_countries_dominance(counts, expected):
    batch = [_placed(f"{c}{i}", c) for c, n in counts.items() for i in range(n)]
    assert source_countries(batch).get("wire") == expected


def test_country_prior_pipeline_reads_names_in_the_sources_country(pipeline):
    from wirecoder.pipeline import Pipeline

    auto = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, coder=pipeline.coder)
    batch = [
        Article("k1", "Police shot dead two robbery suspects in Nakuru on Monday.", source="Coast Wire"),
        Article("k2", "A mob lynched a suspected thief in Kisumu.", source="Coast Wire"),
        Article("k3", "Bandits killed a herder in Baragoi, Samburu county.", source="Coast Wire"),
        Article("x", "Traders in Eastleigh protested against extortion by gangs on Monday.", source="Coast Wire"),
        Article("y", "Somali militiamen shot dead a herder on Tuesday.", source="Coast Wire"),
    ]
    events = {a.id: a.events[0] for a in auto.process(batch)}
    assert (events["x"].admin1, events["x"].country) == ("Nairobi", "Kenya")
    assert (events["y"].admin1, events["y"].country, events["y"].iso3) == (None, "Kenya", "KEN")
    alone = auto.process(batch[3:4])[0].events[0]  # no batch to tell the source's country
    assert alone.country == "United Kingdom"
