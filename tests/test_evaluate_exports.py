"""ACLED's own exports (CSV, flat JSON lines) read as gold notes, with their inter labels and date layouts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from wirecoder.errors import GoldFormatError
from wirecoder.evaluate.gold import read_gold
from wirecoder.evaluate.normalise import as_date, as_inter

HEADER = ("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,"
          "country,admin1,location,latitude,longitude,geo_precision,notes,fatalities")
ROWS = (
    'SOM1,12 May 2021,1,Battles,Armed clash,Al Shabaab,Rebel group,Military Forces of Somalia,State forces,'
    'Somalia,Lower Shabelle,Awdheegle,1.98,44.84,1,"On 12 May 2021, Al Shabaab fighters attacked an army '
    'post in Awdheegle.\nTwo soldiers were killed.",2',
    "",
    'SOM2,2021-05-14,1,Protests,Peaceful protest,Protesters (Somalia),6,,,Somalia,Banadir,Mogadishu,2.04,45.34,1,'
    '"On 14 May 2021, traders protested in Mogadishu.",0',
)


def test_evaluate_exports_csv_rows_are_notes_with_their_lines(tmp_path):
    path = tmp_path / "acled_export.csv"
    path.write_text("\n".join((HEADER, *ROWS)) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold.format == "acled-notes"
    first, second = gold.records
    assert (first.id, first.line, first.inter1, first.inter2) == ("SOM1", 2, 2, 1)
    assert first.text.endswith("Two soldiers were killed.")
    assert (first.event_date, first.fatalities, first.admin1) == (date(2021, 5, 12), 2, "Lower Shabelle")
    assert (second.id, second.line, second.inter1, second.inter2) == ("SOM2", 5, 6, None)


def test_evaluate_exports_flat_json_lines_read_the_note_column(tmp_path):
    row = {"event_id_cnty": "YEM7", "event_date": 1620777600000, "event_type": "Explosions/Remote violence",
           "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Saudi Arabia",
           "inter1": "External/Other forces", "notes": "On 12 May 2021, Coalition aircraft struck Sirwah.",
           "fatalities": "3"}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (note,) = read_gold(path).records
    assert (note.id, note.inter1, note.event_date, note.fatalities) == ("YEM7", 8, date(2021, 5, 12), 3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,notes,fatalities\nA1,Gunmen killed two.,2\n", "neither ACLED's event_type column"),
        (HEADER + "\nX1,12 May 2021,1,Riots,Mob violence,Rioters,Mobs,,,Kenya,Nairobi,Nairobi,,,1,A mob.,0\n",
         "row.inter1 is 'Mobs'"),
        (HEADER + "\nX2,someday,1,Riots,Mob violence,Rioters,5,,,Kenya,Nairobi,Nairobi,,,1,A mob.,0\n",
         ":2: row.event_date is 'someday'"),
    ],
)
def test_evaluate_exports_bad_rows_name_the_file_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as error:
        read_gold(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("value", "code"),
    [("State forces", 1), ("rebel group", 2), ("Political militia", 3), ("Identity militia", 4),
     ("Rioters", 5), ("Protesters", 6), ("Civilians", 7), ("External/Other forces", 8), ("3", 3), (7.0, 7),
     ("", None), (None, None)],
)
def test_evaluate_exports_inter_codes_and_labels(value, code):
    assert as_inter(value, "inter1") == code


@pytest.mark.parametrize("value", ["Militia", "9", -1, True])
def test_evaluate_exports_inter_rejects_what_is_no_code(value):
    with pytest.raises(ValueError, match="inter1"):
        as_inter(value, "inter1")


@pytest.mark.parametrize(
    "value",
    ["2021-05-12", "12 May 2021", "12-May-2021", "12/05/2021", "May 12, 2021", "May 12 2021", "2021/05/12",
     "20210512", 20210512, 1620777600, 1620777600000, "2021-05-12T00:00:00"],
)
def test_evaluate_exports_date_layouts(value):
    assert as_date(value, "event_date") == date(2021, 5, 12)
