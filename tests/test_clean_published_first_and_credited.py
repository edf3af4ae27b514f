"""The first publication wins over an edit's time, on one line or over several, and a stamp shares its line with
the credit when the cleaner has squeezed the spaces that set them apart ("By The Irrawaddy 8 November 2024",
"Rudaw 22/10/2016")."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.clean import clean_text
from wirecoder.clean.published import is_update_stamp, parse_published


@pytest.mark.parametrize(("value", "expected"), [
    ("Updated: June 5, 2024 09:00 EAT | Published: June 4, 2024 22:10 EAT", date(2024, 6, 4)),
    ("Last updated 12 May 2021 | First published 10 May 2021", date(2021, 5, 10)),
    ("Modified: 2023/02/09 - Posted: 2023/02/07", date(2023, 2, 7)),
    ("Updated 14:02 GMT, Tue 4 June 2024", date(2024, 6, 4)),  # an edit's time alone is still a stamp
])
def test_clean_published_prefers_the_first_publication(value: str, expected: date) -> None:
    parsed = parse_published(value)
    assert parsed is not None and parsed.date() == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("By The Irrawaddy 8 November 2024", date(2024, 11, 8)),
    ("Pajhwok Mon 23 Sep 2019", date(2019, 9, 23)),
    ("By Lusa 15 June 2020", date(2020, 6, 15)),
    ("By Amina Yusuf, Daily Nation 3 March 2018 11:20 EAT", date(2018, 3, 3)),
    ("March 12, 2023 9:45 PM by Rex Dela Cruz", date(2023, 3, 12)),
    ("Anadolu Agency 21 Aug 2022", date(2022, 8, 21)),
    # the date in numbers: day first, or the year first
    ("Rudaw 22/10/2016", date(2016, 10, 22)),
    ("Dawn 2019/03/15", date(2019, 3, 15)),
    ("Xinhua 2019-03-12 18:22:01", date(2019, 3, 12)),
    ("Kabul Times 14.03.2019 09:10", date(2019, 3, 14)),
    ("The Daily Star 3-11-2019", date(2019, 11, 3)),
    ("22/10/2016 by Hawre Ahmed", date(2016, 10, 22)),
])
def test_clean_published_reads_a_stamp_beside_its_credit(value: str, expected: date) -> None:
    parsed = parse_published(value)
    assert parsed is not None and parsed.date() == expected


@pytest.mark.parametrize("value", [
    "Soldiers were killed in Tessit on 4 June 2024",
    "Gunmen attacked the market 12 March 2019",
    "By Sunday the army had retaken the town",
    "Gunmen killed four traders in Kano on 22/10/2016",
    "Police say the attack took place 14.03.2019",
])
def test_clean_published_takes_no_sentence_for_a_credited_stamp(value: str) -> None:
    assert parse_published(value) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Updated 14:02 GMT, Tue 4 June 2024", True),
    ("Last modified on Tue 4 Jun 2024 14.02 BST", True),
    ("Published 3 June 2024", False),
    ("Updated: June 5, 2024 | Published: June 4, 2024", False),
    ("By Jane Doe 3 June 2024", False),
])
def test_clean_published_tells_an_update_stamp(line: str, expected: bool) -> None:
    assert is_update_stamp(line) is expected


@pytest.mark.parametrize(("header", "expected"), [
    ("Updated 14:02 GMT, Tue 4 June 2024\nPublished 19:30 GMT, Sun 2 June 2024", date(2024, 6, 2)),
    ("Last modified on Wed 9 Oct 2019 08.10 BST\nFirst published on Mon 7 Oct 2019 22.40 BST", date(2019, 10, 7)),
    ("Updated 14:02 GMT, Tue 4 June 2024", date(2024, 6, 4)),
    ("By The Irrawaddy 8 November 2024", date(2024, 11, 8)),
])
def test_clean_published_header_stamps_first_publication(header: str, expected: date) -> None:
    raw = f"Troops clash with rebels in the north\n{header}\n\nSoldiers clashed with rebels near the border on Sunday, officials said.\n"
    cleaned = clean_text(raw)
    assert cleaned.published is not None and cleaned.published.date() == expected
    assert "2024" not in cleaned.text and "2019" not in cleaned.text


@pytest.mark.parametrize(("header", "dateline", "expected"), [
    ("Updated March 9, 2021 10:02 AM", "BAGHDAD, March 8 (Reuters) -", date(2021, 3, 8)),
    ("Last modified on Fri 3 Jan 2020 09.00 GMT", "KABUL, Dec 31 (AFP) -", date(2019, 12, 31)),
])
def test_clean_published_dateline_day_over_an_update(header: str, dateline: str, expected: date) -> None:
    raw = f"Rockets hit an air base in the west\n{header}\n\n{dateline} Rockets struck an air base on Wednesday, a spokesman said.\n"
    cleaned = clean_text(raw)
    assert cleaned.published is not None and cleaned.published.date() == expected
