"""read_inputs on the fixture dumps, pages and feeds: metadata found, story kept, chrome gone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "read"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_cd099b75bd647a97.txt"


def _tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _one(path: Path) -> Article:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.mark.parametrize(
    ("name", "title", "published", "dateline", "source", "byline", "first", "last", "absent"),
    [
        (
            "ap_kenya_teargas.txt",
            "Kenyan police fire tear gas at protesters over rising food prices",
            datetime(2023, 3, 20, 15, 14, tzinfo=_tz(-4)), "Nairobi, Kenya", "AP",
            "Jane Mwangi and Peter Otieno",
            "Kenyan police fired tear gas and water cannon on Monday",
            "police used tear gas to disperse crowds.",
            ["contributed", "___", "https://", "Copyright", "NAIROBI"],
        ),
        (
            "afp_kabul_blast.txt",
            "Suicide bomber kills nine at Kabul wedding hall",
            datetime(2011, 7, 3, 16, 28, tzinfo=_tz(1)), "Kabul", "AFP", None,
            "A suicide bomber blew himself up at a wedding hall in western Kabul",
            "news of their families.",
            ["Share", "Advertisement", "More on this story", "Ghazni", "cookies", "corrected"],
        ),
        (
            "reuters_mogadishu_credits.txt",
            "Al Shabaab fighters storm Somali army base, officials say",
            datetime(2019, 3, 3, 11, 5), "Mogadishu", "Reuters", None,
            "Al Shabaab militants stormed a Somali military base near the town of Afgoye",
            "strict interpretation of Islamic law.",
            ["World News", "Min Read", "Staff", "Reporting by", "Our Standards", "delayed", "©"],
        ),
        (
            "local_kyiv_wrapped.txt",
            "Shelling damages apartment blocks in eastern city",
            datetime(2019, 3, 12, 9, 15, tzinfo=_tz(0)), "Kharkiv, Ukraine", None, "Olena Petrenko",
            "Artillery shells struck two apartment blocks in the northern district of Kharkiv",
            "to stay in shelters during alerts.",
            ["FILE PHOTO", "newsletter", "Related:", "Tags", "Comments", "\nsetting"],
        ),
        (
            "delhi_colon_dateline.txt",
            "Mob sets police post on fire after custodial death claim",
            None, "New Delhi", None, None,
            "A mob set fire to a police post in north-east Delhi on Saturday night",
            "the deputy commissioner said.",
            ["Read also", "inputs from agencies", "Download"],
        ),
        (
            "daily_courier_page.html",
            "Farmers and herders clash near Jos, four dead",
            datetime(2022, 5, 14, 9, 40, tzinfo=_tz(1)),
            "Jos, Nigeria", "The Daily Courier", "Amina Bello",
            "Four people were killed on Friday when farmers and cattle herders clashed",
            "compensate families who lost homes.",
            ["Politics", "cookies", "Advertisement", "Tweet", "Related", "curfew", "©", "Subscr"],
        ),
        (
            "truncated_page.html",
            "Curfew imposed in Juba after night of gunfire",
            datetime(2016, 7, 10), "Juba", "Reuters", None,
            "South Sudan's government imposed a dusk-to-dawn curfew",
            "spread to several neighbourhoods by Sat",
            ["Home", "Africa |"],
        ),
        (
            "encoding_cp1252.txt",
            "Protesters clash with police in Abidjan suburb",
            None, "Abidjan, Ivory Coast", "Reuters", None,
            "Police fired tear gas at several hundred protesters",
            "five officers were hurt – two of them seriously.",
            [],
        ),
        (
            "encoding_mojibake.txt",
            "Militia attack kills 12 in Ituri province", None, "Bunia, Congo", "AP", None,
            "Militia fighters armed with machetes attacked a displacement camp in Congo’s Ituri",
            "before fleeing into the forest.",
            ["â€", "Â"],
        ),
        (
            "encoding_utf16.txt",
            "Bomb blast hits bus station in Quetta", None, "Quetta, Pakistan", "AFP", None,
            "A bomb hidden on a motorcycle exploded near a crowded bus station",
            "attacked a paramilitary convoy in the province.",
            [],
        ),
        (
            "encoding_mixed.txt",
            "Clashes in Beni leave six dead", None, "Beni, Congo", "Reuters", None,
            "Clashes between the army and rebels near Beni killed six people",
            "“We buried them this morning,” said a local chief in the village of Mamové.",
            [],
        ),
    ],
)  # fmt: skip
def test_read_fixture_articles(
    name: str,
    title: str,
    published: datetime | None,
    dateline: str,
    source: str | None,
    byline: str | None,
    first: str,
    last: str,
    absent: list[str],
) -> None:
    article = _one(FIXTURES / name)
    assert article.id == Path(name).stem
    assert article.origin == str(FIXTURES / name)
    assert (article.title, article.published) == (title, published)
    assert (article.dateline, article.source, article.byline) == (dateline, source, byline)
    assert article.text.startswith(first)
    assert article.text.endswith(last)
    for text in absent:
        assert text not in article.text
    assert "\n\n\n" not in article.text


def test_read_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("the reference seed is not next to the repository")
    article = _one(SEED)
    assert article.id == "000_cd099b75bd647a97"
    assert article.title == "Iraq military cracks down on militias, arms smuggling"
    assert article.published == datetime(2011, 7, 3, 16, 28)
    assert (article.dateline, article.source) == ("Baghdad", "Reuters")
    assert article.text.startswith("Iraq has launched a military crackdown")
    assert (
        "0 : 0" not in article.text
        and "browser" not in article.text
        and "Editing" not in article.text
    )


def test_read_fixture_feed() -> None:
    feed = FIXTURES / "feed.jsonl"
    items = list(read_inputs([str(feed)]))
    summary = [(type(i).__name__, i.origin.rsplit(":", 1)[1]) for i in items]
    assert summary == [
        ("Article", "1"), ("Article", "2"), ("Skipped", "3"), ("Skipped", "4"), ("Article", "5"),
        ("Article", "6"), ("Skipped", "8"), ("Article", "9"), ("Skipped", "10"),
    ]  # fmt: skip
    goma, html, _, _, numbered, mojibake, _, bad_date, _ = items
    assert isinstance(goma, Article) and isinstance(html, Article)
    assert goma.id == "goma-001" and goma.url == "https://news.example.org/goma-001"
    assert goma.title == "Rebels shell outskirts of Goma"
    assert goma.published == datetime(2024, 1, 15, 8, 30, tzinfo=timezone.utc)
    assert (goma.dateline, goma.source) == ("Goma, Congo", "Reuters")
    assert goma.text.startswith("Rebels shelled villages") and "Reporting by" not in goma.text
    assert html.id == "feed-2" and html.title == "Students protest fee increase in Ibadan"
    assert html.published == datetime(2022, 5, 14) and html.dateline == "Ibadan, Nigeria"
    assert html.text.endswith("a student union leader said.")
    assert isinstance(numbered, Article) and numbered.id == "42"
    assert numbered.published == datetime(2024, 1, 15, 10, 0, tzinfo=_tz(3))
    assert isinstance(mojibake, Article) and mojibake.text.startswith("Shi’ite militias")
    assert isinstance(bad_date, Article) and bad_date.published is None
    assert "sometime last week" in bad_date.warnings[0]
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert reasons[0].startswith("line is not valid JSON (Expecting ',' delimiter at column 19)")
    assert reasons[1].startswith("neither 'text' nor 'html' field")
    assert reasons[2].startswith("line is an array, not an object")
    assert reasons[3].startswith("line is not valid JSON (Unterminated string")
