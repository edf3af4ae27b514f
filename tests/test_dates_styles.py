"""resolve_event_date over the date styles of different wires: US and UK order, numeric dates,
possessive weekdays, counted and vague relative phrases, and dates later in a terse note."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.dates import resolve_event_date

# A Wednesday: the Saturday before is 2 March, the Tuesday before 5 March.
WEDNESDAY = datetime(2019, 3, 6, 14, 0)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        (
            "Gunmen killed nine villagers in Zamfara on March 3, police said Wednesday.",
            date(2019, 3, 3),
            1,
        ),
        (
            "A roadside bomb killed four policemen in Helmand on 3 March, a spokesman said.",
            date(2019, 3, 3),
            1,
        ),
        ("On 3/3/2019, fighters attacked an army base in Bulo Burde.", date(2019, 3, 3), 1),
        ("Protesters blocked roads in Beledweyne on 03.03.2019.", date(2019, 3, 3), 1),
        ("Clashes in Tillaberi on 3-3-2019 left two soldiers dead.", date(2019, 3, 3), 1),
        (
            "Tuesday's attack on a checkpoint near Kaura Namoda left two officers dead.",
            date(2019, 3, 5),
            1,
        ),
        ("In Kano, Tuesday's blast at a bus station killed four people.", date(2019, 3, 5), 1),
        (
            "Late last month, bandits abducted 14 travellers on the Gusau highway.",
            date(2019, 2, 15),
            3,
        ),
        (
            "Over the weekend, soldiers killed 12 bandits in a raid on a camp in Zurmi.",
            date(2019, 3, 2),
            2,
        ),
        ("A suicide bomber blew himself up at a rally in Kabul a week ago.", date(2019, 2, 27), 2),
        ("Rebels shelled Goma a month ago, killing three.", date(2019, 2, 6), 3),
        (
            "In the early hours of Tuesday, an air strike killed 11 insurgents in Musa Qala.",
            date(2019, 3, 5),
            1,
        ),
        ("Gunmen killed six people at a party in Culiacan late Sunday.", date(2019, 3, 3), 1),
        ("On Monday evening, police clashed with cartel gunmen in Navolato.", date(2019, 3, 4), 1),
        ("Militants seized a drug lab in Cosala in mid-February.", date(2019, 2, 15), 3),
        ("Between 5 and 7 February 2019, militants shelled Afgoye.", date(2019, 2, 5), 2),
        (
            "On the night of 9 to 10 February 2019, gunmen killed an elder in Baidoa.",
            date(2019, 2, 10),
            1,
        ),
    ],
)
def test_dates_styles_sentence(sentence: str, expected: date, precision: int) -> None:
    when = resolve_event_date(sentence, 0, len(sentence), WEDNESDAY)
    assert (when.date, when.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Four people were killed in Sunday's attack on a church in Owo.", date(2019, 3, 3), 1),
        ("Fighting raged from Monday to Wednesday in Tripoli.", date(2019, 3, 4), 2),
        ("Gunmen raided farms near Jos on Monday and Tuesday.", date(2019, 3, 4), 2),
        # One night: the day it ended, as for "the night of 3 to 4 May".
        ("Raiders burned huts during the night of Saturday to Sunday.", date(2019, 3, 3), 1),
        ("Raiders burned huts on Monday night into Tuesday.", date(2019, 3, 5), 1),
        ("This past weekend, militants burned a school in Borno.", date(2019, 3, 2), 2),
        ("Militants burned a school in Borno on the weekend.", date(2019, 3, 2), 2),
        ("This past Sunday, militants burned a school in Borno.", date(2019, 3, 3), 1),
        ("Earlier in the week, protesters blocked roads in Lagos.", date(2019, 3, 6), 2),
        ("Over the past week, troops killed 30 militants in Sambisa.", date(2019, 3, 3), 2),
        ("In the last week of February, troops killed 30 militants.", date(2019, 2, 25), 2),
        ("During the first week of January 2019, troops raided Bama.", date(2019, 1, 4), 2),
        ("A bomb exploded in a market in Kano on the 3rd.", date(2019, 3, 3), 1),
        ("A bomb exploded in a market in Kano on the 28th of last month.", date(2019, 2, 28), 1),
        ("A bomb exploded in a market in Kano a fortnight ago.", date(2019, 2, 20), 2),
        ("A bomb exploded in a market in Kano at the end of last month.", date(2019, 2, 15), 3),
        ("Clashes broke out in Jos at the end of last week.", date(2019, 2, 27), 2),
        ("Raiders burned huts on Monday-Tuesday night.", date(2019, 3, 5), 1),
        ("Raiders burned huts on Monday and Tuesday night.", date(2019, 3, 4), 2),
        ("A bomb exploded in a market in Kano the day before yesterday.", date(2019, 3, 4), 1),
        ("A bomb exploded in a market in Kano the night before last.", date(2019, 3, 4), 1),
        ("A bomb exploded in a market in Kano two nights ago.", date(2019, 3, 4), 1),
        ("Militants seized a base in Bama in the last days of February.", date(2019, 2, 15), 3),
    ],
)
def test_dates_styles_ranges_nights_and_vague_phrases(
    sentence: str, expected: date, precision: int
) -> None:
    when = resolve_event_date(sentence, 0, len(sentence), WEDNESDAY)
    assert (when.date, when.precision) == (expected, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb exploded on the 3rd floor of the market in Kano.",
        "The ultimatum to the gunmen expires at the end of the month.",
        "Hundreds marched in Kaduna to denounce Saturday's killings.",
        "Five suspects are expected in court on Thursday over the killing of a chief.",
    ],
)
def test_dates_styles_not_a_date_of_the_event(sentence: str) -> None:
    when = resolve_event_date(sentence, 0, len(sentence), WEDNESDAY)
    assert (when.date, when.precision, when.reason) == (date(2019, 3, 6), 2, "publication date")


def test_dates_styles_possessive_of_another_event_is_not_the_date() -> None:
    # The protest answers Saturday's killings: it is dated by the report, not by them.
    sentence = "Hundreds marched in Kaduna to denounce Saturday's killings."
    when = resolve_event_date(sentence, 0, len(sentence), WEDNESDAY)
    assert (when.date, when.precision, when.reason) == (date(2019, 3, 6), 2, "publication date")


@pytest.mark.parametrize(
    ("note", "expected", "precision"),
    [
        (
            "Police fired tear gas at students in Nakuru town. The students were protesting "
            "new examination fees on September 29, 2017.",
            date(2017, 9, 29),
            1,
        ),
        (
            "Gunmen abducted two traders near Mandera. Date known only as April 2013.",
            date(2013, 4, 15),
            3,
        ),
    ],
)
def test_dates_styles_undated_note_takes_a_later_date(
    note: str, expected: date, precision: int
) -> None:
    end = note.index(".") + 1
    when = resolve_event_date(note, 0, end, None)
    assert (when.date, when.precision) == (expected, precision)
    assert when.reason.endswith("in a following sentence")


def test_dates_styles_later_date_does_not_beat_publication() -> None:
    # With a publication date, a later sentence is more often background than the lead's date.
    text = "Gunmen killed five herders in Ngala. Last month, ten were killed in Rann."
    when = resolve_event_date(text, 0, text.index(".") + 1, WEDNESDAY)
    assert (when.date, when.precision, when.reason) == (date(2019, 3, 6), 2, "publication date")


def test_dates_styles_recorded_date_is_a_report_date() -> None:
    note = "Rioting broke out after the vote count. FATALITIES: 24 (recorded on 31-12-2007)"
    when = resolve_event_date(note, 0, note.index(".") + 1, None)
    assert when.date is None


@pytest.mark.parametrize(
    ("note", "expected", "precision"),
    [
        ("On 3-May-2019, gunmen killed two traders in Baidoa.", date(2019, 5, 3), 1),
        ("On 2019/05/03, gunmen killed two traders in Baidoa.", date(2019, 5, 3), 1),
        ("On 3, 4 and 5 May 2019, traders protested in Baidoa.", date(2019, 5, 3), 2),
        ("At the end of May 2019, traders protested in Baidoa.", date(2019, 5, 15), 3),
        ("Around 3 May 2019 (month of), gunmen looted shops in Baidoa.", date(2019, 5, 3), 3),
        # What follows "reported that" is the report's content, not the report's date.
        ("On 3 May 2019, it was reported that on 1 May gunmen shot a trader.", date(2019, 5, 1), 1),
        ("On 3 May 2019, it was reported that on Wednesday gunmen shot one.", date(2019, 5, 1), 1),
        ("Police said on 3 May 2019 that gunmen shot a trader on 1 May.", date(2019, 5, 1), 1),
        # Capitals, as in headlines and shouted notes: "3RD" is a day too.
        ("GUNMEN SHOT TRADERS IN BAIDOA ON THE 3RD TO THE 5TH OF MAY 2019.", date(2019, 5, 3), 2),
        ("GUNMEN SHOT A TRADER IN BAIDOA ON MAY 3RD, 2019.", date(2019, 5, 3), 1),
    ],
)
def test_dates_styles_coder_notes(note: str, expected: date, precision: int) -> None:
    when = resolve_event_date(note, 0, len(note), None)
    assert (when.date, when.precision) == (expected, precision)


def test_dates_styles_by_the_end_of_is_a_deadline() -> None:
    note = "By the end of May 2019, the militia had withdrawn from Baidoa."
    assert resolve_event_date(note, 0, len(note), None).date is None


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("15/02, PM Wajir: militants attacked a school, killing 3 teachers.", date(2019, 2, 15)),
        ("A trader was killed by a mob (18/02) on the Webuye road.", date(2019, 2, 18)),
        ("The demonstrations began late 21/01 and continued into 22/01.", date(2019, 1, 21)),
        # A source's date stands in only when nothing else is stated.
        ("A boy was killed by raiders. Date not clear - source dated 28/02.", date(2019, 2, 28)),
    ],
)
def test_dates_styles_day_month_numbers(note: str, expected: date) -> None:
    assert resolve_event_date(note, 0, len(note), WEDNESDAY).date == expected


@pytest.mark.parametrize(
    "sentence",
    ["Police said 1/2 of the town was burned.", "Gunmen killed 3 (3/4 of the village fled)."],
)
def test_dates_styles_fractions_are_not_dates(sentence: str) -> None:
    assert resolve_event_date(sentence, 0, len(sentence), WEDNESDAY).reason == "publication date"


@pytest.mark.parametrize(
    ("sentence", "published", "expected", "precision"),
    [
        # A weekday vouches for the day/month numbers after it (Gulf and Levant wires).
        (
            "An air strike hit a market in Saada on Tuesday 5/3, killing six.",
            WEDNESDAY,
            date(2019, 3, 5),
            1,
        ),
        (
            "Militants struck a convoy near Kidal on Tuesday (05/03).",
            WEDNESDAY,
            date(2019, 3, 5),
            1,
        ),
        ("Clashes broke out in Taiz at the end of February.", WEDNESDAY, date(2019, 2, 15), 3),
        (
            "Clashes broke out in Taiz towards the beginning of February.",
            WEDNESDAY,
            date(2019, 2, 15),
            3,
        ),
        # A date opening a sentence that reports a statement dates the statement.
        (
            "On Tuesday, police said gunmen had killed two herders on Sunday.",
            WEDNESDAY,
            date(2019, 3, 3),
            1,
        ),
        ("On Tuesday, police said gunmen had killed two herders.", WEDNESDAY, date(2019, 3, 5), 1),
        (
            "Gunmen killed two herders in Wase on Sunday, police said.",
            WEDNESDAY,
            date(2019, 3, 3),
            1,
        ),
        (
            "On 5 April 2019, police said gunmen had killed two herders in March.",
            None,
            date(2019, 3, 15),
            3,
        ),
        (
            "On 3 March 2019 or shortly before, gunmen killed two herders.",
            None,
            date(2019, 3, 3),
            2,
        ),
        # "from" a date with no end to it is when something began, like "since".
        (
            "Clashes (ongoing from late January) left two dead in Wase on 2/3/2019.",
            None,
            date(2019, 3, 2),
            1,
        ),
        ("Clashes from 3 to 5 March 2019 left two dead in Wase.", None, date(2019, 3, 3), 2),
        (
            "Clashes from late January 2019 to early March left two dead.",
            None,
            date(2019, 1, 15),
            3,
        ),
    ],
)
def test_dates_styles_weekday_numbers_statements_and_starts(
    sentence: str, published: datetime | None, expected: date, precision: int
) -> None:
    when = resolve_event_date(sentence, 0, len(sentence), published)
    assert (when.date, when.precision) == (expected, precision)


def test_dates_styles_reported_killed_is_the_event_not_a_statement() -> None:
    # "were reported killed" tells the event: its date still dates the paragraphs after it.
    text = "On 3 December 2019, three women were reported killed in Wajir.\nPolice held two men."
    start = text.index("Police")
    when = resolve_event_date(text, start, len(text), None)
    assert (when.date, when.precision) == (date(2019, 12, 3), 1)
