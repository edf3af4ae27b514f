"""A dateline's date is the story's filing date: the publication date, never an event's date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.clean import clean_text
from wirecoder.clean.dateline import find_dateline
from wirecoder.clean.published import dateline_published
from wirecoder.dates import resolve_event_date
from wirecoder.model import Article
from wirecoder.read.article import make_article

STORY = "Gunmen killed four traders at a cattle market on Saturday, a local official said."


@pytest.mark.parametrize(
    ("lead", "place", "printed"),
    [
        ("MAIDUGURI, Nigeria, June 18 2018 (Reuters) - ", "Maiduguri, Nigeria", "June 18 2018"),
        ("MOGADISHU, Aug 3 2019 (AFP) - ", "Mogadishu", "Aug 3 2019"),
        ("ADEN, Yemen, January 10, 2020 (Reuters) - ", "Aden, Yemen", "January 10, 2020"),
        ("BAGHDAD, Jan. 5 (Reuters) - ", "Baghdad", "Jan. 5"),
        ("Lagos, Nigeria, 3 March 2019 (Reuters) - ", "Lagos, Nigeria", "3 March 2019"),
        ("KANO, 18/06/2018 (NAN) - ", "Kano", "18/06/2018"),
        ("GAZA CITY, 2019-05-04 (Xinhua) -- ", "Gaza City", "2019-05-04"),
        ("KABUL (AP) — Tuesday, March 14, 2017 — ", "Kabul", "Tuesday, March 14, 2017"),
        (
            "DAMASCUS, Syria, Tuesday, March 14, 2017 (AP) — ",
            "Damascus, Syria",
            "Tuesday, March 14, 2017",
        ),
        ("QUETTA, Sunday (AFP) - ", "Quetta", "Sunday"),
        # countries of several words, with their small words
        ("GOMA, Democratic Republic of Congo, Feb 6 (Reuters) - ", "Goma, Democratic Republic of Congo", "Feb 6"),
        ("BANGUI, Central African Republic (AP) — ", "Bangui, Central African Republic", None),
        ("SARAJEVO, Bosnia and Herzegovina, May 3 (Reuters) - ", "Sarajevo, Bosnia and Herzegovina", "May 3"),
        # accented names, in capitals or not
        ("BOGOTÁ, Colombia, Feb 7 (Reuters) - ", "Bogotá, Colombia", "Feb 7"),
        ("Ciudad Juárez, Mexico (AP) — ", "Ciudad Juárez, Mexico", None),
        ("KABUL, Afghanistan (AP) — Monday — ", "Kabul, Afghanistan", "Monday"),
        ("Los Angeles, CA — March 1, 2023 — ", "Los Angeles, CA", "March 1, 2023"),
        ("KINSHASA, DRC (Reuters) - ", "Kinshasa, DRC", None),
        ("Mumbai, March 3, 2019 (IANS) ", "Mumbai", "March 3, 2019"),
        ("NAIROBI, Kenya (AP) — ", "Nairobi, Kenya", None),
    ],
)
def test_dates_dateline_keeps_the_printed_date(lead: str, place: str, printed: str | None) -> None:
    found = find_dateline(lead + STORY)
    assert found is not None and (found.place, found.date) == (place, printed)
    assert (lead + STORY)[found.end :] == STORY


@pytest.mark.parametrize(
    ("printed", "story", "expected"),
    [
        ("June 18 2018", "", datetime(2018, 6, 18)),
        ("Tuesday, March 14, 2017", "", datetime(2017, 3, 14)),
        ("18/06/2018", "", datetime(2018, 6, 18)),
        # Yearless: the year that puts it nearest a full date the story states.
        ("Jan. 5", "Fighting flared on December 30, 2018 in Idlib.", datetime(2019, 1, 5)),
        ("Jan. 5", "Elections are due on 20 February 2019.", datetime(2019, 1, 5)),
        ("Jan. 5", "Troops shelled the town on Friday.", None),
        ("Sunday", "Fighting flared on December 30, 2018 in Idlib.", None),
    ],
)
def test_dates_dateline_published(printed: str, story: str, expected: datetime | None) -> None:
    assert dateline_published(printed, story) == expected


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("MAIDUGURI, Nigeria, June 18 2018 (Reuters) - ", "2018-06-18T00:00:00"),
        ("MOGADISHU, Aug 3 2019 (AFP) - ", "2019-08-03T00:00:00"),
        ("KABUL (AP) — Tuesday, March 14, 2017 — ", "2017-03-14T00:00:00"),
        ("BAGHDAD, Jan. 5 (Reuters) - ", None),
    ],
)
def test_dates_dateline_becomes_the_publication_date(lead: str, published: str | None) -> None:
    cleaned = clean_text(lead + STORY, has_header=False)
    assert cleaned.text == STORY
    assert (cleaned.published.isoformat() if cleaned.published else None) == published


@pytest.mark.parametrize(
    ("printed", "near", "expected"),
    [
        ("Jan. 5", datetime(2019, 1, 7, 9, 30), datetime(2019, 1, 5)),
        ("Dec 30", datetime(2019, 1, 2), datetime(2018, 12, 30)),
        ("Jan. 5", None, None),
    ],
)
def test_dates_dateline_yearless_near_a_known_day(
    printed: str, near: datetime | None, expected: datetime | None
) -> None:
    # A day known from outside the text (a fetch date) beats the story's dates.
    story = "Fighting flared on 30 December 2015 in Idlib." if near else ""
    assert dateline_published(printed, story, near) == expected


def test_dates_dateline_printed_date_is_kept() -> None:
    cleaned = clean_text("BAGHDAD, Jan. 5 (Reuters) - " + STORY, has_header=False)
    assert (cleaned.dateline_date, cleaned.published) == ("Jan. 5", None)


def test_dates_dateline_does_not_beat_the_page_stamp() -> None:
    header = "July 3, 2011 / 4:28 PM\n\nTraders killed in market raid\n\n"
    raw = f"{header}KANO, July 2 (Reuters) - {STORY}"
    cleaned = clean_text(raw)
    assert cleaned.published == datetime(2011, 7, 3, 16, 28)


# Monday 18 June 2018: "Saturday night" is the 16th, "Sunday" the 17th.
NIGERIA = (
    "MAIDUGURI, Nigeria, June 18 2018 (Reuters) - Two suicide bombers blew themselves up in a "
    "market in Konduga on Saturday night, killing 20 people, a local official said.\n\n"
    "Militants also abducted nine girls from a village near Gwoza on Sunday, residents said.\n\n"
    "Soldiers repelled an attack on a base near Monguno, the army said."
)


@pytest.mark.parametrize(
    ("phrase", "expected", "precision"),
    [
        ("blew themselves up", date(2018, 6, 16), 1),
        ("abducted nine girls", date(2018, 6, 17), 1),
        # Undated: the last dated paragraph's day, never the dateline's own date as a mention.
        ("repelled an attack", date(2018, 6, 17), 1),
    ],
)
@pytest.mark.parametrize("published", [None, datetime(2018, 6, 18)])
def test_dates_dateline_anchors_weekdays(
    phrase: str, expected: date, precision: int, published: datetime | None
) -> None:
    start = NIGERIA.index(phrase)
    end = NIGERIA.index(".", start) + 1
    sentence_start = NIGERIA.rfind("\n", 0, start) + 1
    when = resolve_event_date(NIGERIA, sentence_start, end, published)
    assert (when.date, when.precision) == (expected, precision)


def test_dates_dateline_date_is_not_the_event_date() -> None:
    text = "ADEN, Yemen, January 10, 2020 (Reuters) - Air strikes hit a camp in Saada."
    when = resolve_event_date(text, 0, len(text), None)
    assert (when.date, when.precision, when.reason) == (date(2020, 1, 10), 2, "publication date")


@pytest.mark.parametrize(
    ("lead", "place", "printed"),
    [
        ("Abuja, June 18 — ", "Abuja", "June 18"),
        ("Port Harcourt, 3 March 2019 – ", "Port Harcourt", "3 March 2019"),
    ],
)
def test_dates_dateline_mixed_case_city_with_a_date(lead: str, place: str, printed: str) -> None:
    found = find_dateline(lead + STORY)
    assert found is not None and (found.place, found.date, found.end) == (place, printed, len(lead))


@pytest.mark.parametrize(
    "sentence",
    [
        "In Kano, June 18 - the day of the vote - passed quietly.",
        "Police, June 18 - a date to remember - opened fire.",
        "On June 18, 2018 - a Monday - gunmen attacked Damboa.",
        "Around Sept 1st 2019 (date not reported) Al Shabaab fighters burned a clinic.",
    ],
)
def test_dates_dateline_sentences_stay_sentences(sentence: str) -> None:
    assert find_dateline(sentence) is None


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        (NIGERIA, date(2018, 6, 18)),
        # The page's own stamp wins over the dateline, unless the story was filed a day to a week before it
        # (a print edition, a repost): its "on Sunday" counts from the filing day.
        ("Mon Jun 18, 2018 4:05pm EDT\n\n" + NIGERIA, date(2018, 6, 18)),
        ("Tue Jun 19, 2018 4:05pm EDT\n\n" + NIGERIA, date(2018, 6, 18)),
        ("Thu Jul 5, 2018 4:05pm EDT\n\n" + NIGERIA.replace("on Sunday", "on June 17"), date(2018, 7, 5)),
    ],
)
def test_dates_dateline_read_article_is_dated(raw: str, published: date) -> None:
    article = make_article(raw, article_id="ng", origin="ng.txt")
    assert isinstance(article, Article)
    assert article.dateline == "Maiduguri, Nigeria" and article.source == "Reuters"
    assert article.published is not None and article.published.date() == published
    start = article.text.index("Militants also abducted")
    end = article.text.index(".", start)
    when = resolve_event_date(article.text, start, end, article.published)
    assert when.date == date(2018, 6, 17)
