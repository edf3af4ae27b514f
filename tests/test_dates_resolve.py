"""resolve_event_date: absolute, yearless, weekday and relative dates in wire-style sentences."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.dates import resolve_event_date

# A Sunday afternoon, as on a Baghdad wire story.
SUNDAY = datetime(2011, 7, 3, 16, 28)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision", "phrase"),
    [
        ("On 9 May 2020, gunmen stormed a market in Maiduguri.", date(2020, 5, 9), 1, "9 May 2020"),
        ("On December 31 2019, a trader was shot in Mogadishu.", date(2019, 12, 31), 1, None),
        ("Dec. 31, 2019: troops shelled villages near Idlib.", date(2019, 12, 31), 1, None),
        ("The blast on 31/12/2019 wrecked a bus in Quetta.", date(2019, 12, 31), 1, "31/12/2019"),
        ("Clashes on 2019-12-31 left a policeman wounded in Lagos.", date(2019, 12, 31), 1, None),
        # One night: coded on the day it ended, as ACLED's notes do.
        ("On the night of 3-4 May, raiders burned huts in Jonglei.", date(2011, 5, 4), 1, "3-4 May"),
        ("Raiders burned huts in Jonglei between 3 and 4 May.", date(2011, 5, 3), 2, None),
        ("Fighting between 3 and 5 May displaced families in Ituri.", date(2011, 5, 3), 2, None),
        ("Rebels seized Kidal on May 9, the army said.", date(2011, 5, 9), 1, "May 9"),
        ("Militants overran the post in June 2011.", date(2011, 6, 15), 3, "in June 2011"),
        (
            "Iraq has launched a crackdown on smuggling gangs, security officials said on Sunday.",
            date(2011, 7, 3),
            1,
            "on Sunday",
        ),
        ("A bomb exploded in Kabul on Saturday, police said.", date(2011, 7, 2), 1, "on Saturday"),
        ("Gunmen killed four villagers on Saturday, police said on Sunday.", date(2011, 7, 2), 1, None),
        ("Protesters marched in Khartoum yesterday.", date(2011, 7, 2), 1, "yesterday"),
        ("Troops fired on a crowd in Harare today.", date(2011, 7, 3), 1, "today"),
        # The night before the report, dated by the evening it began.
        ("Rockets hit the Green Zone overnight.", date(2011, 7, 2), 1, "overnight"),
        ("Rockets hit the Green Zone last night.", date(2011, 7, 2), 1, "last night"),
        ("Two days ago a convoy was ambushed near Gao.", date(2011, 7, 1), 1, None),
        ("Police raided a church in Jos on Friday night.", date(2011, 7, 1), 1, "on Friday night"),
        ("Soldiers clashed with herders in Mopti last week.", date(2011, 6, 22), 2, "last week"),
        (
            "Kata'ib Hizballah last month claimed a rocket attack on a Baghdad base.",
            date(2011, 6, 15),
            3,
            "last month",
        ),
        ("Riots broke out in Kano earlier this month.", date(2011, 7, 3), 3, None),
        ("Militants attacked Maiduguri earlier this year.", date(2011, 1, 1), 3, None),
        ("Troops retook the town in May, the ministry said.", date(2011, 5, 15), 3, "in May"),
        ("Rebels shelled the city in July.", date(2011, 7, 3), 3, "in July"),
        ("Students protested in Dhaka at the weekend.", date(2011, 7, 2), 2, "at the weekend"),
        ("On or before 13 June 2011, a chief was abducted in Tana River.", date(2011, 6, 13), 2, None),
        ("During the week beginning 6 June 2011, police shot three men.", date(2011, 6, 8), 2, None),
        ("The locals found the bodies on Monday [27 June] morning.", date(2011, 6, 27), 1, "27 June"),
    ],
)
def test_dates_resolve_sentence(
    sentence: str, expected: date, precision: int, phrase: str | None
) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), SUNDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason
    if phrase is not None:
        assert sentence[result.start : result.end] == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "Violence has declined since the height of the conflict in 2006-7.",
        "The troops are due to leave by year-end and talks resume in three years.",
        "A 12-year-old boy was among those held for months.",
        "The fighting was the worst since June 2008.",
        "Elections are scheduled for next Tuesday in Lagos.",
        "Crowds in Abidjan rejected the outcome of the October 26 poll.",
        "Two men suspected of the March 2010 market bombing were detained.",
    ],
)
def test_dates_resolve_ignores_background_dates(sentence: str) -> None:
    result = resolve_event_date(sentence, 0, len(sentence), SUNDAY)
    assert (result.date, result.precision, result.reason) == (SUNDAY.date(), 2, "publication date")


def test_dates_resolve_looks_in_preceding_sentence_of_paragraph() -> None:
    text = "Gunmen attacked Baga on Thursday. They burned the market.\nOn Friday the army arrived."
    second = text.index("They")
    result = resolve_event_date(text, second, text.index("\n"), SUNDAY)
    assert result.date == date(2011, 6, 30)
    assert "preceding" in result.reason
    # The next paragraph does not borrow the first one's date.
    own = resolve_event_date(text, text.index("On Friday"), len(text), SUNDAY)
    assert own.date == date(2011, 7, 1)


def test_dates_resolve_prefers_the_event_over_its_cause() -> None:
    text = "Following the killing of a trader on 12 May 2019, youths burned a police post on 14 May 2019."
    assert resolve_event_date(text, 0, len(text), None).date == date(2019, 5, 14)


def test_dates_resolve_report_date_anchors_relative_phrase() -> None:
    text = 'On 3 December 2019, it was reported that "last week" a herder was shot in Tiaty.'
    result = resolve_event_date(text, 0, len(text), None)
    assert (result.date, result.precision) == (date(2019, 11, 27), 2)


def test_dates_resolve_without_any_date() -> None:
    sentence = "Police fired tear gas at students in Nairobi."
    assert resolve_event_date(sentence, 0, len(sentence), None).date is None
    assert resolve_event_date(sentence, 0, len(sentence), None).reason == (
        "no date in text and no publication date"
    )


def test_dates_resolve_yearless_date_takes_latest_year_not_after_publication() -> None:
    sentence = "The attack on 31 December killed two guards."
    published = datetime(2020, 1, 4, 9, 0)
    assert resolve_event_date(sentence, 0, len(sentence), published).date == date(2019, 12, 31)


_RELATIVE = [
    "yesterday", "today", "overnight", "last night", "this morning", "earlier today",
    "last week", "last month", "earlier this month", "earlier this year", "two days ago",
    "on Friday night", "on Sunday", "last Monday", "at the weekend", "Thursday last week",
]  # fmt: skip


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 12, 31)),
    st.sampled_from(_RELATIVE),
)
def test_dates_resolve_relative_never_after_publication(published: datetime, phrase: str) -> None:
    sentence = f"Troops clashed with rebels near Goma {phrase}, officials said."
    result = resolve_event_date(sentence, 0, len(sentence), published)
    assert result.date is not None
    assert result.date <= published.date() + timedelta(days=1)
    assert 0 <= result.start < result.end <= len(sentence)


@given(st.text(max_size=200), st.integers(-5, 250), st.integers(-5, 250))
def test_dates_resolve_offsets_in_range(text: str, start: int, end: int) -> None:
    result = resolve_event_date(text, start, end, SUNDAY)
    assert result.start == -1 or 0 <= result.start < result.end <= len(text)
    assert result.precision in (1, 2, 3)


def _last_paragraph(text: str) -> tuple[int, int]:
    start = text.rfind("\n") + 1
    return start, len(text)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        # Undated details after a dated lead happened on the lead's day.
        ("Protesters marched on parliament in Khartoum on Thursday.\n\n"
         "In Omdurman, police fired tear gas at marchers on the bridge.", date(2011, 6, 30), 1),
        # The nearest earlier paragraph with an event date wins over the lead.
        ("Jets bombed a market in Pale on Thursday.\n\nSoldiers burned homes in Myaung last week.\n\n"
         "Two women said soldiers assaulted them during the raid.", date(2011, 6, 22), 2),
        # A report date or a month-only background date is not inherited.
        ("Police said on Sunday that the crackdown had begun.\n\nIn Basra, gunmen shot a trader.",
         date(2011, 7, 3), 2),
        ("At least 40 civilians were killed across Anbar in June, the U.N. said.\n\n"
         "In Ramadi, a bomb wrecked a checkpoint.", date(2011, 7, 3), 2),
    ],
)  # fmt: skip
def test_dates_resolve_inherits_date_of_earlier_paragraph(text: str, expected: date, precision: int) -> None:
    start, end = _last_paragraph(text)
    result = resolve_event_date(text, start, end, SUNDAY)
    assert (result.date, result.precision) == (expected, precision), result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked Baga on Thursday.\n\nThe next day, soldiers burned the market.", date(2011, 7, 1)),
        ("Rebels seized Kidal on 3 June 2011.\n\nTwo days later, the army retook it.", date(2011, 6, 5)),
        ("Artillery hit Kansafra on Tuesday.\n\nJets struck Maarat Misrin the same day.", date(2011, 6, 28)),
        ("Militants raided Bothai on Friday. Later that day they ambushed a convoy.", date(2011, 7, 1)),
    ],
)  # fmt: skip
def test_dates_resolve_sequel_counts_from_date_before(text: str, expected: date) -> None:
    start = max(text.rfind("\n"), text.rfind(". ") + 1) + 1
    result = resolve_event_date(text, start, len(text), SUNDAY)
    assert (result.date, result.precision) == (expected, 1), result.reason
    assert "sequel" in result.reason


def test_dates_resolve_day_before_dates_a_cause_only() -> None:
    text = "On 14 May 2019, youths burned a police post, protesting a killing the day before."
    assert resolve_event_date(text, 0, len(text), None).date == date(2019, 5, 14)


def test_dates_resolve_yearless_note_without_publication_is_undated() -> None:
    # ACLED codes full dates only: "13 July" with no year anywhere and no publication date
    # cannot be dated, and the reason says what is missing.
    note = "13 July. Residents of Kibera barricaded the road to protest evictions."
    result = resolve_event_date(note, 0, len(note), None)
    assert (result.date, result.precision) == (None, None)
    assert result.reason == "'13 July' names no year and there is no publication date"
    # With a publication date the same note resolves to the latest 13 July not after it.
    dated = resolve_event_date(note, 0, len(note), datetime(2019, 7, 15, 8, 0))
    assert (dated.date, dated.precision) == (date(2019, 7, 13), 1)


def test_dates_resolve_unresolvable_day_is_not_replaced_by_background_month() -> None:
    note = "On Sept 2nd, after a first eviction phase in July 2018, the government evicted 60 families."
    assert resolve_event_date(note, 0, len(note), None).date is None
