"""A place labelling a headline ("DRC: Nine killed in rebel raid") is no dateline; a local site's
place-and-date line ("Yaounde, 03 October 2018") is the publication date."""

import pytest

from wirecoder.clean import clean_text, parse_published
from wirecoder.clean.dateline import find_dateline


@pytest.mark.parametrize(
    "line",
    ["DRC: Nine killed in rebel raid on Oicha", "MALI: Soldiers killed in ambush near Gao", "KABUL: Six killed in blast"],
)
def test_clean_headline_label_is_no_dateline(line):
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    "text, place",
    [
        ("PESHAWAR: Parents of the victims staged a rally outside the press club on Thursday.", "Peshawar"),
        ("GOMA (Reuters): Rebels shelled the airport", "Goma"),
    ],
)
def test_clean_colon_dateline_before_a_story(text, place):
    found = find_dateline(text)
    assert found is not None and found.place == place


def test_clean_headline_label_becomes_the_title():
    cleaned = clean_text("DRC: Nine killed in rebel raid on Oicha\n\nRadio Okapi | 12 April 2021\n\n"
                         "Nine civilians were killed on Sunday night in Oicha, local authorities said.\n")
    assert cleaned.dateline is None
    assert cleaned.title == "DRC: Nine killed in rebel raid on Oicha"
    assert cleaned.text.startswith("Nine civilians")


@pytest.mark.parametrize(
    "line, day",
    [
        ("Yaounde, 03 October 2018", "2018-10-03"),
        ("Kolkata/Guwahati, December 13, 2019", "2019-12-13"),
        ("Nairobi, Kenya, Monday, June 3, 2019", "2019-06-03"),
    ],
)
def test_clean_place_and_date_line_is_published(line, day):
    assert parse_published(line).date().isoformat() == day


def test_clean_sentence_with_a_date_is_not_published():
    assert parse_published("The attack on June 3, 2019 killed four people.") is None
