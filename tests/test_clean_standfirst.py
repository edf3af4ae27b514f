"""A page's stamp printed twice, and a standfirst above the dateline, are page furniture."""

from __future__ import annotations

from datetime import datetime

from wirecoder.clean import clean_text, parse_published


def test_clean_published_stamp_printed_twice():
    assert parse_published("Published On 8 Sep 2019 8 Sep 2019") == datetime(2019, 9, 8)


def test_clean_published_sentence_with_a_date_is_no_stamp():
    assert parse_published("On 8 Sep 2019 gunmen killed five people") is None


PAGE = """Published On 8 Sep 2019

Yemen: Shelling kills two children in Taiz

Rebel fighters shelled a district of the besieged city, officials say, as air raids hit the capital.

TAIZ, Yemen (Al Jazeera) - Shelling on a neighbourhood of Taiz killed two children on Saturday, officials said.

The wounded were taken to hospital.
"""


def test_clean_standfirst_above_the_dateline_is_dropped():
    cleaned = clean_text(PAGE)
    assert cleaned.dateline == "Taiz, Yemen"
    assert cleaned.text.startswith("Shelling on a neighbourhood")
    assert "besieged city" not in cleaned.text


def test_clean_lead_without_dateline_below_is_kept():
    page = PAGE.replace("TAIZ, Yemen (Al Jazeera) - ", "")
    assert "besieged city" in clean_text(page).text
