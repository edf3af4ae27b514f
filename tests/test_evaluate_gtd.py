"""Global Terrorism Database rows (CSV, JSON lines) read as gold notes and scored on the fields GTD codes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from tests.test_evaluate_scoring import FakePipeline, event
from wirecoder.errors import GoldFormatError
from wirecoder.evaluate import evaluate_file
from wirecoder.evaluate.gold import read_gold

COLUMNS = ("eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region_txt",
           "provstate", "city", "latitude", "longitude", "specificity", "summary", "attacktype1_txt",
           "targtype1_txt", "gname", "nkill", "nwound")
# Our own incidents, written in GTD's style.
ROWS = (
    ("201503140041", "2015", "3", "14", "", "0", "Somalia", "Sub-Saharan Africa", "Bay", "Baidoa", "3.1136",
     "43.6498", "1", "03/14/2015: Assailants detonated an explosive device at a livestock market in Baidoa "
     "city, Bay region, Somalia. At least four people were killed and nine others were injured in the blast. "
     "No group claimed responsibility for the incident.", "Bombing/Explosion", "Business", "Unknown", "4", "9"),
    ("201608020007", "2016", "8", "0", "August 2016", "0", "Iraq", "Middle East & North Africa", "Nineveh",
     "Unknown", "", "", "4", "August 2016: Assailants kidnapped twelve shepherds near the Qayyarah road, "
     "Nineveh governorate, Iraq. Islamic State of Iraq and the Levant (ISIL) claimed responsibility.",
     "Hostage Taking (Kidnapping)", "Private Citizens & Property", "Islamic State of Iraq and the Levant (ISIL)",
     "", "0"),
    ("199701050003", "1997", "1", "5", "", "0", "Colombia", "South America", "Antioquia", "Medellin", "6.2518",
     "-75.5636", "1", "", "Armed Assault", "Police", "National Liberation Army of Colombia (ELN)", "2", "1"),
    ("200905110012", "2009", "5", "11", "", "0", "West Bank and Gaza Strip", "Middle East & North Africa",
     "Gaza Strip", "Rafah", "31.2969", "34.2436", "2", "05/11/2009: Gunmen opened fire on a police patrol in "
     "Rafah, Gaza Strip. Two officers were killed.", "Armed Assault", "Police", "Gunmen", "2", "0"),
)


def _write_csv(path: Path, rows=ROWS, encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding=encoding)
    return path


def test_evaluate_gtd_csv_rows_become_notes_with_the_fields_gtd_codes(tmp_path):
    gold = read_gold(_write_csv(tmp_path / "gtd.csv"))
    assert (gold.format, gold.skipped, len(gold.records)) == ("gtd-incidents", 1, 3)  # no summary: skipped
    baidoa, kidnap, rafah = gold.records
    assert (baidoa.id, baidoa.event_date, baidoa.fatalities, baidoa.geo_precision) == (
        "201503140041", date(2015, 3, 14), 4, 1)
    assert (baidoa.event_type, baidoa.actor1, baidoa.admin1, baidoa.location) == (
        "Explosions/Remote violence", "Unidentified Armed Group (Somalia)", "Bay", "Baidoa")
    assert "event_type" not in baidoa.unscored and "sub_event_type" in baidoa.unscored
    # the day is unknown, and so are the deaths, the town and its point
    assert kidnap.event_type == "Violence against civilians" and kidnap.actor1 == "Islamic State (Iraq)"
    assert {"event_date", "fatalities", "location", "coord_25km", "geo_precision"} <= kidnap.unscored
    # an armed assault may be a battle or an attack on civilians: its type is not scored
    assert "event_type" in rafah.unscored and rafah.country == "Palestine" and rafah.geo_precision is None


def test_evaluate_gtd_json_lines_are_read_alike(tmp_path):
    path = tmp_path / "gtd.jsonl"
    path.write_text("\n".join(json.dumps(dict(zip(COLUMNS, row))) for row in ROWS[:2]) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold.format == "gtd-incidents" and [r.id for r in gold.records] == ["201503140041", "201608020007"]


def test_evaluate_gtd_scores_only_what_gtd_codes(tmp_path):
    path = _write_csv(tmp_path / "gtd.csv")
    predictions = {
        "201503140041": (event("201503140041", event_type="Explosions/Remote violence",
                               sub_event_type="Remote explosive/landmine/IED",
                               actor1="Unidentified Armed Group (Somalia)", country="Somalia", admin1="Bay",
                               location="Baidoa", latitude=3.11, longitude=43.65, geo_precision=1,
                               event_date=date(2015, 3, 14), fatalities=4),),
        "201608020007": (event("201608020007", event_type="Battles", actor1="Islamic State (Iraq)",
                               country="Iraq", admin1="Ninewa"),),
    }
    report = evaluate_file(path, FakePipeline(predictions))
    figures, counts = report.figures(), {k: v["count"] for k, v in report.to_json().items() if isinstance(v, dict)
                                         and "count" in v}
    assert report.gold_format == "gtd-incidents" and counts["detection"] == 3
    assert figures["detection"] == pytest.approx(2 / 3)
    assert counts["event_type"] == 2 and figures["event_type"] == pytest.approx(1 / 2)
    assert counts["fatalities"] == 2 and figures["fatalities"] == pytest.approx(1 / 2)
    assert counts["event_date"] == 2 and figures["event_date"] == pytest.approx(1 / 2)
    assert figures["actor1"] == pytest.approx(2 / 3)
    assert "sub_event_type" not in figures and "inter1" not in figures
    assert any("1 GTD rows without a summary" in rule for rule in report.rules)
    assert all("sub_event_type" not in miss.wrong for miss in report.errors)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("gtd.xlsx", b"PK\x03\x04", "a spreadsheet; save it as CSV"),
        ("gtd.csv", ",".join(COLUMNS).encode() + b"\n1,2015,3,14,,0,C\xf4te d'Ivoire,,,,,,,Bomb.,,,,,\n",
         "iconv -f latin1"),
        ("gtd.csv", (",".join(COLUMNS) + "\n" + "X,2015,2,30,,0,Iraq,,,,,,,Gunmen fired.,,,,1,\n").encode(),
         ":2: .*not a day of the calendar"),
        ("gtd.csv", (",".join(COLUMNS) + "\n" + "X,2015,2,3,,0,Iraq,,,,,,,,,,,1,\n").encode(),
         "none of its 1 GTD rows has a summary"),
    ],
)
def test_evaluate_gtd_bad_input_names_the_file_and_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(GoldFormatError, match=message):
        read_gold(path)


def test_evaluate_gtd_demo_sample_reads_as_gtd():
    gold = read_gold(Path(__file__).resolve().parents[1] / "demo" / "gtd_sample.csv")
    assert gold.format == "gtd-incidents" and len(gold.records) == 35 and gold.skipped == 0
    assert all(r.text[:2].isdigit() and r.event_date is not None for r in gold.records)


@pytest.mark.parametrize(
    ("gname", "expected"),
    [
        ("Unknown", "Unidentified Armed Group (Iraq)"),
        ("Muslim extremists", "Unidentified Armed Group (Iraq)"),
        ("Tribesmen", "Unidentified Armed Group (Iraq)"),
        ("Islamic State of Iraq and the Levant (ISIL)", "Islamic State (Iraq)"),
        ("Some New Front", "Some New Front"),  # unknown to the table: kept as GTD names it
    ],
)
def test_evaluate_gtd_group_names_become_acled_actors(gname, expected):
    from wirecoder.evaluate.gtd import gtd_fields

    row = dict(zip(COLUMNS, ROWS[1], strict=True)) | {"gname": gname}
    assert gtd_fields(row)[2]["actor1"] == expected
